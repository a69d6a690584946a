// A labelled progress bar with the percentage in words and in aria-valuenow, for the import's
// reading, checking and writing phases. The fraction lives in a small store of its own
// (`createProgress`), so that a progress tick re-renders only the bar — not the wizard and its
// review of 50,000 rows.
import { useSyncExternalStore } from 'react';

export type Progress = {
  set: (fraction: number) => void;
  get: () => number;
  subscribe: (listener: () => void) => () => void;
};

/** Whole percents only: a tick that does not move the bar notifies no one. */
export function createProgress(): Progress {
  let pct = 0;
  const listeners = new Set<() => void>();
  return {
    set: (fraction) => {
      const next = Math.max(0, Math.min(100, Math.round(fraction * 100)));
      if (next === pct) return;
      pct = next;
      for (const l of listeners) l();
    },
    get: () => pct,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function ProgressBar({ label, progress }: { label: string; progress: Progress }) {
  const pct = useSyncExternalStore(progress.subscribe, progress.get);
  return (
    <div className="transfer-progress">
      <p>{label}</p>
      <div className="transfer-progress__row">
        <div
          className="transfer-progress__track"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-valuetext={`${pct}%`}
        >
          <div className="transfer-progress__fill" style={{ width: `${pct}%` }} />
        </div>
        <span className="transfer-progress__pct" aria-hidden="true">
          {pct}%
        </span>
      </div>
    </div>
  );
}
