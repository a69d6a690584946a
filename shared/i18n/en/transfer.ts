// English catalogue: the transfer namespace (import, export, workspace files).
export const transfer = {
  problem: {
    emptyName: 'The name is empty.',
    invalidEmail: 'This is not a valid e-mail address.',
    unknownCountry: 'Unknown country "{{value}}": it is left out.',
    severalResidences: 'Several countries of residence: only the first is kept.',
    unknownChoice: 'This value is not recognised: it is left out.',
    formula: 'This value starts like a spreadsheet formula; it is imported as plain text.',
    duplicateId: 'This identifier appears twice.',
  },
  readError: {
    empty: 'The file is empty.',
    binary: 'This is not a CSV, TSV or XLSX file.',
    'too-large': 'The file is larger than the 50 MB limit.',
    encrypted:
      'The workbook is password-protected (or an old .xls file). Save it as an unprotected .xlsx and try again.',
    corrupt: 'The workbook is damaged or incomplete.',
    'zip-bomb':
      'The workbook declares far more data than a participant list holds; it was not opened.',
    'not-xlsx': 'The file is an archive but not an Excel workbook.',
    'too-many-rows': 'A sheet has more than 200,000 rows.',
    'no-sheets': 'The workbook has no sheets.',
  },
  workspaceFileError: {
    'not-json': 'The file is not valid JSON.',
    'wrong-format': 'The file is not a Plenary workspace file.',
    'newer-version':
      'The file was written by a newer version of Plenary (file version {{version}}). Update Plenary to open it.',
    'invalid-records': '{{count}} values in the file are not valid; nothing was changed.',
  },
  history: {
    import: 'import from file',
  },
} as const;
