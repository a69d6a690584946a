// Unit tests run against a real Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
