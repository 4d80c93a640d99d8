// CMS provider type (Rndrng_Prvdr_Type, as CMS spells it in the 2023 file) -> Benchline specialty
// (a canonical name from lib/benchmarks/specialties.ts). One CMS type per specialty, so a specialty's
// distribution is exactly one CMS group. Types not listed here (non-physician practitioners such as
// Nurse Practitioner or Physical Therapist, dentists, suppliers, and physician types with no Benchline
// specialty) are computed but not stored, and are listed in the import output. Matching ignores case
// and spacing, so older spellings ("Allergy/Immunology") meet the same entry.

export const CMS_PROVIDER_TYPE_TO_SPECIALTY: Readonly<Record<string, string>> = {
  'Advanced Heart Failure and Transplant Cardiology': 'Cardiology - advanced heart failure',
  'Allergy/ Immunology': 'Allergy and immunology',
  Anesthesiology: 'Anesthesiology',
  'Cardiac Electrophysiology': 'Cardiology - electrophysiology',
  'Cardiac Surgery': 'Cardiac surgery',
  Cardiology: 'Cardiology',
  'Colorectal Surgery (Proctology)': 'Colon and rectal surgery',
  'Critical Care (Intensivists)': 'Critical care medicine',
  Dermatology: 'Dermatology',
  'Diagnostic Radiology': 'Radiology (diagnostic)',
  'Emergency Medicine': 'Emergency medicine',
  Endocrinology: 'Endocrinology',
  'Family Practice': 'Family medicine',
  Gastroenterology: 'Gastroenterology',
  'General Surgery': 'General surgery',
  'Geriatric Medicine': 'Geriatric medicine',
  'Gynecological Oncology': 'Gynecologic oncology',
  'Hematology-Oncology': 'Hematology/oncology',
  'Hospice and Palliative Care': 'Palliative medicine',
  Hospitalist: 'Hospital medicine',
  'Infectious Disease': 'Infectious disease',
  'Internal Medicine': 'Internal medicine',
  'Interventional Cardiology': 'Cardiology - interventional',
  'Interventional Pain Management': 'Pain medicine',
  'Interventional Radiology': 'Interventional radiology',
  'Medical Oncology': 'Medical oncology',
  Nephrology: 'Nephrology',
  Neurology: 'Neurology',
  Neurosurgery: 'Neurosurgery',
  'Nuclear Medicine': 'Nuclear medicine',
  'Obstetrics & Gynecology': 'Obstetrics and gynecology',
  'Occupational Medicine': 'Occupational medicine',
  Ophthalmology: 'Ophthalmology',
  'Orthopedic Surgery': 'Orthopedic surgery',
  Otolaryngology: 'Otolaryngology',
  Pathology: 'Pathology',
  'Pediatric Medicine': 'Pediatrics',
  'Physical Medicine and Rehabilitation': 'Physical medicine and rehabilitation',
  'Plastic and Reconstructive Surgery': 'Plastic surgery',
  Psychiatry: 'Psychiatry',
  'Pulmonary Disease': 'Pulmonology',
  'Radiation Oncology': 'Radiation oncology',
  Rheumatology: 'Rheumatology',
  'Sleep Medicine': 'Sleep medicine',
  'Sports Medicine': 'Sports medicine',
  'Surgical Oncology': 'Surgical oncology',
  'Thoracic Surgery': 'Thoracic surgery',
  Urology: 'Urology',
  'Vascular Surgery': 'Vascular surgery',
};

const norm = (t: string) => t.toLowerCase().replace(/\s+/g, '');
const BY_TYPE = new Map(Object.entries(CMS_PROVIDER_TYPE_TO_SPECIALTY).map(([k, v]) => [norm(k), v]));

/** The Benchline specialty for a CMS provider type, or null when it has none. */
export function specialtyForProviderType(providerType: string): string | null {
  return BY_TYPE.get(norm(providerType)) ?? null;
}
