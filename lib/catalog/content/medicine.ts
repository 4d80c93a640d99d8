import type { CuratedCode } from './types';

// Medicine section services: drug administration, vaccines administration, psychiatry, cardiology,
// pulmonary, neurology, dialysis, GI, allergy, ophthalmology, audiology, rehabilitation and manual
// medicine. Original text written for Benchline; RVU values come from the imported CMS release.

export const medicineCodes: CuratedCode[] = [
  // ---------------------------------------------------------------- Hydration, infusions, injections
  {
    code: '96360',
    synonyms: [
      'iv hydration first hour',
      'hydration infusion',
      'iv fluids',
      'ivf',
      'fluid bolus',
      'rehydration',
    ],
    plainLanguage:
      'Giving fluids such as saline through a vein to treat or prevent dehydration, for the first hour.',
    clinicalContext:
      'Used in offices, infusion centers and emergency settings for dehydration from vomiting, diarrhea or poor intake, or before and after chemotherapy to protect the kidneys. Requires more than 30 minutes of infusion time.',
    specialties: ['Oncology', 'Emergency Medicine', 'Internal Medicine', 'Family Medicine', 'Urgent Care'],
    billingNotes:
      'Report only for pre-packaged fluids and electrolytes; fluids used just to keep a line open or to dilute a drug are not separately billable. Document start and stop times. When hydration is secondary to a drug infusion, it is reported with the add-on 96361 rather than as an initial service.',
    popularity: 60,
  },
  {
    code: '96361',
    synonyms: ['iv hydration additional hour', 'hydration add on', 'iv fluids each additional hour'],
    plainLanguage:
      'Each extra hour of fluids given through a vein after the first hour, or hydration given alongside another infusion.',
    clinicalContext:
      'Add-on for continued intravenous hydration beyond the first hour, or for hydration given after a therapeutic or chemotherapy infusion as a secondary service.',
    specialties: ['Oncology', 'Emergency Medicine', 'Internal Medicine'],
    billingNotes:
      'An additional hour is reportable once more than 30 minutes beyond the previous hour has elapsed. Start and stop times must be documented.',
    popularity: 45,
  },
  {
    code: '96365',
    synonyms: [
      'iv infusion first hour',
      'therapeutic infusion',
      'iv antibiotic infusion',
      'drug infusion initial',
      'iv medication infusion',
    ],
    plainLanguage: 'Giving a medicine slowly through a vein (an IV drip) for up to the first hour.',
    clinicalContext:
      'The initial code for infusions of non-chemotherapy drugs, such as intravenous antibiotics, iron, immune globulin or monoclonal antibodies some payers classify as non-complex. An infusion must last more than 15 minutes; shorter administrations are IV pushes.',
    specialties: [
      'Oncology',
      'Infectious Disease',
      'Rheumatology',
      'Internal Medicine',
      'Gastroenterology',
      'Neurology',
    ],
    billingNotes:
      'Bill the drug separately with its HCPCS code and units. In the office, the physician must supervise; in a hospital outpatient department, the facility bills it. Only one initial service is reported per encounter unless a second IV site is medically necessary.',
    popularity: 70,
  },
  {
    code: '96366',
    synonyms: ['iv infusion additional hour', 'therapeutic infusion add on', 'prolonged iv infusion'],
    plainLanguage: 'Each extra hour of the same medicine running through a vein after the first hour.',
    clinicalContext:
      'Add-on for continued infusion of the same therapeutic drug beyond the first hour, for example slow infusions of immune globulin or iron products.',
    specialties: ['Oncology', 'Rheumatology', 'Neurology', 'Immunology'],
    billingNotes:
      'Reportable when the infusion continues more than 30 minutes past the previous hour. Use with 96365 or 96367.',
    popularity: 40,
  },
  {
    code: '96367',
    synonyms: [
      'sequential iv infusion',
      'additional drug infusion',
      'second iv medication',
      'piggyback infusion',
    ],
    plainLanguage: 'A second, different medicine given by IV drip after the first one, up to an hour.',
    clinicalContext:
      'Add-on for a new drug infused in sequence after an initial infusion, such as an antiemetic infused after a first antibiotic or a premedication before a biologic.',
    specialties: ['Oncology', 'Emergency Medicine', 'Infectious Disease', 'Internal Medicine'],
    billingNotes:
      'Each sequential drug may be reported once; the same drug mixed in the same bag counts as one infusion. Document each drug and its start and stop times.',
    popularity: 45,
  },
  {
    code: '96368',
    synonyms: ['concurrent iv infusion', 'simultaneous infusion', 'two drugs same time iv'],
    plainLanguage: 'A second medicine running through a vein at the same time as another infusion.',
    clinicalContext:
      'Add-on when two or more drugs are infused simultaneously through separate bags, for example a continuous heparin drip running while an antibiotic infuses.',
    specialties: ['Oncology', 'Emergency Medicine', 'Critical Care Medicine'],
    billingNotes: 'Reported once per encounter, regardless of how many drugs run concurrently.',
    popularity: 15,
  },
  {
    code: '96369',
    synonyms: ['subcutaneous infusion first hour', 'subq infusion', 'scig infusion', 'sc pump setup'],
    plainLanguage:
      'Giving a medicine slowly under the skin through a small needle and pump, for up to the first hour.',
    clinicalContext:
      'Used for subcutaneous infusions such as subcutaneous immune globulin, including pump setup and establishing the infusion sites.',
    specialties: ['Immunology', 'Neurology', 'Oncology'],
    billingNotes:
      'Includes up to one hour and the setup of one or more sites. Use 96370 for added hours and 96371 for an extra pump setup with new sites.',
    popularity: 8,
  },
  {
    code: '96370',
    synonyms: ['subcutaneous infusion additional hour', 'subq infusion add on'],
    plainLanguage: 'Each extra hour of a medicine given slowly under the skin.',
    clinicalContext: 'Add-on to 96369 for subcutaneous infusions lasting beyond the first hour.',
    specialties: ['Immunology', 'Neurology'],
    billingNotes: 'Requires more than 30 minutes beyond the first hour.',
    popularity: 4,
  },
  {
    code: '96371',
    synonyms: ['subcutaneous infusion pump reset', 'additional subq pump setup', 'new subq site'],
    plainLanguage:
      'Setting up the infusion pump again and placing new needle sites under the skin during the same infusion.',
    clinicalContext:
      'Add-on to 96369 when an additional pump setup with new subcutaneous sites is needed during the same encounter.',
    specialties: ['Immunology', 'Neurology'],
    billingNotes: 'Once per encounter. No physician work is assigned; reimbursement is for practice expense.',
    popularity: 2,
  },
  {
    code: '96372',
    synonyms: [
      'im injection',
      'subq injection',
      'sc injection',
      'shot',
      'therapeutic injection',
      'intramuscular injection',
      'b12 shot',
      'toradol shot',
      'rocephin shot',
    ],
    plainLanguage:
      'A shot of medicine into a muscle or under the skin, such as an antibiotic, vitamin B12 or a pain injection.',
    clinicalContext:
      'Among the most common office services: intramuscular or subcutaneous injections of drugs such as ceftriaxone, ketorolac, methylprednisolone, B12, medroxyprogesterone or denosumab. Vaccines and allergen immunotherapy use their own administration codes.',
    specialties: [
      'Family Medicine',
      'Internal Medicine',
      'Emergency Medicine',
      'Urgent Care',
      'Obstetrics and Gynecology',
      'Endocrinology',
    ],
    billingNotes:
      'Report once per injection with the drug code and units. Requires direct supervision in the office. Medicare does not pay it with 99211 on the same day. When billed with a significant separate E/M, append modifier 25 to the visit.',
    popularity: 90,
  },
  {
    code: '96373',
    synonyms: ['intra-arterial injection', 'ia injection', 'arterial drug injection'],
    plainLanguage: 'An injection of medicine directly into an artery.',
    clinicalContext:
      'Used for diagnostic or therapeutic intra-arterial injections outside of a separately coded catheter procedure, for example certain vasodilator or thrombolytic injections.',
    specialties: ['Interventional Radiology', 'Vascular Surgery', 'Cardiology'],
    billingNotes:
      'Not used when the injection is an integral part of an angiographic or interventional procedure.',
    popularity: 3,
  },
  {
    code: '96374',
    synonyms: ['iv push', 'ivp', 'intravenous push', 'iv injection', 'iv bolus medication'],
    plainLanguage: 'A medicine injected directly into a vein over a short time (15 minutes or less).',
    clinicalContext:
      'Initial IV push of a single drug, such as ondansetron, furosemide, ketorolac or dexamethasone, given by the clinician or supervised staff, common in emergency and infusion settings.',
    specialties: ['Emergency Medicine', 'Oncology', 'Internal Medicine', 'Urgent Care'],
    billingNotes:
      'An injection given over 15 minutes or less, or an infusion the clinician is continuously present for, counts as a push. Bill the drug separately. Use 96375 for each additional new drug by push.',
    popularity: 65,
  },
  {
    code: '96375',
    synonyms: ['additional iv push', 'sequential iv push new drug', 'second ivp'],
    plainLanguage: 'Another, different medicine injected into a vein after the first one.',
    clinicalContext:
      'Add-on for each additional sequential IV push of a different drug, for example an antiemetic pushed after an initial pain medication, or a premedication before an infusion.',
    specialties: ['Emergency Medicine', 'Oncology', 'Internal Medicine'],
    billingNotes: 'One unit per new drug. A repeat push of the same drug uses 96376 (facility setting only).',
    popularity: 50,
  },
  {
    code: '96376',
    synonyms: ['repeat iv push same drug', 'sequential iv push same drug'],
    plainLanguage:
      'Giving the same medicine into a vein again, at least 30 minutes after the first dose, during the same visit.',
    clinicalContext:
      'An add-on used in hospital settings when the same drug is pushed again later in an encounter, for example repeat doses of an opioid in the emergency department.',
    specialties: ['Emergency Medicine'],
    billingNotes:
      'Reportable only by facilities; it is not payable to physicians under the fee schedule. The repeat push must follow the prior one by more than 30 minutes.',
    popularity: 10,
  },
  {
    code: '96377',
    synonyms: ['on-body injector application', 'onpro', 'neulasta onpro', 'wearable injector'],
    plainLanguage:
      'Attaching a small device to the skin that injects a medicine automatically later, such as the day after chemotherapy.',
    clinicalContext:
      'Used mainly when the pegfilgrastim on-body injector is applied after chemotherapy so that the growth factor is delivered about 27 hours later without a return visit.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes: 'Report with the drug code and its units. Do not also report 96372 for the same drug.',
    popularity: 15,
  },
  {
    code: '96379',
    synonyms: ['unlisted injection', 'unlisted infusion', 'unlisted therapeutic injection'],
    plainLanguage: 'A medicine injection or infusion method that has no specific code of its own.',
    clinicalContext:
      'Used rarely, when a therapeutic, prophylactic or diagnostic injection or infusion does not fit any listed code.',
    specialties: ['Oncology', 'Internal Medicine'],
    billingNotes:
      'Carrier-priced: attach documentation describing the service and a comparable code for valuation.',
    popularity: 2,
  },
  // ---------------------------------------------------------------- Chemotherapy and complex drug administration
  {
    code: '96401',
    synonyms: [
      'chemo injection subq',
      'chemotherapy im injection',
      'subcutaneous chemo',
      'non-hormonal antineoplastic injection',
      'bortezomib injection admin',
    ],
    plainLanguage: 'Giving a cancer-fighting medicine as a shot under the skin or into a muscle.',
    clinicalContext:
      'Used for subcutaneous or intramuscular antineoplastic drugs that are not hormonal, such as bortezomib, azacitidine, or subcutaneous monoclonal antibodies like daratumumab with hyaluronidase, and for complex biologics per payer policy.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes:
      'Includes preparation and handling of the hazardous drug. Bill the drug with its units. Requires physician supervision and appropriately trained staff.',
    popularity: 30,
  },
  {
    code: '96402',
    synonyms: [
      'hormonal chemo injection',
      'lupron injection admin',
      'fulvestrant injection admin',
      'zoladex admin',
      'adt injection',
      'eligard injection',
    ],
    plainLanguage:
      'Giving a hormone-blocking cancer medicine as a shot, such as for prostate or breast cancer.',
    clinicalContext:
      'Used for hormonal antineoplastic injections such as leuprolide or degarelix in prostate cancer and fulvestrant or goserelin in breast cancer.',
    specialties: ['Urology', 'Oncology'],
    billingNotes:
      'Bill with the drug code. Leuprolide used for non-cancer indications, such as endometriosis, is reported with 96372 instead.',
    popularity: 35,
  },
  {
    code: '96409',
    synonyms: ['chemo iv push', 'chemotherapy push initial', 'iv push chemotherapy'],
    plainLanguage: 'A cancer medicine injected directly into a vein over a short time.',
    clinicalContext:
      'Initial IV push of a chemotherapy drug, for example vincristine or doxorubicin, given by push technique rather than as an infusion.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes:
      'Use 96411 for each additional push of a different drug. Hydration and antiemetics given in the same session are reported with the secondary add-on codes.',
    popularity: 20,
  },
  {
    code: '96411',
    synonyms: ['additional chemo push', 'chemo iv push add on'],
    plainLanguage: 'Another, different cancer medicine injected into a vein during the same visit.',
    clinicalContext:
      'Add-on for each additional sequential IV push of a different chemotherapy drug after the initial service.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes: 'One unit per additional drug; the drug codes are billed separately.',
    popularity: 12,
  },
  {
    code: '96413',
    synonyms: [
      'chemo infusion first hour',
      'chemotherapy infusion',
      'immunotherapy infusion',
      'biologic infusion',
      'monoclonal antibody infusion',
      'keytruda infusion admin',
      'remicade infusion admin',
    ],
    plainLanguage:
      'Giving a cancer medicine or complex biologic drug slowly through a vein, for up to the first hour.',
    clinicalContext:
      'The core code for infusion of chemotherapy, checkpoint inhibitors and other monoclonal antibodies, and, under many payer policies, complex biologics such as infliximab, rituximab or ocrelizumab. The infusion must last more than 15 minutes.',
    specialties: ['Oncology', 'Hematology', 'Rheumatology', 'Gastroenterology', 'Neurology'],
    billingNotes:
      'Includes hazardous drug preparation, local anesthesia, IV start and flush. Check local coverage policy for which biologics qualify for chemotherapy administration codes. Only one initial service per encounter.',
    popularity: 65,
  },
  {
    code: '96415',
    synonyms: ['chemo infusion additional hour', 'chemotherapy infusion add on'],
    plainLanguage: 'Each extra hour of a cancer or complex drug infusion after the first hour.',
    clinicalContext:
      'Add-on for prolonged chemotherapy or complex biologic infusions, such as initial rituximab infusions that run several hours.',
    specialties: ['Oncology', 'Hematology', 'Rheumatology'],
    billingNotes:
      'Reportable when more than 30 minutes beyond the previous hour. Record exact start and stop times.',
    popularity: 40,
  },
  {
    code: '96416',
    synonyms: [
      'chemo pump start',
      'ambulatory infusion pump chemo',
      'prolonged chemo infusion pump',
      '5-fu pump',
      'folfox pump hookup',
    ],
    plainLanguage: 'Starting a long chemotherapy infusion that continues at home through a portable pump.',
    clinicalContext:
      'Used when a prolonged infusion lasting more than eight hours is started with a portable or implantable pump, most often 46-hour fluorouracil infusions in colorectal cancer regimens.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes:
      'Covers the initiation only; later pump refill or maintenance and disconnection are reported with their own codes.',
    popularity: 25,
  },
  {
    code: '96417',
    synonyms: ['sequential chemo infusion', 'additional chemotherapy drug infusion'],
    plainLanguage:
      'A second, different cancer medicine infused through a vein after the first, up to an hour.',
    clinicalContext:
      'Add-on for multi-drug regimens where a second chemotherapy or biologic agent is infused in sequence, such as carboplatin after paclitaxel.',
    specialties: ['Oncology', 'Hematology'],
    billingNotes: 'One unit per additional different drug; hours beyond the first of that drug use 96415.',
    popularity: 35,
  },
  // ---------------------------------------------------------------- Immunization administration
  {
    code: '90460',
    synonyms: [
      'vaccine admin with counseling',
      'pediatric vaccine administration',
      'immunization counseling first component',
      'vfc admin',
    ],
    plainLanguage:
      'Giving a vaccine to a child or teen, with the clinician explaining its benefits and risks to the family.',
    clinicalContext:
      'For patients through age 18 when the physician or qualified health professional counsels the patient or family about each vaccine at the time of administration. One unit per vaccine, covering the first or only component.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Add 90461 for each additional component in a combination vaccine (for example MMR has three components). Counselling must be done by a physician or QHP, not solely by staff; otherwise use 90471-90474.',
    popularity: 60,
  },
  {
    code: '90461',
    synonyms: ['vaccine admin additional component', 'combination vaccine component counseling'],
    plainLanguage:
      'Counselling about each additional part of a combination vaccine given to a child or teen.',
    clinicalContext:
      'Add-on to 90460 for each additional antigen component of a combination vaccine, such as the tetanus, diphtheria and pertussis parts of DTaP.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes: 'Count components, not injections. Medicaid programs may restrict payment for this add-on.',
    popularity: 40,
  },
  {
    code: '90471',
    synonyms: [
      'vaccine administration',
      'immunization admin',
      'shot administration',
      'vaccine injection admin',
      'first vaccine',
    ],
    plainLanguage: 'Giving one vaccine by injection.',
    clinicalContext:
      'Administration of the first vaccine of an encounter by injection, intradermal or percutaneous route, for adults or for children when the counselling requirement of 90460 is not met.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Obstetrics and Gynecology'],
    billingNotes:
      'Bill the vaccine product code separately. Medicare uses G0008 (influenza), G0009 (pneumococcal), G0010 (hepatitis B) and 90480 (COVID-19) instead for those vaccines.',
    popularity: 75,
  },
  {
    code: '90472',
    synonyms: ['additional vaccine administration', 'second vaccine admin', 'each additional vaccine'],
    plainLanguage: 'Giving each additional vaccine by injection at the same visit.',
    clinicalContext:
      'Add-on to 90471 or 90473 for each further injected vaccine given during the same encounter.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics'],
    billingNotes: 'One unit per additional vaccine product.',
    popularity: 55,
  },
  {
    code: '90473',
    synonyms: ['oral vaccine administration', 'intranasal vaccine admin', 'rotavirus admin', 'flumist admin'],
    plainLanguage: 'Giving a vaccine by mouth or nasal spray.',
    clinicalContext:
      'Administration of an oral or intranasal vaccine, such as rotavirus or live attenuated influenza vaccine, when it is the first vaccine of the encounter.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes: 'If an injected vaccine is given first, report the oral or nasal one with 90474.',
    popularity: 15,
  },
  {
    code: '90474',
    synonyms: ['additional oral vaccine admin', 'additional intranasal vaccine'],
    plainLanguage: 'Giving an additional vaccine by mouth or nasal spray at the same visit.',
    clinicalContext:
      'Add-on for an oral or intranasal vaccine given after another vaccine in the same encounter.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes: 'Use with 90471 or 90473.',
    popularity: 8,
  },
  {
    code: '90480',
    synonyms: ['covid vaccine administration', 'covid shot admin', 'sars-cov-2 vaccine admin'],
    plainLanguage: 'Giving a dose of COVID-19 vaccine.',
    clinicalContext:
      'Single administration code for any COVID-19 vaccine dose, used with the vaccine product code for patients of all ages.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Pharmacy'],
    billingNotes:
      'Used by Medicare and other payers alike, replacing the earlier product-specific administration codes. No physician work is assigned; Medicare pays a set vaccine administration amount.',
    popularity: 25,
  },
  // ---------------------------------------------------------------- Psychiatry and behavioral health
  {
    code: '90791',
    synonyms: [
      'psychiatric diagnostic evaluation',
      'psych intake',
      'initial mental health assessment',
      'intake assessment',
      'diagnostic interview',
    ],
    plainLanguage:
      'A first, in-depth mental health assessment to understand a person’s symptoms, history and needs.',
    clinicalContext:
      'Integrated biopsychosocial assessment including history, mental status and recommendations, performed by psychologists, social workers, counselors or psychiatrists when no medical services are provided.',
    specialties: ['Psychiatry', 'Psychology', 'Clinical Social Work', 'Counseling'],
    billingNotes:
      'Generally once per episode of care; repeat evaluations need justification. Not reported on the same day as psychotherapy by the same clinician. Interactive complexity (90785) may be added.',
    popularity: 65,
  },
  {
    code: '90792',
    synonyms: [
      'psychiatric evaluation with medical services',
      'psychiatry intake',
      'medication evaluation initial',
      'psych eval with meds',
    ],
    plainLanguage:
      'A first, in-depth mental health assessment by a prescribing clinician that includes medical aspects such as medications and physical health.',
    clinicalContext:
      'Used by psychiatrists and psychiatric nurse practitioners for initial evaluations that include medical elements, such as a focused physical exam, review of labs, and prescription planning.',
    specialties: ['Psychiatry', 'Psychiatric Nurse Practitioner'],
    billingNotes:
      'Alternatively, prescribers may bill a new-patient E/M code. Not reported with an E/M on the same day by the same clinician.',
    popularity: 50,
  },
  {
    code: '90832',
    synonyms: [
      'psychotherapy 30 min',
      'therapy session 30 minutes',
      'individual therapy short',
      'counseling 30 min',
    ],
    plainLanguage: 'A talk therapy session of about 30 minutes.',
    clinicalContext:
      'Individual psychotherapy lasting 16 to 37 minutes with the patient and/or family member, used for brief supportive, cognitive-behavioral or other evidence-based therapy.',
    specialties: ['Psychology', 'Clinical Social Work', 'Counseling', 'Psychiatry'],
    billingNotes:
      'Time is face-to-face therapy time; document start and stop times or total minutes. Sessions under 16 minutes are not reportable.',
    popularity: 45,
  },
  {
    code: '90833',
    synonyms: [
      'psychotherapy add on 30 min with e/m',
      'med management plus therapy',
      'psychiatry therapy add on',
    ],
    plainLanguage: 'About 30 minutes of talk therapy given during the same visit as a medication check.',
    clinicalContext:
      'Add-on used by psychiatric prescribers who deliver psychotherapy on the same day as an E/M service, for example medication management followed by supportive therapy.',
    specialties: ['Psychiatry', 'Psychiatric Nurse Practitioner'],
    billingNotes:
      'The E/M level must be chosen by MDM (not time), and psychotherapy time must be distinct from E/M work. Document the therapy content and minutes separately.',
    popularity: 45,
  },
  {
    code: '90834',
    synonyms: [
      'psychotherapy 45 min',
      'therapy session 45 minutes',
      'individual therapy',
      'counseling session',
    ],
    plainLanguage: 'A talk therapy session of about 45 minutes.',
    clinicalContext:
      'The workhorse individual psychotherapy code, covering 38 to 52 minutes, used for cognitive-behavioral therapy, psychodynamic therapy and other modalities.',
    specialties: ['Psychology', 'Clinical Social Work', 'Counseling', 'Psychiatry'],
    billingNotes: 'Time-based; record minutes. Crisis services use 90839 instead.',
    popularity: 85,
  },
  {
    code: '90836',
    synonyms: ['psychotherapy add on 45 min with e/m', 'med management plus therapy 45'],
    plainLanguage: 'About 45 minutes of talk therapy during the same visit as a medication check.',
    clinicalContext:
      'Add-on for 38-52 minutes of psychotherapy by a prescriber on the same day as an E/M visit.',
    specialties: ['Psychiatry', 'Psychiatric Nurse Practitioner'],
    billingNotes: 'E/M selected on MDM only; therapy time separate from E/M activities.',
    popularity: 25,
  },
  {
    code: '90837',
    synonyms: [
      'psychotherapy 60 min',
      'therapy session 60 minutes',
      'individual therapy hour',
      'counseling 60 min',
    ],
    plainLanguage: 'A talk therapy session of about an hour.',
    clinicalContext:
      'Individual psychotherapy of 53 minutes or more, used for trauma-focused therapy, complex cases and standard hour-long sessions.',
    specialties: ['Psychology', 'Clinical Social Work', 'Counseling', 'Psychiatry'],
    billingNotes:
      'Some payers review high use of this code; document medical necessity for the longer session and the minutes spent.',
    popularity: 85,
  },
  {
    code: '90838',
    synonyms: ['psychotherapy add on 60 min with e/m', 'med management plus therapy 60'],
    plainLanguage: 'About an hour of talk therapy during the same visit as a medication check.',
    clinicalContext:
      'Add-on for 53 minutes or more of psychotherapy by a prescriber who also provides an E/M service the same day.',
    specialties: ['Psychiatry', 'Psychiatric Nurse Practitioner'],
    billingNotes: 'Pairs with an E/M code chosen by MDM; document the two services distinctly.',
    popularity: 10,
  },
  {
    code: '90839',
    synonyms: ['crisis psychotherapy', 'psychotherapy for crisis first hour', 'crisis intervention'],
    plainLanguage:
      'Urgent talk therapy for a person in a mental health crisis, for the first 30 to 74 minutes.',
    clinicalContext:
      'Used for urgent assessment and psychotherapy to reduce distress in a crisis, such as acute suicidality or severe panic, including safety planning and mobilizing resources.',
    specialties: ['Psychiatry', 'Psychology', 'Clinical Social Work', 'Counseling'],
    billingNotes:
      'Not reported with other psychotherapy or 90791 on the same day by the same clinician. Add 90840 for each further 30 minutes.',
    popularity: 15,
  },
  {
    code: '90840',
    synonyms: ['crisis psychotherapy add on', 'crisis each additional 30 min'],
    plainLanguage: 'Each additional 30 minutes of urgent crisis therapy.',
    clinicalContext: 'Add-on to 90839 when crisis psychotherapy extends beyond 74 minutes.',
    specialties: ['Psychiatry', 'Psychology', 'Clinical Social Work'],
    billingNotes: 'Document total time and crisis content.',
    popularity: 5,
  },
  {
    code: '90846',
    synonyms: ['family therapy without patient', 'family psychotherapy without patient', 'parent session'],
    plainLanguage: 'A therapy session with family members, without the patient present, about 50 minutes.',
    clinicalContext:
      'Family psychotherapy focused on the patient’s treatment, held with relatives when the patient is not present, for example parent sessions in child therapy.',
    specialties: ['Psychology', 'Clinical Social Work', 'Counseling', 'Psychiatry'],
    billingNotes:
      'At least 26 minutes are required. Medicare restricts coverage (status R); the session must be directed at the patient’s treatment.',
    popularity: 15,
  },
  {
    code: '90847',
    synonyms: ['family therapy with patient', 'family psychotherapy', 'couples therapy', 'conjoint therapy'],
    plainLanguage: 'A therapy session with the patient and family members together, about 50 minutes.',
    clinicalContext:
      'Conjoint family psychotherapy addressing family dynamics as they affect the patient’s condition, with the patient present.',
    specialties: ['Psychology', 'Clinical Social Work', 'Counseling', 'Marriage and Family Therapy'],
    billingNotes:
      'Requires 26 minutes or more. Couples therapy is covered only when treating a diagnosed condition of the identified patient.',
    popularity: 30,
  },
  {
    code: '90853',
    synonyms: ['group therapy', 'group psychotherapy', 'group counseling'],
    plainLanguage: 'A therapy session with a group of patients led by a therapist.',
    clinicalContext:
      'Psychotherapy delivered to a group, other than a multiple-family group, common in substance use, depression and intensive outpatient programs.',
    specialties: ['Psychology', 'Clinical Social Work', 'Counseling', 'Psychiatry'],
    billingNotes:
      'Billed per patient per session. Document group size, attendance and each patient’s participation.',
    popularity: 35,
  },
  {
    code: '90785',
    synonyms: ['interactive complexity', 'interactive complexity add on', 'psych add on interpreter'],
    plainLanguage:
      'An add-on for therapy visits made harder by communication barriers, such as needing to manage conflicting family members or use play with a young child.',
    clinicalContext:
      'Add-on to psychiatric evaluation, psychotherapy and group therapy when specific communication factors complicate the service, such as a third party, caregiver conflict, or sentinel events requiring reporting.',
    specialties: ['Psychology', 'Psychiatry', 'Clinical Social Work'],
    billingNotes:
      'Interpretation or translation services alone do not qualify. Not reported with crisis psychotherapy or with E/M alone.',
    popularity: 12,
  },
  {
    code: '90870',
    synonyms: ['ect', 'electroconvulsive therapy', 'shock therapy'],
    plainLanguage:
      'A brain stimulation treatment under anesthesia used for severe depression and some other serious mental illnesses.',
    clinicalContext:
      'Used for treatment-resistant or severe depression, catatonia and some cases of mania or psychosis, delivered in a course of several sessions.',
    specialties: ['Psychiatry'],
    billingNotes:
      'Includes monitoring during the treatment. Anesthesia is billed separately by the anesthesia provider.',
    popularity: 8,
  },
  // ---------------------------------------------------------------- Cardiology
  {
    code: '93000',
    synonyms: ['ekg', 'ecg', '12 lead ekg', 'electrocardiogram with interpretation', 'ekg complete'],
    plainLanguage:
      'A quick, painless test that records the heart’s electrical activity, including the doctor’s reading of it.',
    clinicalContext:
      'Used for chest pain, palpitations, syncope, preoperative evaluation and monitoring of drugs that affect the heart rhythm. This global code covers both the tracing and the physician interpretation and report.',
    specialties: ['Cardiology', 'Family Medicine', 'Internal Medicine', 'Emergency Medicine'],
    billingNotes:
      'Use the global code when the same practice owns the equipment and reads the tracing. A documented interpretation (rhythm, intervals, axis, findings, comparison) is required; a computer read alone is not enough.',
    popularity: 88,
  },
  {
    code: '93005',
    synonyms: ['ekg tracing only', 'ecg technical component', 'ekg without interpretation'],
    plainLanguage: 'Recording an ECG without the doctor’s reading.',
    clinicalContext:
      'The technical part of a 12-lead ECG, billed when one entity performs the tracing and another physician interprets it, for example in hospital outpatient settings.',
    specialties: ['Cardiology', 'Internal Medicine'],
    billingNotes: 'No physician work. The interpreting physician reports 93010.',
    popularity: 40,
  },
  {
    code: '93010',
    synonyms: ['ekg interpretation', 'ecg read', 'ekg report only', 'ecg professional component'],
    plainLanguage: 'A doctor’s reading and written report of an ECG recorded elsewhere.',
    clinicalContext:
      'Used by cardiologists and other physicians who interpret ECGs obtained in hospitals, emergency departments or outside facilities.',
    specialties: ['Cardiology', 'Emergency Medicine', 'Internal Medicine'],
    billingNotes:
      'Requires a signed written report. In the ED, only the formal interpretation is billable; a review mentioned in the visit note is part of the E/M.',
    popularity: 85,
  },
  {
    code: '93306',
    synonyms: [
      'tte',
      'echo',
      'echocardiogram complete',
      'transthoracic echo with doppler',
      'cardiac ultrasound',
      '2d echo',
    ],
    plainLanguage:
      'An ultrasound of the heart through the chest wall that shows its chambers, valves and blood flow.',
    clinicalContext:
      'The standard complete transthoracic echocardiogram, including two-dimensional imaging with spectral and color Doppler, used to assess heart failure, murmurs, valve disease, stroke sources and pericardial disease.',
    specialties: ['Cardiology'],
    billingNotes:
      'Report modifier 26 for interpretation only when the study is done in a facility. Strain imaging and contrast are reported with add-on or supply codes. Limited studies use 93308.',
    popularity: 80,
  },
  {
    code: '93307',
    synonyms: ['tte without doppler', 'echo complete no doppler', '2d echo only'],
    plainLanguage:
      'A complete heart ultrasound through the chest wall without the blood-flow (Doppler) study.',
    clinicalContext:
      'A complete two-dimensional echocardiogram without spectral or color Doppler, used less often than 93306 because most complete studies include Doppler.',
    specialties: ['Cardiology'],
    billingNotes:
      'If Doppler is added, consider whether 93306 is the correct code instead of separate Doppler add-ons.',
    popularity: 15,
  },
  {
    code: '93308',
    synonyms: ['limited echo', 'follow up echo', 'focused echocardiogram', 'limited tte'],
    plainLanguage:
      'A shorter heart ultrasound that looks at a specific question, such as fluid around the heart.',
    clinicalContext:
      'Limited or follow-up transthoracic echocardiogram to answer a focused question, such as reassessing ejection fraction or a pericardial effusion.',
    specialties: ['Cardiology', 'Critical Care Medicine', 'Emergency Medicine'],
    billingNotes:
      'Requires a permanently recorded image and a written report; bedside point-of-care scans without saved images are not billable.',
    popularity: 40,
  },
  {
    code: '93350',
    synonyms: ['stress echo', 'exercise echocardiogram', 'dobutamine stress echo', 'dse'],
    plainLanguage:
      'A heart ultrasound taken at rest and during exercise or medication-induced stress to look for blocked arteries.',
    clinicalContext:
      'Stress echocardiography with interpretation, used to evaluate chest pain and ischemia. The stress portion is reported separately with the stress test codes.',
    specialties: ['Cardiology'],
    billingNotes:
      'Report with 93016-93018 for the stress test components, or use 93351 when the same physician supervises the stress and interprets the echo.',
    popularity: 35,
  },
  {
    code: '93351',
    synonyms: ['stress echo complete', 'stress echocardiogram with supervision', 'exercise echo complete'],
    plainLanguage:
      'A complete stress heart ultrasound including the doctor supervising the exercise or medication stress.',
    clinicalContext:
      'Comprehensive stress echocardiography including continuous ECG monitoring and physician supervision, with interpretation and report.',
    specialties: ['Cardiology'],
    billingNotes: 'Do not add 93015-93018 when using this code.',
    popularity: 30,
  },
  {
    code: '93015',
    synonyms: [
      'stress test',
      'treadmill test',
      'exercise stress test',
      'ett',
      'exercise tolerance test',
      'gxt',
    ],
    plainLanguage:
      'A test of the heart during exercise on a treadmill or bike, or with medication, including supervision and the doctor’s report.',
    clinicalContext:
      'Global cardiovascular stress test with continuous ECG monitoring, physician supervision, interpretation and report, used for chest pain evaluation and exercise capacity.',
    specialties: ['Cardiology', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Use only when one practice performs all components. Otherwise split into 93016 (supervision), 93017 (tracing) and 93018 (interpretation).',
    popularity: 40,
  },
  {
    code: '93016',
    synonyms: ['stress test supervision', 'stress test physician supervision only'],
    plainLanguage: 'The doctor’s supervision of a heart stress test without reading the results.',
    clinicalContext:
      'Physician supervision during exercise or pharmacologic stress, often performed alongside nuclear or echo stress imaging.',
    specialties: ['Cardiology'],
    billingNotes:
      'Supervision must be by a physician or qualified practitioner within the payer’s supervision rules.',
    popularity: 45,
  },
  {
    code: '93017',
    synonyms: ['stress test tracing only', 'stress test technical'],
    plainLanguage: 'The technical recording part of a heart stress test.',
    clinicalContext:
      'Technical component of a cardiovascular stress test, typically billed by the facility or the owner of the equipment.',
    specialties: ['Cardiology'],
    billingNotes: 'No physician work is assigned.',
    popularity: 25,
  },
  {
    code: '93018',
    synonyms: ['stress test interpretation', 'stress test read', 'stress ecg report'],
    plainLanguage: 'The doctor’s reading and report of a heart stress test.',
    clinicalContext:
      'Interpretation and report of the ECG portion of a stress test, commonly paired with myocardial perfusion imaging or stress echo.',
    specialties: ['Cardiology'],
    billingNotes:
      'Requires a written report covering exercise duration, hemodynamic response, symptoms and ECG changes.',
    popularity: 45,
  },
  {
    code: '93224',
    synonyms: ['holter', 'holter monitor', '24 hour holter', '48 hour holter', 'ambulatory ecg'],
    plainLanguage:
      'A portable heart monitor worn for up to two days that records every heartbeat, including the doctor’s review.',
    clinicalContext:
      'Global code for external ECG recording for up to 48 hours with scanning analysis, report, and physician review and interpretation, used for palpitations, syncope and arrhythmia burden.',
    specialties: ['Cardiology', 'Internal Medicine', 'Electrophysiology'],
    billingNotes:
      'Components are split as 93225 (recording), 93226 (scanning analysis) and 93227 (physician review). Longer recordings use 93241-93248.',
    popularity: 35,
  },
  {
    code: '93225',
    synonyms: ['holter hookup', 'holter recording only'],
    plainLanguage: 'Attaching and recording a portable heart monitor for up to two days, without analysis.',
    clinicalContext:
      'Technical recording component of Holter monitoring, including hookup, recording and disconnection.',
    specialties: ['Cardiology'],
    billingNotes: 'No physician work; usually billed by the facility or device owner.',
    popularity: 12,
  },
  {
    code: '93226',
    synonyms: ['holter scanning analysis', 'holter scan report'],
    plainLanguage: 'Computer scanning analysis and report of a portable heart monitor recording.',
    clinicalContext:
      'Technical scanning analysis of up to 48 hours of ambulatory ECG data, producing the report the physician reviews.',
    specialties: ['Cardiology'],
    billingNotes: 'No physician work assigned.',
    popularity: 12,
  },
  {
    code: '93227',
    synonyms: ['holter interpretation', 'holter read', 'holter review'],
    plainLanguage: 'The doctor’s review and report of a portable heart monitor recording.',
    clinicalContext:
      'Physician review and interpretation of up to 48 hours of ambulatory ECG data, correlating symptoms with rhythm findings.',
    specialties: ['Cardiology', 'Electrophysiology'],
    billingNotes: 'Document the rhythm summary, significant events and symptom correlation.',
    popularity: 35,
  },
  {
    code: '93241',
    synonyms: ['extended holter', 'patch monitor 3-7 days', 'zio patch', 'ambulatory ecg 7 days'],
    plainLanguage:
      'A patch-type heart monitor worn for more than two days and up to a week, including the doctor’s review.',
    clinicalContext:
      'Global code for continuous external ECG recording longer than 48 hours up to 7 days, typically with adhesive patch monitors, for intermittent palpitations or suspected atrial fibrillation.',
    specialties: ['Cardiology', 'Electrophysiology', 'Neurology'],
    billingNotes:
      'Codes 93241-93248 are chosen by wear duration and component; 93245 and 93248 cover more than 7 and up to 15 days.',
    popularity: 30,
  },
  {
    code: '93880',
    synonyms: ['carotid duplex', 'carotid ultrasound', 'carotid doppler', 'extracranial duplex bilateral'],
    plainLanguage:
      'An ultrasound of the neck arteries on both sides that checks for narrowing that could cause a stroke.',
    clinicalContext:
      'Complete bilateral duplex scan of the extracranial arteries (carotid and vertebral), used after TIA or stroke, for carotid bruit, and to follow known stenosis or post-endarterectomy patients.',
    specialties: ['Cardiology', 'Vascular Surgery', 'Radiology', 'Neurology'],
    billingNotes:
      'Screening without symptoms or risk-based indications is usually not covered. Unilateral or limited studies use 93882. Report modifier 26 for professional interpretation only.',
    popularity: 60,
  },
  {
    code: '93882',
    synonyms: ['limited carotid duplex', 'unilateral carotid ultrasound'],
    plainLanguage: 'An ultrasound of the neck arteries on one side or a limited follow-up study.',
    clinicalContext:
      'Unilateral or limited extracranial duplex, used to follow a single known lesion or after carotid intervention on one side.',
    specialties: ['Vascular Surgery', 'Radiology', 'Cardiology'],
    billingNotes: 'Do not report with 93880 for the same session.',
    popularity: 15,
  },
  {
    code: '93970',
    synonyms: [
      'venous duplex bilateral',
      'dvt ultrasound both legs',
      'venous doppler',
      'lower extremity venous ultrasound',
      'le duplex',
    ],
    plainLanguage: 'An ultrasound of the veins in both arms or both legs, usually to look for blood clots.',
    clinicalContext:
      'Complete bilateral duplex scan of extremity veins, used for suspected deep vein thrombosis, venous insufficiency mapping, and before vein procedures.',
    specialties: ['Radiology', 'Vascular Surgery', 'Cardiology'],
    billingNotes:
      'For a single limb or a limited study, use 93971. Documentation should include compression, flow and augmentation findings.',
    popularity: 60,
  },
  {
    code: '93971',
    synonyms: ['venous duplex unilateral', 'dvt ultrasound one leg', 'limited venous doppler'],
    plainLanguage: 'An ultrasound of the veins in one arm or leg, often to look for a blood clot.',
    clinicalContext:
      'Unilateral or limited extremity venous duplex, the most common study for a swollen painful leg when deep vein thrombosis is suspected.',
    specialties: ['Radiology', 'Vascular Surgery', 'Emergency Medicine'],
    billingNotes: 'Bill once per session even if both proximal and distal segments of one limb are scanned.',
    popularity: 65,
  },
  {
    code: '93925',
    synonyms: [
      'arterial duplex lower extremity',
      'le arterial ultrasound bilateral',
      'pad duplex',
      'leg artery doppler',
    ],
    plainLanguage: 'An ultrasound of the arteries in both legs to look for narrowing or blockage.',
    clinicalContext:
      'Complete bilateral lower-extremity arterial duplex, used for claudication, abnormal ankle-brachial index, and surveillance after bypass or stenting.',
    specialties: ['Vascular Surgery', 'Cardiology', 'Radiology'],
    billingNotes:
      'Unilateral or limited studies use 93926. A physiologic test such as the ankle-brachial index is coded separately when performed.',
    popularity: 35,
  },
  {
    code: '93926',
    synonyms: ['arterial duplex one leg', 'limited le arterial ultrasound', 'bypass graft surveillance'],
    plainLanguage: 'An ultrasound of the arteries in one leg, or a limited follow-up study.',
    clinicalContext:
      'Unilateral or limited lower-extremity arterial duplex, commonly used for graft or stent surveillance on one side.',
    specialties: ['Vascular Surgery', 'Cardiology', 'Radiology'],
    billingNotes: 'Not billed with 93925 for the same session.',
    popularity: 20,
  },
  {
    code: '93922',
    synonyms: [
      'abi',
      'ankle brachial index',
      'pvr',
      'arterial physiologic study limited',
      'segmental pressures limited',
    ],
    plainLanguage: 'Blood pressure measurements at the ankles and arms to check for narrowed leg arteries.',
    clinicalContext:
      'Limited bilateral non-invasive physiologic study (such as ankle-brachial indices with Doppler waveforms at one or two levels) used to diagnose peripheral artery disease.',
    specialties: ['Vascular Surgery', 'Cardiology', 'Podiatry', 'Family Medicine'],
    billingNotes:
      'Requires bilateral assessment and a hard-copy record with interpretation. An ABI measured with a handheld device and not recorded is part of the exam, not this code.',
    popularity: 35,
  },
  {
    code: '93452',
    synonyms: ['left heart cath', 'lhc', 'left heart catheterization with ventriculogram', 'lv gram'],
    plainLanguage:
      'A thin tube is passed through an artery to the heart to measure pressures and take an X-ray movie of the main pumping chamber.',
    clinicalContext:
      'Left heart catheterization with left ventriculography, including injection, imaging supervision and interpretation, used when coronary angiography is not needed, such as valve assessment.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes:
      'Includes catheter placement, contrast injection and imaging. Moderate sedation by the same physician is reported separately.',
    popularity: 10,
  },
  {
    code: '93453',
    synonyms: ['right and left heart cath', 'combined heart cath', 'r&l hrt cath'],
    plainLanguage:
      'A heart catheter test that measures pressures on both sides of the heart and images the main pumping chamber.',
    clinicalContext:
      'Combined right and left heart catheterization with left ventriculography without coronary angiography, used for valve disease and pulmonary hypertension assessment.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes: 'Choose the combined code rather than separate right and left heart codes.',
    popularity: 6,
  },
  {
    code: '93454',
    synonyms: [
      'coronary angiogram',
      'cath',
      'coronary angiography',
      'diagnostic cath',
      'heart cath dye test',
    ],
    plainLanguage:
      'An X-ray dye test of the heart’s arteries, done through a thin tube in the wrist or groin, to find blockages.',
    clinicalContext:
      'Coronary angiography without left heart catheterization, used for suspected coronary artery disease, abnormal stress tests and acute coronary syndromes.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes:
      'Includes catheter placement and imaging supervision and interpretation. If left heart pressures and a ventriculogram are also obtained, use 93458.',
    popularity: 30,
  },
  {
    code: '93455',
    synonyms: ['coronary angiogram with grafts', 'bypass graft angiography', 'cabg graft cath'],
    plainLanguage: 'An X-ray dye test of the heart arteries and bypass grafts.',
    clinicalContext:
      'Coronary angiography including injection of bypass grafts, for patients with prior coronary bypass surgery, without left heart catheterization.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes: 'Used when venous or arterial grafts are selectively imaged.',
    popularity: 8,
  },
  {
    code: '93456',
    synonyms: ['coronary angiogram with right heart cath', 'angiography and swan'],
    plainLanguage:
      'An X-ray dye test of the heart arteries together with pressure measurements on the right side of the heart.',
    clinicalContext:
      'Coronary angiography with right heart catheterization, used for example in heart failure workups where pulmonary pressures and coronary anatomy are both needed.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes: 'Combined code; do not report 93451 separately.',
    popularity: 6,
  },
  {
    code: '93457',
    synonyms: [
      'coronary and graft angiogram with right heart cath',
      'rhc with graft angiography',
      'cath with grafts and swan',
    ],
    plainLanguage:
      'An X-ray dye test of the heart arteries and bypass grafts with right heart pressure measurements.',
    clinicalContext: 'Coronary and bypass graft angiography together with right heart catheterization.',
    specialties: ['Interventional Cardiology'],
    billingNotes: 'Combined code including right heart catheterization.',
    popularity: 3,
  },
  {
    code: '93458',
    synonyms: [
      'left heart cath with coronary angiogram',
      'lhc with angiography',
      'cath with lv gram',
      'heart cath',
    ],
    plainLanguage:
      'A heart catheter test that images the heart arteries, measures left heart pressures and images the pumping chamber.',
    clinicalContext:
      'The most common diagnostic catheterization code: coronary angiography with left heart catheterization and left ventriculography when performed, used for chest pain, positive stress tests and acute coronary syndromes.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes:
      'If PCI follows in the same session, diagnostic angiography is separately reportable only under the specific conditions in CPT guidance (no prior study, or a clinical change) with modifier 59 or XU.',
    popularity: 40,
  },
  {
    code: '93459',
    synonyms: ['left heart cath with graft angiography', 'lhc coronary and graft'],
    plainLanguage:
      'A heart catheter test that images the heart arteries and bypass grafts and measures left heart pressures.',
    clinicalContext:
      'Left heart catheterization with coronary and bypass graft angiography, used for patients with prior bypass surgery presenting with ischemia.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes: 'Includes selective graft injections and left ventriculography when performed.',
    popularity: 12,
  },
  {
    code: '93460',
    synonyms: ['right and left heart cath with coronary angiography', 'full heart cath'],
    plainLanguage:
      'A heart catheter test that measures pressures on both sides of the heart and images the heart arteries.',
    clinicalContext:
      'Combined right and left heart catheterization with coronary angiography, used in valve disease workups before surgery and in cardiomyopathy evaluations.',
    specialties: ['Interventional Cardiology', 'Cardiology'],
    billingNotes: 'Combined code; do not add separate right heart catheterization.',
    popularity: 12,
  },
  {
    code: '93461',
    synonyms: [
      'right and left heart cath with graft angiography',
      'r&l cath with grafts',
      'full heart cath with grafts',
    ],
    plainLanguage:
      'A heart catheter test of both sides of the heart with imaging of the heart arteries and bypass grafts.',
    clinicalContext:
      'Combined right and left heart catheterization with coronary and graft angiography in patients with prior bypass surgery.',
    specialties: ['Interventional Cardiology'],
    billingNotes: 'Combined code including grafts.',
    popularity: 4,
  },
  {
    code: '92920',
    synonyms: ['ptca', 'balloon angioplasty coronary', 'coronary angioplasty', 'pci balloon only'],
    plainLanguage: 'Opening a narrowed heart artery with a small balloon passed through a catheter.',
    clinicalContext:
      'Percutaneous transluminal coronary angioplasty of a single major coronary artery or branch without stenting, for example for in-stent restenosis or small vessels.',
    specialties: ['Interventional Cardiology'],
    billingNotes:
      'Reported per major vessel; additional branches use 92921, which Medicare bundles. If a stent is placed in the same vessel, report the stent code only.',
    popularity: 12,
  },
  {
    code: '92928',
    synonyms: [
      'pci',
      'coronary stent',
      'des placement',
      'stent placement heart',
      'percutaneous coronary intervention',
    ],
    plainLanguage:
      'Placing a small mesh tube (stent) inside a narrowed heart artery to hold it open, usually after balloon widening.',
    clinicalContext:
      'Percutaneous coronary stent placement with angioplasty when performed, in a single major coronary artery or branch, for stable angina with significant stenosis or acute coronary syndromes.',
    specialties: ['Interventional Cardiology'],
    billingNotes:
      'One unit per major coronary artery with the vessel modifier (LC, LD, LM, RC, RI). Additional branches use 92929, bundled by Medicare. Intravascular imaging is reported with its add-on codes.',
    popularity: 30,
  },
  // ---------------------------------------------------------------- Pulmonary
  {
    code: '94010',
    synonyms: ['spirometry', 'pft', 'pulmonary function test', 'fev1', 'breathing test'],
    plainLanguage:
      'A breathing test in which the patient blows hard into a tube to measure how much air the lungs move and how fast.',
    clinicalContext:
      'Spirometry with measurement of forced vital capacity and expiratory flow, used to diagnose and follow asthma, COPD and restrictive disease, and for preoperative assessment.',
    specialties: ['Pulmonology', 'Family Medicine', 'Internal Medicine', 'Allergy and Immunology'],
    billingNotes:
      'Do not report with 94060 for the same session. Modifier 26 applies when only the interpretation is provided.',
    popularity: 45,
  },
  {
    code: '94060',
    synonyms: [
      'spirometry pre and post bronchodilator',
      'bronchodilator responsiveness',
      'pre post pft',
      'reversibility test',
    ],
    plainLanguage:
      'A breathing test done before and after inhaling a medicine that opens the airways, to see whether breathing improves.',
    clinicalContext:
      'Spirometry before and after bronchodilator, the key test for confirming asthma and characterizing COPD.',
    specialties: ['Pulmonology', 'Allergy and Immunology', 'Internal Medicine', 'Family Medicine'],
    billingNotes:
      'The bronchodilator drug is reported separately. Includes the pre-test spirometry; do not add 94010.',
    popularity: 50,
  },
  {
    code: '94726',
    synonyms: ['body plethysmography', 'lung volumes', 'body box', 'tlc measurement'],
    plainLanguage:
      'A breathing test done in a sealed booth that measures the total amount of air the lungs can hold.',
    clinicalContext:
      'Plethysmographic determination of lung volumes and airway resistance, used to diagnose restrictive lung disease and hyperinflation.',
    specialties: ['Pulmonology'],
    billingNotes:
      'Alternative methods of measuring lung volumes (nitrogen washout or helium dilution) use 94727.',
    popularity: 30,
  },
  {
    code: '94727',
    synonyms: ['lung volumes gas dilution', 'nitrogen washout', 'helium dilution'],
    plainLanguage: 'A breathing test that measures how much air the lungs hold by breathing a tracer gas.',
    clinicalContext:
      'Lung volume measurement by gas dilution or washout, used when body plethysmography is unavailable or unsuitable.',
    specialties: ['Pulmonology'],
    billingNotes: 'Not reported with 94726 on the same date.',
    popularity: 10,
  },
  {
    code: '94729',
    synonyms: ['dlco', 'diffusion capacity', 'diffusing capacity', 'gas transfer test'],
    plainLanguage: 'A breathing test that measures how well oxygen passes from the lungs into the blood.',
    clinicalContext:
      'Add-on measurement of carbon monoxide diffusing capacity, used in interstitial lung disease, emphysema, pulmonary vascular disease and drug toxicity monitoring.',
    specialties: ['Pulmonology'],
    billingNotes:
      'Reported with spirometry or lung volume codes; hemoglobin correction should be documented when available.',
    popularity: 30,
  },
  {
    code: '94640',
    synonyms: ['nebulizer treatment', 'neb treatment', 'breathing treatment', 'albuterol neb', 'duoneb'],
    plainLanguage: 'Breathing in a medicine mist from a nebulizer or inhaler to open the airways.',
    clinicalContext:
      'Pressurized or non-pressurized inhalation treatment for acute airway obstruction, such as an albuterol nebulizer for an asthma exacerbation in the office or emergency department, or for sputum induction.',
    specialties: ['Family Medicine', 'Pediatrics', 'Emergency Medicine', 'Pulmonology', 'Urgent Care'],
    billingNotes:
      'Report one unit per treatment; repeated treatments in one session may need modifier 76. The drug is billed separately. No physician work is assigned.',
    popularity: 55,
  },
  {
    code: '94664',
    synonyms: ['inhaler teaching', 'mdi demonstration', 'inhaler technique evaluation', 'spacer teaching'],
    plainLanguage:
      'Showing a patient how to use an inhaler or spacer correctly and checking their technique.',
    clinicalContext:
      'Demonstration and evaluation of inhaler or nebulizer use, commonly when new inhaled therapy is started for asthma or COPD.',
    specialties: ['Pulmonology', 'Family Medicine', 'Pediatrics', 'Allergy and Immunology'],
    billingNotes: 'Once per day; no physician work is assigned.',
    popularity: 20,
  },
  {
    code: '94617',
    synonyms: ['exercise induced bronchospasm test', 'eib test', 'exercise challenge test'],
    plainLanguage:
      'A test in which the patient exercises and then repeats breathing tests to see whether exercise triggers airway narrowing.',
    clinicalContext:
      'Exercise test for bronchospasm including pre- and post-exercise spirometry, ECG monitoring and oximetry, used for athletes and patients with exertional symptoms.',
    specialties: ['Pulmonology', 'Allergy and Immunology', 'Sports Medicine'],
    billingNotes: 'Includes the spirometry and monitoring; do not report them separately.',
    popularity: 6,
  },
  {
    code: '94618',
    synonyms: ['6 minute walk test', '6mwt', 'six minute walk', 'pulmonary stress test'],
    plainLanguage:
      'A walking test that measures how far a patient can walk and how their oxygen level responds.',
    clinicalContext:
      'Pulmonary stress testing such as the six-minute walk, used in pulmonary hypertension, interstitial lung disease, COPD and oxygen qualification.',
    specialties: ['Pulmonology', 'Cardiology'],
    billingNotes: 'Includes oximetry; document distance walked, saturations and symptoms.',
    popularity: 20,
  },
  {
    code: '31622',
    synonyms: ['diagnostic bronchoscopy', 'bronch', 'flexible bronchoscopy', 'bronchoscopy with washing'],
    plainLanguage:
      'A thin flexible camera passed through the nose or mouth into the airways to look inside the lungs.',
    clinicalContext:
      'Diagnostic bronchoscopy with cell washing when performed, used to inspect airways for tumors, bleeding, foreign bodies or infection.',
    specialties: ['Pulmonology', 'Thoracic Surgery', 'Critical Care Medicine'],
    billingNotes:
      'The diagnostic bronchoscopy is included in any surgical bronchoscopy done at the same session. Moderate sedation is reported separately when given by the same physician.',
    popularity: 25,
  },
  {
    code: '31624',
    synonyms: ['bal', 'bronchoalveolar lavage', 'bronchoscopy with lavage', 'bronch wash'],
    plainLanguage:
      'A camera exam of the airways in which fluid is washed into part of the lung and collected for testing.',
    clinicalContext:
      'Bronchoscopy with bronchoalveolar lavage, used to identify infections in immunocompromised or ventilated patients and to characterize interstitial lung disease.',
    specialties: ['Pulmonology', 'Critical Care Medicine'],
    billingNotes:
      'One unit per session even if several lobes are lavaged, unless payer guidance allows separate lobes with modifiers.',
    popularity: 25,
  },
  {
    code: '31628',
    synonyms: ['transbronchial biopsy', 'tbbx', 'bronchoscopy lung biopsy'],
    plainLanguage: 'A camera exam of the airways in which small pieces of lung tissue are taken for testing.',
    clinicalContext:
      'Bronchoscopy with transbronchial lung biopsy of a single lobe, used for lung nodules, diffuse lung disease and transplant rejection surveillance.',
    specialties: ['Pulmonology', 'Thoracic Surgery'],
    billingNotes:
      'Reported once per lobe biopsied; additional lobes use the add-on 31632. Fluoroscopic guidance is included.',
    popularity: 18,
  },
  {
    code: '31652',
    synonyms: ['ebus', 'ebus tbna', 'endobronchial ultrasound 1-2 stations', 'mediastinal node sampling'],
    plainLanguage:
      'A camera with an ultrasound probe is passed into the airways to sample lymph nodes in the chest with a needle.',
    clinicalContext:
      'Endobronchial ultrasound-guided transbronchial needle aspiration of one or two mediastinal or hilar lymph node stations, used for lung cancer staging and diagnosing sarcoidosis or lymphoma.',
    specialties: ['Pulmonology', 'Interventional Pulmonology', 'Thoracic Surgery'],
    billingNotes:
      'Three or more stations use 31653. Rapid on-site cytology evaluation is billed by the pathologist.',
    popularity: 12,
  },
  // ---------------------------------------------------------------- Sleep
  {
    code: '95810',
    synonyms: [
      'psg',
      'polysomnography',
      'in lab sleep study',
      'attended sleep study',
      'overnight sleep study',
    ],
    plainLanguage:
      'An overnight sleep study in a sleep lab that records brain waves, breathing, oxygen and movements.',
    clinicalContext:
      'Attended polysomnography for patients aged six and older with four or more parameters including sleep staging, used to diagnose obstructive sleep apnea, narcolepsy (with MSLT), parasomnias and periodic limb movements.',
    specialties: ['Sleep Medicine', 'Pulmonology', 'Neurology'],
    billingNotes:
      'At least six hours of recording are expected; shorter studies may need modifier 52. Report modifier 26 for interpretation only.',
    popularity: 35,
  },
  {
    code: '95811',
    synonyms: ['cpap titration', 'split night study', 'psg with cpap', 'titration study'],
    plainLanguage:
      'An overnight sleep lab study in which the CPAP mask pressure is adjusted to find the setting that keeps the airway open.',
    clinicalContext:
      'Attended polysomnography with initiation of positive airway pressure, either as a full titration night or a split-night study after apnea is confirmed in the first part of the night.',
    specialties: ['Sleep Medicine', 'Pulmonology', 'Neurology'],
    billingNotes: 'A split-night study is reported with this code only, not with 95810 as well.',
    popularity: 30,
  },
  {
    code: '95806',
    synonyms: ['home sleep test', 'hst', 'hsat', 'home sleep apnea test', 'type 3 sleep study'],
    plainLanguage:
      'A sleep apnea test done at home with a small device that records breathing, oxygen and heart rate.',
    clinicalContext:
      'Unattended sleep study measuring airflow, respiratory effort and oxygen saturation, the common first test for adults with a high probability of moderate to severe obstructive sleep apnea.',
    specialties: ['Sleep Medicine', 'Pulmonology', 'Otolaryngology'],
    billingNotes:
      'Peripheral arterial tone devices use 95800 instead. Interpretation by a qualified physician is required.',
    popularity: 35,
  },
  {
    code: '95800',
    synonyms: ['watchpat', 'peripheral arterial tone sleep study', 'home sleep test pat'],
    plainLanguage:
      'A home sleep test worn on the wrist and finger that estimates breathing interruptions during sleep.',
    clinicalContext:
      'Unattended sleep study recording heart rate, oxygen saturation, respiratory analysis and sleep time, typically using peripheral arterial tone technology.',
    specialties: ['Sleep Medicine', 'Pulmonology', 'Cardiology'],
    billingNotes: 'Differs from 95806 in the parameters measured; code by the device’s channels.',
    popularity: 20,
  },
  {
    code: '95782',
    synonyms: ['pediatric polysomnography', 'child sleep study', 'psg under 6'],
    plainLanguage: 'An overnight sleep lab study for a child under six years old.',
    clinicalContext:
      'Attended polysomnography for young children, often to evaluate obstructive sleep apnea before adenotonsillectomy.',
    specialties: ['Sleep Medicine', 'Pediatric Pulmonology', 'Pediatric Otolaryngology'],
    billingNotes: 'Requires attendance by a technologist throughout; document parameters recorded.',
    popularity: 5,
  },
  // ---------------------------------------------------------------- Neurology / neurodiagnostics
  {
    code: '95907',
    synonyms: ['ncs 1-2 nerves', 'nerve conduction study', 'ncv', 'emg ncs limited'],
    plainLanguage:
      'A test that sends small electrical pulses along one or two nerves to measure how well they carry signals.',
    clinicalContext:
      'Nerve conduction studies are coded by the number of individual studies performed; this code covers one or two, such as a focused study for a suspected carpal tunnel syndrome.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Each sensory, motor or F-wave study counts as one study per nerve. Needle EMG done at the same session is reported with add-on 95885 or 95886.',
    popularity: 15,
  },
  {
    code: '95908',
    synonyms: ['ncs 3-4 nerves', 'nerve conduction study'],
    plainLanguage: 'A nerve signal test covering three or four nerve studies.',
    clinicalContext:
      'Used for limited evaluations such as a unilateral entrapment neuropathy with comparison studies.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes: 'Count studies according to the CPT table of nerves; document each nerve tested.',
    popularity: 15,
  },
  {
    code: '95909',
    synonyms: ['ncs 5-6 nerves', 'nerve conduction study'],
    plainLanguage: 'A nerve signal test covering five or six nerve studies.',
    clinicalContext:
      'Typical for carpal tunnel or ulnar neuropathy workups including comparison nerves, or a limited radiculopathy evaluation.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Payers compare the number of studies with the indication; document why each nerve was tested.',
    popularity: 18,
  },
  {
    code: '95910',
    synonyms: ['ncs 7-8 nerves', 'nerve conduction study'],
    plainLanguage: 'A nerve signal test covering seven or eight nerve studies.',
    clinicalContext:
      'Used for bilateral upper-limb entrapments or lower-extremity radiculopathy with neuropathy screening.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes: 'Usually paired with needle EMG add-on 95886.',
    popularity: 15,
  },
  {
    code: '95911',
    synonyms: ['ncs 9-10 nerves', 'nerve conduction study'],
    plainLanguage: 'A nerve signal test covering nine or ten nerve studies.',
    clinicalContext: 'Used for peripheral polyneuropathy evaluation requiring upper and lower limb studies.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes: 'Document each nerve studied and the clinical question.',
    popularity: 12,
  },
  {
    code: '95912',
    synonyms: ['ncs 11-12 nerves', 'nerve conduction study extensive'],
    plainLanguage: 'A nerve signal test covering eleven or twelve nerve studies.',
    clinicalContext: 'Extensive studies for suspected generalized neuropathies or plexopathies.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes: 'Higher study counts attract medical necessity review.',
    popularity: 6,
  },
  {
    code: '95913',
    synonyms: ['ncs 13 or more nerves', 'nerve conduction study comprehensive'],
    plainLanguage: 'A nerve signal test covering thirteen or more nerve studies.',
    clinicalContext:
      'Comprehensive studies for complex presentations such as suspected motor neuron disease or demyelinating polyneuropathy.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes: 'Document the clinical reasoning for the extent of testing.',
    popularity: 5,
  },
  {
    code: '95886',
    synonyms: ['emg complete', 'needle emg', 'electromyography with ncs', 'emg add on'],
    plainLanguage:
      'A test in which a fine needle records the electrical activity of muscles in a limb, done with nerve conduction tests.',
    clinicalContext:
      'Complete needle electromyography of one extremity (five or more muscles, or a full study) performed with nerve conduction studies, for radiculopathy, neuropathy and myopathy.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes: 'Add-on to 95907-95913, one unit per extremity. Use 95885 for limited studies.',
    popularity: 20,
  },
  {
    code: '95885',
    synonyms: ['limited emg', 'needle emg limited with ncs'],
    plainLanguage: 'A limited needle muscle test of one limb done with nerve conduction tests.',
    clinicalContext:
      'Limited needle EMG (four or fewer muscles) of an extremity alongside nerve conduction studies.',
    specialties: ['Neurology', 'Physical Medicine and Rehabilitation'],
    billingNotes: 'Add-on to the nerve conduction codes, one per extremity.',
    popularity: 12,
  },
  {
    code: '95816',
    synonyms: ['routine eeg', 'eeg awake and drowsy', 'electroencephalogram'],
    plainLanguage:
      'A test that records the brain’s electrical activity through small sensors on the scalp while the patient is awake and drowsy.',
    clinicalContext:
      'Routine EEG for seizures, spells and altered mental status, recorded for 20 to 40 minutes including wakefulness and drowsiness.',
    specialties: ['Neurology'],
    billingNotes: 'When sleep is recorded, use 95819. Report modifier 26 for interpretation only.',
    popularity: 25,
  },
  {
    code: '95819',
    synonyms: ['eeg awake and asleep', 'sleep deprived eeg', 'routine eeg with sleep'],
    plainLanguage: 'A brain wave recording that includes both wakefulness and sleep.',
    clinicalContext:
      'Routine EEG capturing sleep, which increases the yield for epileptiform activity, often after sleep deprivation.',
    specialties: ['Neurology'],
    billingNotes: 'Record the states captured; longer recordings use 95812 or 95813.',
    popularity: 25,
  },
  {
    code: '95812',
    synonyms: ['extended eeg 41-60 min', 'prolonged routine eeg'],
    plainLanguage: 'A brain wave recording lasting 41 to 60 minutes.',
    clinicalContext:
      'Extended EEG recording used when a standard routine study is insufficient to capture the events of interest.',
    specialties: ['Neurology'],
    billingNotes: 'Time-based; document total recording duration.',
    popularity: 8,
  },
  {
    code: '95717',
    synonyms: ['long term eeg read 2-12 hr', 'eeg monitoring professional 2-12 hours'],
    plainLanguage:
      'A neurologist’s review and report of a brain wave recording lasting 2 to 12 hours, without video.',
    clinicalContext:
      'Professional interpretation of continuous EEG recorded for 2 to 12 hours, such as ICU monitoring for nonconvulsive seizures.',
    specialties: ['Neurology', 'Clinical Neurophysiology'],
    billingNotes: 'Technical components are reported separately with the 95700-95726 series.',
    popularity: 8,
  },
  {
    code: '95718',
    synonyms: ['video eeg read 2-12 hr', 'veeg professional 2-12 hours'],
    plainLanguage:
      'A neurologist’s review and report of a video and brain wave recording lasting 2 to 12 hours.',
    clinicalContext:
      'Professional interpretation of continuous video EEG of 2 to 12 hours, used in epilepsy monitoring and ICU settings.',
    specialties: ['Neurology', 'Clinical Neurophysiology'],
    billingNotes: 'Longer recordings use the 12-26 hour and multi-day codes.',
    popularity: 8,
  },
  // ---------------------------------------------------------------- Dialysis
  {
    code: '90935',
    synonyms: ['hemodialysis single evaluation', 'inpatient dialysis visit', 'hd visit', 'dialysis round'],
    plainLanguage:
      'A doctor’s evaluation of a patient during a dialysis treatment that cleans the blood with a machine.',
    clinicalContext:
      'Hemodialysis procedure with one physician evaluation, used mainly for inpatients or for acute kidney injury outside the monthly ESRD service.',
    specialties: ['Nephrology'],
    billingNotes:
      'Includes E/M related to dialysis on that day. Use 90937 when the prescription requires substantial revision with repeated evaluations.',
    popularity: 45,
  },
  {
    code: '90937',
    synonyms: ['hemodialysis repeated evaluation', 'dialysis with prescription change'],
    plainLanguage:
      'Repeated doctor evaluations during a dialysis treatment when the treatment plan must be changed substantially.',
    clinicalContext:
      'Hemodialysis requiring repeated evaluation and substantial revision of the dialysis prescription, for example in hemodynamically unstable patients.',
    specialties: ['Nephrology'],
    billingNotes: 'Document the repeated evaluations and the revision made.',
    popularity: 12,
  },
  {
    code: '90960',
    synonyms: ['esrd monthly 4 visits', 'monthly capitation payment', 'mcp dialysis', 'esrd adult 4+ visits'],
    plainLanguage:
      'A month of kidney failure care for an adult on dialysis, including four or more doctor visits.',
    clinicalContext:
      'Monthly ESRD-related services for patients aged 20 and older with four or more face-to-face visits per month, covering dialysis management, anemia, bone-mineral disease and access issues.',
    specialties: ['Nephrology'],
    billingNotes:
      'Reported once per month. At least one visit a month must be in person to examine the vascular access; other visits may be furnished by telehealth. Fewer visits use 90961 or 90962.',
    popularity: 40,
  },
  {
    code: '90961',
    synonyms: ['esrd monthly 2-3 visits', 'mcp 2-3 visits'],
    plainLanguage:
      'A month of kidney failure care for an adult on dialysis, with two or three doctor visits.',
    clinicalContext:
      'Monthly ESRD services for adults seen two or three times face to face during the month.',
    specialties: ['Nephrology'],
    billingNotes: 'Once per month per patient; document each visit date.',
    popularity: 25,
  },
  {
    code: '90962',
    synonyms: ['esrd monthly 1 visit', 'mcp 1 visit'],
    plainLanguage: 'A month of kidney failure care for an adult on dialysis, with one doctor visit.',
    clinicalContext: 'Monthly ESRD services for adults with a single face-to-face visit in the month.',
    specialties: ['Nephrology'],
    billingNotes: 'Once per month.',
    popularity: 15,
  },
  {
    code: '90966',
    synonyms: ['home dialysis monthly', 'esrd home dialysis 20+', 'peritoneal dialysis monthly'],
    plainLanguage: 'A month of kidney failure care for an adult doing dialysis at home.',
    clinicalContext:
      'Full-month ESRD services for home dialysis patients aged 20 and older, including home hemodialysis and peritoneal dialysis.',
    specialties: ['Nephrology'],
    billingNotes: 'Not based on a visit count; a monthly visit is still expected.',
    popularity: 15,
  },
  // ---------------------------------------------------------------- GI
  {
    code: '91110',
    synonyms: ['capsule endoscopy', 'pillcam', 'video capsule', 'small bowel capsule'],
    plainLanguage:
      'Swallowing a pill-sized camera that takes pictures of the small intestine as it passes through.',
    clinicalContext:
      'Wireless capsule endoscopy from esophagus through ileum with physician interpretation, used for obscure GI bleeding, iron deficiency anemia and suspected small-bowel Crohn’s disease.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'Includes the capsule; document indication and review of images. Modifier 26 when only the interpretation is billed.',
    popularity: 15,
  },
  // ---------------------------------------------------------------- Allergy
  {
    code: '95004',
    synonyms: ['skin prick test', 'allergy skin test', 'scratch test', 'percutaneous allergy testing'],
    plainLanguage:
      'Allergy testing in which tiny amounts of allergens are pricked into the skin to see which cause a reaction.',
    clinicalContext:
      'Percutaneous testing with allergenic extracts, immediate-type reaction, for environmental and food allergies and before immunotherapy.',
    specialties: ['Allergy and Immunology', 'Otolaryngology'],
    billingNotes:
      'Report the number of tests as units, including positive and negative controls when counted per payer policy. Document the allergens and readings.',
    popularity: 30,
  },
  {
    code: '95024',
    synonyms: ['intradermal allergy test', 'id skin test'],
    plainLanguage: 'Allergy testing with small injections into the top layer of the skin.',
    clinicalContext:
      'Intracutaneous testing for immediate-type reactions, often used after a negative prick test when suspicion remains, such as for venom or drug allergy.',
    specialties: ['Allergy and Immunology'],
    billingNotes: 'Units equal the number of tests.',
    popularity: 15,
  },
  {
    code: '95165',
    synonyms: [
      'allergy extract preparation',
      'allergy serum',
      'immunotherapy vial mixing',
      'antigen preparation',
    ],
    plainLanguage: 'Preparing the customized allergy extract used for a patient’s allergy shots.',
    clinicalContext:
      'Professional services for supervision, preparation and provision of antigens for allergen immunotherapy, billed per dose prepared.',
    specialties: ['Allergy and Immunology', 'Otolaryngology'],
    billingNotes:
      'Medicare defines a dose as 1 mL of extract; report the number of doses prepared. Injections are billed separately with 95115 or 95117.',
    popularity: 30,
  },
  {
    code: '95115',
    synonyms: ['allergy shot', 'allergy injection single', 'immunotherapy injection'],
    plainLanguage: 'Giving one allergy shot.',
    clinicalContext:
      'Professional services for allergen immunotherapy with a single injection, without provision of the extract.',
    specialties: ['Allergy and Immunology', 'Otolaryngology', 'Family Medicine'],
    billingNotes:
      'For two or more injections at one visit, use 95117 instead. E/M is not reported for routine shot visits without a separate problem.',
    popularity: 25,
  },
  {
    code: '95117',
    synonyms: ['allergy shots two or more', 'multiple allergy injections'],
    plainLanguage: 'Giving two or more allergy shots at one visit.',
    clinicalContext: 'Allergen immunotherapy with two or more injections during the same session.',
    specialties: ['Allergy and Immunology', 'Otolaryngology'],
    billingNotes: 'Report once per session regardless of the number of injections.',
    popularity: 30,
  },
  // ---------------------------------------------------------------- Ophthalmology
  {
    code: '92002',
    synonyms: ['eye exam new intermediate', 'ophthalmology new patient intermediate'],
    plainLanguage: 'An eye exam for a new patient with a specific, limited eye problem.',
    clinicalContext:
      'Intermediate ophthalmological service for a new patient, evaluating a new or existing condition, such as a red eye or a localized complaint, with a history and examination.',
    specialties: ['Ophthalmology', 'Optometry'],
    billingNotes:
      'Eye codes may be used instead of E/M codes; choose the family that fits the documentation. Refraction (92015) is separate and usually not covered by Medicare.',
    popularity: 25,
  },
  {
    code: '92004',
    synonyms: ['comprehensive eye exam new', 'new patient eye exam', 'dilated eye exam new'],
    plainLanguage:
      'A complete eye exam for a new patient, usually with dilation, checking vision and eye health.',
    clinicalContext:
      'Comprehensive ophthalmological service for a new patient with one or more visits, including evaluation of the visual system, dilated fundus examination and initiation of diagnostic and treatment programs.',
    specialties: ['Ophthalmology', 'Optometry'],
    billingNotes:
      'Comprehensive service usually includes dilation unless contraindicated; document the reason if not performed.',
    popularity: 45,
  },
  {
    code: '92012',
    synonyms: ['eye exam established intermediate', 'ophthalmology follow up'],
    plainLanguage: 'An eye exam for a returning patient with a specific eye problem.',
    clinicalContext:
      'Intermediate ophthalmological service for an established patient, such as a follow-up for glaucoma, dry eye or a post-treatment check.',
    specialties: ['Ophthalmology', 'Optometry'],
    billingNotes: 'Do not bill during the postoperative global period for related care.',
    popularity: 60,
  },
  {
    code: '92014',
    synonyms: [
      'comprehensive eye exam established',
      'annual eye exam',
      'diabetic eye exam',
      'dilated eye exam',
    ],
    plainLanguage: 'A complete eye exam for a returning patient, usually with dilation.',
    clinicalContext:
      'Comprehensive ophthalmological service for an established patient, common for annual diabetic retinal examinations, glaucoma monitoring and macular degeneration follow-up.',
    specialties: ['Ophthalmology', 'Optometry'],
    billingNotes:
      'Routine vision exams for glasses are excluded by Medicare; the medical diagnosis must support the visit.',
    popularity: 65,
  },
  {
    code: '92134',
    synonyms: ['oct retina', 'optical coherence tomography macula', 'oct mac', 'retinal oct'],
    plainLanguage:
      'A quick, painless scan that takes cross-section pictures of the retina at the back of the eye.',
    clinicalContext:
      'Scanning computerized ophthalmic imaging of the retina, used to diagnose and monitor macular degeneration, diabetic macular edema and other retinal disease, and to guide anti-VEGF injections.',
    specialties: ['Ophthalmology', 'Retina', 'Optometry'],
    billingNotes:
      'Reported once per session for both eyes. Not billed with 92133 on the same day. Modifier 26 when interpretation only.',
    popularity: 60,
  },
  {
    code: '92133',
    synonyms: ['oct optic nerve', 'rnfl oct', 'glaucoma oct', 'oct nerve'],
    plainLanguage:
      'A scan of the optic nerve and nerve fiber layer at the back of the eye, used mainly for glaucoma.',
    clinicalContext:
      'Scanning computerized imaging of the optic nerve head and retinal nerve fiber layer, used to diagnose and follow glaucoma.',
    specialties: ['Ophthalmology', 'Optometry'],
    billingNotes: 'Not reported with 92134 on the same day; choose the structure relevant to the diagnosis.',
    popularity: 40,
  },
  {
    code: '92250',
    synonyms: ['fundus photography', 'retinal photos', 'fundus photos'],
    plainLanguage: 'Photographs of the back of the eye to document the retina and optic nerve.',
    clinicalContext:
      'Fundus photography with interpretation and report, used to document diabetic retinopathy, nevi, optic nerve changes and retinal vascular disease over time.',
    specialties: ['Ophthalmology', 'Optometry'],
    billingNotes:
      'Requires a written interpretation. Not billed on the same day as certain angiography codes.',
    popularity: 35,
  },
  {
    code: '92083',
    synonyms: ['visual field test', 'humphrey visual field', 'hvf', 'perimetry'],
    plainLanguage: 'A test of side vision in which the patient presses a button when they see lights appear.',
    clinicalContext:
      'Extended visual field examination, used in glaucoma, neuro-ophthalmic disease, drug toxicity monitoring and ptosis evaluation.',
    specialties: ['Ophthalmology', 'Optometry', 'Neuro-ophthalmology'],
    billingNotes: 'One unit for both eyes; document reliability indices and interpretation.',
    popularity: 35,
  },
  // ---------------------------------------------------------------- Audiology
  {
    code: '92557',
    synonyms: ['audiogram', 'comprehensive audiometry', 'hearing test', 'pure tone and speech audiometry'],
    plainLanguage: 'A complete hearing test with tones and words to measure hearing in each ear.',
    clinicalContext:
      'Comprehensive audiometry threshold evaluation with speech recognition, used for hearing loss, tinnitus and before hearing aid fitting or ear surgery.',
    specialties: ['Audiology', 'Otolaryngology'],
    billingNotes:
      'Includes air and bone conduction thresholds and speech testing. Medicare requires a physician order when an audiologist bills it, except for limited direct-access visits.',
    popularity: 40,
  },
  {
    code: '92567',
    synonyms: ['tympanometry', 'tymp', 'middle ear function test'],
    plainLanguage:
      'A quick test that checks how well the eardrum moves, to look for fluid or other middle ear problems.',
    clinicalContext:
      'Tympanometry (impedance testing) used in otitis media with effusion, eustachian tube dysfunction and hearing loss evaluation.',
    specialties: ['Audiology', 'Otolaryngology', 'Pediatrics'],
    billingNotes: 'Report once for both ears.',
    popularity: 30,
  },
  // ---------------------------------------------------------------- Physical and occupational therapy
  {
    code: '97110',
    synonyms: ['therapeutic exercise', 'ther ex', 'pt exercise', 'strengthening exercises', 'rom exercises'],
    plainLanguage:
      'Supervised exercises to build strength, flexibility, range of motion and endurance, in 15-minute units.',
    clinicalContext:
      'The most billed therapy code, used after injuries, surgery and for chronic musculoskeletal conditions to restore function.',
    specialties: [
      'Physical Therapy',
      'Occupational Therapy',
      'Physical Medicine and Rehabilitation',
      'Chiropractic',
    ],
    billingNotes:
      'Timed code in 15-minute units; Medicare uses the 8-minute rule across all timed services. Requires one-on-one direct contact. Add GP or GO modifier for the therapy plan.',
    popularity: 95,
  },
  {
    code: '97140',
    synonyms: [
      'manual therapy',
      'soft tissue mobilization',
      'joint mobilization',
      'myofascial release',
      'manual traction',
    ],
    plainLanguage: 'Hands-on therapy such as joint mobilization and soft tissue work, in 15-minute units.',
    clinicalContext:
      'Manual techniques including mobilization, manipulation, manual lymphatic drainage and traction for pain and restricted motion.',
    specialties: ['Physical Therapy', 'Occupational Therapy', 'Chiropractic'],
    billingNotes:
      'When billed with chiropractic or osteopathic manipulation on the same day, it must be for a different region and needs modifier 59 or XS.',
    popularity: 85,
  },
  {
    code: '97530',
    synonyms: ['therapeutic activities', 'functional activities', 'ther act', 'dynamic activities'],
    plainLanguage:
      'Practicing real-life movements, such as lifting, reaching or getting up from a chair, to improve function, in 15-minute units.',
    clinicalContext:
      'Dynamic activities using multiple body parts to improve functional performance, common in physical and occupational therapy after injury or stroke.',
    specialties: ['Physical Therapy', 'Occupational Therapy'],
    billingNotes:
      'Timed code; document the functional task and its goal. Subject to NCCI edits with evaluation codes, which may require modifier 59.',
    popularity: 80,
  },
  {
    code: '97112',
    synonyms: ['neuromuscular re-education', 'nmr', 'balance training', 'proprioception training'],
    plainLanguage:
      'Exercises that retrain balance, coordination and body position sense, in 15-minute units.',
    clinicalContext:
      'Used after stroke, neurological disease or ligament injury and for fall prevention, addressing balance, kinesthetic sense and posture.',
    specialties: ['Physical Therapy', 'Occupational Therapy'],
    billingNotes: 'Timed code; document the specific neuromuscular deficit treated.',
    popularity: 70,
  },
  {
    code: '97116',
    synonyms: ['gait training', 'walking training', 'stair training'],
    plainLanguage: 'Training to walk more safely and normally, including on stairs, in 15-minute units.',
    clinicalContext:
      'Gait training after joint replacement, stroke, amputation or with new assistive devices.',
    specialties: ['Physical Therapy'],
    billingNotes: 'Timed code; record the assistive device and level of assistance.',
    popularity: 45,
  },
  {
    code: '97161',
    synonyms: ['pt evaluation low complexity', 'physical therapy eval low', 'pt initial eval'],
    plainLanguage:
      'A physical therapist’s first assessment for a fairly simple problem, with a treatment plan.',
    clinicalContext:
      'Physical therapy evaluation of low complexity: a history without personal factors affecting the plan, examination of one or two body systems, and a stable clinical presentation.',
    specialties: ['Physical Therapy'],
    billingNotes:
      'Only one evaluation code per evaluation; complexity is chosen from the history, examination, presentation and decision-making elements.',
    popularity: 55,
  },
  {
    code: '97162',
    synonyms: ['pt evaluation moderate complexity', 'physical therapy eval moderate'],
    plainLanguage: 'A physical therapist’s first assessment for a moderately complex problem.',
    clinicalContext:
      'Physical therapy evaluation of moderate complexity, for example with one or two comorbidities affecting the plan and an evolving presentation.',
    specialties: ['Physical Therapy'],
    billingNotes: 'Document each complexity element to support the level.',
    popularity: 60,
  },
  {
    code: '97163',
    synonyms: ['pt evaluation high complexity', 'physical therapy eval high'],
    plainLanguage:
      'A physical therapist’s first assessment for a complex problem with several health factors.',
    clinicalContext:
      'High-complexity physical therapy evaluation: three or more personal factors or comorbidities and an unstable, unpredictable presentation.',
    specialties: ['Physical Therapy'],
    billingNotes:
      'Higher complexity does not change payment under Medicare, but accurate selection matters for audits.',
    popularity: 30,
  },
  {
    code: '97164',
    synonyms: ['pt re-evaluation', 'physical therapy reassessment'],
    plainLanguage: 'A physical therapist’s reassessment when a patient’s condition or plan changes.',
    clinicalContext:
      'Re-evaluation of an established plan of care, performed when new clinical findings, a significant change, or failure to respond warrants it.',
    specialties: ['Physical Therapy'],
    billingNotes: 'Routine progress notes are not re-evaluations; document the change that prompted it.',
    popularity: 35,
  },
  {
    code: '97165',
    synonyms: ['ot evaluation low complexity', 'occupational therapy eval low'],
    plainLanguage:
      'An occupational therapist’s first assessment of daily-living skills for a fairly simple problem.',
    clinicalContext:
      'Low-complexity occupational therapy evaluation, such as hand therapy after a simple fracture.',
    specialties: ['Occupational Therapy'],
    billingNotes: 'Use GO modifier under Medicare.',
    popularity: 25,
  },
  {
    code: '97166',
    synonyms: ['ot evaluation moderate complexity', 'occupational therapy eval moderate'],
    plainLanguage: 'An occupational therapist’s first assessment for a moderately complex problem.',
    clinicalContext:
      'Moderate-complexity occupational therapy evaluation, with an expanded history and analysis of three to five performance deficits.',
    specialties: ['Occupational Therapy'],
    billingNotes: 'Document the occupational profile and performance deficits.',
    popularity: 25,
  },
  {
    code: '97167',
    synonyms: ['ot evaluation high complexity', 'occupational therapy eval high'],
    plainLanguage:
      'An occupational therapist’s first assessment for a complex problem affecting many daily activities.',
    clinicalContext:
      'High-complexity occupational therapy evaluation, such as after stroke with multiple performance deficits.',
    specialties: ['Occupational Therapy'],
    billingNotes: 'Document five or more performance deficits and comorbidities affecting performance.',
    popularity: 15,
  },
  {
    code: '97535',
    synonyms: [
      'self care training',
      'adl training',
      'home management training',
      'activities of daily living',
    ],
    plainLanguage:
      'Training in everyday self-care tasks, such as dressing, bathing and cooking, in 15-minute units.',
    clinicalContext:
      'Self-care and home management training including compensatory strategies and adaptive equipment, used by occupational and physical therapists.',
    specialties: ['Occupational Therapy', 'Physical Therapy'],
    billingNotes: 'Timed code; describe the task trained and the patient’s response.',
    popularity: 40,
  },
  // ---------------------------------------------------------------- Chiropractic and osteopathic manipulation
  {
    code: '98940',
    synonyms: [
      'cmt 1-2 regions',
      'chiropractic adjustment',
      'spinal manipulation 1-2 regions',
      'chiro adjustment',
    ],
    plainLanguage: 'A chiropractic adjustment of one or two areas of the spine.',
    clinicalContext:
      'Chiropractic manipulative treatment of one or two spinal regions, the most common chiropractic service, for back and neck pain.',
    specialties: ['Chiropractic'],
    billingNotes:
      'Medicare covers spinal manipulation only for subluxation and requires the AT modifier for active treatment. Document the regions treated and the functional goals.',
    popularity: 70,
  },
  {
    code: '98941',
    synonyms: ['cmt 3-4 regions', 'chiropractic adjustment 3-4 regions'],
    plainLanguage: 'A chiropractic adjustment of three or four areas of the spine.',
    clinicalContext:
      'Chiropractic manipulative treatment of three or four spinal regions, for multi-region spinal complaints.',
    specialties: ['Chiropractic'],
    billingNotes: 'Each region must be supported by a documented diagnosis and findings.',
    popularity: 65,
  },
  {
    code: '98942',
    synonyms: ['cmt 5 regions', 'chiropractic adjustment full spine'],
    plainLanguage: 'A chiropractic adjustment of all five areas of the spine.',
    clinicalContext:
      'Chiropractic manipulation of five spinal regions (cervical, thoracic, lumbar, sacral and pelvic).',
    specialties: ['Chiropractic'],
    billingNotes: 'Documentation must support each region treated.',
    popularity: 20,
  },
  {
    code: '98925',
    synonyms: ['omt 1-2 regions', 'osteopathic manipulation', 'omm'],
    plainLanguage: 'Hands-on osteopathic treatment of one or two body regions.',
    clinicalContext:
      'Osteopathic manipulative treatment by a DO for somatic dysfunction, for example low back pain treated in the lumbar and sacral regions.',
    specialties: ['Osteopathic Medicine', 'Family Medicine', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'A same-day E/M needs modifier 25 and a separately identifiable problem. Document somatic dysfunction findings for each region.',
    popularity: 25,
  },
  {
    code: '98926',
    synonyms: ['omt 3-4 regions', 'osteopathic manipulation'],
    plainLanguage: 'Hands-on osteopathic treatment of three or four body regions.',
    clinicalContext:
      'Osteopathic manipulative treatment involving three or four of the ten defined body regions.',
    specialties: ['Osteopathic Medicine', 'Family Medicine'],
    billingNotes:
      'Regions are head, cervical, thoracic, lumbar, sacral, pelvic, lower and upper extremities, rib cage, and abdomen/viscera.',
    popularity: 22,
  },
  {
    code: '98927',
    synonyms: ['omt 5-6 regions', 'osteopathic manipulation'],
    plainLanguage: 'Hands-on osteopathic treatment of five or six body regions.',
    clinicalContext:
      'Osteopathic manipulative treatment involving five or six regions, for widespread somatic dysfunction.',
    specialties: ['Osteopathic Medicine', 'Family Medicine'],
    billingNotes: 'Each region treated needs documented findings and technique.',
    popularity: 12,
  },
  // ---------------------------------------------------------------- Other common medicine services
  {
    code: '96127',
    synonyms: [
      'phq-9',
      'gad-7',
      'brief emotional behavioral assessment',
      'depression screening instrument',
      'adhd rating scale',
    ],
    plainLanguage: 'A short, scored questionnaire about mood, anxiety, attention or behavior.',
    clinicalContext:
      'Administration and scoring of a standardized brief instrument such as the PHQ-9, GAD-7 or Vanderbilt scales, used in primary care, pediatrics and psychiatry.',
    specialties: ['Pediatrics', 'Family Medicine', 'Internal Medicine', 'Psychiatry'],
    billingNotes:
      'One unit per instrument. No physician work is assigned; interpretation is part of the E/M.',
    popularity: 55,
  },
  {
    code: '95251',
    synonyms: ['cgm interpretation', 'continuous glucose monitor analysis', 'cgm download review'],
    plainLanguage:
      'A clinician’s review and report of at least three days of continuous glucose monitor data.',
    clinicalContext:
      'Analysis, interpretation and report of ambulatory continuous glucose monitoring for patients with diabetes, used to adjust insulin and other therapy.',
    specialties: ['Endocrinology', 'Family Medicine', 'Internal Medicine', 'Pediatric Endocrinology'],
    billingNotes:
      'Once per 30 days; requires at least 72 hours of data. Not reported with certain remote monitoring codes for the same data.',
    popularity: 35,
  },
  {
    code: '93798',
    synonyms: ['cardiac rehab with ecg monitoring', 'cardiac rehabilitation', 'phase 2 cardiac rehab'],
    plainLanguage:
      'A supervised exercise and education session for heart patients, with heart rhythm monitoring.',
    clinicalContext:
      'Outpatient cardiac rehabilitation with continuous ECG monitoring after myocardial infarction, stent, bypass surgery, valve surgery or for stable heart failure.',
    specialties: ['Cardiology', 'Cardiac Rehabilitation'],
    billingNotes:
      'Per session; Medicare covers up to 36 sessions, extendable to 72 with justification. Physician supervision requirements apply.',
    popularity: 35,
  },
  {
    code: '94626',
    synonyms: ['pulmonary rehab with monitoring', 'pulmonary rehabilitation'],
    plainLanguage:
      'A supervised exercise and education session for lung disease patients, with oxygen monitoring.',
    clinicalContext:
      'Outpatient pulmonary rehabilitation with continuous oximetry, for COPD and other chronic lung diseases.',
    specialties: ['Pulmonology'],
    billingNotes:
      'Per session. Since 2022 this code and 94625 (without continuous oximetry) replace the former HCPCS code G0424 for pulmonary rehabilitation.',
    popularity: 15,
  },
  {
    code: '96156',
    synonyms: ['health behavior assessment', 'hbai assessment', 'behavioral medicine assessment'],
    plainLanguage:
      'An assessment of how behaviors, emotions and social factors affect a person’s physical illness.',
    clinicalContext:
      'Health behavior assessment or reassessment by psychologists and other qualified professionals for patients whose primary diagnosis is a physical condition, such as chronic pain, diabetes or obesity.',
    specialties: ['Psychology', 'Clinical Social Work'],
    billingNotes: 'Primary diagnosis is medical, not psychiatric. Intervention sessions use 96158 and 96159.',
    popularity: 15,
  },
  {
    code: '96158',
    synonyms: ['health behavior intervention individual', 'hbai individual 30 min'],
    plainLanguage:
      'A one-on-one session to help a patient change behaviors that affect a physical illness, for the first 30 minutes.',
    clinicalContext:
      'Individual health behavior intervention, such as pain coping skills or adherence support, for patients with medical conditions.',
    specialties: ['Psychology', 'Clinical Social Work'],
    billingNotes: 'Requires at least 16 minutes; add 96159 per additional 15 minutes.',
    popularity: 15,
  },
];
