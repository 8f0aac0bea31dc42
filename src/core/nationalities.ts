/**
 * Nationalities by ISO 3166-1 alpha-3 code, with the UN-style names the briefs print
 * ("Syrian Arab Republic", "Occupied Palestinian Territory"). Two codes from ICAO Doc 9303
 * cover what ISO does not: XXA for stateless persons and XXX for nationality unknown.
 */
export const NATIONALITY_NAMES: Readonly<Record<string, string>> = {
  AFG: 'Afghanistan', AGO: 'Angola', ALB: 'Albania', ARE: 'United Arab Emirates', ARG: 'Argentina',
  ARM: 'Armenia', AUT: 'Austria', AZE: 'Azerbaijan', BDI: 'Burundi', BEL: 'Belgium', BEN: 'Benin',
  BFA: 'Burkina Faso', BGD: 'Bangladesh', BGR: 'Bulgaria', BHR: 'Bahrain', BIH: 'Bosnia and Herzegovina',
  BLR: 'Belarus', BOL: 'Bolivia (Plurinational State of)', BRA: 'Brazil', BTN: 'Bhutan',
  BWA: 'Botswana', CAF: 'Central African Republic', CAN: 'Canada', CHE: 'Switzerland', CHL: 'Chile',
  CHN: 'China', CIV: "Côte d'Ivoire", CMR: 'Cameroon', COD: 'Democratic Republic of the Congo',
  COG: 'Congo', COL: 'Colombia', COM: 'Comoros', CPV: 'Cabo Verde', CUB: 'Cuba', CYP: 'Cyprus',
  CZE: 'Czechia', DEU: 'Germany', DJI: 'Djibouti', DNK: 'Denmark', DOM: 'Dominican Republic',
  DZA: 'Algeria', ECU: 'Ecuador', EGY: 'Egypt', ERI: 'Eritrea', ESP: 'Spain', EST: 'Estonia',
  ETH: 'Ethiopia', FIN: 'Finland', FRA: 'France', GAB: 'Gabon', GBR: 'United Kingdom', GEO: 'Georgia',
  GHA: 'Ghana', GIN: 'Guinea', GMB: 'Gambia', GNB: 'Guinea-Bissau', GNQ: 'Equatorial Guinea',
  GRC: 'Greece', GTM: 'Guatemala', HND: 'Honduras', HRV: 'Croatia', HTI: 'Haiti', HUN: 'Hungary',
  IDN: 'Indonesia', IND: 'India', IRL: 'Ireland', IRN: 'Iran (Islamic Republic of)', IRQ: 'Iraq',
  ISR: 'Israel', ITA: 'Italy', JAM: 'Jamaica', JOR: 'Jordan', JPN: 'Japan', KAZ: 'Kazakhstan',
  KEN: 'Kenya', KGZ: 'Kyrgyzstan', KHM: 'Cambodia', KOR: 'Republic of Korea', KWT: 'Kuwait',
  LAO: "Lao People's Democratic Republic", LBN: 'Lebanon', LBR: 'Liberia', LBY: 'Libya',
  LKA: 'Sri Lanka', LSO: 'Lesotho', LTU: 'Lithuania', LVA: 'Latvia', MAR: 'Morocco',
  MDA: 'Republic of Moldova', MDG: 'Madagascar', MEX: 'Mexico', MKD: 'North Macedonia', MLI: 'Mali',
  MLT: 'Malta', MMR: 'Myanmar', MNE: 'Montenegro', MNG: 'Mongolia', MOZ: 'Mozambique',
  MRT: 'Mauritania', MWI: 'Malawi', MYS: 'Malaysia', NAM: 'Namibia', NER: 'Niger', NGA: 'Nigeria',
  NIC: 'Nicaragua', NLD: 'Netherlands', NOR: 'Norway', NPL: 'Nepal', OMN: 'Oman', PAK: 'Pakistan',
  PER: 'Peru', PHL: 'Philippines', POL: 'Poland', PRK: "Democratic People's Republic of Korea",
  PRT: 'Portugal', PSE: 'Occupied Palestinian Territory', QAT: 'Qatar', ROU: 'Romania',
  RUS: 'Russian Federation', RWA: 'Rwanda', SAU: 'Saudi Arabia', SDN: 'Sudan', SEN: 'Senegal',
  SLE: 'Sierra Leone', SLV: 'El Salvador', SOM: 'Somalia', SRB: 'Serbia', SSD: 'South Sudan',
  SVK: 'Slovakia', SVN: 'Slovenia', SWE: 'Sweden', SYR: 'Syrian Arab Republic', TCD: 'Chad',
  TGO: 'Togo', THA: 'Thailand', TJK: 'Tajikistan', TKM: 'Turkmenistan', TUN: 'Tunisia',
  TUR: 'Türkiye', TZA: 'United Republic of Tanzania', UGA: 'Uganda', UKR: 'Ukraine',
  USA: 'United States of America', UZB: 'Uzbekistan', VEN: 'Venezuela (Bolivarian Republic of)',
  VNM: 'Viet Nam', YEM: 'Yemen', ZAF: 'South Africa', ZMB: 'Zambia', ZWE: 'Zimbabwe',
  // The other UN member and observer States, and the ISO areas people may hold a nationality of,
  // so that every ISO 3166-1 alpha-3 code of a nationality is accepted.
  AND: 'Andorra', ATG: 'Antigua and Barbuda', AUS: 'Australia', BHS: 'Bahamas', BLZ: 'Belize',
  BRB: 'Barbados', BRN: 'Brunei Darussalam', COK: 'Cook Islands', CRI: 'Costa Rica', DMA: 'Dominica',
  FJI: 'Fiji', FSM: 'Micronesia (Federated States of)', GRD: 'Grenada', GUY: 'Guyana', ISL: 'Iceland',
  KIR: 'Kiribati', KNA: 'Saint Kitts and Nevis', LCA: 'Saint Lucia', LIE: 'Liechtenstein', LUX: 'Luxembourg',
  MCO: 'Monaco', MDV: 'Maldives', MHL: 'Marshall Islands', MUS: 'Mauritius', NIU: 'Niue', NRU: 'Nauru',
  NZL: 'New Zealand', PAN: 'Panama', PLW: 'Palau', PNG: 'Papua New Guinea', PRY: 'Paraguay', SGP: 'Singapore',
  SLB: 'Solomon Islands', SMR: 'San Marino', STP: 'Sao Tome and Principe', SUR: 'Suriname', SWZ: 'Eswatini',
  SYC: 'Seychelles', TLS: 'Timor-Leste', TON: 'Tonga', TTO: 'Trinidad and Tobago', TUV: 'Tuvalu', URY: 'Uruguay',
  VAT: 'Holy See', VCT: 'Saint Vincent and the Grenadines', VUT: 'Vanuatu', WSM: 'Samoa',
  ABW: 'Aruba', AIA: 'Anguilla', ASM: 'American Samoa', BMU: 'Bermuda', CUW: 'Curaçao', CYM: 'Cayman Islands',
  ESH: 'Western Sahara', FLK: 'Falkland Islands (Malvinas)', FRO: 'Faroe Islands', GIB: 'Gibraltar',
  GRL: 'Greenland', GUM: 'Guam', HKG: 'China, Hong Kong SAR', MAC: 'China, Macao SAR', MNP: 'Northern Mariana Islands',
  MSR: 'Montserrat', NCL: 'New Caledonia', PRI: 'Puerto Rico', PYF: 'French Polynesia', SXM: 'Sint Maarten (Dutch part)',
  TCA: 'Turks and Caicos Islands', TWN: 'Taiwan, Province of China', VGB: 'British Virgin Islands', VIR: 'United States Virgin Islands',
  XXA: 'Stateless', XXX: 'Unknown',
};

/** True when the code names a nationality the briefs can print. */
export function isNationalityCode(code: string): boolean {
  return Object.hasOwn(NATIONALITY_NAMES, code);
}

/** The printed name of a nationality code; the code itself if unknown (validation rejects those earlier). */
export function nationalityName(code: string): string {
  return NATIONALITY_NAMES[code] ?? code;
}
