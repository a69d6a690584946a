// Gender values in English, French and Spanish → the self-identified categories of the data
// model. Anything else is kept as the person's own words ("self-described"); it is never
// dropped, and never inferred from a name.
import type { Gender } from '../domain/model';
import { fold } from './fold';

const SPELLINGS: Record<Exclude<Gender, 'self-described' | 'unknown'>, string[]> = {
  woman: [
    'f',
    'w',
    'female',
    'woman',
    'women',
    'girl',
    'femme',
    'feminin',
    'féminin',
    'mujer',
    'femenino',
    'femenina',
    'ms',
    'mrs',
    'mme',
    'sra',
  ],
  man: ['m', 'male', 'man', 'men', 'homme', 'masculin', 'hombre', 'masculino', 'varon', 'varón'],
  'non-binary': [
    'non binary',
    'nonbinary',
    'nb',
    'enby',
    'non binaire',
    'no binario',
    'no binaria',
    'genderqueer',
    'x',
  ],
  'prefers-not-to-say': [
    'prefer not to say',
    'prefer not to answer',
    'rather not say',
    'decline to state',
    'declined',
    'prefere ne pas repondre',
    'prefere ne pas le dire',
    'je prefere ne pas repondre',
    'prefiero no decirlo',
    'prefiero no responder',
    'prefiero no contestar',
    'no deseo responder',
    'pnts',
  ],
};

const LOOKUP = new Map<string, Gender>();
for (const [gender, words] of Object.entries(SPELLINGS)) {
  for (const w of words) LOOKUP.set(fold(w), gender as Gender);
}

export type GenderValue = { gender: Gender; selfDescription: string };

export function normaliseGender(value: string): GenderValue {
  const text = value.normalize('NFC').trim();
  if (text === '' || /^[-–—?]+$/.test(text)) return { gender: 'unknown', selfDescription: '' };
  const hit = LOOKUP.get(fold(text));
  if (hit) return { gender: hit, selfDescription: '' };
  return { gender: 'self-described', selfDescription: text.slice(0, 200) };
}
