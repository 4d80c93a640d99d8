// Plain-language meanings of every PPRRVU indicator value, paraphrased from CMS's record layout
// for the RVU25D release (RVU25D-layout.txt). Shared by the engine (reasons) and the public code
// page (explainIndicators); keep the wording short enough for a phone screen.

export type MeaningTable = Readonly<Record<string, string>>;

/** Status code (Attachment A). Only A, R and T are used for Medicare payment. */
export const STATUS_MEANINGS: MeaningTable = {
  A: 'active code, paid separately under the fee schedule when covered',
  B: 'bundled: Medicare always pays for it inside other services, never on its own',
  C: 'priced by the local Medicare contractor case by case; no national value is set',
  D: 'deleted code',
  E: 'excluded from the fee schedule by regulation',
  F: 'deleted or discontinued code',
  G: 'not valid for Medicare: Medicare uses another code for this service (grace period applied)',
  H: 'deleted modifier: this professional or technical component no longer exists',
  I: 'not valid for Medicare: Medicare uses another code for this service',
  J: 'anesthesia service: paid by anesthesia base and time units, not by RVUs',
  M: 'measurement code, used for quality reporting only',
  N: 'not covered by Medicare',
  P: 'bundled or excluded: no separate payment under the fee schedule',
  R: 'restricted coverage: covered only in special circumstances, then priced by the contractor',
  T: 'paid only when no other fee-schedule service is billed by the same provider that day',
  X: 'statutory exclusion: not a "physician service" under the law (e.g. ambulance, clinical lab)',
};

export const PCTC_MEANINGS: MeaningTable = {
  '0': 'physician service: cannot be split into professional and technical components (no 26 or TC)',
  '1': 'diagnostic test with a professional (26) and a technical (TC) component; the global service includes both',
  '2': 'professional-component-only code: the physician interpretation of a test (no 26 or TC)',
  '3': 'technical-component-only code: staff and equipment, no physician work (no 26 or TC)',
  '4': 'global-test-only code: equals its separate professional plus technical codes (no 26 or TC)',
  '5': 'incident-to service by auxiliary staff under direct supervision; not paid for hospital patients',
  '6': 'laboratory physician interpretation: the interpretation is payable, the test is paid elsewhere',
  '7': 'physical therapy service not payable when an independent therapist treats hospital patients',
  '8': 'physician interpretation of an abnormal smear for a hospital inpatient only',
  '9': 'the professional/technical split does not apply',
};

export const GLOBAL_DAYS_MEANINGS: MeaningTable = {
  '000': 'minor or endoscopic procedure: care on the day of the procedure is included',
  '010': 'minor procedure: the day of the procedure and 10 days after are included',
  '090': 'major surgery: the day before, the day of and 90 days after are included',
  MMM: 'maternity code: the usual global period does not apply',
  XXX: 'the global surgery concept does not apply',
  YYY: 'the contractor decides the global period when pricing',
  ZZZ: 'add-on code: always part of the global period of its primary procedure',
};

/** MULT PROC (modifier 51 rules). */
export const MULT_PROC_MEANINGS: MeaningTable = {
  '0': 'no multiple-procedure reduction',
  '1': 'pre-1995 multiple-procedure rules (100 %, 50 %, then 25 %); obsolete',
  '2': 'standard rule: highest-valued procedure of the day 100 %, each other 50 %',
  '3': 'endoscopy family rule: related endoscopies share their base; the family then ranks with other procedures',
  '4': 'diagnostic imaging: the technical part of later studies in a session is reduced 50 %, the professional part 5 %',
  '5': 'therapy: the practice-expense part of later services that day is reduced 50 %',
  '6': 'diagnostic cardiovascular: the technical part of later tests that day is reduced 25 %',
  '7': 'diagnostic ophthalmology: the technical part of later tests that day is reduced 20 %',
  '9': 'multiple-procedure rules do not apply',
};

