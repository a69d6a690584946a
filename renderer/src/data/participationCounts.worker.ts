// Counts live participations per person for the window (participationCounts.ts), so their
// records are read and collected in this worker's heap, not the window's.
import { openDatabase } from './db';
import { countLiveParticipations, packCounts } from './participationCounts';
import type { CountReply, CountRequest } from './participationCounts';

const post = (reply: CountReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, { transfer });

self.onmessage = async (event: MessageEvent<CountRequest>) => {
  const { id, dbName } = event.data;
  // Opened per request and closed after: an open connection here would hold up the window's
  // deleting or upgrading the database (a restore, a workspace switch).
  const db = openDatabase(dbName);
  try {
    const { personIds, counts } = packCounts(await countLiveParticipations(db));
    post({ id, ok: true, personIds, counts }, [counts.buffer]);
  } catch (error) {
    post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
