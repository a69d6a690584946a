// The demo's fictional organisations: global bodies, regional networks and local institutions of
// every stakeholder type. Names may use real city names; the organisations themselves are made up.
import type { Iso2, OrganisationId } from '../domain/ids';
import { ID_PREFIXES } from '../domain/ids';
import type { Organisation, StakeholderGroup } from '../domain/model';
import { countryByIso2 } from '../reference/countries';
import type { DemoContext } from './context';
import { asciiSlug } from './names';

/** global: staff from anywhere; regional: members across one M49 region; local: one country. */
export type OrgScope = 'global' | 'regional' | 'local';

export type DemoOrganisation = {
  record: Organisation;
  scope: OrgScope;
  /** M49 region the organisation serves (regional) or sits in (the others). */
  region: string;
  /** E-mail and web domain, under the reserved example names of RFC 2606. */
  domain: string;
};

type Row = [name: string, acronym: string, type: StakeholderGroup, iso2: string, scope: OrgScope];

// A row whose name starts with "> " is a unit of the row above it (parentId).
// prettier-ignore
const ROWS: readonly Row[] = [
  // Global
  ['United Nations Urban Futures Programme', 'UNUFP', 'un-system', 'KE', 'global'],
  ['> UNUFP Regional Office for Asia and the Pacific', 'UNUFP-ROAP', 'un-system', 'TH', 'global'],
  ['> UNUFP Regional Office for Latin America and the Caribbean', 'UNUFP-ROLAC', 'un-system', 'BR', 'global'],
  ['United Nations Digital Cooperation Office', 'UNDCO', 'un-system', 'US', 'global'],
  ['United Nations Office for Sustainable Urban Data', 'UNOSUD', 'un-system', 'CH', 'global'],
  ['United Nations Centre for Local Government Capacity', 'UNCLGC', 'un-system', 'KR', 'global'],
  ['United Nations Joint Programme on Inclusive Cities', 'UNJPIC', 'un-system', 'SN', 'global'],
  ['International Bank for Urban Resilience', 'IBUR', 'international-organisation', 'US', 'global'],
  ['Organisation for Digital Public Infrastructure', 'ODPI', 'international-organisation', 'FR', 'global'],
  ['Asian Smart Cities Development Fund', 'ASCDF', 'international-organisation', 'PH', 'global'],
  ['Pan-African Cities Facility', 'PACF', 'international-organisation', 'ET', 'global'],
  ['Global Alliance for Digital Rights in Cities', 'GADRC', 'civil-society', 'NL', 'global'],
  ['Cities for All Coalition', 'C4A', 'civil-society', 'ZA', 'global'],
  ['Meridian Urban Technologies', '', 'private-sector', 'DE', 'global'],
  ['Kestrel Civic Analytics', '', 'private-sector', 'US', 'global'],
  ['Sakura Infrastructure Networks', '', 'private-sector', 'JP', 'global'],
  ['World Association of Digital Cities', 'WADC', 'local-regional-government', 'ES', 'global'],
  ['International Society for Urban Informatics', 'ISUI', 'academia', 'PT', 'global'],
  ['Urban Futures Review', 'UFR', 'media', 'GB', 'global'],
  ['Foundation for Civic Futures', 'FCF', 'other', 'CH', 'global'],
  ['Global Youth Urban Assembly', 'GYUA', 'other', 'KE', 'global'],
  // Regional
  ['African Cities Digital Network', 'ACDN', 'local-regional-government', 'GH', 'regional'],
  ['Network of African Urban Researchers', 'NAUR', 'academia', 'ZA', 'regional'],
  ['Pan-African Civic Tech Network', 'PACTN', 'civil-society', 'NG', 'regional'],
  ['Latin American Network of Smart Municipalities', 'RedLAMI', 'local-regional-government', 'MX', 'regional'],
  ['Latin American Council for Urban Research', 'CLIU', 'academia', 'AR', 'regional'],
  ['Asia-Pacific Network of Local Governments for Digital Cities', 'APDC-Net', 'local-regional-government', 'ID', 'regional'],
  ['Asian Urban Research Consortium', 'AURC', 'academia', 'SG', 'regional'],
  ['Asia Digital Rights Collective', 'ADRC', 'civil-society', 'IN', 'regional'],
  ['European Forum of Digital Municipalities', 'EFDM', 'local-regional-government', 'BE', 'regional'],
  ['European Urban Research Network', 'EURN', 'academia', 'DE', 'regional'],
  ['European Network for Fair Cities', 'ENFC', 'civil-society', 'PL', 'regional'],
  ['Pacific Cities and Islands Network', 'PCIN', 'local-regional-government', 'WS', 'regional'],
  ['Pacific Urban Research Alliance', 'PURA', 'academia', 'NZ', 'regional'],
  // Local: academia
  ['Metropolitan Institute of Urban Studies', 'MIUS', 'academia', 'GB', 'local'],
  ['> MIUS Centre for Data and the City', '', 'academia', 'GB', 'local'],
  ['Nairobi Institute of Urban Technology', 'NIUT', 'academia', 'KE', 'local'],
  ['Universidad Andina de Estudios Urbanos', 'UAEU', 'academia', 'CO', 'local'],
  ['São Paulo Institute of Urban Technology', 'IPTU', 'academia', 'BR', 'local'],
  ['Bengaluru School of Urban Governance', 'BSUG', 'academia', 'IN', 'local'],
  ['Tallinn Institute of Digital Society', 'TIDS', 'academia', 'EE', 'local'],
  ['Yokohama Centre for Urban Resilience', 'YCUR', 'academia', 'JP', 'local'],
  ['Shenzhen Academy of Urban Informatics', 'SAUI', 'academia', 'CN', 'local'],
  ['Cairo Centre for Urban Policy Studies', 'CCUPS', 'academia', 'EG', 'local'],
  ['Bangkok Institute of Urban Innovation', 'BIUI', 'academia', 'TH', 'local'],
  // Local: local and regional government
  ['City of Nairobi Digital Office', '', 'local-regional-government', 'KE', 'local'],
  ['City of Bogotá Digital Office', '', 'local-regional-government', 'CO', 'local'],
  ['City of Barcelona Digital Office', '', 'local-regional-government', 'ES', 'local'],
  ['City of Bangkok Smart City Office', '', 'local-regional-government', 'TH', 'local'],
  ['City of Tallinn Digital Office', '', 'local-regional-government', 'EE', 'local'],
  ['Greater Amman Municipality Innovation Unit', '', 'local-regional-government', 'JO', 'local'],
  ['City of Kigali Digital Office', '', 'local-regional-government', 'RW', 'local'],
  ['City of Dakar Digital Office', '', 'local-regional-government', 'SN', 'local'],
  ['City of Toronto Digital Office', '', 'local-regional-government', 'CA', 'local'],
  ['City of Pune Smart City Office', '', 'local-regional-government', 'IN', 'local'],
  ['Dhaka North Urban Innovation Cell', '', 'local-regional-government', 'BD', 'local'],
  ['Mexico City Digital Agency', '', 'local-regional-government', 'MX', 'local'],
  // Local: national government
  ['Ministry of Cities and Territorial Development (Colombia)', '', 'national-government', 'CO', 'local'],
  ['Ministry of Digital Economy (Senegal)', '', 'national-government', 'SN', 'local'],
  ['National Smart Cities Agency (India)', '', 'national-government', 'IN', 'local'],
  ['Ministry of Local Government and Digital Affairs (Ghana)', '', 'national-government', 'GH', 'local'],
  ['Ministry of Municipal Affairs (Jordan)', '', 'national-government', 'JO', 'local'],
  ['National Digital Government Agency (Brazil)', '', 'national-government', 'BR', 'local'],
  ['Ministry of Housing and Urban Planning (Kenya)', '', 'national-government', 'KE', 'local'],
  ['Ministry of Territorial Development (Mexico)', '', 'national-government', 'MX', 'local'],
  ['Ministry for Cities and Digital Transition (France)', '', 'national-government', 'FR', 'local'],
  ['Federal Ministry of Urban Development (Nigeria)', '', 'national-government', 'NG', 'local'],
  // Local: private sector
  ['Andes Civic Data', '', 'private-sector', 'CO', 'local'],
  ['Jacaranda Analytics', '', 'private-sector', 'KE', 'local'],
  ['Indus Mobility Labs', '', 'private-sector', 'IN', 'local'],
  ['Lotus Smart Grid', '', 'private-sector', 'VN', 'local'],
  ['Bosphorus Urban Systems', '', 'private-sector', 'TR', 'local'],
  // Local: civil society, community-based, media
  ['Kampala Digital Inclusion Initiative', 'KDII', 'civil-society', 'UG', 'local'],
  ['Dhaka Urban Rights Forum', 'DURF', 'civil-society', 'BD', 'local'],
  ['Fundación Ciudad Abierta', '', 'civil-society', 'AR', 'local'],
  ['Droits dans la Ville', '', 'civil-society', 'FR', 'local'],
  ['Women in Urban Tech Network', 'WUTN', 'civil-society', 'US', 'local'],
  ['Kibera Youth Mapping Collective', '', 'community-based', 'KE', 'local'],
  ['Comunidad Digital Ciudad Bolívar', '', 'community-based', 'CO', 'local'],
  ['Dharavi Residents Tech Circle', '', 'community-based', 'IN', 'local'],
  ['Kathmandu Valley Neighbourhood Network', '', 'community-based', 'NP', 'local'],
  ['Favela Data Collective', '', 'community-based', 'BR', 'local'],
  ['Port-au-Prince Neighbourhood Committees Federation', '', 'community-based', 'HT', 'local'],
  ['Phnom Penh Community Savings Network', '', 'community-based', 'KH', 'local'],
  ['The Urban Dispatch', '', 'media', 'ZA', 'local'],
  ['Ciudad Digital Magazine', '', 'media', 'MX', 'local'],
];

