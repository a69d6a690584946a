// English catalogue: the planner namespace.
export const planner = {} as const;
