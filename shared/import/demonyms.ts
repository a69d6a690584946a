// English demonyms (adjectives of nationality) by ISO 3166 alpha-2 code, for registration forms
// that ask "Nationality" and get "Kenyan". Several spellings per country where usage varies.
// Hand-written for every UN Member State and the main other countries and areas.
const TABLE = `
AD Andorran|AE Emirati,Emirian|AF Afghan|AG Antiguan,Barbudan|AI Anguillan|AL Albanian|AM Armenian|
AO Angolan|AR Argentine,Argentinian,Argentinean|AS American Samoan|AT Austrian|AU Australian|AW Aruban|
AZ Azerbaijani,Azeri|BA Bosnian,Herzegovinian|BB Barbadian,Bajan|BD Bangladeshi|BE Belgian|BF Burkinabe,Burkinabè|
BG Bulgarian|BH Bahraini|BI Burundian|BJ Beninese|BM Bermudian|BN Bruneian|BO Bolivian|BR Brazilian|
BS Bahamian|BT Bhutanese|BW Motswana,Batswana,Botswanan|BY Belarusian|BZ Belizean|CA Canadian|
CD Congolese (DRC),Congolese (Kinshasa)|CF Central African|CG Congolese (Brazzaville)|CH Swiss|
CI Ivorian|CK Cook Islander|CL Chilean|CM Cameroonian|CN Chinese|CO Colombian|CR Costa Rican|CU Cuban|
CV Cabo Verdean,Cape Verdean|CW Curaçaoan|CY Cypriot|CZ Czech|DE German|DJ Djiboutian|DK Danish,Dane|
DM Dominican (Dominica)|DO Dominican|DZ Algerian|EC Ecuadorian,Ecuadorean|EE Estonian|EG Egyptian|
ER Eritrean|ES Spanish,Spaniard|ET Ethiopian|FI Finnish,Finn|FJ Fijian|FM Micronesian|FO Faroese|
FR French|GA Gabonese|GB British,English,Scottish,Welsh,Northern Irish,UK|GD Grenadian|GE Georgian|
GH Ghanaian|GI Gibraltarian|GL Greenlandic|GM Gambian|GN Guinean|GQ Equatorial Guinean,Equatoguinean|
GR Greek|GT Guatemalan|GU Guamanian|GW Bissau-Guinean|GY Guyanese|HK Hong Konger,Hongkonger|HN Honduran|
HR Croatian,Croat|HT Haitian|HU Hungarian|ID Indonesian|IE Irish|IL Israeli|IN Indian|IQ Iraqi|
IR Iranian,Persian|IS Icelandic,Icelander|IT Italian|JM Jamaican|JO Jordanian|JP Japanese|KE Kenyan|
KG Kyrgyz,Kyrgyzstani,Kirghiz|KH Cambodian,Khmer|KI I-Kiribati,Kiribatian|KM Comorian|KN Kittitian,Nevisian|
KP North Korean|KR South Korean,Korean|KW Kuwaiti|KY Caymanian|KZ Kazakh,Kazakhstani|LA Lao,Laotian|
LB Lebanese|LC Saint Lucian|LI Liechtensteiner|LK Sri Lankan|LR Liberian|LS Basotho,Mosotho,Lesothan|
LT Lithuanian|LU Luxembourgish,Luxembourger|LV Latvian|LY Libyan|MA Moroccan|MC Monegasque,Monacan|
MD Moldovan|ME Montenegrin|MG Malagasy|MH Marshallese|MK Macedonian,North Macedonian|ML Malian|
MM Myanmar,Burmese|MN Mongolian|MO Macanese|MR Mauritanian|MS Montserratian|MT Maltese|MU Mauritian|
MV Maldivian|MW Malawian|MX Mexican|MY Malaysian|MZ Mozambican|NA Namibian|NC New Caledonian|
NE Nigerien|NG Nigerian|NI Nicaraguan|NL Dutch,Netherlander|NO Norwegian|NP Nepali,Nepalese|NR Nauruan|
NU Niuean|NZ New Zealander,Kiwi|OM Omani|PA Panamanian|PE Peruvian|PF French Polynesian|
PG Papua New Guinean|PH Filipino,Filipina,Philippine|PK Pakistani|PL Polish,Pole|PR Puerto Rican|
PS Palestinian|PT Portuguese|PW Palauan|PY Paraguayan|QA Qatari|RO Romanian|RS Serbian,Serb|
RU Russian|RW Rwandan,Rwandese|SA Saudi,Saudi Arabian|SB Solomon Islander|SC Seychellois|SD Sudanese|
SE Swedish,Swede|SG Singaporean|SI Slovenian,Slovene|SK Slovak,Slovakian|SL Sierra Leonean|
SM Sammarinese|SN Senegalese|SO Somali|SR Surinamese|SS South Sudanese|ST Santomean,São Toméan|
SV Salvadoran,Salvadorean|SY Syrian|SZ Swazi,Eswatini,Liswati|TC Turks and Caicos Islander|TD Chadian|
TG Togolese|TH Thai|TJ Tajik,Tajikistani|TL Timorese,East Timorese|TM Turkmen|TN Tunisian|TO Tongan|
TR Turkish,Turk|TT Trinidadian,Tobagonian|TV Tuvaluan|TW Taiwanese|TZ Tanzanian|UA Ukrainian|
UG Ugandan|US American,US,U.S.|UY Uruguayan|UZ Uzbek,Uzbekistani|VA Vatican|
VC Vincentian,Saint Vincentian|VE Venezuelan|VG British Virgin Islander|VI US Virgin Islander|
VN Vietnamese|VU Ni-Vanuatu,Vanuatuan|WS Samoan|XK Kosovar,Kosovan|YE Yemeni|ZA South African|
ZM Zambian|ZW Zimbabwean|EH Sahrawi|PN Pitcairn Islander|NF Norfolk Islander|FK Falkland Islander|
SH Saint Helenian|RE Réunionese|GP Guadeloupean|MQ Martiniquais|GF French Guianese|YT Mahoran|
`;

/** Demonym → ISO2 pairs, in table order. */
export const DEMONYMS: readonly (readonly [string, string])[] = TABLE.split('|')
  .map((entry) => entry.trim())
  .filter((entry) => entry !== '')
  .flatMap((entry) => {
    const space = entry.indexOf(' ');
    const iso2 = entry.slice(0, space);
    return entry
      .slice(space + 1)
      .split(',')
      .map((d) => [d.trim(), iso2] as const);
  });
