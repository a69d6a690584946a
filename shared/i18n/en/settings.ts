// English catalogue: the Settings screen.
export const settings = {
  title: 'Settings',
  subtitle: 'Workspace, identity on this device, storage and version.',
  workspace: {
    heading: 'Workspace',
    name: 'Name',
    origin: 'Started from',
    originDemo: 'The embedded demo',
    originEmpty: 'An empty workspace',
    originFile: 'A workspace file',
    created: 'Created',
    counts: 'Contents',
    countsValue:
      '{{people}} people · {{organisations}} organisations · {{events}} events · {{participations}} participations',
    export: 'Export workspace file…',
    exportHint: 'A complete copy of the workspace as one JSON file, to keep as a backup or to move to another machine.',
    newEmpty: 'New empty workspace…',
    resetDemo: 'Reset demo…',
    newEmptyTitle: 'Start a new empty workspace?',
    newEmptyBody:
      'Every person, organisation, event and participation in the current workspace will be removed from this device. This cannot be undone.',
    newEmptyName: 'Name of the new workspace',
    newEmptyDefault: 'My consultation',
    newEmptyConfirm: 'Remove everything and start empty',
    resetDemoTitle: 'Reset to the demo workspace?',
    resetDemoBody:
      'The current workspace is replaced by the fictional demo process on people-centred smart cities. Your own records will be removed from this device. This cannot be undone.',
    resetDemoConfirm: 'Replace with the demo',
    replaced: 'The workspace was replaced.',
    demoNote:
      'The demo is a fictional consultation process: every person and organisation in it is invented.',
  },
  device: {
    heading: 'Who you are on this device',
    label: 'Your name or device label',
    hint: 'Stamped on every change you make, so that colleagues can see who changed what when workspaces are merged.',
    save: 'Save label',
    saved: 'Label saved.',
  },
  storage: {
    heading: 'Storage',
    where:
      'Your workspace is stored in this application’s own database on this device. Nothing is sent over the network.',
    persistent: 'Protected from automatic clean-up',
    persistentYes: 'Yes — the browser will not evict this data when space runs low.',
    persistentNo: 'Not yet — the data could be evicted if the device runs out of space.',
    persistentUnknown: 'Unknown in this environment.',
    requestPersistent: 'Protect from clean-up',
    usage: 'Space used',
    usageValue: '{{used}} of {{quota}} available',
  },
  about: {
    heading: 'About',
    version: 'Version',
    platform: 'Running as',
    desktop: 'Desktop application',
    browser: 'Browser build',
    attribution:
      'Country, M49 region and UN regional group data: UN Statistics Division (M49), datasets/country-codes (PDDL) and the UN Department for General Assembly and Conference Management.',
  },
} as const;
