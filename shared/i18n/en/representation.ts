// English catalogue: the representation namespace.
export const representation = {
  indices: {
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