/** BILAT SURG (modifier 50). */
export const BILAT_MEANINGS: MeaningTable = {
  '0': 'no bilateral adjustment: unilateral by anatomy or definition, or a separate bilateral code exists',
  '1': 'bilateral adjustment applies: both sides are paid 150 % of one side',
  '2': 'already valued as bilateral: both sides are paid 100 % of the code',
  '3': 'each side is paid 100 % (mostly radiology and diagnostic tests)',
  '9': 'the bilateral concept does not apply',
};

/** ASST SURG (modifiers 80, 81, 82, AS). */
export const ASST_MEANINGS: MeaningTable = {
  '0': 'an assistant at surgery is paid only with documentation of medical necessity',
  '1': 'an assistant at surgery may not be paid (statutory restriction)',
  '2': 'an assistant at surgery may be paid',
  '9': 'the assistant-at-surgery concept does not apply',
};

/** CO-SURG (modifier 62). */
export const CO_SURG_MEANINGS: MeaningTable = {
  '0': 'co-surgeons are not permitted',
  '1': 'co-surgeons may be paid with documentation that two surgeons were needed',
  '2': 'co-surgeons are permitted without documentation when they are of two specialties',
  '9': 'the co-surgeon concept does not apply',
};

/** TEAM SURG (modifier 66). */
export const TEAM_SURG_MEANINGS: MeaningTable = {
  '0': 'team surgeons are not permitted',
  '1': 'team surgeons may be paid with documentation that a team was needed; priced by report',
  '2': 'team surgeons are permitted; priced by report',
  '9': 'the team surgery concept does not apply',
};

/** Non-facility / facility NA indicators: "NA" means CMS set no PE RVU for that setting. */
export const NA_MEANINGS: MeaningTable = {
  NA: 'rarely or never performed in this setting, so CMS sets no practice-expense value for it',
};

/** PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES (used in post-payment review). */
export const SUPERVISION_MEANINGS: MeaningTable = {
  '01': 'general supervision by a physician',
  '02': 'direct supervision by a physician',
  '03': 'personal supervision by a physician',
  '04': 'general supervision, unless done by a qualified independent or clinical psychologist',
  '05': 'general supervision, unless done by a qualified audiologist',
  '06': 'done by a physician or an ABPTS-certified electrophysiologic physical therapist',
  '09': 'the supervision concept does not apply',
  '21': 'general supervision for a certified technician, otherwise direct supervision',
  '22': 'a technician may perform it with on-line real-time contact with a physician',
  '66': 'done by a physician or by a physical therapist certified in this procedure',
  '6A': 'as 66; a certified therapist may also supervise another therapist, but only the certified one bills',
  '77': 'a certified therapist, an uncertified therapist under direct supervision, or a certified technician under general supervision',
  '7A': 'as 77; a certified therapist may also supervise another therapist, but only the certified one bills',
};

/** DIAGNOSTIC IMAGING FAMILY for MULT PROC 4 (families 01-11 are no longer populated). */
export const IMAGING_FAMILY_MEANINGS: MeaningTable = {
  '01': 'former family: ultrasound of chest, abdomen or pelvis (non-obstetric)',
  '02': 'former family: CT and CTA of chest, thorax, abdomen or pelvis',
  '03': 'former family: CT and CTA of head, brain, orbit, face or neck',
  '04': 'former family: MRI and MRA of chest, abdomen or pelvis',
  '05': 'former family: MRI and MRA of head, brain or neck',
  '06': 'former family: MRI and MRA of the spine',
  '07': 'former family: CT of the spine',
  '08': 'former family: MRI and MRA of the lower extremities',
  '09': 'former family: CT and CTA of the lower extremities',
  '10': 'former family: MR and MRI of the upper extremities and joints',
  '11': 'former family: CT and CTA of the upper extremities',
  '88': 'subject to the multiple-procedure reductions for diagnostic imaging',
  '99': 'the imaging family concept does not apply',
};
