// Storage identity is frozen: IndexedDB, the session partition and userData are keyed by these
// values, so changing one makes every user's workspace vanish after an update. If this test
// fails, revert the constant; do not update the test.
import { describe, expect, it } from 'vitest';
import * as identity from '@shared/identity';

describe('storage identity', () => {
  it('keeps every constant at its frozen value', () => {
    expect(identity.APP_SCHEME).toBe('app');
    expect(identity.APP_HOST).toBe('plenary');
    expect(identity.APP_ORIGIN).toBe('app://plenary');
    expect(identity.SESSION_PARTITION).toBe('persist:plenary');
    expect(identity.USER_DATA_DIR_NAME).toBe('Plenary');
    expect(identity.DB_NAME).toBe('plenary-workspace');
    expect(identity.APP_ID).toBe('org.plenary.app');
  });

  it('has no constant that this test does not pin', () => {
    expect(Object.keys(identity).sort()).toEqual([
      'APP_HOST',
      'APP_ID',
      'APP_ORIGIN',
      'APP_SCHEME',
      'DB_NAME',
      'SESSION_PARTITION',
      'USER_DATA_DIR_NAME',
    ]);
  });
});
