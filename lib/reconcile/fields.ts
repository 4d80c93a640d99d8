// The columns reconciliation may keep from an employer's productivity report, the header names
// billing systems (Epic, Cerner, athena and the like) give them, and the automatic first guess at a
// mapping. Every other column (patient name, MRN, date of birth, account number ...) is never read
// past the header row: this list is the privacy boundary.
import { createHash } from 'node:crypto';

export const SINGLE_FIELDS = [
  'serviceDate',
  'postDate',
  'code',
  'units',
  'workRvu',
  'totalRvu',
  'location',
  'provider',
] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];

/** Column indexes (0-based, in the header row) per field; modifiers may span several columns. */
export type ColumnMapping = Partial<Record<SingleField, number>> & { modifiers: number[] };

export const FIELD_LABELS: Record<SingleField | 'modifiers', string> = {
  serviceDate: 'Date of service',
  postDate: 'Post date',
  code: 'CPT / HCPCS code',
  modifiers: 'Modifier(s)',
  units: 'Units',
  workRvu: 'Work RVU',
  totalRvu: 'Total RVU',
  location: 'Location / department',
  provider: 'Billing provider',
};

/** Headers are compared lower-cased with everything but letters and digits removed. */
export const normHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, '');

const SYNONYMS: Record<SingleField, string[]> = {
  serviceDate: [
    'dateofservice',
    'servicedate',
    'dos',
    'svcdate',
    'servicedt',
    'svcdt',
    'fromdate',
    'datefrom',
    'servicefromdate',
    'encounterdate',
    'visitdate',
  ],
  postDate: ['postdate', 'postingdate', 'posteddate', 'postdt', 'chargepostdate', 'dateposted', 'postperiod'],
  code: [
    'cpt',
    'cptcode',
    'cpthcpcs',
    'cpthcpcscode',
    'hcpcs',
    'hcpcscode',
    'procedurecode',
    'proccode',
    'procedure',
    'cpt4',
    'cpt4code',
    'billingcode',
    'chargecode',
    'code',
  ],
  units: ['units', 'unit', 'qty', 'quantity', 'svcunits', 'serviceunits', 'chargeunits', 'procqty'],
  workRvu: [
    'workrvu',
    'workrvus',
    'wrvu',
    'wrvus',
    'totalworkrvu',
    'totalworkrvus',
    'workrvutotal',
    'rvuwork',
  ],
  totalRvu: ['totalrvu', 'totalrvus', 'trvu', 'trvus', 'rvutotal', 'totrvu'],
  location: [
    'location',
    'department',
    'dept',
    'placeofservice',
    'pos',
    'facility',
    'site',
    'servicelocation',
  ],
  provider: [
    'billingprovider',
    'provider',
    'renderingprovider',
    'performingprovider',
    'servicingprovider',
    'physician',
    'providername',
  ],
};

const MODIFIER_HEADER = /^(?:cpt|proc|procedure)?(?:modifier|mod)s?(?:[1-4]|one|two|three|four)?$/;

/** A first mapping from header names alone; unrecognised headers stay unmapped (and unread). */
export function recogniseMapping(headers: readonly string[]): ColumnMapping {
  const norm = headers.map(normHeader);
  const mapping: ColumnMapping = { modifiers: [] };
  for (const field of SINGLE_FIELDS) {
    // Earlier synonyms are more specific ("cpt code" beats a later bare "code" column).
    for (const synonym of SYNONYMS[field]) {
      const index = norm.findIndex((h, i) => h === synonym && !Object.values(mapping).includes(i));
      if (index >= 0) {
        mapping[field] = index;
        break;
      }
    }
  }
  norm.forEach((h, i) => {
    if (MODIFIER_HEADER.test(h)) mapping.modifiers.push(i);
  });
  return mapping;
}

/** How many recognisable field headers a row has: used to find the header row under title lines. */
export function headerScore(cells: readonly string[]): number {
  const m = recogniseMapping(cells);
  return SINGLE_FIELDS.filter((f) => m[f] !== undefined).length + (m.modifiers.length ? 1 : 0);
}

/** Identifies a report layout: the same headers in the same order reuse the saved mapping. */
export function headerKey(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map(normHeader).join('\u0001')).digest('hex');
}

/** What a mapping lacks before it can be used; [] when it is complete enough. */
export function mappingProblems(mapping: ColumnMapping, columnCount: number): string[] {
  const problems: string[] = [];
  if (mapping.code === undefined) problems.push('Choose the column that holds the CPT / HCPCS code.');
  if (mapping.serviceDate === undefined && mapping.postDate === undefined)
    problems.push('Choose the column that holds the date of service (or the post date).');
  const used = [...SINGLE_FIELDS.map((f) => mapping[f]), ...mapping.modifiers].filter(
    (i): i is number => i !== undefined,
  );
  if (used.some((i) => i < 0 || i >= columnCount)) problems.push('A mapped column is not in the file.');
  if (new Set(used).size !== used.length) problems.push('Each column can be mapped to one field only.');
  return problems;
}
