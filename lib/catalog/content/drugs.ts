import type { CuratedCode } from './types';

// J codes (drugs), biosimilar Q codes, vaccine products, and other common HCPCS Level II services.
// Billing units follow the HCPCS dosage in the CMS ASP pricing file (October 2025); prices are not
// stored here (they come from the imported ASP file). Original text written for Benchline.

// Shared sentence for physician-administered drugs from single-dose containers (Medicare JW/JZ policy).
const WASTE =
  'For single-dose vials, Medicare requires modifier JW on a separate line for any discarded amount, or JZ when none was discarded.';

export const drugCodes: CuratedCode[] = [
  // ---------------------------------------------------------------- Growth factors and supportive care
  {
    code: 'J2820',
    synonyms: ['sargramostim', 'leukine', 'gm-csf', 'granulocyte macrophage colony stimulating factor'],
    plainLanguage:
      'A medicine that stimulates the bone marrow to make more infection-fighting white blood cells.',
    clinicalContext:
      'Used to speed recovery of white cell counts after chemotherapy for acute myeloid leukemia, after bone marrow or stem cell transplantation, to mobilize stem cells for collection, and for radiation injury to the marrow.',
    specialties: ['Hematology', 'Oncology', 'Bone Marrow Transplant'],
    billingNotes:
      'One unit equals 50 mcg (ASP dosage), so a 250 mcg dose is billed as 5 units. Administered subcutaneously (96372) or by IV infusion (96365). Record the NDC, dose, route and indication.',
    popularity: 10,
    administration: 'injection',
  },
  {
    code: 'J2506',
    synonyms: ['pegfilgrastim', 'neulasta', 'neulasta onpro', 'long acting g-csf', 'peg-g-csf'],
    plainLanguage:
      'A long-acting shot given after chemotherapy to help the body make white blood cells and lower the risk of infection.',
    clinicalContext:
      'Given once per chemotherapy cycle, at least 24 hours after chemotherapy, to prevent febrile neutropenia in regimens with meaningful neutropenia risk. It replaced J2505 (6 mg per unit) in 2022 and excludes biosimilars, which have their own Q codes.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes:
      'One unit equals 0.5 mg, so the standard 6 mg dose is 12 units. Bill 96372 for a same-visit injection or 96377 when the on-body injector is applied. Biosimilars such as Udenyca (Q5111) must be billed with their own codes.',
    popularity: 40,
    administration: 'injection',
  },
  {
    code: 'Q5111',
    synonyms: ['udenyca', 'pegfilgrastim-cbqv', 'pegfilgrastim biosimilar'],
    plainLanguage:
      'A biosimilar version of pegfilgrastim, a long-acting shot that boosts white blood cells after chemotherapy.',
    clinicalContext:
      'Used like the reference pegfilgrastim to reduce infection risk from chemotherapy-induced neutropenia, often preferred by payers for cost.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes:
      'One unit equals 0.5 mg; a 6 mg dose is 12 units. Administration by 96372, or 96377 with its on-body injector. Report the biosimilar’s own NDC.',
    popularity: 20,
    administration: 'injection',
  },
  {
    code: 'J1442',
    synonyms: ['filgrastim', 'neupogen', 'g-csf', 'granulocyte colony stimulating factor'],
    plainLanguage: 'A daily shot that helps the bone marrow make infection-fighting white blood cells.',
    clinicalContext:
      'Used for chemotherapy-induced neutropenia, stem cell mobilization and severe chronic neutropenia, given daily until counts recover.',
    specialties: ['Oncology', 'Hematology', 'Bone Marrow Transplant'],
    billingNotes:
      'One unit equals 1 mcg, so a 480 mcg dose is 480 units. Biosimilars (for example Zarxio, Nivestym) use their own Q codes.',
    popularity: 20,
    administration: 'injection',
  },
  {
    code: 'J0885',
    synonyms: ['epoetin alfa', 'epogen', 'procrit', 'esa', 'erythropoietin'],
    plainLanguage: 'A shot that signals the bone marrow to make more red blood cells, used to treat anemia.',
    clinicalContext:
      'Used for anemia from chronic kidney disease not on dialysis, chemotherapy-induced anemia and zidovudine therapy, with dosing guided by hemoglobin.',
    specialties: ['Nephrology', 'Oncology', 'Hematology'],
    billingNotes:
      'One unit equals 1000 units of epoetin, so 40,000 units is billed as 40. This code is for non-ESRD use; Medicare requires the most recent hemoglobin on the claim and ESA modifiers (for example EA, EB or EC) by indication.',
    popularity: 20,
    administration: 'injection',
  },
  {
    code: 'J0881',
    synonyms: ['darbepoetin alfa', 'aranesp', 'esa long acting'],
    plainLanguage: 'A longer-acting shot that helps the body make red blood cells to treat anemia.',
    clinicalContext:
      'Used for anemia of chronic kidney disease and chemotherapy-induced anemia, given every one to three weeks.',
    specialties: ['Nephrology', 'Oncology'],
    billingNotes:
      'One unit equals 1 mcg; a 500 mcg dose is 500 units. Non-ESRD use; hemoglobin reporting and ESA modifiers apply for Medicare.',
    popularity: 12,
    administration: 'injection',
  },
  {
    code: 'J2405',
    synonyms: ['ondansetron', 'zofran', 'antiemetic injection', 'nausea shot'],
    plainLanguage: 'An anti-nausea medicine given by injection.',
    clinicalContext:
      'Used for chemotherapy-induced, postoperative and emergency department nausea and vomiting, often as an IV push.',
    specialties: ['Emergency Medicine', 'Oncology', 'Anesthesiology', 'Urgent Care'],
    billingNotes:
      'One unit equals 1 mg, so the common 4 mg dose is 4 units. Bill 96374 or 96375 for IV push, or 96372 for IM. In facility settings the drug may be packaged.',
    popularity: 55,
    administration: 'injection',
  },
  {
    code: 'J2469',
    synonyms: ['palonosetron', 'aloxi', '5-ht3 antagonist'],
    plainLanguage: 'A long-acting anti-nausea medicine given by vein before chemotherapy.',
    clinicalContext:
      'Used to prevent acute and delayed nausea and vomiting from moderately and highly emetogenic chemotherapy.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 25 mcg; the usual 0.25 mg dose is 10 units. Typically an IV push before chemotherapy (96375 when secondary).',
    popularity: 20,
    administration: 'injection',
  },
  {
    code: 'J1453',
    synonyms: ['fosaprepitant', 'emend iv', 'nk1 antagonist'],
    plainLanguage: 'An IV anti-nausea medicine given before chemotherapy to prevent delayed nausea.',
    clinicalContext:
      'A neurokinin-1 receptor antagonist used with a 5-HT3 antagonist and dexamethasone for highly emetogenic chemotherapy such as cisplatin regimens.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 1 mg; the 150 mg dose is 150 units. Infused over 20-30 minutes (96367 when sequential).',
    popularity: 15,
    administration: 'infusion',
  },
  // ---------------------------------------------------------------- Corticosteroids
  {
    code: 'J1100',
    synonyms: ['dexamethasone', 'decadron', 'dex injection', 'steroid shot'],
    plainLanguage: 'An injected steroid that reduces inflammation, swelling and nausea.',
    clinicalContext:
      'Used for asthma and COPD flares, allergic reactions, croup, cerebral edema, chemotherapy premedication and antiemetic regimens, and in joint or soft-tissue injections.',
    specialties: ['Emergency Medicine', 'Oncology', 'Family Medicine', 'Urgent Care', 'Orthopedic Surgery'],
    billingNotes:
      'One unit equals 1 mg, so a 10 mg dose is 10 units. Administration by 96372 (IM) or 96374/96375 (IV push). When injected into a joint, the joint injection code replaces 96372.',
    popularity: 60,
    administration: 'injection',
  },
  {
    code: 'J3301',
    synonyms: [
      'triamcinolone acetonide',
      'kenalog',
      'kenalog-40',
      'steroid injection',
      'cortisone shot',
      'joint steroid injection',
    ],
    plainLanguage: 'A long-acting steroid injected into a joint, the skin or a muscle to calm inflammation.',
    clinicalContext:
      'One of the most used office injectables: knee, shoulder and other joint and bursa injections, trigger finger, keloids and intralesional dermatology injections, and intramuscular dosing for allergic conditions.',
    specialties: [
      'Orthopedic Surgery',
      'Sports Medicine',
      'Rheumatology',
      'Dermatology',
      'Family Medicine',
      'Podiatry',
    ],
    billingNotes:
      'One unit equals 10 mg, so a 40 mg injection is 4 units. Pair with the procedure code (for example 20610 or 20611 for a large joint, 11900 for intralesional injection) or 96372 for IM use. Extended-release Zilretta has its own code.',
    popularity: 75,
    administration: 'injection',
  },
  {
    code: 'J1010',
    synonyms: ['methylprednisolone acetate', 'depo-medrol', 'depo medrol injection', 'steroid injection'],
    plainLanguage: 'A long-acting steroid injected into a muscle or joint to reduce inflammation.',
    clinicalContext:
      'Used for joint and bursa injections, epidural steroid injections and intramuscular treatment of allergic and inflammatory flares. Since April 2024 it replaces J1020, J1030 and J1040 (20, 40 and 80 mg units).',
    specialties: [
      'Orthopedic Surgery',
      'Pain Medicine',
      'Rheumatology',
      'Family Medicine',
      'Sports Medicine',
    ],
    billingNotes:
      'One unit equals 1 mg, so a 40 mg dose is 40 units and 80 mg is 80 units. Report with the joint or spine injection procedure code, or 96372 for IM use.',
    popularity: 60,
    administration: 'injection',
  },
  {
    code: 'J2919',
    synonyms: ['methylprednisolone sodium succinate', 'solu-medrol', 'iv steroid', 'iv methylprednisolone'],
    plainLanguage:
      'A fast-acting steroid given by vein or muscle for severe inflammation or allergic reactions.',
    clinicalContext:
      'Used for severe asthma and COPD exacerbations, anaphylaxis adjunct therapy, multiple sclerosis relapses, transplant rejection and infusion reaction premedication. Replaced J2920 and J2930 in April 2024.',
    specialties: ['Emergency Medicine', 'Neurology', 'Pulmonology', 'Rheumatology', 'Transplant'],
    billingNotes:
      'One unit equals 5 mg, so 125 mg is 25 units and a 1 g pulse dose is 200 units. Administration by IV push (96374) or infusion (96365).',
    popularity: 40,
    administration: 'injection',
  },
  {
    code: 'J0702',
    synonyms: ['betamethasone', 'celestone soluspan', 'betamethasone acetate and sodium phosphate'],
    plainLanguage:
      'A steroid injection with both quick and long-acting parts, used for inflammation and, in pregnancy, to help the baby’s lungs mature.',
    clinicalContext:
      'Used for antenatal corticosteroids in threatened preterm birth, joint and soft-tissue injections, and intramuscular treatment of dermatologic and allergic conditions.',
    specialties: ['Obstetrics and Gynecology', 'Orthopedic Surgery', 'Podiatry', 'Dermatology'],
    billingNotes:
      'One unit covers 3 mg & 3 mg (3 mg of each betamethasone salt, i.e. 1 mL of the 6 mg/mL suspension); a 12 mg antenatal dose is 2 units.',
    popularity: 20,
    administration: 'injection',
  },
  // ---------------------------------------------------------------- Analgesics, sedatives, emergency drugs
  {
    code: 'J1885',
    synonyms: ['ketorolac', 'toradol', 'toradol shot', 'nsaid injection', 'pain shot'],
    plainLanguage: 'A strong anti-inflammatory pain medicine given by injection, not an opioid.',
    clinicalContext:
      'Used for short-term treatment of moderate to severe acute pain, such as renal colic, migraine and musculoskeletal injuries, in emergency and urgent care settings.',
    specialties: ['Emergency Medicine', 'Urgent Care', 'Family Medicine', 'Orthopedic Surgery'],
    billingNotes:
      'One unit equals 15 mg, so 30 mg is 2 units and 60 mg is 4 units. IM injection uses 96372; IV push uses 96374.',
    popularity: 50,
    administration: 'injection',
  },
  {
    code: 'J2270',
    synonyms: ['morphine', 'morphine sulfate', 'ms iv', 'opioid injection'],
    plainLanguage: 'An opioid pain medicine given by injection for severe pain.',
    clinicalContext:
      'Used for severe acute pain in the emergency department and hospital, acute coronary syndrome pain and palliative care.',
    specialties: ['Emergency Medicine', 'Hospital Medicine', 'Palliative Care', 'Anesthesiology'],
    billingNotes:
      'One unit covers up to 10 mg, so a 4 mg dose is 1 unit. Controlled substance: document dose, route, time and waste witness per policy.',
    popularity: 30,
    administration: 'injection',
  },
  {
    code: 'J1171',
    synonyms: ['hydromorphone', 'dilaudid', 'dilaudid iv', 'opioid injection'],
    plainLanguage: 'A strong opioid pain medicine given by injection.',
    clinicalContext:
      'Used for severe acute pain, postoperative analgesia and cancer pain. Replaced J1170 (up to 4 mg per unit) on October 1, 2024.',
    specialties: ['Emergency Medicine', 'Anesthesiology', 'Hospital Medicine', 'Palliative Care'],
    billingNotes:
      'One unit equals 0.1 mg, so 0.5 mg is 5 units and 1 mg is 10 units. Administration by IV push (96374) or IM (96372).',
    popularity: 30,
    administration: 'injection',
  },
  {
    code: 'J3010',
    synonyms: ['fentanyl', 'fentanyl citrate', 'sublimaze', 'opioid injection'],
    plainLanguage: 'A fast-acting opioid pain medicine given by injection, often during procedures.',
    clinicalContext:
      'Used for procedural sedation and analgesia with midazolam, anesthesia, and rapid pain control in emergency and critical care.',
    specialties: ['Anesthesiology', 'Gastroenterology', 'Emergency Medicine', 'Interventional Radiology'],
    billingNotes:
      'One unit equals 0.1 mg (100 mcg), so a 50 mcg dose is 1 unit and 150 mcg is 2 units. When used for moderate sedation, the sedation code (99152) covers the service; the drug may be separately billable in the office.',
    popularity: 30,
    administration: 'injection',
  },
  {
    code: 'J2250',
    synonyms: ['midazolam', 'versed', 'benzodiazepine injection', 'sedation drug'],
    plainLanguage: 'A calming, sleep-inducing medicine given by injection before or during procedures.',
    clinicalContext:
      'Used for moderate sedation during endoscopy, bronchoscopy and interventional procedures, for anxiolysis, and for seizure control.',
    specialties: ['Gastroenterology', 'Anesthesiology', 'Emergency Medicine', 'Pulmonology'],
    billingNotes:
      'One unit equals 1 mg, so a 2 mg dose is 2 units. Moderate sedation services are reported with 99152-99157 as applicable.',
    popularity: 35,
    administration: 'injection',
  },
  {
    code: 'J2060',
    synonyms: ['lorazepam', 'ativan', 'ativan iv', 'benzodiazepine injection'],
    plainLanguage:
      'A calming medicine given by injection, used for seizures, severe anxiety or alcohol withdrawal.',
    clinicalContext:
      'First-line treatment for status epilepticus, and used for agitation and alcohol withdrawal in emergency and hospital settings.',
    specialties: ['Emergency Medicine', 'Neurology', 'Psychiatry', 'Hospital Medicine'],
    billingNotes: 'One unit equals 2 mg; a 4 mg dose is 2 units. Controlled substance documentation applies.',
    popularity: 15,
    administration: 'injection',
  },
  {
    code: 'J1200',
    synonyms: ['diphenhydramine', 'benadryl', 'benadryl iv', 'antihistamine injection'],
    plainLanguage:
      'An antihistamine given by injection for allergic reactions or as premedication before infusions.',
    clinicalContext:
      'Used for acute allergic reactions, premedication before transfusions and biologic infusions, and as part of migraine cocktails.',
    specialties: ['Emergency Medicine', 'Oncology', 'Allergy and Immunology', 'Rheumatology'],
    billingNotes:
      'One unit covers up to 50 mg, so 25 mg or 50 mg is 1 unit. Premedication pushes are usually reported with 96375.',
    popularity: 35,
    administration: 'injection',
  },
  {
    code: 'J2550',
    synonyms: ['promethazine', 'phenergan', 'phenergan shot', 'antiemetic injection'],
    plainLanguage: 'An injected medicine for nausea, vomiting and allergic symptoms.',
    clinicalContext:
      'Used for nausea and vomiting and motion sickness, usually by deep intramuscular injection because of tissue injury risk with IV use.',
    specialties: ['Emergency Medicine', 'Urgent Care', 'Family Medicine'],
    billingNotes: 'One unit covers up to 50 mg; 25 mg is 1 unit. IM administration uses 96372.',
    popularity: 20,
    administration: 'injection',
  },
  {
    code: 'J0131',
    synonyms: ['iv acetaminophen', 'ofirmev', 'iv tylenol'],
    plainLanguage: 'Acetaminophen (Tylenol) given by vein for pain or fever.',
    clinicalContext:
      'Used in hospitals and surgery centers for pain and fever when oral medicine is not possible and as part of opioid-sparing regimens.',
    specialties: ['Anesthesiology', 'Hospital Medicine', 'Emergency Medicine'],
    billingNotes:
      'One unit equals 10 mg, so a 1,000 mg dose is 100 units. Infused over 15 minutes (96365 or 96367).',
    popularity: 15,
    administration: 'infusion',
  },
  // ---------------------------------------------------------------- Anti-infectives
  {
    code: 'J0696',
    synonyms: ['ceftriaxone', 'rocephin', 'rocephin shot', 'antibiotic injection'],
    plainLanguage: 'An antibiotic given by shot or IV to treat serious bacterial infections.',
    clinicalContext:
      'Used for gonorrhea (single IM dose), community-acquired pneumonia, pyelonephritis, meningitis and as outpatient parenteral therapy for many infections.',
    specialties: ['Emergency Medicine', 'Urgent Care', 'Family Medicine', 'Infectious Disease', 'Pediatrics'],
    billingNotes:
      'One unit equals 250 mg, so 500 mg is 2 units and 1 g is 4 units. IM injection uses 96372; IV infusion uses 96365. Lidocaine used as diluent is not billed separately.',
    popularity: 60,
    administration: 'injection',
  },
  {
    code: 'J0690',
    synonyms: ['cefazolin', 'ancef', 'kefzol', 'surgical prophylaxis antibiotic'],
    plainLanguage: 'An antibiotic given by vein, often just before surgery to prevent infection.',
    clinicalContext:
      'The standard surgical prophylaxis antibiotic, and used for skin, bone and joint infections and MSSA bacteremia, including in outpatient parenteral antibiotic programs.',
    specialties: ['Infectious Disease', 'Surgery', 'Anesthesiology'],
    billingNotes: 'One unit equals 500 mg, so a 2 g dose is 4 units.',
    popularity: 20,
    administration: 'infusion',
  },
  // ---------------------------------------------------------------- Vitamins, hormones, contraception
  {
    code: 'J3420',
    synonyms: ['vitamin b12', 'b12 shot', 'cyanocobalamin', 'b12 injection'],
    plainLanguage: 'A vitamin B12 shot for people who are low in B12 or cannot absorb it from food.',
    clinicalContext:
      'Used for pernicious anemia, B12 deficiency after gastric surgery, and malabsorption, with loading doses followed by monthly injections.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Hematology', 'Gastroenterology'],
    billingNotes:
      'One unit covers up to 1000 mcg, so a typical 1000 mcg injection is 1 unit. Administration by 96372; Medicare covers it only for documented deficiency indications.',
    popularity: 55,
    administration: 'injection',
  },
  {
    code: 'J1050',
    synonyms: ['medroxyprogesterone', 'depo-provera', 'depo shot', 'birth control shot', 'dmpa'],
    plainLanguage: 'A birth control shot given every three months.',
    clinicalContext:
      'Used for contraception and for abnormal uterine bleeding and endometriosis, given by intramuscular or subcutaneous injection every 12-13 weeks.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine', 'Pediatrics'],
    billingNotes:
      'Billed per 1 mg as in the HCPCS descriptor, so the 150 mg contraceptive dose is 150 units and the 104 mg subcutaneous product is 104 units. The October 2025 ASP file lists no payment limit for this code, so payment follows the payer’s drug fee schedule. Administration by 96372.',
    popularity: 40,
    administration: 'injection',
  },
  {
    code: 'J1071',
    synonyms: ['testosterone cypionate', 'depo-testosterone', 'testosterone shot', 'trt injection'],
    plainLanguage: 'A testosterone shot for men with low testosterone.',
    clinicalContext:
      'Used for male hypogonadism and in gender-affirming hormone therapy, given every one to two weeks by intramuscular injection. It replaced the older per-100 mg and per-200 mg codes (J1070 and J1080) in 2015.',
    specialties: ['Urology', 'Endocrinology', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'One unit equals 1 mg, so a 200 mg dose is 200 units. Administration by 96372. Payers often require documented low testosterone levels.',
    popularity: 35,
    administration: 'injection',
  },
  {
    code: 'J1950',
    synonyms: ['leuprolide 3.75 mg', 'lupron depot', 'lupron depot-ped', 'gnrh agonist'],
    plainLanguage:
      'A hormone-suppressing shot used for conditions such as endometriosis, fibroids or early puberty.',
    clinicalContext:
      'Depot leuprolide in 3.75 mg units, used for endometriosis, uterine fibroid anemia before surgery, and central precocious puberty.',
    specialties: ['Obstetrics and Gynecology', 'Reproductive Endocrinology', 'Pediatric Endocrinology'],
    billingNotes:
      'One unit equals 3.75 mg, so a 3-month 11.25 mg depot is 3 units. For prostate cancer, leuprolide is billed with J9217 instead. Non-cancer administration uses 96372.',
    popularity: 12,
    administration: 'injection',
  },
  {
    code: 'J9217',
    synonyms: [
      'leuprolide 7.5 mg',
      'eligard',
      'lupron depot prostate',
      'adt',
      'androgen deprivation therapy',
    ],
    plainLanguage: 'A hormone shot that lowers testosterone to slow the growth of prostate cancer.',
    clinicalContext:
      'Depot leuprolide for advanced prostate cancer, given monthly or every three, four or six months.',
    specialties: ['Urology', 'Oncology'],
    billingNotes:
      'One unit equals 7.5 mg, so a 22.5 mg 3-month dose is 3 units and a 45 mg 6-month dose is 6 units. Administration uses the hormonal antineoplastic code 96402.',
    popularity: 35,
    administration: 'injection',
  },
  {
    code: 'J9395',
    synonyms: ['fulvestrant', 'faslodex', 'serd'],
    plainLanguage: 'A hormone-blocking shot for hormone-receptor-positive breast cancer.',
    clinicalContext:
      'Used for advanced hormone-receptor-positive breast cancer, often with CDK4/6 inhibitors, given as two intramuscular injections monthly after loading doses.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 25 mg; the 500 mg dose is 20 units. Administration by 96402.',
    popularity: 20,
    administration: 'injection',
  },
  // ---------------------------------------------------------------- Bone health
  {
    code: 'J0897',
    synonyms: ['denosumab', 'prolia', 'xgeva', 'rank ligand inhibitor'],
    plainLanguage:
      'A shot that strengthens bones, used for osteoporosis and to protect bones from cancer spread.',
    clinicalContext:
      'Prolia (60 mg every six months) treats osteoporosis in patients at high fracture risk; Xgeva (120 mg every four weeks) prevents skeletal events from bone metastases and treats giant cell tumor of bone.',
    specialties: ['Endocrinology', 'Rheumatology', 'Oncology', 'Family Medicine'],
    billingNotes:
      'One unit equals 1 mg, so Prolia is 60 units and Xgeva 120 units. Administration by 96372; some payers accept 96401 for the oncology dose. Check calcium and vitamin D before dosing. Denosumab biosimilars have their own Q codes.',
    popularity: 40,
    administration: 'injection',
  },
  {
    code: 'J3489',
    synonyms: ['zoledronic acid', 'reclast', 'zometa', 'bisphosphonate infusion'],
    plainLanguage:
      'A bone-strengthening medicine given by vein, once a year for osteoporosis or more often for cancer in the bones.',
    clinicalContext:
      'Reclast 5 mg yearly treats osteoporosis and Paget’s disease; Zometa 4 mg every 3-4 weeks or every 12 weeks treats hypercalcemia of malignancy and bone metastases.',
    specialties: ['Rheumatology', 'Endocrinology', 'Oncology'],
    billingNotes:
      'One unit equals 1 mg, so 4 mg is 4 units and 5 mg is 5 units. Infusion over at least 15 minutes (96365); check renal function.',
    popularity: 20,
    administration: 'infusion',
  },
  // ---------------------------------------------------------------- Iron and fluids
  {
    code: 'J1439',
    synonyms: ['ferric carboxymaltose', 'injectafer', 'iv iron'],
    plainLanguage:
      'Iron given by vein to treat iron-deficiency anemia when iron pills do not work or are not tolerated.',
    clinicalContext:
      'Used for iron-deficiency anemia in adults and children with intolerance or inadequate response to oral iron, non-dialysis chronic kidney disease, and iron deficiency in heart failure.',
    specialties: ['Hematology', 'Oncology', 'Gastroenterology', 'Nephrology'],
    billingNotes:
      'One unit equals 1 mg, so a 750 mg dose is 750 units. Given by slow IV push (96374) or infusion (96365); monitor phosphate with repeat courses.',
    popularity: 25,
    administration: 'infusion',
  },
  {
    code: 'J1756',
    synonyms: ['iron sucrose', 'venofer', 'iv iron'],
    plainLanguage: 'Iron given by vein to build up iron stores, often in people with kidney disease.',
    clinicalContext:
      'Used for iron-deficiency anemia in chronic kidney disease and in other patients who cannot take oral iron, typically in divided doses over several visits.',
    specialties: ['Nephrology', 'Hematology', 'Oncology'],
    billingNotes:
      'One unit equals 1 mg, so a 200 mg dose is 200 units. Slow IV push uses 96374; infusion uses 96365.',
    popularity: 25,
    administration: 'infusion',
  },
  {
    code: 'J7050',
    synonyms: ['normal saline 250 ml', 'ns 250', 'sodium chloride 0.9% 250', 'saline bag'],
    plainLanguage:
      'A small bag of salt water solution given through a vein, often to mix medicines or to hydrate.',
    clinicalContext:
      'Used as a carrier for IV drugs, for line flushing and for small-volume hydration in offices and infusion centers.',
    specialties: ['Oncology', 'Infusion Therapy', 'Emergency Medicine'],
    billingNotes:
      'One unit equals 250 cc. Fluid used only to dilute a drug or keep a line open is often not separately payable; hydration codes apply only when hydration is the therapeutic purpose. A 1000 cc bag uses J7030.',
    popularity: 35,
    administration: 'infusion',
  },
  {
    code: 'J7030',
    synonyms: ['normal saline 1000 ml', 'ns 1 liter', 'iv fluid bolus bag'],
    plainLanguage: 'A one-liter bag of salt water solution given through a vein to treat dehydration.',
    clinicalContext:
      'Used for IV hydration in offices, infusion centers and urgent care for dehydration, hypotension and pre- or post-chemotherapy hydration.',
    specialties: ['Emergency Medicine', 'Oncology', 'Urgent Care'],
    billingNotes:
      'One unit equals 1000 cc. Report with the hydration codes 96360 and 96361 when given for hydration.',
    popularity: 30,
    administration: 'infusion',
  },
  {
    code: 'J7120',
    synonyms: ['lactated ringers', 'lr', 'ringers lactate', 'iv fluid'],
    plainLanguage: 'A liter of balanced salt solution given through a vein to replace fluids.',
    clinicalContext:
      'Used for volume resuscitation and hydration, particularly in surgical and trauma patients.',
    specialties: ['Emergency Medicine', 'Anesthesiology', 'Surgery'],
    billingNotes: 'One unit covers up to 1000 cc.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'J1644',
    synonyms: ['heparin', 'heparin sodium', 'anticoagulant injection', 'heparin subq'],
    plainLanguage: 'A blood thinner given by injection or IV to prevent or treat clots.',
    clinicalContext:
      'Used for venous thromboembolism prophylaxis, treatment of acute clots and acute coronary syndrome, and during procedures.',
    specialties: ['Hospital Medicine', 'Cardiology', 'Surgery'],
    billingNotes:
      'One unit equals 1000 units of heparin, so a 5,000-unit dose is 5 units. Heparin lock flushes are not separately billable.',
    popularity: 15,
    administration: 'injection',
  },
  // ---------------------------------------------------------------- Ophthalmic and neurologic injectables
  {
    code: 'J0585',
    synonyms: ['onabotulinumtoxina', 'botox', 'botulinum toxin', 'botox migraine', 'chemodenervation drug'],
    plainLanguage:
      'Botulinum toxin injected into muscles or glands to relax them, used for conditions such as chronic migraine, spasticity and overactive bladder.',
    clinicalContext:
      'Medical uses include chronic migraine prophylaxis (155 units across head and neck sites), cervical dystonia, limb spasticity, blepharospasm, overactive bladder and severe axillary hyperhidrosis. Cosmetic use is not covered.',
    specialties: [
      'Neurology',
      'Physical Medicine and Rehabilitation',
      'Urology',
      'Ophthalmology',
      'Dermatology',
    ],
    billingNotes: `One unit equals 1 unit of toxin, so a 155-unit migraine treatment from a 200-unit vial is billed as 155 units with 45 units of waste. ${WASTE} Pair with the chemodenervation procedure code (for example 64615 for migraine or 52287 for bladder).`,
    popularity: 35,
    administration: 'injection',
  },
  {
    code: 'J2778',
    synonyms: ['ranibizumab', 'lucentis', 'anti-vegf eye injection', 'intravitreal injection drug'],
    plainLanguage:
      'A medicine injected into the eye to treat wet macular degeneration and diabetic eye swelling.',
    clinicalContext:
      'Anti-VEGF therapy for neovascular age-related macular degeneration, diabetic macular edema, diabetic retinopathy, retinal vein occlusion and myopic choroidal neovascularization.',
    specialties: ['Ophthalmology', 'Retina'],
    billingNotes: `One unit equals 0.1 mg, so the 0.5 mg dose is 5 units and the 0.3 mg dose is 3 units. Administer with 67028 and the eye modifier (RT or LT). Biosimilars Byooviz and Cimerli have their own Q codes. ${WASTE}`,
    popularity: 25,
    administration: 'injection',
  },
  {
    code: 'J0178',
    synonyms: ['aflibercept', 'eylea', 'anti-vegf eye injection', 'intravitreal injection drug'],
    plainLanguage:
      'A medicine injected into the eye to treat wet macular degeneration and other retinal diseases that cause swelling or leaking vessels.',
    clinicalContext:
      'Anti-VEGF therapy for neovascular macular degeneration, diabetic macular edema and retinopathy, and macular edema from retinal vein occlusion, typically at 2 mg per injection.',
    specialties: ['Ophthalmology', 'Retina'],
    billingNotes: `One unit equals 1 mg, so the standard 2 mg dose is 2 units. The high-dose 8 mg product uses J0177. Administer with 67028 and RT or LT. ${WASTE}`,
    popularity: 40,
    administration: 'injection',
  },
  {
    code: 'J2350',
    synonyms: ['ocrelizumab', 'ocrevus', 'anti-cd20 ms'],
    plainLanguage: 'An IV medicine for multiple sclerosis that reduces the immune cells that attack nerves.',
    clinicalContext:
      'Used for relapsing forms of multiple sclerosis and primary progressive MS, with two 300 mg infusions initially and 600 mg every six months thereafter.',
    specialties: ['Neurology'],
    billingNotes:
      'One unit equals 1 mg, so a 600 mg maintenance dose is 600 units. Administration by infusion codes (96365/96366 or 96413/96415 per payer policy) with premedication pushes billed separately.',
    popularity: 20,
    administration: 'infusion',
  },
  {
    code: 'J2323',
    synonyms: ['natalizumab', 'tysabri'],
    plainLanguage: 'An IV medicine given every four weeks for multiple sclerosis or Crohn’s disease.',
    clinicalContext:
      'An integrin inhibitor used for relapsing MS and moderate to severe Crohn’s disease, available only through a safety program because of progressive multifocal leukoencephalopathy risk.',
    specialties: ['Neurology', 'Gastroenterology'],
    billingNotes:
      'One unit equals 1 mg, so the 300 mg dose is 300 units. Infusion over one hour (96365 or 96413 per payer).',
    popularity: 12,
    administration: 'infusion',
  },
  // ---------------------------------------------------------------- Oncology: checkpoint inhibitors and antibodies
  {
    code: 'J9271',
    synonyms: ['pembrolizumab', 'keytruda', 'pd-1 inhibitor', 'checkpoint inhibitor', 'immunotherapy'],
    plainLanguage:
      'An immunotherapy medicine given by IV that helps the immune system recognize and attack cancer cells.',
    clinicalContext:
      'A PD-1 inhibitor used across many cancers, including melanoma, non-small cell lung cancer, head and neck, triple-negative breast, bladder, endometrial and MSI-high tumors, at 200 mg every three weeks or 400 mg every six weeks.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 1 mg, so 200 mg is 200 units and 400 mg is 400 units. Administer with 96413 (30-minute infusion). Record NDC, PD-L1 or biomarker status where coverage depends on it.',
    popularity: 45,
    administration: 'infusion',
  },
  {
    code: 'J9299',
    synonyms: ['nivolumab', 'opdivo', 'pd-1 inhibitor', 'checkpoint inhibitor', 'immunotherapy'],
    plainLanguage:
      'An immunotherapy medicine given by IV that releases a brake on the immune system so it can fight cancer.',
    clinicalContext:
      'A PD-1 inhibitor used for melanoma, lung cancer, kidney cancer, Hodgkin lymphoma, head and neck, esophageal and other cancers, alone or with ipilimumab, at 240 mg every two weeks or 480 mg every four weeks.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 1 mg, so 240 mg is 240 units and 480 mg is 480 units. Administer with 96413; when combined with ipilimumab, the second drug uses 96417.',
    popularity: 35,
    administration: 'infusion',
  },
  {
    code: 'J9022',
    synonyms: ['atezolizumab', 'tecentriq', 'pd-l1 inhibitor', 'checkpoint inhibitor'],
    plainLanguage:
      'An immunotherapy medicine given by IV that blocks a signal cancer cells use to hide from the immune system.',
    clinicalContext:
      'A PD-L1 inhibitor used in lung cancer (including small cell), hepatocellular carcinoma with bevacizumab, and other cancers.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 10 mg, so a 1,200 mg dose is 120 units. Administer with 96413.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'J9173',
    synonyms: ['durvalumab', 'imfinzi', 'pd-l1 inhibitor', 'checkpoint inhibitor'],
    plainLanguage: 'An immunotherapy medicine given by IV for certain lung, bile duct and liver cancers.',
    clinicalContext:
      'A PD-L1 inhibitor used as consolidation after chemoradiation for stage III lung cancer and in small cell lung, biliary tract and liver cancer regimens.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 10 mg, so a 1,500 mg dose is 150 units.',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J9228',
    synonyms: ['ipilimumab', 'yervoy', 'ctla-4 inhibitor'],
    plainLanguage:
      'An immunotherapy medicine given by IV that activates the immune system against cancer, often with nivolumab.',
    clinicalContext:
      'A CTLA-4 inhibitor used for melanoma, renal cell carcinoma, MSI-high colorectal cancer and other cancers, usually in combination with nivolumab.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 1 mg; a 1 mg/kg dose in a 70 kg patient is 70 units.',
    popularity: 10,
    administration: 'infusion',
  },
  {
    code: 'J9035',
    synonyms: ['bevacizumab', 'avastin', 'anti-vegf', 'angiogenesis inhibitor'],
    plainLanguage:
      'A cancer medicine given by IV that blocks the growth of new blood vessels that tumors need.',
    clinicalContext:
      'Used in colorectal, lung, ovarian, cervical, kidney and liver cancers and glioblastoma, usually with chemotherapy or immunotherapy.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 10 mg; a 5 mg/kg dose for an 80 kg patient (400 mg) is 40 units. Biosimilars (for example Mvasi Q5107, Zirabev Q5118) have their own codes and are frequently required by payers.',
    popularity: 25,
    administration: 'infusion',
  },
  {
    code: 'Q5107',
    synonyms: ['mvasi', 'bevacizumab-awwb', 'bevacizumab biosimilar'],
    plainLanguage:
      'A biosimilar version of bevacizumab, a cancer medicine that blocks tumor blood vessel growth.',
    clinicalContext:
      'Used for the same cancers as the reference bevacizumab, such as metastatic colorectal and non-small cell lung cancer.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 10 mg, the same unit as J9035. Administer with 96413.',
    popularity: 18,
    administration: 'infusion',
  },
  {
    code: 'Q5118',
    synonyms: ['zirabev', 'bevacizumab-bvzr', 'bevacizumab biosimilar'],
    plainLanguage: 'A biosimilar version of bevacizumab used with chemotherapy for several cancers.',
    clinicalContext:
      'Interchangeable in practice with other bevacizumab products for colorectal, lung, cervical, kidney and brain tumors, subject to payer preferences.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 10 mg. Report the product-specific NDC.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'J9355',
    synonyms: ['trastuzumab', 'herceptin', 'her2 antibody', 'anti-her2'],
    plainLanguage:
      'A targeted cancer medicine given by IV for cancers that make too much of the HER2 protein.',
    clinicalContext:
      'Used for HER2-positive breast cancer in the adjuvant, neoadjuvant and metastatic settings and HER2-positive gastric cancer, often with pertuzumab and chemotherapy.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 10 mg; a 6 mg/kg dose for a 70 kg patient (420 mg) is 42 units. Excludes biosimilars, which have their own codes (for example Ogivri Q5114, Trazimera Q5116, Kanjinti Q5117). Baseline and periodic cardiac function monitoring is expected.',
    popularity: 20,
    administration: 'infusion',
  },
  {
    code: 'Q5116',
    synonyms: ['trazimera', 'trastuzumab-qyyp', 'trastuzumab biosimilar'],
    plainLanguage: 'A biosimilar version of trastuzumab for HER2-positive breast and stomach cancers.',
    clinicalContext:
      'Used in place of reference trastuzumab in HER2-positive breast and gastric cancer regimens.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 10 mg, the same unit as J9355.',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J9306',
    synonyms: ['pertuzumab', 'perjeta', 'her2 dimerization inhibitor'],
    plainLanguage: 'A targeted cancer medicine given by IV with trastuzumab for HER2-positive breast cancer.',
    clinicalContext:
      'Used with trastuzumab and chemotherapy for HER2-positive early and metastatic breast cancer, with an 840 mg loading dose and 420 mg every three weeks.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 1 mg, so 840 mg is 840 units and 420 mg is 420 units. Usually given sequentially with trastuzumab (96417).',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J9312',
    synonyms: ['rituximab', 'rituxan', 'anti-cd20', 'rituximab infusion'],
    plainLanguage:
      'A targeted medicine given by IV that removes certain immune B cells, used for some lymphomas, leukemia and autoimmune diseases.',
    clinicalContext:
      'Used for non-Hodgkin lymphoma, chronic lymphocytic leukemia, rheumatoid arthritis, ANCA vasculitis, pemphigus and other antibody-mediated diseases. First infusions are slow because of infusion reaction risk.',
    specialties: ['Oncology', 'Hematology', 'Rheumatology', 'Nephrology', 'Dermatology'],
    billingNotes:
      'One unit equals 10 mg; a 1,000 mg dose is 100 units and 375 mg/m2 for 1.9 m2 (about 712 mg) rounds up to 72 units. Administration by 96413 and 96415. Biosimilars such as Truxima (Q5115) are billed with their own codes.',
    popularity: 25,
    administration: 'infusion',
  },
  {
    code: 'Q5115',
    synonyms: ['truxima', 'rituximab-abbs', 'rituximab biosimilar'],
    plainLanguage:
      'A biosimilar version of rituximab, used for lymphoma, leukemia and some autoimmune diseases.',
    clinicalContext:
      'Used in place of reference rituximab for non-Hodgkin lymphoma, CLL, rheumatoid arthritis and vasculitis, depending on labeled indications and payer policy.',
    specialties: ['Oncology', 'Hematology', 'Rheumatology'],
    billingNotes: 'One unit equals 10 mg, the same unit as J9312.',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J9145',
    synonyms: ['daratumumab', 'darzalex', 'anti-cd38', 'myeloma antibody'],
    plainLanguage: 'A targeted medicine given by IV for multiple myeloma.',
    clinicalContext:
      'An anti-CD38 antibody used in newly diagnosed and relapsed multiple myeloma combinations. The subcutaneous form with hyaluronidase (Darzalex Faspro) uses J9144.',
    specialties: ['Hematology', 'Oncology'],
    billingNotes:
      'One unit equals 10 mg; a 16 mg/kg dose for a 75 kg patient (1,200 mg) is 120 units. Long first infusions use 96413 plus 96415 hours.',
    popularity: 12,
    administration: 'infusion',
  },
  // ---------------------------------------------------------------- Oncology: cytotoxic chemotherapy
  {
    code: 'J9045',
    synonyms: ['carboplatin', 'paraplatin', 'carbo', 'platinum chemotherapy'],
    plainLanguage: 'A platinum chemotherapy medicine given by IV for many cancers.',
    clinicalContext:
      'Used for ovarian, lung, head and neck, endometrial and breast cancers, dosed by target AUC using kidney function, often with paclitaxel.',
    specialties: ['Oncology', 'Gynecologic Oncology'],
    billingNotes:
      'One unit equals 50 mg, so a 600 mg dose is 12 units. Administer with 96413, or 96417 when it follows another chemotherapy drug.',
    popularity: 30,
    administration: 'infusion',
  },
  {
    code: 'J9060',
    synonyms: ['cisplatin', 'platinol', 'cis', 'platinum chemotherapy'],
    plainLanguage: 'A platinum chemotherapy medicine given by IV, used for many solid tumors.',
    clinicalContext:
      'Used for lung, head and neck, bladder, testicular, cervical and esophageal cancers, frequently with radiation, requiring vigorous hydration and antiemetics.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 10 mg, so a 140 mg dose is 14 units. Pre- and post-hydration is reported with 96361 as a secondary service.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'J9267',
    synonyms: ['paclitaxel', 'taxol', 'taxane chemotherapy'],
    plainLanguage:
      'A chemotherapy medicine from the taxane family given by IV for breast, ovarian, lung and other cancers.',
    clinicalContext:
      'Used weekly or every three weeks in breast, ovarian, lung, endometrial, cervical and esophageal cancer regimens, with premedication to prevent hypersensitivity reactions.',
    specialties: ['Oncology', 'Gynecologic Oncology'],
    billingNotes:
      'One unit equals 1 mg, so a 175 mg/m2 dose for 1.8 m2 (315 mg) is 315 units. The protein-bound form (Abraxane) uses J9264.',
    popularity: 30,
    administration: 'infusion',
  },
  {
    code: 'J9264',
    synonyms: ['nab-paclitaxel', 'abraxane', 'paclitaxel protein-bound'],
    plainLanguage:
      'A form of the chemotherapy paclitaxel bound to a protein, given by IV, that does not need allergy premedication.',
    clinicalContext:
      'Used for metastatic breast cancer, non-small cell lung cancer and pancreatic cancer with gemcitabine.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 1 mg, so a 125 mg/m2 dose for 1.8 m2 (225 mg) is 225 units.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'J9171',
    synonyms: ['docetaxel', 'taxotere', 'taxane chemotherapy'],
    plainLanguage: 'A taxane chemotherapy medicine given by IV for breast, prostate, lung and other cancers.',
    clinicalContext:
      'Used in breast cancer (TC, TCH regimens), metastatic prostate cancer, non-small cell lung, gastric and head and neck cancers.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 1 mg, so a 75 mg/m2 dose for 1.8 m2 (135 mg) is 135 units.',
    popularity: 18,
    administration: 'infusion',
  },
  {
    code: 'J9190',
    synonyms: ['fluorouracil', '5-fu', 'adrucil', 'folfox', 'folfiri'],
    plainLanguage:
      'A chemotherapy medicine given by IV push and by pump over two days, mainly for cancers of the digestive tract.',
    clinicalContext:
      'The backbone of FOLFOX and FOLFIRI regimens for colorectal, gastric, esophageal and pancreatic cancer, and used in head and neck and anal cancer with radiation.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 500 mg, so a 4,000 mg pump dose is 8 units (round up partial units). Bolus uses 96409 or 96411; starting the 46-hour pump uses 96416.',
    popularity: 25,
    administration: 'infusion',
  },
  {
    code: 'J0640',
    synonyms: ['leucovorin', 'folinic acid', 'leucovorin calcium'],
    plainLanguage:
      'A form of folic acid given with some chemotherapy to boost its effect or to protect normal cells.',
    clinicalContext:
      'Used with fluorouracil in colorectal cancer regimens and as rescue after high-dose methotrexate.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 50 mg, so a 400 mg/m2 dose for 1.8 m2 (720 mg) rounds up to 15 units. Infusion is non-chemotherapy administration (96367 when sequential).',
    popularity: 20,
    administration: 'infusion',
  },
  {
    code: 'J9201',
    synonyms: ['gemcitabine', 'gemzar', 'gem'],
    plainLanguage:
      'A chemotherapy medicine given by IV for pancreatic, lung, bladder, breast and ovarian cancers.',
    clinicalContext:
      'Used alone or in combination (for example with nab-paclitaxel or cisplatin) in pancreatic, biliary, bladder, lung, breast and ovarian cancers.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 200 mg, so a 1,800 mg dose is 9 units. Administer with 96413.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'J9305',
    synonyms: ['pemetrexed', 'alimta', 'antifolate chemotherapy'],
    plainLanguage:
      'A chemotherapy medicine given by IV, mostly for a common type of lung cancer and mesothelioma.',
    clinicalContext:
      'Used for non-squamous non-small cell lung cancer with platinum and immunotherapy, as maintenance, and for mesothelioma, with folic acid and B12 supplementation.',
    specialties: ['Oncology'],
    billingNotes:
      'One unit equals 10 mg, so a 500 mg/m2 dose for 1.8 m2 (900 mg) is 90 units. Several branded versions have their own J codes.',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J9206',
    synonyms: ['irinotecan', 'camptosar', 'cpt-11', 'folfiri'],
    plainLanguage: 'A chemotherapy medicine given by IV, mainly for colorectal and pancreatic cancers.',
    clinicalContext:
      'Used in FOLFIRI and FOLFIRINOX regimens for colorectal and pancreatic cancer; atropine may be given for early cholinergic diarrhea.',
    specialties: ['Oncology'],
    billingNotes: 'One unit equals 20 mg; a 180 mg/m2 dose for 1.8 m2 (324 mg) rounds up to 17 units.',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J9000',
    synonyms: ['doxorubicin', 'adriamycin', 'anthracycline', 'red devil'],
    plainLanguage:
      'An anthracycline chemotherapy medicine given by IV for breast cancer, lymphoma and sarcoma.',
    clinicalContext:
      'Used in breast cancer (AC regimens), lymphoma (R-CHOP, ABVD), sarcoma and other tumors, with cumulative-dose cardiac monitoring.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes:
      'One unit equals 10 mg; a 60 mg/m2 dose for 1.8 m2 (108 mg) rounds up to 11 units. Often given by push (96409). Liposomal doxorubicin has a different code.',
    popularity: 12,
    administration: 'injection',
  },
  {
    code: 'J9041',
    synonyms: ['bortezomib', 'velcade', 'proteasome inhibitor'],
    plainLanguage: 'A myeloma medicine usually given as a shot under the skin.',
    clinicalContext:
      'A proteasome inhibitor used in multiple myeloma and mantle cell lymphoma, typically subcutaneously once or twice weekly.',
    specialties: ['Hematology', 'Oncology'],
    billingNotes:
      'One unit equals 0.1 mg, so a 1.3 mg/m2 dose for 2.0 m2 (2.6 mg) is 26 units. Subcutaneous administration uses 96401. Several generic bortezomib products have their own codes.',
    popularity: 15,
    administration: 'injection',
  },
  // ---------------------------------------------------------------- Immunology and rheumatology biologics
  {
    code: 'J1745',
    synonyms: ['infliximab', 'remicade', 'anti-tnf infusion', 'tnf inhibitor'],
    plainLanguage:
      'A biologic medicine given by IV that blocks an inflammation signal (TNF), used for Crohn’s disease, colitis and arthritis.',
    clinicalContext:
      'Used for Crohn’s disease, ulcerative colitis, rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis and plaque psoriasis, with induction at weeks 0, 2 and 6 and then every eight weeks.',
    specialties: ['Gastroenterology', 'Rheumatology', 'Dermatology'],
    billingNotes:
      'One unit equals 10 mg; a 5 mg/kg dose for 80 kg (400 mg) is 40 units. Excludes biosimilars (Inflectra Q5103, Avsola Q5121 and others). Administration by 96413/96415 or 96365/96366 depending on payer classification.',
    popularity: 30,
    administration: 'infusion',
  },
  {
    code: 'Q5103',
    synonyms: ['inflectra', 'infliximab-dyyb', 'infliximab biosimilar'],
    plainLanguage:
      'A biosimilar version of infliximab, an IV medicine for inflammatory bowel disease and arthritis.',
    clinicalContext:
      'Used in place of reference infliximab for Crohn’s disease, ulcerative colitis and inflammatory arthritis, often preferred by payers.',
    specialties: ['Gastroenterology', 'Rheumatology'],
    billingNotes: 'One unit equals 10 mg, the same unit as J1745.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'Q5121',
    synonyms: ['avsola', 'infliximab-axxq', 'infliximab biosimilar'],
    plainLanguage: 'A biosimilar version of infliximab for Crohn’s disease, colitis and arthritis.',
    clinicalContext:
      'Used interchangeably with other infliximab products according to payer formulary requirements.',
    specialties: ['Gastroenterology', 'Rheumatology'],
    billingNotes: 'One unit equals 10 mg.',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J0129',
    synonyms: ['abatacept', 'orencia', 't cell costimulation modulator'],
    plainLanguage:
      'A biologic medicine for rheumatoid arthritis and related conditions, given by IV in the clinic.',
    clinicalContext:
      'Used for rheumatoid arthritis, polyarticular juvenile idiopathic arthritis, psoriatic arthritis and prophylaxis of acute graft-versus-host disease, given IV every four weeks after loading.',
    specialties: ['Rheumatology', 'Pediatric Rheumatology'],
    billingNotes:
      'One unit equals 10 mg; a 750 mg dose is 75 units. The code applies to clinic-administered IV dosing, not self-injected subcutaneous product. Administration usually by 96365.',
    popularity: 15,
    administration: 'infusion',
  },
  {
    code: 'J3262',
    synonyms: ['tocilizumab', 'actemra', 'il-6 inhibitor'],
    plainLanguage: 'A biologic medicine given by IV that blocks the inflammation signal interleukin-6.',
    clinicalContext:
      'Used for rheumatoid arthritis, giant cell arteritis, juvenile idiopathic arthritis and cytokine release syndrome after CAR-T therapy.',
    specialties: ['Rheumatology', 'Oncology'],
    billingNotes:
      'One unit equals 1 mg; an 8 mg/kg dose for 70 kg (560 mg) is 560 units. Biosimilars have their own Q codes.',
    popularity: 12,
    administration: 'infusion',
  },
  {
    code: 'J0490',
    synonyms: ['belimumab', 'benlysta', 'blys inhibitor', 'lupus biologic'],
    plainLanguage: 'A biologic medicine for lupus given by IV or under the skin.',
    clinicalContext:
      'Used for active systemic lupus erythematosus and lupus nephritis alongside standard therapy, with IV dosing every four weeks after loading.',
    specialties: ['Rheumatology', 'Nephrology'],
    billingNotes:
      'One unit equals 10 mg; a 10 mg/kg dose for 70 kg (700 mg) is 70 units. Administration by 96365.',
    popularity: 10,
    administration: 'infusion',
  },
  {
    code: 'J2357',
    synonyms: ['omalizumab', 'xolair', 'anti-ige'],
    plainLanguage:
      'A shot that blocks the allergy antibody IgE, used for severe allergic asthma, hives and food allergy.',
    clinicalContext:
      'Used for moderate to severe allergic asthma, chronic spontaneous urticaria, nasal polyps and IgE-mediated food allergy, dosed by weight and IgE level every two or four weeks.',
    specialties: ['Allergy and Immunology', 'Pulmonology', 'Dermatology'],
    billingNotes:
      'One unit equals 5 mg, so a 300 mg dose is 60 units. Administration by 96372 with observation for anaphylaxis per labeling.',
    popularity: 18,
    administration: 'injection',
  },
  {
    code: 'J3358',
    synonyms: ['ustekinumab iv', 'stelara iv', 'il-12/23 inhibitor'],
    plainLanguage:
      'A one-time IV dose of ustekinumab that starts treatment for Crohn’s disease or ulcerative colitis.',
    clinicalContext:
      'Weight-based IV induction (about 6 mg/kg) for moderate to severe Crohn’s disease and ulcerative colitis, followed by subcutaneous maintenance.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'One unit equals 1 mg, so a 390 mg induction is 390 units. Subcutaneous ustekinumab uses J3357, and biosimilars have Q codes.',
    popularity: 10,
    administration: 'infusion',
  },
  {
    code: 'J0139',
    synonyms: ['adalimumab', 'humira', 'anti-tnf injection', 'adalimumab injection'],
    plainLanguage: 'A biologic shot that blocks the inflammation signal TNF, usually self-injected at home.',
    clinicalContext:
      'Used for rheumatoid arthritis, psoriatic arthritis, ankylosing spondylitis, Crohn’s disease, ulcerative colitis, psoriasis and hidradenitis suppurativa. Replaced J0135 (per 20 mg) on January 1, 2025; biosimilars have Q5140-Q5145 and other Q codes.',
    specialties: ['Rheumatology', 'Gastroenterology', 'Dermatology'],
    billingNotes:
      'One unit equals 1 mg, so a 40 mg dose is 40 units. Because it is usually self-administered, Medicare Part B lists it as non-covered (status N) and the ASP file gives no payment limit; coverage is normally through the pharmacy benefit. Use 96372 only when given in the clinic.',
    popularity: 15,
    administration: 'injection',
  },
  {
    code: 'J1569',
    synonyms: ['ivig', 'gammagard liquid', 'immune globulin', 'intravenous immunoglobulin'],
    plainLanguage:
      'Antibodies collected from donated blood, given by vein to people with weak immune systems or certain autoimmune nerve and blood diseases.',
    clinicalContext:
      'Used for primary immunodeficiency, chronic inflammatory demyelinating polyneuropathy, multifocal motor neuropathy, immune thrombocytopenia and other approved indications.',
    specialties: ['Immunology', 'Neurology', 'Hematology'],
    billingNotes:
      'One unit equals 500 mg, so 30 grams is 60 units. Infusions run for hours: 96365 plus 96366 units. Each brand of immune globulin has its own code.',
    popularity: 12,
    administration: 'infusion',
  },
  // ---------------------------------------------------------------- Joint injections
  {
    code: 'J7325',
    synonyms: [
      'synvisc',
      'synvisc-one',
      'hylan g-f 20',
      'gel shot',
      'viscosupplement',
      'hyaluronic acid knee injection',
    ],
    plainLanguage: 'A gel-like lubricant injected into the knee to ease arthritis pain.',
    clinicalContext:
      'Viscosupplementation for knee osteoarthritis after conservative therapy, given as Synvisc-One (single 48 mg injection) or Synvisc (three weekly 16 mg injections).',
    specialties: [
      'Orthopedic Surgery',
      'Sports Medicine',
      'Rheumatology',
      'Physical Medicine and Rehabilitation',
    ],
    billingNotes:
      'One unit equals 1 mg, so Synvisc-One is 48 units and each Synvisc injection 16 units. Pair with 20610 (or 20611 with ultrasound guidance) and RT/LT. Medicare coverage depends on documented failed conservative care and repeat-course intervals.',
    popularity: 30,
    administration: 'injection',
  },
  {
    code: 'J7321',
    synonyms: ['hyalgan', 'supartz', 'supartz fx', 'visco-3', 'hyaluronan knee injection', 'viscosupplement'],
    plainLanguage:
      'A lubricating hyaluronic acid injection given into the knee as a series to relieve arthritis pain.',
    clinicalContext:
      'Viscosupplementation for knee osteoarthritis given as a weekly series of three to five injections, depending on the product.',
    specialties: ['Orthopedic Surgery', 'Sports Medicine', 'Rheumatology'],
    billingNotes:
      'Billed per dose (one unit per injection). Pair with 20610 or 20611 and the knee modifier. Document the injection number within the series.',
    popularity: 20,
    administration: 'injection',
  },
  // ---------------------------------------------------------------- Cardiology pharmacologic stress
  {
    code: 'J2785',
    synonyms: ['regadenoson', 'lexiscan', 'pharmacologic stress agent'],
    plainLanguage:
      'A medicine given by vein that imitates the effect of exercise on the heart during a nuclear stress test.',
    clinicalContext:
      'A selective adenosine receptor agonist used for pharmacologic stress myocardial perfusion imaging in patients who cannot exercise adequately.',
    specialties: ['Cardiology', 'Nuclear Medicine'],
    billingNotes:
      'One unit equals 0.1 mg, so the standard 0.4 mg dose is 4 units. The stress test and imaging codes are billed separately.',
    popularity: 25,
    administration: 'injection',
  },
  // ---------------------------------------------------------------- Unclassified
  {
    code: 'J3490',
    synonyms: ['unclassified drug', 'not otherwise classified drug', 'noc drug', 'unlisted drug code'],
    plainLanguage: 'A catch-all code for an injected drug that has no specific code of its own.',
    clinicalContext:
      'Used for newly approved drugs awaiting a permanent code and for drugs never assigned one, such as some compounded or less common injectables.',
    specialties: ['Oncology', 'Family Medicine', 'Ophthalmology', 'Orthopedic Surgery'],
    billingNotes:
      'Requires the drug name, strength, dose given, NDC and often the invoice in the claim note. There is no ASP payment limit; the payer prices it manually.',
    popularity: 30,
    administration: 'other',
  },
  // ---------------------------------------------------------------- Vaccine products
  {
    code: '90686',
    synonyms: [
      'flu shot',
      'influenza vaccine quadrivalent',
      'iiv4',
      'fluzone quadrivalent',
      'fluarix',
      'flulaval',
    ],
    plainLanguage: 'A seasonal flu vaccine given as a shot, preservative-free single dose.',
    clinicalContext:
      'Inactivated quadrivalent influenza vaccine, 0.5 mL preservative-free, for patients six months and older. Since the 2024-2025 season US flu vaccines have been trivalent, and trivalent products are reported with trivalent codes such as 90656.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Obstetrics and Gynecology'],
    billingNotes:
      'Medicare payment limits for flu vaccines are published on the seasonal influenza pricing page rather than in the quarterly ASP table. Administration uses G0008 for Medicare and 90471 or 90460 for other payers. Match the code to the product’s valency and presentation.',
    popularity: 45,
    administration: 'injection',
  },
  {
    code: '90656',
    synonyms: ['flu shot', 'influenza vaccine trivalent', 'iiv3', 'fluzone', 'fluarix trivalent', 'afluria'],
    plainLanguage: 'A seasonal flu vaccine given as a shot that protects against three flu strains.',
    clinicalContext:
      'Inactivated trivalent influenza vaccine, preservative-free 0.5 mL dose, the standard-dose flu shot for the 2024-2025 season onward for most patients.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Obstetrics and Gynecology'],
    billingNotes: 'ASP dosage 0.5 ml. Administration by G0008 (Medicare) or 90471/90460.',
    popularity: 60,
    administration: 'injection',
  },
  {
    code: '90662',
    synonyms: ['high dose flu shot', 'fluzone high-dose', 'senior flu shot', 'hd flu vaccine'],
    plainLanguage: 'A stronger flu vaccine for adults 65 and older.',
    clinicalContext:
      'High-dose inactivated influenza vaccine with increased antigen content, one of the preferentially recommended vaccines for adults 65 and older.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'ASP dosage 0.5 ml. Medicare Part B covers one flu vaccine per season with no cost sharing; administration by G0008.',
    popularity: 50,
    administration: 'injection',
  },
  {
    code: '90653',
    synonyms: ['adjuvanted flu vaccine', 'fluad', 'aiiv', 'senior flu shot'],
    plainLanguage:
      'A flu vaccine with an added ingredient that boosts the immune response, for adults 65 and older.',
    clinicalContext:
      'Adjuvanted inactivated influenza vaccine, one of the preferentially recommended options for adults 65 and older.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes: 'ASP dosage 0.5 ml. Administration by G0008 for Medicare.',
    popularity: 35,
    administration: 'injection',
  },
  {
    code: '90715',
    synonyms: ['tdap', 'tdap vaccine', 'boostrix', 'adacel', 'tetanus shot', 'whooping cough vaccine'],
    plainLanguage: 'A vaccine that protects against tetanus, diphtheria and whooping cough.',
    clinicalContext:
      'Given to adolescents at 11-12 years, to adults once in place of a Td booster, during every pregnancy, and for wound management when a tetanus booster is due.',
    specialties: [
      'Family Medicine',
      'Pediatrics',
      'Obstetrics and Gynecology',
      'Emergency Medicine',
      'Urgent Care',
    ],
    billingNotes:
      'ASP dosage 0.5 ml. Medicare Part B covers tetanus vaccination only for injury-related exposure; routine boosters fall under Part D. Administration by 90471, or 90460 plus 90461 units for children with counselling.',
    popularity: 50,
    administration: 'injection',
  },
  {
    code: '90677',
    synonyms: ['pcv20', 'prevnar 20', 'pneumococcal conjugate vaccine 20', 'pneumonia shot'],
    plainLanguage: 'A pneumonia vaccine that protects against 20 types of pneumococcal bacteria.',
    clinicalContext:
      'Used for routine infant series and for adults 50 and older or with risk conditions, often as a single dose completing adult pneumococcal vaccination.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Geriatric Medicine'],
    billingNotes: 'ASP dosage 0.5 ml. Medicare administration uses G0009 with no cost sharing.',
    popularity: 40,
    administration: 'injection',
  },
  {
    code: '90671',
    synonyms: ['pcv15', 'vaxneuvance', 'pneumococcal conjugate vaccine 15'],
    plainLanguage: 'A pneumonia vaccine that protects against 15 types of pneumococcal bacteria.',
    clinicalContext:
      'Used in the infant series and for adults, followed by PPSV23 when the 15-valent vaccine is chosen for adults.',
    specialties: ['Pediatrics', 'Family Medicine', 'Internal Medicine'],
    billingNotes: 'The ASP file lists the dosage as 1 ea (one dose). Medicare administration uses G0009.',
    popularity: 15,
    administration: 'injection',
  },
  {
    code: '90732',
    synonyms: ['ppsv23', 'pneumovax 23', 'pneumococcal polysaccharide vaccine'],
    plainLanguage: 'A pneumonia vaccine covering 23 types of pneumococcal bacteria.',
    clinicalContext:
      'Used after PCV15 in adults and for children two and older with certain high-risk conditions.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics'],
    billingNotes: 'ASP dosage 0.5 ml. Medicare administration uses G0009.',
    popularity: 25,
    administration: 'injection',
  },
  {
    code: '90750',
    synonyms: ['shingrix', 'shingles vaccine', 'zoster recombinant vaccine', 'rzv'],
    plainLanguage: 'A two-dose vaccine that protects against shingles.',
    clinicalContext:
      'Recommended for adults 50 and older and for immunocompromised adults 19 and older, given as two doses two to six months apart.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine', 'Pharmacy'],
    billingNotes:
      'Medicare covers it under Part D, not Part B, so office billing to Medicare usually requires a Part D billing pathway; commercial plans cover it with 90471 administration.',
    popularity: 35,
    administration: 'injection',
  },
  {
    code: '90651',
    synonyms: ['hpv vaccine', 'gardasil 9', '9vhpv', 'human papillomavirus vaccine'],
    plainLanguage:
      'A vaccine that protects against the human papillomavirus types that cause most cervical and other HPV-related cancers.',
    clinicalContext:
      'Routinely given at 11-12 years (can start at 9), with a two-dose schedule before age 15 and three doses if started later; catch-up through age 26.',
    specialties: ['Pediatrics', 'Family Medicine', 'Obstetrics and Gynecology'],
    billingNotes:
      'Administration by 90460 (with counselling, under 19) or 90471. Vaccines for Children doses are billed with the administration code only.',
    popularity: 35,
    administration: 'injection',
  },
  {
    code: '90707',
    synonyms: ['mmr', 'mmr vaccine', 'measles mumps rubella vaccine'],
    plainLanguage: 'A vaccine that protects against measles, mumps and rubella.',
    clinicalContext:
      'Given at 12-15 months and 4-6 years, and to susceptible adults, including healthcare workers and international travellers.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Live subcutaneous vaccine. With counselling under 19, report 90460 plus two units of 90461 for the three components.',
    popularity: 30,
    administration: 'injection',
  },
  {
    code: '90716',
    synonyms: ['varicella vaccine', 'varivax', 'chickenpox vaccine'],
    plainLanguage: 'A vaccine that protects against chickenpox.',
    clinicalContext: 'Given at 12-15 months and 4-6 years, and to non-immune adolescents and adults.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes: 'Live subcutaneous vaccine; administration by 90460 or 90471.',
    popularity: 25,
    administration: 'injection',
  },
  {
    code: '91320',
    synonyms: ['covid vaccine', 'comirnaty', 'pfizer covid vaccine', 'sars-cov-2 vaccine'],
    plainLanguage: 'A COVID-19 vaccine shot for people 12 and older.',
    clinicalContext:
      'Updated mRNA COVID-19 vaccine, 30 mcg in 0.3 mL, used according to the current season’s recommendations.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pharmacy'],
    billingNotes: 'ASP dosage 0.3 ml. Administration uses 90480 for all payers, including Medicare.',
    popularity: 25,
    administration: 'injection',
  },
];

