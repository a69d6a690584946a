// Column → field mapping, proposed from header names in English, French and Spanish, and saved
// as plain JSON (`{ "name": "...", "columns": { "<header>": "<field>" } }`) for reuse.
import { fold } from './fold';

export const IMPORT_FIELDS = [
  'fullName',
  'givenName',
  'familyName',
  'honorific',
  'gender',
  'nationality',
  'residence',
  'organisation',
  'organisationAcronym',
  'title',
  'email',
  'phone',
  'stakeholderGroup',
  'role',
  'status',
  'expertise',
  'languages',
  'tags',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → field; null (or absent) means the column is not imported. */
export type ColumnMapping = (ImportField | null)[];

const HEADERS: Record<ImportField, string[]> = {
  fullName: [
    'name',
    'full name',
    'participant',
    'participant name',
    'nom complet',
    'nom et prenom',
    'nom prenom',
    'nombre completo',
    'nombre y apellido',
    'nombre y apellidos',
    'attendee',
    'speaker',
  ],
  givenName: [
    'first name',
    'given name',
    'forename',
    'firstname',
    'prenom',
    'prénom',
    'nombre',
    'nombres',
    'first',
  ],
  familyName: [
    'last name',
    'family name',
    'surname',
    'lastname',
    'nom',
    'nom de famille',
    'apellido',
    'apellidos',
    'last',
  ],
  honorific: [
    'title honorific',
    'honorific',
    'salutation',
    'civilite',
    'civilité',
    'tratamiento',
    'prefix',
    'mr ms',
  ],
  gender: ['gender', 'sex', 'genre', 'sexe', 'genero', 'género', 'sexo', 'gender identity'],
  nationality: [
    'nationality',
    'nationalities',
    'citizenship',
    'nationalite',
    'nationalité',
    'nacionalidad',
    'country of nationality',
    'pays de nationalite',
    'pais de nacionalidad',
  ],
  residence: [
    'country of residence',
    'residence',
    'country',
    'pays de residence',
    'pays',
    'pays de résidence',
    'pais de residencia',
    'país de residencia',
    'pais',
    'país',
    'residence country',
    'based in',
    'location country',
  ],
  organisation: [
    'organisation',
    'organization',
    'organisme',
    'organizacion',
    'organización',
    'institution',
    'institucion',
    'institución',
    'company',
    'affiliation',
    'entity',
    'entite',
    'entidad',
    'employer',
    'agency',
    'organisation name',
    'organization name',
  ],
  organisationAcronym: [
    'acronym',
    'organisation acronym',
    'organization acronym',
    'sigle',
    'sigla',
    'acronimo',
    'acrónimo',
  ],
  title: [
    'job title',
    'position',
    'title',
    'poste',
    'fonction',
    'titre',
    'cargo',
    'puesto',
    'designation',
  ],
  email: [
    'email',
    'e mail',
    'email address',
    'e mail address',
    'courriel',
    'adresse email',
    'adresse electronique',
    'correo',
    'correo electronico',
    'correo electrónico',
    'mail',
  ],
  phone: [
    'phone',
    'telephone',
    'téléphone',
    'tel',
    'mobile',
    'phone number',
    'telefono',
    'teléfono',
    'celular',
    'movil',
  ],
  stakeholderGroup: [
    'stakeholder group',
    'stakeholder',
    'sector',
    'constituency',
    'groupe de parties prenantes',
    'partie prenante',
    'secteur',
    'grupo de interes',
    'grupo de partes interesadas',
    'sector de actividad',
    'organisation type',
    'organization type',
    'type of organisation',
    'type of organization',
  ],
  role: ['role', 'rôle', 'rol', 'participation role', 'capacity', 'en calidad de', 'en qualite de'],
  status: ['status', 'statut', 'estado', 'registration status', 'invitation status', 'etat'],
  expertise: [
    'expertise',
    'areas of expertise',
    'domaines d expertise',
    'experiencia',
    'areas de especializacion',
    'topics',
    'thematic area',
  ],
  languages: [
    'languages',
    'language',
    'langues',
    'langue',
    'idiomas',
    'idioma',
    'working languages',
  ],
  tags: ['tags', 'labels', 'etiquettes', 'etiquetas', 'keywords'],
  notes: [
    'notes',
    'comments',
    'remarks',
    'commentaires',
    'remarques',
    'notas',
    'comentarios',
    'observaciones',
  ],
};

const BY_HEADER = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const h of HEADERS[field]) if (!BY_HEADER.has(fold(h))) BY_HEADER.set(fold(h), field);
}

export function fieldForHeader(header: string): ImportField | null {
  return BY_HEADER.get(fold(header)) ?? null;
}

/** One field per column at most; the first column wins when two headers mean the same. */
export function proposeMapping(headers: readonly string[], saved?: SavedMapping): ColumnMapping {
  const taken = new Set<ImportField>();
  const savedColumns = new Map(
    Object.entries(saved?.columns ?? {}).map(([h, f]) => [fold(h), f] as const),
  );
  return headers.map((h) => {
    const fromSaved = savedColumns.get(fold(h));
    const field = fromSaved !== undefined ? fromSaved : fieldForHeader(h);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export type SavedMapping = { name: string; columns: Record<string, ImportField | null> };

export function toSavedMapping(
  name: string,
  headers: readonly string[],
  mapping: ColumnMapping,
): SavedMapping {
  const columns: Record<string, ImportField | null> = {};
  headers.forEach((h, i) => {
    columns[h] = mapping[i] ?? null;
  });
  return { name, columns };
}

/** Reads a saved mapping from JSON; null when it is not one. */
export function parseSavedMapping(text: string): SavedMapping | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, columns } = raw as { name?: unknown; columns?: unknown };
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) return null;
  const out: Record<string, ImportField | null> = {};
  for (const [header, field] of Object.entries(columns)) {
    if (field !== null && !(IMPORT_FIELDS as readonly unknown[]).includes(field)) return null;
    out[header] = field as ImportField | null;
  }
  return { name: typeof name === 'string' ? name : '', columns: out };
}
