// English catalogue: the representation namespace.
export const representation = {
  title: 'Representation',
  subtitle:
    'Who is represented and who is missing: balance against targets, the invitation funnel, panel line-ups.',
  emptyTitle: 'No people yet',
  emptyBody: 'Add or import people and invite them to events to see who is represented.',
  unknown: 'Unknown / not recorded',
  controls: {
    label: 'What to analyse',
    scope: 'Scope',
    scopeHint: 'Events include their sessions. Leave empty for the whole workspace.',
    wholeWorkspace: 'Whole workspace',
    population: 'Population',
    statuses: 'Statuses',
    roles: 'Roles',
    any: 'Any',
    dimension: 'Dimension',
    scheme: 'Grouped by',
  },
  presets: {
    everyone: 'Everyone',
    speakers: 'Speakers only',
    present: 'Confirmed and attended',
    custom: 'Custom selection',
  },
  dimensions: {
    gender: 'Gender',
    nationality: 'Nationality',
    residence: 'Country of residence',
    'stakeholder-group': 'Stakeholder group',
    'organisation-type': 'Organisation type',
    role: 'Role',
    status: 'Status',
    attribute: 'Custom field: {{key}}',
  },
  distribution: {
    title: 'Counts and shares',
    empty: 'Nobody in this scope and population.',
    missing: '{{percent}} missing data: {{count}} of {{total}} people have no value recorded.',
    multi:
      'People with several values (two nationalities) count in each, so shares can add up to more than 100 %.',
    chartSummary: 'Bar chart of {{total}} people: {{list}}.',
    missingSuppressed:
      'Missing data: {{count}} of {{total}} people have no value recorded (small count hidden).',
  },
  exports: {
    chart: 'Chart:',
    table: 'Table:',
    saveAs: 'Save “{{what}}” as {{format}}',
    safety: 'Publishing safety',
    safetyHint:
      'Before sharing numbers, suppress small cells: they are hidden in every table, chart and export.',
  },
  trend: {
    title: 'Events compared over time',
    explanation:
      'Each event (with its sessions) in date order, for the population chosen above. Shares are among the people whose value is recorded; the unknowns are counted beside them.',
    metric: 'Follow',
    coverage: 'Regional coverage ({{scheme}})',
    coverageOf: 'Regional coverage (of {{count}})',
    category: 'Share of a category of the dimension',
    categoryOf: 'Category of {{dimension}}',
    shareOf: 'Share: {{category}}',
    regionsCovered: 'Regions covered',
    coverageShort: 'Coverage',
    unknown: 'Unknown',
    chartSummary: 'Line chart of {{metric}} by event date: {{list}}.',
    noDates: 'No event has a date yet: the chart needs dated events; the table lists them all.',
    undated: 'Not in the chart (no date): {{list}}.',
  },
  table: {
    category: 'Category',
    people: 'People',
    share: 'Share',
    target: 'Target',
    total: 'Total',
  },
  status: {
    met: 'Met',
    close: 'Close',
    missed: 'Missed',
  },
  targets: {
    title: 'Targets',
    add: 'New target',
    notForDimension:
      'Targets are set on people’s characteristics; pick another dimension than role or status.',
    none: 'No target for this scope and dimension yet.',
    saved: 'Target saved',
    deleted: 'Target “{{name}}” deleted',
    scope_one: '{{event}} · {{count}} person in scope',
    scope_other: '{{event}} · {{count}} people in scope',
    ruleLine: '{{category}}: {{bound}} — now {{count}} ({{share}})',
    // With suppression on, a hidden count shows as "<5" or "x" and its share is left out.
    ruleLineSuppressed: '{{category}}: {{bound}} — now {{count}}',
    scopeSuppressed: '{{event}} · {{total}} people in scope',
    atLeast: 'at least {{value}}',
    atMost: 'at most {{value}}',
    everyEvent: 'Every event',
    gap: {
      more: 'Needs {{count}} more: {{category}}',
      fewer: 'Needs {{count}} fewer: {{category}}',
    },
    formLabel: 'Target',
    formScope: 'Applies to: {{event}}, with the population chosen above.',
    name: 'Name',
    rules: 'Rules',
    category: 'Category',
    chooseCategory: 'Choose…',
    unit: 'Bound as',
    unitShare: 'Share (%)',
    unitCount: 'Number of people',
    min: 'Minimum',
    max: 'Maximum',
    removeRule: 'Remove this rule',
    addRule: 'Add a rule',
    badShare: 'Enter a percentage between 0 and 100.',
    badCount: 'Enter a whole number of people.',
    noBound: 'Enter a minimum, a maximum or both.',
    noRules: 'Add at least one rule.',
  },
  history: {
    saveTarget: 'Save target',
    deleteTarget: 'Delete target',
    importScheme: 'Import region scheme',
    deleteScheme: 'Delete region scheme',
  },
  schemes: {
    title: 'Region schemes',
    explanation:
      'Your own groupings of countries, offered under “Grouped by” beside the M49 and UN schemes. A file is {"name": "…", "groups": {"Label": ["ISO2", …]}}; countries in no group count as unknown.',
    import: 'Import scheme',
    export: 'Export JSON',
    exportOf: 'Export “{{name}}” as JSON',
    deleteOf: 'Delete “{{name}}”',
    none: 'No scheme of your own yet.',
    groups_one: '{{count}} group: {{list}}',
    groups_other: '{{count}} groups: {{list}}',
    imported: 'Region scheme “{{name}}” imported',
    deleted: 'Region scheme “{{name}}” deleted',
    importFailed: 'The file could not be read or saved. Nothing was imported.',
    refused: '{{file}} was not imported: {{reason}}',
    errors: {
      json: 'it is not valid JSON.',
      shape:
        'expected {"name": "…", "groups": {"Label": ["ISO2", …]}} with a name and a list of codes per group.',
      'no-groups': 'it has no groups.',
      'bad-codes': 'group “{{group}}” has codes that are not countries: {{codes}}.',
      twice:
        '{{code}} is in two groups, “{{first}}” and “{{second}}”; a country can be in one only.',
      'too-long': 'a name or label is longer than 200 characters, or there are over 300 groups.',
    },
  },
  funnel: {
    title: 'Invitation funnel by group',
    explanation:
      'Invitations in scope (all statuses) by stage. A declined invitation counts as invited and declined; acceptance = confirmed ÷ invited, so pending invitations lower it.',
    stages: {
      candidate: 'Considered',
      invited: 'Invited',
      confirmed: 'Confirmed',
      declined: 'Declined',
      attended: 'Attended',
    },
    acceptance: 'Acceptance rate',
    decline: 'Decline rate',
    attendance: 'Attendance rate',
  },
  cross: {
    title: 'Cross-tabulation',
    against: 'Against',
  },
  panels: {
    title: 'Panel checks',
    explanation_one:
      '{{count}} session with speakers in scope, checked on its confirmed and attended keynotes, speakers, panelists and moderators.',
    explanation_other:
      '{{count}} sessions with speakers in scope, checked on their confirmed and attended keynotes, speakers, panelists and moderators.',
    noneFlagged: 'No line-up is all men, all women, from one region or one stakeholder group.',
    speakers_one: '{{count}} speaker: {{women}} women, {{men}} men',
    speakers_other: '{{count}} speakers: {{women}} women, {{men}} men',
    flags: {
      'all-male': 'All-male line-up',
      'all-female': 'All-female line-up',
      'single-region': 'Single region: {{region}}',
      'single-stakeholder-group': 'Single stakeholder group: {{group}}',
    },
  },
  modes: {
    label: 'View',
    analysis: 'Analysis',
    facts: 'Conference facts',
  },
  facts: {
    title: 'Conference facts: {{event}}',
    options: 'Report options and export',
    event: 'Event',
    noEvent: 'There is no event to report on yet.',
    suppress: 'Suppress small cells',
    threshold: 'Smallest count shown',
    badThreshold: 'Enter a whole number from 2 to 100.',
    suppressedNote:
      'Small cells suppressed: counts below {{threshold}} are shown as “<{{threshold}}”; counts marked “x” are hidden because the totals would otherwise reveal a small count. Exports carry this note.',
    map: 'World map',
    pdf: 'Save as PDF',
    markdown: 'Markdown',
    mapSvg: 'Map (SVG)',
    csvOf: 'Save “{{table}}” as CSV',
    exportFailed: 'The file could not be saved. Try again or choose another folder.',
    participants: 'Participants',
    countries: 'Countries',
    speakers: 'Speakers',
    region: 'Region',
    country: 'Country',
    dots: 'One dot per person',
    nationalitiesSummary:
      '{{count}} countries represented. No participant from: {{missing}}. Nationality not recorded: {{unknown}}.',
    nationalitiesSummaryAll:
      '{{count}} countries represented, from every M49 region. Nationality not recorded: {{unknown}}.',
    mapSummary:
      'World map shading the {{count}} countries of participants’ nationalities; the table below lists them.',
    noTargets: 'No target is set for this event.',
    tables: {
      'participants-by-role': 'Participants by role',
      'participants-by-stakeholder-group': 'Participants by stakeholder group',
      gender: 'Gender',
      nationalities: 'Nationalities by region',
      'speakers-gender': 'Speakers by gender',
      'speakers-regions': 'Speakers by region',
    },
  },
  compare: {
    title: 'Events compared',
    explanation:
      'Confirmed and attended people of each event (with its sessions), by date. Bars show women’s share.',
    chartSummary: 'Women’s share by event: {{list}}.',
    event: 'Event',
    date: 'Date',
    covered: 'Regions covered',
    missing: 'Regions missing',
  },
  indices: {
    title: 'Indices',
    benchmarkShare: 'Benchmark share',
    hidden: 'Hidden',
    suppressedNote:
      'Small-cell suppression is on: an index or ratio that would reveal a hidden count is not shown.',
    ratio: 'Ratio',
    benchmarks: {
      'member-states': 'Benchmark: UN Member States by region.',
      'candidate-pool':
        'Benchmark: everyone considered for the same events and roles (the candidate pool).',
    },
    womensShare: {
      name: 'Women’s share',
      explanation: 'Women among the people whose gender is recorded.',
    },
    genderParity: {
      name: 'Gender parity index',
      explanation: 'Women divided by men: 1 is parity, below 1 fewer women than men.',
    },
    blau: {
      name: 'Blau diversity index',
      explanation:
        'The chance that two people picked at random fall in different categories (0 to 1).',
    },
    blauNormalised: {
      name: 'Blau index, normalised',
      explanation:
        'The Blau index divided by its maximum for this many categories: 1 is perfectly even.',
    },
    shannonEvenness: {
      name: 'Shannon evenness',
      explanation:
        'How evenly people spread over all categories (1 = perfectly even, 0 = all in one).',
    },
    representationRatio: {
      name: 'Representation ratio',
      explanation:
        'A category’s share divided by its share of the benchmark: 1 is proportional, below 1 under-represented.',
    },
  },
} as const;
