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
  DEFAULT_RATE,
  invitationOutcome,
  MIN_ANSWERED,
  personRate,
  planInvitations,
  rateOf,
  type AcceptanceRates,
  type GroupRate,
  type InvitationGroup,
  type InvitationPlan,
  type Outcome,
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
  acceptanceOutcomes,
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
