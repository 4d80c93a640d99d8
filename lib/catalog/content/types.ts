// Curated, original content for the most-billed codes: synonyms for search, plain-language and
// clinical text for the public code pages. RVU figures never live here: they come from the catalog.
export type CuratedCode = {
  code: string; // e.g. '27447'
  synonyms: string[]; // lower-case names and abbreviations clinicians type: e.g. ['tka', 'total knee replacement']
  plainLanguage: string; // one or two sentences a patient would understand
  clinicalContext: string; // when and why it is performed (2-3 sentences, original)
  specialties: string[]; // e.g. ['Orthopedic Surgery']
  billingNotes?: string; // documentation and billing guidance specific to the code (original)
  popularity: number; // 1-100 how commonly billed (search ranking)
  administration?: 'injection' | 'infusion' | 'oral' | 'topical' | 'inhalation' | 'implant' | 'other'; // drugs only
};
