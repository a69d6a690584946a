// English catalogue: the network namespace.
export const network = {} as const;
