// English catalogue: the privacy namespace — encryption, the Privacy and Backups screens, erasure.
export const privacy = {
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
