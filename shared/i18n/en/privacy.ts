// English catalogue: the privacy namespace — encryption, the Privacy and Backups screens, erasure.
export const privacy = {
  tabs: {
    label: 'Settings sections',
    general: 'General',
    backups: 'Backups',
    privacy: 'Privacy',
  },
  review: {
    retentionHeading: 'Past their retention date',
    retentionHint:
      'People whose “retain until” date has passed. Review each record: extend the date if there is still a reason to keep it, or erase the person.',
    retentionEmpty: 'No record is past its retention date.',
    retainedUntil: 'Retain until {{date}}',
    basisHeading: 'No recorded legal basis',
    basisHint:
      'People for whom no consent or other legal basis is recorded. Record the basis, its date and source in the person’s panel, or erase the person.',
    basisEmpty: 'Every person has a recorded legal basis.',
    noBasis: 'No basis recorded',
    count_one: '{{count}} person to review.',
    count_other: '{{count}} people to review.',
    unnamed: '(no name)',
  },
  erase: {
    button: 'Erase…',
    buttonFor: 'Erase {{name}}…',
    title: 'Erase {{name}}?',
    body: 'The person, their participations in events, their relationships and every mention in saved views and in the undo history are removed from this workspace for good. This cannot be undone.',
    backups:
      'Automatic backups and files exported earlier still contain this person until they rotate out or are deleted (backups: after 14 days at most).',
    confirm: 'Erase for good',
    done: 'The person was erased.',
    failed: 'The person could not be erased; nothing was changed. ({{details}})',
  },
  exportLog: {
    heading: 'Export log',
    hint: 'What has left this device as a file: when, in which form and about how many people. It records no names.',
    empty: 'Nothing has been exported yet.',
    when: 'When',
    what: 'What',
    form: 'Form',
    people: 'People',
    by: 'By',
    encrypted: 'encrypted',
    forms: {
      full: 'Full',
      pseudonymised: 'Pseudonymised',
      aggregated: 'Aggregated',
    },
    // Labels for the `what` of each export path; an unlisted one shows its identifier.
    kinds: {
      'workspace-file': 'Workspace file',
      'exchange-file': 'Exchange file for a colleague',
      pseudonymised: 'Pseudonymised workspace file',
      'people-csv': 'People (CSV)',
      'people-xlsx': 'People (Excel)',
      'organisations-csv': 'Organisations (CSV)',
      'organisations-xlsx': 'Organisations (Excel)',
      'events-csv': 'Events (CSV)',
      'events-xlsx': 'Events (Excel)',
      'participations-csv': 'Participations (CSV)',
      'participations-xlsx': 'Participations (Excel)',
      gexf: 'Network (GEXF)',
      graphml: 'Network (GraphML)',
      'network-png': 'Network picture (PNG)',
      'network-svg': 'Network picture (SVG)',
      'planner-rooms-csv': 'Breakout rooms (CSV)',
      'facts-pdf': 'Facts report (PDF)',
      'facts-markdown': 'Facts report (Markdown)',
      'facts-map-svg': 'Facts report map (SVG)',
      'view-pdf': 'Printed view (PDF)',
      'workspace-file-recovered': 'Workspace file (recovery screen)',
    },
  },
  encryption: {
    heading: 'Encrypted workspace files',
    hint: 'An encrypted copy of the whole workspace, protected by a passphrase (AES-256-GCM). Use it to carry the workspace on a USB stick or send it to a colleague.',
    exportHeading: 'Export an encrypted copy',
    passphrase: 'Passphrase',
    noRecovery:
      'Nobody can open the file without the passphrase — not even Plenary’s developers. Keep it somewhere safe.',
    export: 'Export encrypted file…',
    encrypting: 'Encrypting…',
    exported: 'Encrypted workspace file exported.',
    openHeading: 'Open an encrypted file',
    openHint:
      'Replaces the current workspace with the file’s contents. The current state is backed up first where automatic backups are available.',
    open: 'Open encrypted file…',
    openTitle: 'Open {{name}}?',
    openBody:
      'Enter the file’s passphrase. The current workspace is replaced only if the file opens and every record in it is valid.',
    openConfirm: 'Decrypt and replace the workspace',
    opened_one: 'Opened “{{name}}” with {{count}} person.',
    opened_other: 'Opened “{{name}}” with {{count}} people.',
    fileNotWorkspace: 'The file decrypted, but it is not a Plenary workspace. Nothing was changed.',
    fileNewer:
      'The file holds a workspace from a newer version of Plenary. Update Plenary to open it. Nothing was changed.',
    fileInvalid_one: 'The file holds {{count}} invalid record. Nothing was changed.',
    fileInvalid_other: 'The file holds {{count}} invalid records. Nothing was changed.',
  },
  backups: {
    heading: 'Automatic backups',
    hint: 'Plenary copies the whole workspace into a backup file on this computer, outside its database: when it starts, after imports and merges, every few minutes while there are new changes, and before a restore. It keeps the last 10 and one per day for 14 days.',
    backUpNow: 'Back up now',
    written: 'Backup written.',
    empty: 'No backup yet.',
    when: 'Date',
    why: 'Taken',
    contents: 'Contents',
    size: 'Size',
    actions: 'Actions',
    counts:
      '{{people}} people · {{organisations}} organisations · {{events}} events · {{participations}} participations',
    countsUnknown: 'Not recorded',
    restore: 'Restore…',
    restoreTitle: 'Restore the backup of {{date}}?',
    restoreBody:
      'The current workspace is backed up first, then replaced by this backup. Changes made since the backup was taken will only be in that new backup.',
    restoreConfirm: 'Back up the current state and restore',
    restored: 'The backup was restored.',
    unavailable: 'Automatic backups are available in the desktop application only.',
    browser:
      'This browser build cannot write automatic backups: the workspace lives only in this browser’s storage.',
    browserHint:
      'Export a workspace file (Settings → General) after every significant change — an import, a merge, a day of edits — and keep it somewhere safe.',
    reminder:
      'The workspace has changed a lot since your last export (an import, a merge or many edits). Export a workspace file now so that a copy exists outside the browser.',
    exportNow: 'Export now',
    reasons: {
      start: 'At start',
      import: 'After an import',
      merge: 'After a merge',
      periodic: 'Periodic',
      'before-restore': 'Before a restore',
      'before-migration': 'Before an upgrade',
      manual: 'By hand',
      unknown: 'Unknown',
    },
    errors: {
      'disk-full':
        'The last backup could not be written: the disk is full. Free some space; earlier backups are intact.',
      failed: 'The last backup could not be written. Earlier backups are intact.',
      unreadable: 'This backup file is damaged or not a workspace file. Nothing was changed.',
      list: 'The list of backups could not be read.',
      restoreFailed: 'The backup could not be restored. The workspace was left as it was.',
    },
  },
  recovery: {
    title: 'Plenary could not open your workspace',
    upgradeFailed:
      'Upgrading the workspace database to this version of Plenary failed. The database was left as it was, at its previous version: nothing was lost.',
    openFailed: 'The workspace database could not be opened.',
    details: 'Technical details: {{details}}',
    exportHint:
      'Export everything as a workspace file now. It can be opened again once the problem is solved, or on another machine.',
    export: 'Export everything as a workspace file…',
    exported: 'The workspace file was saved.',
    notLogged:
      'This database is from a version without an export log, so the export could not be recorded there.',
    exportFailed: 'The data could not be read for export. Automatic backups may still hold a copy.',
    versionchangeTitle: 'Plenary was updated in another window',
    versionchangeBody:
      'Another window opened this workspace with a newer version of Plenary, so this window closed its connection to avoid conflicting writes. Reload to continue with the newer version.',
    blockedTitle: 'Waiting for another window',
    blockedBody:
      'Another Plenary window still uses the previous version of the workspace. Close it (or reload it), then reload this one.',
    reload: 'Reload',
  },
  storage: {
    quota:
      'There is not enough storage space on this device to save the change. Nothing was saved. Free some disk space, or export a workspace file and remove old data, then try again.',
    persistDenied: 'The browser did not grant persistent storage.',
  },
  crypto: {
    errors: {
      'not-encrypted': 'This is not an encrypted Plenary file.',
      'newer-version':
        'This file was encrypted by a newer version of Plenary. Update Plenary to open it.',
      truncated: 'This file is incomplete: it was cut off while being written or copied.',
      tampered:
        'This file is damaged or was altered after it was encrypted. Nothing was changed; use another copy or backup.',
      'wrong-passphrase': 'The passphrase is not correct. Nothing was changed.',
      'weak-parameters': 'This file’s encryption settings are weaker than Plenary allows.',
      'empty-passphrase': 'Enter a passphrase.',
    },
  },
} as const;
