// Team merge without a server: bookkeeping (clock), the merge itself and duplicate people.
export * from './clock';
export * from './duplicates';
export * from './merge';
