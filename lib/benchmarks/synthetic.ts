// The synthetic demo benchmark set: invented, plausible-looking percentiles so the demo account's
// dashboard has something to compare against. It is NOT survey data, so it is a separate source
// flagged `synthetic: true`, and its label is carried in every text field a screen or export might
// print (survey, population, citation, licence note, each row's note).
import type { BuiltinSource } from './builtin-types';

export const SYNTHETIC_DEMO_KEY = 'synthetic-demo';
export const SYNTHETIC_LABEL = 'Synthetic demo data - not survey data';

// [specialty, p25, p50, p75, p90]: rough orders of magnitude of annual wRVUs per 1.0 FTE after the
// 2021 E/M changes, rounded to hundreds. Made up for the demo; do not cite.
const TABLE: [string, number, number, number, number][] = [
  ['Family medicine', 4300, 5200, 6300, 7600],
  ['Internal medicine', 4400, 5300, 6400, 7700],
  ['Pediatrics', 4000, 4900, 6000, 7200],
  ['Hospital medicine', 3900, 4600, 5400, 6300],
  ['Emergency medicine', 5400, 6400, 7600, 8900],
  ['Cardiology', 6800, 8300, 10100, 12200],
  ['Gastroenterology', 7100, 8800, 10700, 12900],
  ['General surgery', 5700, 7000, 8500, 10400],
  ['Orthopedic surgery', 6700, 8300, 10200, 12400],
  ['Obstetrics and gynecology', 5400, 6600, 7900, 9400],
  ['Dermatology', 6000, 7300, 9000, 11000],
  ['Neurology', 4200, 5100, 6200, 7500],
  ['Psychiatry', 3500, 4400, 5400, 6600],
  ['Radiology (diagnostic)', 7900, 9500, 11400, 13600],
  ['Urology', 6800, 8300, 10000, 12000],
];

export const SYNTHETIC_DEMO_SOURCE: BuiltinSource = {
  key: SYNTHETIC_DEMO_KEY,
  publisher: 'Benchline (synthetic)',
  survey: SYNTHETIC_LABEL,
  dataYear: 2025,
  rvuBasisYear: null,
  population: SYNTHETIC_LABEL,
  licenceNote: SYNTHETIC_LABEL,
  url: null,
  citation: SYNTHETIC_LABEL,
  quality: 'synthetic',
  caveat: `${SYNTHETIC_LABEL}: invented values for demonstrating the dashboard. Never use them for decisions.`,
  synthetic: true,
  rows: TABLE.map(([specialty, p25, p50, p75, p90]) => ({
    specialty,
    segment: 'all',
    p25,
    p50,
    p75,
    p90,
    note: SYNTHETIC_LABEL,
  })),
};
