// Import: bytes → table → mapped, normalised rows with problems → duplicates → one delta.
export * from './build';
export * from './csv';
export * from './decode';
export * from './duplicates';
export * from './fold';
export * from './mapping';
export * from './normalise-country';
export * from './normalise-gender';
export * from './prepare';
export * from './read';
export * from './xlsx';
export * from './zip-guard';
