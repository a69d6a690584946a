// The invitation planner: pure model, explanations, acceptance planning and breakout rooms.
export * from './types';
export { buildRows, selectionLp } from './lp';
export {
  acceptRelaxation,
  capacityViolations,
  conflictingRules,
  smallestRelaxation,
} from './explain';
export {
  checkQuotas,
  compositionOf,
  planSelection,
  PlannerInputError,
  sharesToCounts,
  validateProblem,
} from './plan';
export { HIGHS_OPTIONS, highsSolver, type HighsLike } from './highs';
export {
  acceptanceRates,
  invitationOutcome,
  planInvitations,
  PRIOR_STRENGTH,
  rateOf,
  type AcceptanceRates,
  type InvitationGroup,
  type InvitationPlan,
} from './acceptance';
export {
  assignRooms,
  movePerson,
  roomBalance,
  roomRows,
  RoomCapacityError,
  type Assignment,
  type BalanceReport,
  type Room,
  type RoomBalance,
  type RoomPerson,
} from './rooms';
export {
  buildProblem,
  dimensionKey,
  EMPTY_POOL,
  eventLineage,
  inPool,
  priorityOf,
  quotasFromTargets,
  statusIn,
  type PlannerSetup,
  type PoolFilter,
  type PoolStatus,
  type Priority,
  type QuotaSpec,
} from './workspace';
