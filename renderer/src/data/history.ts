// Undo/redo of this session's edits and deletes. Entries are change sets captured by `write()`;
// the stacks live in memory only, so closing the app forgets them (and what they contain).
import type { ChangeSet } from './writer';

export type HistoryState = {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
};

const LIMIT = 200;

export class UndoHistory {
  private past: ChangeSet[] = [];
  private future: ChangeSet[] = [];
  private listeners = new Set<() => void>();
  private state: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

  push(changeSet: ChangeSet): void {
    if (changeSet.changes.length === 0) return;
    this.past.push(changeSet);
    if (this.past.length > LIMIT) this.past.shift();
    this.future = [];
    this.emit();
  }

  /** Takes the newest entry to undo; the caller applies it and then calls `undone`. */
  peekUndo(): ChangeSet | undefined {
    return this.past.at(-1);
  }

  peekRedo(): ChangeSet | undefined {
    return this.future.at(-1);
  }

  undone(): void {
    const entry = this.past.pop();
    if (entry) this.future.push(entry);
    this.emit();
  }

  redone(): void {
    const entry = this.future.pop();
    if (entry) this.past.push(entry);
    this.emit();
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.emit();
  }

  /**
   * Drops every change set (undo and redo) that the predicate matches — erasure removes a
   * person's traces from memory too. Returns how many were dropped.
   */
  purge(matches: (changeSet: ChangeSet) => boolean): number {
    const before = this.past.length + this.future.length;
    this.past = this.past.filter((c) => !matches(c));
    this.future = this.future.filter((c) => !matches(c));
    const dropped = before - this.past.length - this.future.length;
    if (dropped > 0) this.emit();
    return dropped;
  }

  /** Every change set still held, for checks that personal data is gone (erasure). */
  entries(): readonly ChangeSet[] {
    return [...this.past, ...this.future];
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): HistoryState => this.state;

  private emit(): void {
    const undo = this.past.at(-1);
    const redo = this.future.at(-1);
    this.state = {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
    };
    for (const l of this.listeners) l();
  }
}
