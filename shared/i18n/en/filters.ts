// English catalogue: the filters namespace (the filter pickers the People table and the Network
// view share).
export const filters = {
  title: 'Filters',
  any: 'Any',
  gender: 'Gender',
  nationality: 'Nationality',
  region: 'Region (M49)',
  unknownRegion: 'Not recorded',
  stakeholderGroup: 'Stakeholder group',
  organisation: 'Organisation',
  event: 'Event',
  eventHint: 'Includes the event’s sessions.',
  anyEvent: 'Any event',
  role: 'Role',
  roleAny: 'Role (any event)',
  roleInEvent: 'Role in this event',
  status: 'Status',
  statusAny: 'Participation status (any event)',
  statusInEvent: 'Participation status in this event',
  missing: 'deleted',
  shared: 'These filters also apply to the People table.',
} as const;
