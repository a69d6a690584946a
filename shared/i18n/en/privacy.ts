// English catalogue: the privacy namespace.
export const privacy = {} as const;
