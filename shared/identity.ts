// Storage identity. IndexedDB, localStorage and the session partition are keyed by these values:
// changing any one of them makes every user's workspace vanish after an update. They are frozen,
// and tests/unit/shared/identity.test.ts fails if one changes.
export const APP_SCHEME = 'app';
export const APP_HOST = 'plenary';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const SESSION_PARTITION = 'persist:plenary';
export const USER_DATA_DIR_NAME = 'Plenary';
export const DB_NAME = 'plenary-workspace';
export const APP_ID = 'org.plenary.app';