// Other HCPCS Level II services that primary care and hospital clinicians commonly bill.
export const hcpcsCodes: CuratedCode[] = [
  {
    code: 'G0008',
    synonyms: ['flu vaccine administration medicare', 'influenza admin', 'medicare flu shot admin'],
    plainLanguage: 'Giving a flu shot to a Medicare patient.',
    clinicalContext:
      'Medicare Part B administration code for seasonal influenza vaccine, used with the vaccine product code.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine', 'Pharmacy'],
    billingNotes:
      'No cost sharing for the patient. Do not use 90471 for the flu vaccine on Medicare claims. Paid outside the physician fee schedule at a set vaccine administration rate.',
    popularity: 55,
  },
  {
    code: 'G0009',
    synonyms: ['pneumococcal vaccine administration medicare', 'pneumonia shot admin', 'pcv admin medicare'],
    plainLanguage: 'Giving a pneumonia vaccine to a Medicare patient.',
    clinicalContext:
      'Medicare Part B administration code for pneumococcal vaccines such as PCV20, PCV21, PCV15 and PPSV23.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine', 'Pharmacy'],
    billingNotes: 'Report with the pneumococcal vaccine product code; no cost sharing.',
    popularity: 35,
  },
  {
    code: 'G0010',
    synonyms: ['hepatitis b vaccine administration medicare', 'hep b admin'],
    plainLanguage: 'Giving a hepatitis B vaccine to a Medicare patient.',
    clinicalContext:
      'Medicare Part B administration code for hepatitis B vaccine, covered for beneficiaries at increased risk (for example diabetes or end-stage renal disease) and, since 2025, for those who have not completed a series or whose vaccination history is unknown.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Nephrology'],
    billingNotes: 'Use with the hepatitis B vaccine product code (for example 90739 or 90746).',
    popularity: 15,
  },
  {
    code: 'G0121',
    synonyms: [
      'screening colonoscopy average risk',
      'medicare screening colonoscopy',
      'colon cancer screening',
    ],
    plainLanguage: 'A screening colonoscopy for a Medicare patient at average risk of colon cancer.',
    clinicalContext:
      'Screening colonoscopy for Medicare beneficiaries not at high risk, covered once every 120 months (or 48 months after a screening flexible sigmoidoscopy) and from age 45.',
    specialties: ['Gastroenterology', 'General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'If a polyp is removed, bill the therapeutic colonoscopy code with modifier PT instead; patient coinsurance is being phased down under current law. A follow-on colonoscopy after a positive stool test is also treated as screening.',
    popularity: 45,
  },
  {
    code: 'G0105',
    synonyms: [
      'screening colonoscopy high risk',
      'high risk colonoscopy medicare',
      'surveillance colonoscopy',
    ],
    plainLanguage:
      'A screening colonoscopy for a Medicare patient at high risk of colon cancer, such as a personal or family history.',
    clinicalContext:
      'Screening colonoscopy for high-risk Medicare beneficiaries (for example a close relative with colorectal cancer, prior adenomatous polyps, or inflammatory bowel disease), covered every 24 months.',
    specialties: ['Gastroenterology', 'General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'Pair with the high-risk diagnosis code. If a biopsy or polypectomy is performed, bill the CPT colonoscopy code with modifier PT.',
    popularity: 35,
  },
  {
    code: 'G0378',
    synonyms: ['observation hours', 'hospital observation per hour', 'obs hours facility'],
    plainLanguage: 'The hospital’s charge for each hour a patient spends in observation status.',
    clinicalContext:
      'Facility code reported by hospital outpatient departments for observation care, counting hours from the observation order until discharge.',
    specialties: ['Hospital Medicine', 'Emergency Medicine'],
    billingNotes:
      'Billed by the hospital, not the physician (no physician work). Report the total hours as units; physicians bill observation care with the hospital inpatient/observation E/M codes.',
    popularity: 40,
  },
  {
    code: 'G0463',
    synonyms: ['hospital outpatient clinic visit', 'facility fee clinic', 'hopd visit'],
    plainLanguage: 'The hospital’s facility charge for a visit to a hospital-owned outpatient clinic.',
    clinicalContext:
      'Reported by hospital outpatient departments under the OPPS for all clinic visits, while the physician bills the professional E/M code with a facility place of service.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Family Medicine'],
    billingNotes:
      'Facility-only code with no physician work. Off-campus departments may need modifiers such as PO or PN.',
    popularity: 50,
  },
  {
    code: 'Q0091',
    synonyms: ['pap smear collection medicare', 'screening pap collection', 'obtaining pap'],
    plainLanguage: 'Collecting a screening Pap test sample during a pelvic exam for a Medicare patient.',
    clinicalContext:
      'Obtaining, preparing and conveying a screening cervical or vaginal smear to the laboratory, covered every 24 months or annually for high-risk women.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Often billed with G0101 for the pelvic and breast exam. The lab bills the cytology separately.',
    popularity: 30,
  },
  {
    code: 'G0101',
    synonyms: ['screening pelvic exam medicare', 'pelvic and breast exam', 'cancer screening pelvic exam'],
    plainLanguage: 'A screening pelvic and breast exam for cancer in a Medicare patient.',
    clinicalContext:
      'Cervical or vaginal cancer screening with pelvic and clinical breast examination, covered every 24 months or every 12 months for high-risk patients.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Requires at least seven of the eleven elements specified by Medicare. May be billed with an annual wellness visit.',
    popularity: 25,
  },
  {
    code: 'G0103',
    synonyms: ['psa screening', 'prostate specific antigen screening medicare'],
    plainLanguage: 'A yearly blood test screening for prostate cancer in a Medicare patient.',
    clinicalContext: 'Screening PSA test covered annually for men 50 and older under Medicare.',
    specialties: ['Pathology', 'Family Medicine', 'Internal Medicine', 'Urology'],
    billingNotes:
      'Laboratory test with no physician work, paid under the Clinical Laboratory Fee Schedule. Diagnostic PSA monitoring uses CPT 84153.',
    popularity: 35,
  },
  {
    code: 'G0328',
    synonyms: [
      'fit test',
      'fecal immunochemical test',
      'ifobt screening',
      'stool test colon cancer screening',
    ],
    plainLanguage: 'A take-home stool test that checks for hidden blood as a screen for colon cancer.',
    clinicalContext:
      'Immunoassay fecal occult blood screening for Medicare beneficiaries 45 and older, covered once a year.',
    specialties: ['Pathology', 'Family Medicine', 'Internal Medicine', 'Gastroenterology'],
    billingNotes:
      'Laboratory test without physician work. A positive result leads to a follow-on colonoscopy that Medicare treats as screening.',
    popularity: 35,
  },
  {
    code: 'G0442',
    synonyms: ['alcohol misuse screening', 'audit-c medicare', 'annual alcohol screen'],
    plainLanguage: 'A yearly Medicare screening for risky alcohol use with a short questionnaire.',
    clinicalContext:
      'Annual alcohol misuse screening in primary care, up to 15 minutes, using a validated tool such as AUDIT-C.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'Once per year. Patients who screen positive may receive up to four brief counselling sessions (G0443) per year.',
    popularity: 30,
  },
  {
    code: 'G0443',
    synonyms: ['alcohol misuse counseling', 'brief alcohol intervention medicare'],
    plainLanguage: 'A short counselling session for a Medicare patient who drinks at risky levels.',
    clinicalContext:
      'Brief face-to-face behavioral counselling for alcohol misuse, 15 minutes, for patients who screened positive.',
    specialties: ['Family Medicine', 'Internal Medicine'],
    billingNotes: 'Up to four sessions per year; document time and counselling content.',
    popularity: 12,
  },
  {
    code: 'G0180',
    synonyms: ['home health certification', 'hh cert', 'home health initial certification'],
    plainLanguage:
      'The doctor’s review and signature certifying that a Medicare patient needs home health care.',
    clinicalContext:
      'Physician certification of a patient for Medicare-covered home health services, including review of the initial plan of care, once per certification period.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine', 'Hospital Medicine'],
    billingNotes:
      'Requires a documented face-to-face encounter related to the reason for home health within the required window.',
    popularity: 25,
  },
  {
    code: 'G0179',
    synonyms: ['home health recertification', 'hh recert'],
    plainLanguage: 'The doctor’s recertification that a Medicare patient still needs home health care.',
    clinicalContext:
      'Physician recertification for continued Medicare home health services, done every 60-day episode as needed.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'Billed once per 60-day recertification period after the plan of care is reviewed and signed.',
    popularity: 20,
  },
  {
    code: 'G0296',
    synonyms: [
      'lung cancer screening counseling',
      'ldct shared decision making',
      'lung screening eligibility visit',
    ],
    plainLanguage:
      'A visit to discuss the benefits and risks of lung cancer screening and decide together whether to do it.',
    clinicalContext:
      'Counselling and shared decision-making visit required by Medicare before the first low-dose CT lung cancer screening, covering eligibility, smoking cessation and follow-up.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pulmonology'],
    billingNotes:
      'Document eligibility (age, pack-years, years since quitting), use of a decision aid, and tobacco counselling.',
    popularity: 15,
  },
  {
    code: 'G0283',
    synonyms: ['electrical stimulation unattended', 'e-stim', 'tens therapy session'],
    plainLanguage:
      'Electrical stimulation therapy to the muscles or nerves, applied by a therapist and left to run.',
    clinicalContext:
      'Unattended electrical stimulation (other than for wound care) used by physical therapists and chiropractors for pain and muscle re-education under Medicare.',
    specialties: ['Physical Therapy', 'Chiropractic', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Medicare uses this code in place of CPT 97014. Untimed: one unit per session regardless of time.',
    popularity: 35,
  },
];
