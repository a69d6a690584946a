// Representation analytics: pure functions shared by the Representation screen, reports and the CLI.
export * from './scope';
export * from './dimensions';
export * from './distribution';
