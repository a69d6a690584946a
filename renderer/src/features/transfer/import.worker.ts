// The import worker: reading, normalising and duplicate search off the UI thread (engineCore.ts).
// Cancelling terminates the worker outright, wherever it is in its work.
import { createEngineCore } from './engineCore';
import type { EngineReply, EngineRequest } from './engineCore';

const core = createEngineCore((reply: EngineReply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<EngineRequest>) => void core.handle(event.data);
