// English catalogue: the transfer namespace.
export const transfer = {} as const;