const GOVERNMENT: readonly StakeholderGroup[] = [
  'local-regional-government',
  'national-government',
];

function domainOf(name: string, acronym: string, type: StakeholderGroup): string {
  const base = asciiSlug(acronym !== '' ? acronym : name.replace(/\(.*\)/, '')).slice(0, 40);
  if (type === 'private-sector') return `${base}.example.com`;
  if (GOVERNMENT.includes(type)) return `${base}.gov.example`;
  return `${base}.example.org`;
}

export const DEMO_ORGANISATION_NOTE = 'Fictional organisation of the Plenary demo workspace.';

export function buildOrganisations(ctx: DemoContext): DemoOrganisation[] {
  const out: DemoOrganisation[] = [];
  let lastTopLevel: OrganisationId | null = null;
  for (const [rawName, acronym, type, iso2, scope] of ROWS) {
    const isUnit = rawName.startsWith('> ');
    const name = isUnit ? rawName.slice(2) : rawName;
    const country = countryByIso2(iso2);
    if (country?.region == null) throw new Error(`Demo organisation without a region: ${name}`);
    const domain = domainOf(name, acronym, type);
    const record: Organisation = {
      ...ctx.meta<OrganisationId>(ID_PREFIXES.organisations, 700),
      name,
      acronym,
      type,
      country: iso2 as Iso2,
      parentId: isUnit ? lastTopLevel : null,
      website: `https://www.${domain}`,
      notes: DEMO_ORGANISATION_NOTE,
    };
    if (!isUnit) lastTopLevel = record.id;
    out.push({ record, scope, region: country.region, domain });
  }
  return out;
}
