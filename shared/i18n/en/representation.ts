// English catalogue: the representation namespace.
export const representation = {} as const;
