// Display text of analytics categories in the UI language: enum keys through i18n, region
// labels as they are (they are reference data), countries by name.
import type { TFunction } from 'i18next';
import type { AnyDimension, RuleGap } from '@shared/analytics';
import { countryName } from '@shared/reference/countries';

export function categoryText(t: TFunction, dimension: AnyDimension, key: string | null): string {
  if (key === null) return t('representation.unknown');
  switch (dimension.kind) {
    case 'gender':
      return t(`enums.gender.${key}`);
    case 'stakeholder-group':
    case 'organisation-type':
      return t(`enums.stakeholderGroup.${key}`);
    case 'role':
      return t(`enums.role.${key}`);
    case 'status':
      return t(`enums.status.${key}`);
    case 'nationality':
    case 'residence':
      return dimension.scheme === 'country' ? countryName(key) : key;
    case 'attribute':
      return key;
  }
}

/** "3 more: Woman", "2 fewer: Europe". */
export function gapText(t: TFunction, dimension: AnyDimension, gap: RuleGap): string {
  return t(`representation.targets.gap.${gap.direction}`, {
    count: gap.people,
    category: categoryText(t, dimension, gap.category),
  });
}

export const percentText = (share: number | null, digits = 0) =>
  share === null ? '–' : `${(share * 100).toFixed(digits)} %`;

export const numberText = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits));
