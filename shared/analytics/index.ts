// Representation analytics: pure functions shared by the Representation screen, reports and the CLI.
export * from './scope';
export * from './dimensions';
export * from './distribution';
export * from './targets';
export * from './funnel';
export * from './crosstab';
export * from './panels';
export * from './indices';
export * from './suppression';
export * from './facts';
export * from './publish';
export * from './factsJson';
export * from './trend';
export * from './regionSchemeFile';
export * from './populationIndex';
