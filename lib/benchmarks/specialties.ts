// The specialty vocabulary shared by benchmark rows, CSV imports and the profile. Names follow the
// usual survey categories (MGMA/AMGA style). Matching is case-insensitive and accepts common
// aliases, so "OB/GYN", "ob-gyn" and "Obstetrics & Gynecology" all resolve to one canonical name:
// benchmark rows are stored under the canonical name so a profile and a table always meet.

export type Specialty = { name: string; aliases: readonly string[] };

export const SPECIALTIES: readonly Specialty[] = [
  { name: 'Allergy and immunology', aliases: ['allergy', 'immunology', 'allergy/immunology'] },
  { name: 'Anesthesiology', aliases: ['anesthesia', 'anaesthesiology', 'anaesthesia'] },
  { name: 'Cardiac surgery', aliases: ['heart surgery', 'adult cardiac surgery'] },
  { name: 'Cardiology', aliases: ['general cardiology', 'cardiovascular disease', 'cardiology (general)'] },
  {
    name: 'Cardiology - advanced heart failure',
    aliases: ['advanced heart failure', 'advanced heart failure and transplant cardiology', 'heart failure'],
  },
  {
    name: 'Cardiology - electrophysiology',
    aliases: ['electrophysiology', 'cardiac electrophysiology', 'clinical cardiac electrophysiology', 'ep'],
  },
  { name: 'Cardiology - interventional', aliases: ['interventional cardiology'] },
  {
    name: 'Cardiology - invasive',
    aliases: ['invasive cardiology', 'cardiology - invasive (noninterventional)'],
  },
  { name: 'Cardiology - noninvasive', aliases: ['noninvasive cardiology', 'non-invasive cardiology'] },
  { name: 'Cardiothoracic surgery', aliases: ['ct surgery', 'thoracic and cardiac surgery'] },
  { name: 'Child and adolescent psychiatry', aliases: ['child psychiatry'] },
  { name: 'Colon and rectal surgery', aliases: ['colorectal surgery'] },
  { name: 'Critical care medicine', aliases: ['critical care', 'intensivist'] },
  { name: 'Dermatology', aliases: [] },
  { name: 'Emergency medicine', aliases: ['em', 'emergency'] },
  { name: 'Endocrinology', aliases: ['endocrinology, diabetes and metabolism', 'endocrine'] },
  {
    name: 'Family medicine',
    aliases: ['family practice', 'fm', 'family medicine (without ob)', 'family medicine (with ob)'],
  },
  { name: 'Gastroenterology', aliases: ['gi'] },
  { name: 'General surgery', aliases: ['surgery', 'surgery (general)'] },
  { name: 'Geriatric medicine', aliases: ['geriatrics'] },
  { name: 'Gynecologic oncology', aliases: ['gyn onc', 'gynecological oncology'] },
  {
    name: 'Hematology/oncology',
    aliases: ['hematology and oncology', 'hematology-oncology', 'hem/onc', 'hematology/medical oncology'],
  },
  {
    name: 'Hospital medicine',
    aliases: [
      'hospitalist',
      'hospital medicine (hospitalist)',
      'internal medicine hospitalist',
      'adult hospitalist',
    ],
  },
  { name: 'Infectious disease', aliases: ['infectious diseases', 'id'] },
  { name: 'Internal medicine', aliases: ['general internal medicine', 'internal medicine (general)', 'im'] },
  { name: 'Interventional radiology', aliases: ['ir', 'vascular and interventional radiology'] },
  { name: 'Maternal-fetal medicine', aliases: ['maternal fetal medicine', 'perinatology', 'mfm'] },
  { name: 'Medical oncology', aliases: ['oncology', 'oncology (medical)'] },
  { name: 'Neonatology', aliases: ['neonatal-perinatal medicine'] },
  { name: 'Nephrology', aliases: [] },
  { name: 'Neurology', aliases: [] },
  { name: 'Neurosurgery', aliases: ['neurological surgery'] },
  { name: 'Nuclear medicine', aliases: [] },
  { name: 'Obstetrics and gynecology', aliases: ['ob/gyn', 'obgyn', 'ob-gyn', 'obstetrics/gynecology'] },
  { name: 'Occupational medicine', aliases: [] },
  { name: 'Ophthalmology', aliases: [] },
  { name: 'Orthopedic surgery', aliases: ['orthopaedic surgery', 'orthopedics', 'orthopaedics'] },
  { name: 'Otolaryngology', aliases: ['ent', 'otorhinolaryngology'] },
  { name: 'Pain medicine', aliases: ['pain management'] },
  { name: 'Palliative medicine', aliases: ['hospice and palliative medicine', 'palliative care'] },
  { name: 'Pathology', aliases: ['anatomic and clinical pathology'] },
  { name: 'Pediatric cardiology', aliases: [] },
  { name: 'Pediatric emergency medicine', aliases: [] },
  { name: 'Pediatric hospital medicine', aliases: ['pediatric hospitalist'] },
  { name: 'Pediatrics', aliases: ['general pediatrics', 'paediatrics'] },
  { name: 'Physical medicine and rehabilitation', aliases: ['pm&r', 'pmr', 'physiatry'] },
  { name: 'Plastic surgery', aliases: ['plastic and reconstructive surgery'] },
  { name: 'Psychiatry', aliases: [] },
  {
    name: 'Pulmonary and critical care medicine',
    aliases: ['pulmonary/critical care', 'pulmonary critical care', 'pccm'],
  },
  { name: 'Pulmonology', aliases: ['pulmonary disease', 'pulmonary medicine'] },
  { name: 'Radiation oncology', aliases: [] },
  { name: 'Radiology (diagnostic)', aliases: ['diagnostic radiology', 'radiology'] },
  { name: 'Rheumatology', aliases: [] },
  { name: 'Sleep medicine', aliases: [] },
  { name: 'Sports medicine', aliases: [] },
  { name: 'Surgical oncology', aliases: [] },
  { name: 'Thoracic surgery', aliases: ['general thoracic surgery'] },
  { name: 'Transplant surgery', aliases: [] },
  { name: 'Trauma surgery', aliases: ['trauma and acute care surgery', 'acute care surgery'] },
  { name: 'Urgent care', aliases: [] },
  { name: 'Urology', aliases: [] },
  { name: 'Vascular surgery', aliases: [] },
];

/** Case, spacing, "&" and dash variants do not distinguish specialties. */
function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*([-/])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, string>();
for (const s of SPECIALTIES) {
  for (const n of [s.name, ...s.aliases]) BY_NAME.set(normalize(n), s.name);
}

/** The canonical specialty name for a name or alias, or null when it is not a known specialty. */
export function resolveSpecialty(input: string): string | null {
  return BY_NAME.get(normalize(input)) ?? null;
}
