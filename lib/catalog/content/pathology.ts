import type { CuratedCode } from './types';

// Pathology and laboratory: surgical pathology, special stains and immunohistochemistry, cytology,
// frozen sections, flow cytometry, physician blood-bank and hematology interpretations, and the most
// ordered clinical laboratory tests (which carry no physician work and are paid under the Clinical
// Laboratory Fee Schedule). Original text written for Benchline.

const LAB_NO_WORK =
  'Clinical laboratory tests carry no physician work RVU: Medicare pays them under the Clinical Laboratory Fee Schedule, and the lab performing the test bills it.';

export const pathologyCodes: CuratedCode[] = [
  // ---------------------------------------------------------------- Surgical pathology
  {
    code: '88300',
    synonyms: ['gross only pathology', 'level i surgical pathology', 'gross examination'],
    plainLanguage:
      'A pathologist’s naked-eye examination of removed tissue or a device, without a microscope.',
    clinicalContext:
      'Used for specimens that need only gross identification, such as orthopedic hardware, teeth or some foreign bodies.',
    specialties: ['Pathology'],
    billingNotes: 'One unit per specimen; no microscopic examination is included.',
    popularity: 12,
  },
  {
    code: '88304',
    synonyms: [
      'level iii surgical pathology',
      'gallbladder pathology',
      'tonsil pathology',
      'lipoma pathology',
    ],
    plainLanguage:
      'A pathologist’s microscope examination of routine tissue with a low chance of disease, such as a gallbladder.',
    clinicalContext:
      'Level III surgical pathology for specimens such as gallbladders, tonsils and adenoids, hemorrhoids, lipomas, skin cysts and soft-tissue debridements.',
    specialties: ['Pathology'],
    billingNotes:
      'The level is set by the specimen type listed by CPT, one unit per separately identified specimen.',
    popularity: 45,
  },
  {
    code: '88305',
    synonyms: [
      'level iv surgical pathology',
      'biopsy pathology',
      'skin biopsy path',
      'colon biopsy pathology',
      'tissue exam',
      'surgical path',
    ],
    plainLanguage:
      'A pathologist’s microscope examination of a biopsy or tissue sample to look for disease such as cancer or inflammation.',
    clinicalContext:
      'The single most billed pathology code: skin biopsies and excisions, gastrointestinal biopsies and polyps, prostate needle cores, endometrial and cervical biopsies, and many other small specimens.',
    specialties: ['Pathology', 'Dermatopathology', 'Gastroenterology', 'Dermatology'],
    billingNotes:
      'One unit per separately submitted and examined specimen (for example each labeled container). The professional component is billed with modifier 26 when a hospital bills the technical part.',
    popularity: 95,
  },
  {
    code: '88307',
    synonyms: ['level v surgical pathology', 'lumpectomy pathology', 'thyroidectomy pathology'],
    plainLanguage:
      'A pathologist’s examination of a larger or more complex tissue specimen, such as part of a breast or a thyroid gland.',
    clinicalContext:
      'Level V surgical pathology for specimens such as breast excisions with margin assessment, thyroid lobectomies, uterine specimens for non-cancer indications and segmental bowel resections for benign disease.',
    specialties: ['Pathology'],
    billingNotes:
      'The CPT specimen list determines the level; an unlisted specimen is assigned to the level that best reflects the work.',
    popularity: 45,
  },
  {
    code: '88309',
    synonyms: [
      'level vi surgical pathology',
      'cancer resection pathology',
      'radical resection pathology',
      'mastectomy with nodes pathology',
    ],
    plainLanguage:
      'A pathologist’s detailed examination of a large cancer operation specimen, including lymph nodes and margins.',
    clinicalContext:
      'Level VI surgical pathology for complex resections such as colon resections for tumor, radical prostatectomy, lung lobectomy, mastectomy with lymph nodes and pancreatic resections, requiring synoptic cancer reporting.',
    specialties: ['Pathology', 'Surgical Oncology'],
    billingNotes: 'One unit per specimen; lymph nodes submitted within the main resection are included.',
    popularity: 30,
  },
  {
    code: 'G0416',
    synonyms: ['prostate biopsy pathology', 'prostate saturation biopsy', 'prostate cores pathology'],
    plainLanguage:
      'A pathologist’s examination of all the tissue samples taken from a prostate biopsy, billed as a single service.',
    clinicalContext:
      'Medicare code for surgical pathology of prostate needle biopsy specimens, covering any number of cores obtained by any method.',
    specialties: ['Pathology', 'Urology'],
    billingNotes:
      'Billed once per biopsy procedure regardless of core count, in place of multiple 88305 units for Medicare patients.',
    popularity: 25,
  },
  {
    code: '88312',
    synonyms: [
      'special stain group i',
      'gms stain',
      'afb stain',
      'gram stain tissue',
      'pas stain fungus',
      'special stain microorganism',
    ],
    plainLanguage:
      'An extra stain a pathologist uses on a tissue slide to find germs such as bacteria or fungi.',
    clinicalContext:
      'Special stains for infectious organisms, such as Grocott methenamine silver for fungi, acid-fast stains for mycobacteria and Helicobacter stains, applied when routine stains are insufficient.',
    specialties: ['Pathology', 'Dermatopathology'],
    billingNotes: 'One unit per stain per specimen. Document the reason for each stain in the report.',
    popularity: 40,
  },
  {
    code: '88313',
    synonyms: ['special stain group ii', 'iron stain', 'trichrome stain', 'reticulin stain', 'elastic stain'],
    plainLanguage:
      'An extra stain on a tissue slide to highlight non-germ features such as iron, collagen or scarring.',
    clinicalContext:
      'Special stains other than those for microorganisms and immunostains, such as trichrome for liver fibrosis, iron stains in bone marrow and liver, or mucin stains.',
    specialties: ['Pathology'],
    billingNotes: 'One unit per stain per specimen; not used for immunohistochemistry.',
    popularity: 35,
  },
  {
    code: '88342',
    synonyms: ['ihc', 'immunohistochemistry first antibody', 'immunostain', 'ihc stain', 'ki-67 stain'],
    plainLanguage:
      'A stain using antibodies that label specific proteins in tissue, helping the pathologist identify the type of tumor or disease.',
    clinicalContext:
      'Immunohistochemistry or immunocytochemistry for the first single-antibody stain on each specimen, used to classify tumors, determine origin of metastases and confirm infections.',
    specialties: ['Pathology', 'Hematopathology', 'Dermatopathology'],
    billingNotes:
      'One unit per specimen for the first antibody; each additional single antibody on the same specimen uses 88341. Multiplex stains use 88344.',
    popularity: 60,
  },
  {
    code: '88341',
    synonyms: ['ihc additional antibody', 'immunohistochemistry each additional', 'additional immunostain'],
    plainLanguage: 'Each additional antibody stain on the same tissue sample.',
    clinicalContext:
      'Add-on for each additional single-antibody immunostain performed on the same specimen, common in tumor panels.',
    specialties: ['Pathology', 'Hematopathology'],
    billingNotes:
      'Reported with 88342 on the same specimen; the combination of units should match the panel documented.',
    popularity: 50,
  },
  {
    code: '88344',
    synonyms: ['multiplex ihc', 'double stain ihc', 'p63/ck5 cocktail'],
    plainLanguage: 'A stain that uses two or more antibodies on one slide at the same time.',
    clinicalContext:
      'Multiplex immunohistochemistry, such as the antibody cocktails used to evaluate prostate biopsies for basal cells.',
    specialties: ['Pathology'],
    billingNotes:
      'One unit per multiplex stain per specimen; not reported with 88341 or 88342 for the same antibodies.',
    popularity: 25,
  },
  {
    code: '88360',
    synonyms: ['er pr her2 quantitative manual', 'morphometric ihc', 'her2 ihc', 'hormone receptor stain'],
    plainLanguage:
      'A measured antibody stain of a tumor, such as breast cancer hormone receptors or HER2, scored by the pathologist.',
    clinicalContext:
      'Morphometric analysis with semi-quantitative or quantitative scoring of tumor immunohistochemistry, such as estrogen receptor, progesterone receptor, HER2 and Ki-67, by manual assessment.',
    specialties: ['Pathology'],
    billingNotes: 'One unit per marker per specimen. Computer-assisted scoring uses 88361.',
    popularity: 30,
  },
  {
    code: '88361',
    synonyms: ['quantitative ihc computer assisted', 'image analysis ihc'],
    plainLanguage: 'A measured antibody stain of a tumor scored with computer image analysis.',
    clinicalContext:
      'Computer-assisted morphometric analysis of tumor immunohistochemistry markers such as ER, PR and HER2.',
    specialties: ['Pathology'],
    billingNotes: 'Not reported with 88360 for the same marker.',
    popularity: 12,
  },
  // ---------------------------------------------------------------- Cytopathology
  {
    code: '88104',
    synonyms: ['non gyn cytology smear', 'fluid cytology smears'],
    plainLanguage: 'A pathologist’s examination of cells from body fluids smeared on slides.',
    clinicalContext:
      'Cytopathology of fluids, washings or brushings (other than cervical) using smears with interpretation.',
    specialties: ['Pathology', 'Cytopathology'],
    billingNotes: 'Fine needle aspirates use the 88172-88177 family instead.',
    popularity: 20,
  },
  {
    code: '88108',
    synonyms: ['cytology concentration technique', 'cytospin', 'cell block fluid'],
    plainLanguage:
      'Concentrating the cells from a fluid sample so the pathologist can look for abnormal cells.',
    clinicalContext:
      'Cytopathology using concentration techniques such as cytospin, used for pleural and peritoneal fluids, urine and bronchial washings.',
    specialties: ['Pathology', 'Cytopathology'],
    billingNotes:
      'Cell blocks are reported separately; liquid-based preparations of non-gyn specimens use 88112.',
    popularity: 25,
  },
  {
    code: '88112',
    synonyms: [
      'liquid based cytology non gyn',
      'thinprep non gyn',
      'urine cytology',
      'selective cellular enhancement',
    ],
    plainLanguage:
      'Preparing and examining cells from a sample, such as urine, with a technique that gives a cleaner slide.',
    clinicalContext:
      'Cytopathology using selective cellular enhancement (for example liquid-based preparation) with interpretation, often for urine cytology in bladder cancer surveillance and for bronchial specimens.',
    specialties: ['Pathology', 'Cytopathology', 'Urology'],
    billingNotes:
      'Not reported with 88104-88108 for the same specimen unless different preparations are separately justified.',
    popularity: 35,
  },
  {
    code: '88141',
    synonyms: ['pap smear physician interpretation', 'abnormal pap review', 'gyn cytology pathologist'],
    plainLanguage: 'A pathologist’s review of a Pap test that looked abnormal to the screening technologist.',
    clinicalContext:
      'Physician interpretation of cervical or vaginal cytology, reported when a Pap test requires pathologist review, typically because of abnormal cells.',
    specialties: ['Pathology', 'Cytopathology'],
    billingNotes:
      'Reported in addition to the Pap screening code; only the physician interpretation is billed with this code.',
    popularity: 35,
  },
  {
    code: '88175',
    synonyms: ['thinprep pap automated', 'liquid based pap with imaging', 'pap test automated screening'],
    plainLanguage:
      'A Pap test processed in liquid and screened with computer assistance and a technologist review.',
    clinicalContext:
      'Cervical or vaginal cytology in preservative fluid with automated screening and manual rescreening or review, the most common Pap method used today.',
    specialties: ['Pathology', 'Cytopathology', 'Obstetrics and Gynecology'],
    billingNotes:
      'Paid under the Clinical Laboratory Fee Schedule without physician work. Medicare screening Paps are reported with HCPCS screening cytology codes such as G0123 and G0145 instead.',
    popularity: 45,
  },
  {
    code: '88172',
    synonyms: ['rose', 'rapid on site evaluation', 'fna adequacy', 'immediate cytology'],
    plainLanguage:
      'A pathologist checks a needle sample on the spot during a biopsy to confirm enough cells were collected.',
    clinicalContext:
      'Immediate cytohistologic study to determine specimen adequacy during fine needle aspiration, for example during EBUS, thyroid or pancreatic FNA.',
    specialties: ['Pathology', 'Cytopathology'],
    billingNotes:
      'First evaluation episode per site; add 88177 for each additional episode at the same site.',
    popularity: 25,
  },
  {
    code: '88177',
    synonyms: ['rose additional episode', 'fna adequacy each additional'],
    plainLanguage: 'Each additional on-the-spot check of a needle sample from the same site.',
    clinicalContext: 'Add-on to 88172 for additional immediate adequacy evaluations of the same lesion.',
    specialties: ['Pathology', 'Cytopathology'],
    billingNotes: 'Document each evaluation episode separately.',
    popularity: 15,
  },
  {
    code: '88173',
    synonyms: ['fna interpretation', 'fine needle aspiration cytology', 'thyroid fna read'],
    plainLanguage: 'A pathologist’s final interpretation and report of a fine needle aspiration sample.',
    clinicalContext:
      'Cytopathology interpretation and report of fine needle aspirate smears and preparations from thyroid, lymph node, breast, lung and other sites.',
    specialties: ['Pathology', 'Cytopathology'],
    billingNotes: 'One unit per separately aspirated site; the adequacy assessment (88172) is separate.',
    popularity: 30,
  },
  // ---------------------------------------------------------------- Intraoperative and consultation
  {
    code: '88331',
    synonyms: ['frozen section', 'intraoperative consultation', 'frozen path'],
    plainLanguage:
      'A quick examination of tissue during surgery, giving the surgeon an answer within minutes, for example about cancer margins.',
    clinicalContext:
      'Pathology consultation during surgery with frozen section of the first tissue block of a specimen, used to confirm diagnosis, assess margins or guide the extent of resection.',
    specialties: ['Pathology'],
    billingNotes:
      'Each additional block of the same specimen uses 88332. The later permanent-section examination is billed separately.',
    popularity: 30,
  },
  {
    code: '88332',
    synonyms: ['frozen section additional block', 'additional frozen section'],
    plainLanguage: 'Each additional tissue block examined by frozen section during surgery.',
    clinicalContext:
      'Additional frozen section blocks from the same specimen during an intraoperative consultation.',
    specialties: ['Pathology'],
    billingNotes: 'Reported with 88331.',
    popularity: 15,
  },
  {
    code: '88321',
    synonyms: ['outside slide review', 'pathology second opinion', 'consult on referred slides'],
    plainLanguage: 'A pathologist reviews slides made at another lab and gives an opinion.',
    clinicalContext:
      'Consultation and report on referred slides prepared elsewhere, common when patients transfer care to a cancer center.',
    specialties: ['Pathology'],
    billingNotes: 'One unit per case; new stains prepared for the review are billed separately.',
    popularity: 20,
  },
  // ---------------------------------------------------------------- Flow cytometry
  {
    code: '88187',
    synonyms: ['flow cytometry interpretation 2-8 markers', 'flow read limited panel', 'flow cytometry 2-8'],
    plainLanguage:
      'A pathologist’s interpretation of a test that uses a laser to identify types of cells, with two to eight markers.',
    clinicalContext:
      'Flow cytometry interpretation of a limited panel, for example confirming a known lymphoid population.',
    specialties: ['Hematopathology', 'Pathology'],
    billingNotes: 'The technical component is billed with 88184 and 88185 per marker.',
    popularity: 15,
  },
  {
    code: '88188',
    synonyms: [
      'flow cytometry interpretation 9-15 markers',
      'flow cytometry 9-15',
      'lymphoma flow panel read',
    ],
    plainLanguage: 'A pathologist’s interpretation of a cell-typing laser test with nine to fifteen markers.',
    clinicalContext: 'Intermediate flow cytometry panels used in lymphoma and leukemia workups.',
    specialties: ['Hematopathology', 'Pathology'],
    billingNotes: 'Choose the interpretation code by the number of markers interpreted.',
    popularity: 12,
  },
  {
    code: '88189',
    synonyms: ['flow cytometry interpretation 16 or more markers', 'leukemia lymphoma panel interpretation'],
    plainLanguage: 'A pathologist’s interpretation of a cell-typing laser test with sixteen or more markers.',
    clinicalContext:
      'Comprehensive flow cytometry panels for new leukemia and lymphoma diagnoses and minimal residual disease assessment.',
    specialties: ['Hematopathology', 'Pathology'],
    billingNotes: 'Documentation should list the markers interpreted.',
    popularity: 15,
  },
  // ---------------------------------------------------------------- Hematology and blood bank physician services
  {
    code: '85060',
    synonyms: ['peripheral smear review', 'blood smear interpretation', 'pathologist smear review'],
    plainLanguage:
      'A doctor looks at a blood sample under the microscope and writes a report, for example to check abnormal blood cells.',
    clinicalContext:
      'Physician interpretation of a peripheral blood smear with a written report, used for unexplained cytopenias, suspected hemolysis or abnormal cells.',
    specialties: ['Pathology', 'Hematopathology', 'Hematology'],
    billingNotes:
      'Requires a written interpretation by a physician; technologist smear reviews are part of the CBC.',
    popularity: 30,
  },
  {
    code: '85097',
    synonyms: ['bone marrow smear interpretation', 'marrow aspirate review'],
    plainLanguage: 'A doctor’s interpretation of a bone marrow sample smeared on slides.',
    clinicalContext:
      'Physician interpretation of bone marrow smears, for example in leukemia, myelodysplastic syndromes or unexplained cytopenias.',
    specialties: ['Hematopathology', 'Hematology'],
    billingNotes: 'The marrow biopsy core is examined separately with surgical pathology codes.',
    popularity: 15,
  },
  {
    code: '86077',
    synonyms: ['blood bank physician consult', 'difficult crossmatch', 'antibody workup interpretation'],
    plainLanguage:
      'A blood bank doctor’s review when finding compatible blood is difficult because of antibodies.',
    clinicalContext:
      'Physician blood bank services for difficult crossmatches or irregular antibody investigations, with interpretation and written report.',
    specialties: ['Pathology', 'Transfusion Medicine'],
    billingNotes: 'Requires a written report by the physician.',
    popularity: 12,
  },
  {
    code: '86078',
    synonyms: ['transfusion reaction investigation', 'transfusion reaction workup'],
    plainLanguage: 'A blood bank doctor’s investigation of a reaction to a blood transfusion.',
    clinicalContext:
      'Physician investigation of suspected transfusion reactions, including review of clerical checks, hemolysis testing and recommendations.',
    specialties: ['Pathology', 'Transfusion Medicine'],
    billingNotes: 'Requires a written report.',
    popularity: 8,
  },
  // ---------------------------------------------------------------- Common clinical laboratory tests
  {
    code: '80053',
    synonyms: [
      'cmp',
      'comprehensive metabolic panel',
      'chem 14',
      'chemistry panel',
      'liver and kidney panel',
    ],
    plainLanguage:
      'A blood test that checks blood sugar, electrolytes, kidney function, liver tests and proteins.',
    clinicalContext:
      'One of the most frequently ordered laboratory panels, used in routine care, medication monitoring and acute illness.',
    specialties: ['Pathology', 'Internal Medicine', 'Family Medicine', 'Emergency Medicine'],
    billingNotes: `${LAB_NO_WORK} All panel components must be performed to bill the panel.`,
    popularity: 90,
  },
  {
    code: '80048',
    synonyms: ['bmp', 'basic metabolic panel', 'chem 7', 'chem 8', 'lytes'],
    plainLanguage: 'A blood test that checks blood sugar, electrolytes, calcium and kidney function.',
    clinicalContext:
      'Used daily in hospital care and for monitoring kidney function and electrolytes in patients on diuretics and other medications.',
    specialties: ['Pathology', 'Internal Medicine', 'Emergency Medicine', 'Hospital Medicine'],
    billingNotes: `${LAB_NO_WORK} Not billed with 80053 on the same specimen.`,
    popularity: 80,
  },
  {
    code: '85025',
    synonyms: ['cbc with differential', 'cbc w diff', 'complete blood count', 'hemogram'],
    plainLanguage: 'A blood test that counts red cells, white cells (with types) and platelets.',
    clinicalContext:
      'Among the most common laboratory tests: anemia, infection, bleeding and monitoring of chemotherapy and other drugs.',
    specialties: ['Pathology', 'Internal Medicine', 'Family Medicine', 'Hematology', 'Emergency Medicine'],
    billingNotes: `${LAB_NO_WORK} If a pathologist interprets the smear, 85060 is reported separately.`,
    popularity: 92,
  },
  {
    code: '85027',
    synonyms: ['cbc without differential', 'cbc no diff', 'h&h and platelets'],
    plainLanguage:
      'A blood count of red cells, white cells and platelets without the breakdown of white cell types.',
    clinicalContext:
      'Used for follow-up counts when a differential is not needed, such as monitoring hemoglobin after bleeding.',
    specialties: ['Pathology', 'Internal Medicine', 'Hospital Medicine'],
    billingNotes: LAB_NO_WORK,
    popularity: 55,
  },
  {
    code: '80061',
    synonyms: ['lipid panel', 'cholesterol test', 'lipid profile', 'ldl hdl triglycerides'],
    plainLanguage: 'A blood test that measures cholesterol (total, LDL, HDL) and triglycerides.',
    clinicalContext:
      'Used for cardiovascular risk assessment and monitoring of statin and other lipid therapy.',
    specialties: ['Pathology', 'Family Medicine', 'Internal Medicine', 'Cardiology'],
    billingNotes: `${LAB_NO_WORK} Medicare covers cardiovascular screening lipid tests every five years for beneficiaries without known disease.`,
    popularity: 85,
  },
  {
    code: '83036',
    synonyms: ['a1c', 'hba1c', 'hemoglobin a1c', 'glycated hemoglobin', 'glycohemoglobin'],
    plainLanguage: 'A blood test that shows average blood sugar over the past two to three months.',
    clinicalContext:
      'Used to diagnose diabetes and prediabetes and to monitor diabetes control, typically every three to six months.',
    specialties: ['Pathology', 'Family Medicine', 'Internal Medicine', 'Endocrinology'],
    billingNotes: `${LAB_NO_WORK} Point-of-care devices may need a CLIA waiver modifier (QW).`,
    popularity: 85,
  },
  {
    code: '84443',
    synonyms: ['tsh', 'thyroid stimulating hormone', 'thyroid test'],
    plainLanguage: 'A blood test that checks how well the thyroid gland is working.',
    clinicalContext:
      'The first-line thyroid test for fatigue, weight change and palpitations, and for monitoring thyroid hormone replacement.',
    specialties: ['Pathology', 'Family Medicine', 'Internal Medicine', 'Endocrinology'],
    billingNotes: LAB_NO_WORK,
    popularity: 80,
  },
  {
    code: '81001',
    synonyms: ['urinalysis with microscopy', 'ua with micro', 'automated urinalysis', 'urine test'],
    plainLanguage:
      'A urine test that checks for blood, protein, sugar and infection, including a look at cells under the microscope.',
    clinicalContext:
      'Used for urinary symptoms, kidney disease screening, pregnancy care and preoperative evaluation.',
    specialties: ['Pathology', 'Family Medicine', 'Emergency Medicine', 'Urology'],
    billingNotes: `${LAB_NO_WORK} Dipstick-only urinalysis uses 81002 or 81003.`,
    popularity: 70,
  },
  {
    code: '87086',
    synonyms: ['urine culture', 'ucx', 'urine culture colony count'],
    plainLanguage: 'A lab test that grows bacteria from a urine sample to confirm a urinary infection.',
    clinicalContext:
      'Quantitative urine culture for suspected urinary tract infections, followed by identification and susceptibility testing when positive.',
    specialties: ['Pathology', 'Microbiology', 'Family Medicine', 'Urology'],
    billingNotes: `${LAB_NO_WORK} Organism identification and susceptibility testing have their own codes.`,
    popularity: 60,
  },
  {
    code: '85610',
    synonyms: ['pt inr', 'prothrombin time', 'inr', 'protime', 'coumadin check'],
    plainLanguage: 'A blood test that measures how long blood takes to clot, used to monitor warfarin.',
    clinicalContext:
      'Used to monitor warfarin therapy, assess liver synthetic function and evaluate bleeding risk before procedures.',
    specialties: ['Pathology', 'Cardiology', 'Internal Medicine', 'Family Medicine'],
    billingNotes: `${LAB_NO_WORK} Fingerstick office testing is billed with QW when performed on a waived device.`,
    popularity: 55,
  },
  {
    code: '36415',
    synonyms: ['venipuncture', 'blood draw', 'phlebotomy', 'lab draw'],
    plainLanguage: 'Drawing blood from a vein with a needle for laboratory tests.',
    clinicalContext:
      'Routine venous blood collection for laboratory testing, performed in offices, hospitals and draw stations.',
    specialties: ['Pathology', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Paid under the Clinical Laboratory Fee Schedule as a specimen collection fee; one unit per encounter regardless of the number of tubes. No physician work is assigned.',
    popularity: 85,
  },
];
