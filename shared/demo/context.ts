// What every part of the demo generator shares: the random streams, the clock and record metadata.
import type { IdPrefix } from '../domain/ids';
import { newId } from '../domain/ids';
import type { RecordMeta } from '../domain/model';
import type { Random } from '../random';
import { createRandom } from '../random';

export type DemoContext = {
  rng: Random;
  /** `now` as a date (YYYY-MM-DD): what "past" and "upcoming" events are measured against. */
  today: string;
  meta: <Id extends string>(prefix: IdPrefix, maxAgeDays: number) => RecordMeta<Id>;
};

const DAY_MS = 86_400_000;

export function createDemoContext(seed: number, now: string, deviceLabel: string): DemoContext {
  const nowMs = Date.parse(now);
  if (Number.isNaN(nowMs)) throw new RangeError(`generateDemoWorkspace: invalid now "${now}"`);
  const rng = createRandom(seed);
  // Ids come from their own stream, so that a change in how many ids are drawn does not shift
  // every later content choice (and the other way round).
  const idRng = createRandom(seed ^ 0x5eed_1d5);

  const meta = <Id extends string>(prefix: IdPrefix, maxAgeDays: number): RecordMeta<Id> => {
    const ageMs = rng.int(0, Math.max(0, maxAgeDays) * 24 * 60) * 60_000;
    const at = new Date(nowMs - ageMs).toISOString();
    // Revision 1 means never edited since creation, so updatedAt equals createdAt.
    return {
      id: newId<Id>(prefix, idRng.bytes),
      createdAt: at,
      updatedAt: at,
      updatedBy: deviceLabel,
      revision: 1,
      deletedAt: null,
    };
  };

  return { rng, today: new Date(nowMs).toISOString().slice(0, 10), meta };
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round(
    (Date.parse(`${toIsoDate}T00:00:00Z`) - Date.parse(`${fromIsoDate}T00:00:00Z`)) / DAY_MS,
  );
}

/** The ISO date of a record's creation: consent is recorded when the person is added. */
export function dateOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}
