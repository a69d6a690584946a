// Export: tables as CSV/XLSX, the network as GEXF/GraphML, workspace files, pseudonymised copies.
export * from './graph';
export * from './pseudonymise';
export * from './spreadsheet';
export * from './tables';
export * from './workspace-file';
