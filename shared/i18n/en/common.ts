// English catalogue: application-wide strings.
export const common = {
  appName: 'Plenary',
  tagline: 'Consultation participants, networks and representation — offline.',
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    close: 'Close',
    create: 'Create',
    add: 'Add',
    remove: 'Remove',
    confirm: 'Confirm',
    undo: 'Undo',
    redo: 'Redo',
    clearFilters: 'Clear filters',
  },
} as const;
