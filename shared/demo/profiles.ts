// Professional profiles of demo people: job titles per stakeholder group and seniority, expertise
// themes, and how people got into the secretariat's records (the consent source).
import type { LegalBasis, StakeholderGroup } from '../domain/model';

export type Seniority = 'senior' | 'mid' | 'junior';

/** How often people of each stakeholder group take part: academia and cities dominate. */
export const ORG_TYPE_WEIGHTS: readonly (readonly [StakeholderGroup, number])[] = [
  ['academia', 22],
  ['local-regional-government', 16],
  ['national-government', 9],
  ['un-system', 8],
  ['international-organisation', 5],
  ['private-sector', 13],
  ['civil-society', 13],
  ['community-based', 7],
  ['media', 3],
  ['other', 4],
];

export const SENIORITY_WEIGHTS: readonly (readonly [Seniority, number])[] = [
  ['senior', 30],
  ['mid', 45],
  ['junior', 25],
];

export const TITLES: Record<StakeholderGroup, Record<Seniority, readonly string[]>> = {
  academia: {
    senior: ['Professor of Urban Planning', 'Professor of Computer Science', 'Director, Urban Lab'],
    mid: ['Associate Professor', 'Senior Lecturer in Urban Studies', 'Senior Research Fellow'],
    junior: ['Research Fellow', 'PhD Candidate', 'Research Assistant'],
  },
  'local-regional-government': {
    senior: [
      'Chief Digital Officer',
      'Deputy Mayor for Innovation',
      'Director, Smart City Programme',
    ],
    mid: ['Head of Data and Analytics', 'Urban Planner', 'Policy Adviser, Digital Services'],
    junior: ['Digital Services Officer', 'GIS Analyst', 'Junior Urban Planner'],
  },
  'national-government': {
    senior: [
      'Director, Department of Urban Development',
      'Director-General for Digital Government',
    ],
    mid: ['Senior Policy Officer', 'Head of Unit, Housing and Urban Policy'],
    junior: ['Policy Officer', 'Analyst'],
  },
  'un-system': {
    senior: ['Chief, Urban Practices Branch', 'Senior Adviser'],
    mid: ['Programme Management Officer', 'Human Settlements Officer'],
    junior: ['Associate Programme Officer', 'Consultant'],
  },
  'international-organisation': {
    senior: ['Lead Urban Specialist', 'Director, Digital Infrastructure'],
    mid: ['Senior Economist', 'Urban Development Specialist'],
    junior: ['Analyst', 'Young Professional'],
  },
  'private-sector': {
    senior: ['Chief Technology Officer', 'Head of Public Sector'],
    mid: ['Government Affairs Lead', 'Product Manager, Smart Cities'],
    junior: ['Data Scientist', 'Solutions Engineer'],
  },
  'civil-society': {
    senior: ['Executive Director', 'Director of Policy'],
    mid: ['Programme Coordinator', 'Policy Lead, Digital Rights'],
    junior: ['Campaigner', 'Programme Officer'],
  },
  'community-based': {
    senior: ['Chairperson', 'Founder'],
    mid: ['Community Organiser', 'Coordinator'],
    junior: ['Youth Mapper', 'Volunteer Coordinator'],
  },
  media: {
    senior: ['Editor-in-Chief'],
    mid: ['Technology Correspondent', 'Editor'],
    junior: ['Reporter'],
  },
  other: {
    senior: ['Programme Director', 'President'],
    mid: ['Programme Officer', 'Independent Consultant'],
    junior: ['Youth Delegate', 'Fellow'],
  },
};

/** Titles of second affiliations: memberships and honorary roles rather than jobs. */
export const SECONDARY_TITLES = [
  'Member',
  'Fellow',
  'Board member',
  'Adviser',
  'Adjunct Professor',
];

export const THEMES = [
  'digital infrastructure',
  'data governance',
  'open data',
  'digital inclusion',
  'human rights',
  'privacy and data protection',
  'urban planning',
  'participatory governance',
  'community engagement',
  'capacity building',
  'environmental sustainability',
  'climate resilience',
  'urban mobility',
  'housing',
  'artificial intelligence',
  'cybersecurity',
  'gender equality',
  'accessibility',
  'local economic development',
  'public procurement',
  'informal settlements',
  'standards and interoperability',
  'e-government',
  'smart city financing',
] as const;

export const SELF_DESCRIPTIONS = ['genderfluid', 'agender', 'genderqueer'];

export const CONSENT_SOURCES: Record<LegalBasis, readonly string[]> = {
  consent: [
    'Registration form',
    'Expert roster application',
    'Online consultation sign-up',
    'Business card, with verbal consent recorded by the secretariat',
  ],
  'legitimate-interest': ['Public professional profile', 'Referral by a colleague'],
  'public-task': ['Nomination by a Member State focal point'],
  contract: ['Consultancy contract'],
  'legal-obligation': [],
  'vital-interest': [],
};

export const CONSENT_BASIS_WEIGHTS: readonly (readonly [LegalBasis, number])[] = [
  ['consent', 60],
  ['legitimate-interest', 28],
  ['public-task', 9],
  ['contract', 3],
];

export const TAGS = ['roster', 'peer reviewer', 'focal point', 'former speaker', 'newsletter'];

export const NOTES = [
  'Recommended by the regional focal point.',
  'Prefers to be contacted through the organisation.',
  'Interested in the data governance chapter.',
  'Needs visa support letter for in-person meetings.',
  'Offered to review the zero draft.',
];

export const AGE_BRACKET_KEY = 'Age bracket';
