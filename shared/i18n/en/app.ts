// English catalogue: the application shell, navigation, undo history and data-layer errors.
export const nav = {
  label: 'Main navigation',
  people: 'People',
  organisations: 'Organisations',
  events: 'Events',
  network: 'Network',
  representation: 'Representation',
  planner: 'Planner',
  settings: 'Settings',
  skipToContent: 'Skip to content',
} as const;

export const shell = {
  loading: 'Opening the workspace…',
  demoBadge: 'Demo',
  demoName: 'Smart cities guidelines (demo)',
  workspaceLabel: 'Workspace: {{name}}',
  undoWith: 'Undo: {{action}}',
  redoWith: 'Redo: {{action}}',
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  undone: 'Undone: {{action}}',
  redone: 'Redone: {{action}}',
  offline: 'Works offline · data stays on this device',
  openFailed: 'The workspace could not be opened.',
  openFailedHint: 'Your data has not been changed. Details: {{details}}',
  retry: 'Try again',
  exported: 'Workspace file saved.',
  notFound: 'This page does not exist.',
  backToPeople: 'Go to People',
} as const;

export const history = {
  createPerson: 'add person',
  editPerson: 'edit person',
  deletePerson: 'delete person',
  createOrganisation: 'add organisation',
  editOrganisation: 'edit organisation',
  deleteOrganisation: 'delete organisation',
  createEvent: 'add event',
  editEvent: 'edit event',
  deleteEvent: 'delete event',
  addParticipants: 'add participants',
  editParticipation: 'change role or status',
  removeParticipation: 'remove from event',
} as const;

export const errors = {
  missingPerson: 'That person no longer exists.',
  missingOrganisation: 'That organisation no longer exists.',
  missingEvent: 'That event no longer exists.',
  organisationCycle: 'An organisation cannot sit inside itself.',
  eventCycle: 'An event cannot sit inside itself.',
  sessionNeedsEvent: 'A session must belong to an event (not directly to a process).',
  eventParentMustBeProcess: 'An event can only sit inside a process.',
  processHasNoParent: 'A process is the top level: it cannot sit inside another event.',
  alreadyParticipant: 'This person is already part of this event.',
  notFound: 'This record no longer exists. It may have been deleted.',
  saveFailed: 'Could not save: {{details}}',
  fixFields: 'Please correct the highlighted fields.',
  quota: 'There is not enough storage space on this device. Nothing was changed.',
} as const;
