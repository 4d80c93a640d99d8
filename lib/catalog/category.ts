// Code classification for the public catalog: the kind (CPT or HCPCS Level II) and the browse
// category: CPT sections (surgery split by body system) by code range, CPT Category II/III by
// suffix, HCPCS Level II by first letter (J codes on their own). Pure; the category slug is stored
// on Code.category and the label is derived from it.

export type Category = { slug: string; label: string };

/** CPT (five digits, or four digits and a letter: Category II/III, PLA) vs HCPCS Level II (a letter first). */
export function codeKind(code: string): 'CPT' | 'HCPCS' {
  return /^\d{4}[0-9A-Z]$/.test(code) ? 'CPT' : 'HCPCS';
}

// Numeric CPT ranges, inclusive. Codes in no range (gaps between sections) fall to "cpt-other".
const CPT_RANGES: [number, number, string, string][] = [
  [100, 1999, 'anesthesia', 'Anesthesia'],
  [10004, 19499, 'surgery-integumentary', 'Surgery: Integumentary System'],
  [20100, 29999, 'surgery-musculoskeletal', 'Surgery: Musculoskeletal System'],
  [30000, 32999, 'surgery-respiratory', 'Surgery: Respiratory System'],
  [33016, 37799, 'surgery-cardiovascular', 'Surgery: Cardiovascular System'],
  [38100, 38999, 'surgery-hemic-lymphatic', 'Surgery: Hemic and Lymphatic Systems'],
  [39000, 39599, 'surgery-mediastinum-diaphragm', 'Surgery: Mediastinum and Diaphragm'],
  [40490, 49999, 'surgery-digestive', 'Surgery: Digestive System'],
  [50010, 53899, 'surgery-urinary', 'Surgery: Urinary System'],
  [54000, 55899, 'surgery-male-genital', 'Surgery: Male Genital System'],
  [56405, 59899, 'surgery-female-genital-maternity', 'Surgery: Female Genital System and Maternity Care'],
  [60000, 60699, 'surgery-endocrine', 'Surgery: Endocrine System'],
  [61000, 64999, 'surgery-nervous', 'Surgery: Nervous System'],
  [65091, 68899, 'surgery-eye', 'Surgery: Eye and Ocular Adnexa'],
  [69000, 69979, 'surgery-ear', 'Surgery: Auditory System'],
  [70010, 79999, 'radiology', 'Radiology'],
  [80047, 89398, 'pathology-lab', 'Pathology and Laboratory'],
  [90281, 99199, 'medicine', 'Medicine'],
  [99202, 99499, 'em', 'Evaluation and Management (E/M)'],
  [99500, 99607, 'medicine', 'Medicine'],
];

const HCPCS_LETTERS: Record<string, string> = {
  A: 'Transportation, Medical and Surgical Supplies',
  B: 'Enteral and Parenteral Therapy',
  C: 'Outpatient PPS (Temporary)',
  D: 'Dental Procedures',
  E: 'Durable Medical Equipment',
  G: 'Procedures and Professional Services (Temporary)',
  H: 'Behavioral Health and Substance Abuse Treatment',
  K: 'Durable Medical Equipment (Temporary)',
  L: 'Orthotics and Prosthetics',
  M: 'Medical Services and Quality Measures',
  P: 'Pathology and Laboratory Services',
  Q: 'Miscellaneous Services (Temporary)',
  R: 'Diagnostic Radiology Services',
  S: 'Temporary National Codes (Non-Medicare)',
  T: 'State Medicaid Agency Codes',
  U: 'Coronavirus Laboratory Tests',
  V: 'Vision, Hearing and Speech-Language Services',
};

const FIXED: Record<string, string> = {
  'category-ii': 'CPT Category II (Performance Measures)',
  'category-iii': 'CPT Category III (Emerging Technology)',
  'j-codes': 'J Codes (Drugs)',
  'cpt-other': 'Other CPT Codes',
  other: 'Other Codes',
};

const LABELS = new Map<string, string>([
  ...CPT_RANGES.map(([, , slug, label]) => [slug, label] as [string, string]),
  ...Object.entries(HCPCS_LETTERS).map(
    ([letter, label]) => [`hcpcs-${letter.toLowerCase()}`, `HCPCS ${letter}: ${label}`] as [string, string],
  ),
  ...Object.entries(FIXED),
]);

/** The label shown for a stored category slug. */
export function categoryLabel(slug: string): string {
  return LABELS.get(slug) ?? FIXED.other;
}

/** Every category, in browse order (CPT sections, then HCPCS letters). */
export function allCategories(): Category[] {
  return [...LABELS].map(([slug, label]) => ({ slug, label }));
}

function category(slug: string): Category {
  return { slug, label: categoryLabel(slug) };
}

export function categorize(rawCode: string): Category {
  const code = rawCode.trim().toUpperCase();
  if (/^\d{4}F$/.test(code)) return category('category-ii');
  if (/^\d{4}T$/.test(code)) return category('category-iii');
  // Proprietary laboratory analyses (U) and multianalyte assays (M) sit in the CPT lab section.
  if (/^\d{4}[UM]$/.test(code)) return category('pathology-lab');
  if (/^\d{5}$/.test(code)) {
    const n = Number(code);
    const range = CPT_RANGES.find(([lo, hi]) => n >= lo && n <= hi);
    return category(range ? range[2] : 'cpt-other');
  }
  if (/^J\d{4}$/.test(code)) return category('j-codes');
  const letter = /^([A-Z])\d{4}$/.exec(code)?.[1];
  if (letter && HCPCS_LETTERS[letter]) return category(`hcpcs-${letter.toLowerCase()}`);
  return category('other');
}
