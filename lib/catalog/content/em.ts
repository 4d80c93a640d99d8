import type { CuratedCode } from './types';

// Evaluation and management (E/M): office, hospital, emergency, critical care, consultations,
// nursing facility, home, preventive, prolonged services, care management and virtual care.
// Original text written for Benchline. Visit times quoted are the CPT 2023+ thresholds for choosing a
// level by total time on the date of the encounter; RVU values come from the imported CMS release.

export const emCodes: CuratedCode[] = [
  // ---------------------------------------------------------------- Office / outpatient, new
  {
    code: '99202',
    synonyms: [
      'new patient office visit',
      'new pt level 2',
      'office visit new straightforward',
      'np visit 2',
      'outpatient new patient',
      'clinic visit new',
    ],
    plainLanguage:
      'A first visit with a clinician in the practice for a simple, self-limited problem that needs little testing or decision-making.',
    clinicalContext:
      'Used for patients who have not received professional services from the physician or another physician of the same specialty in the same group within the past three years, when the problem is minor, such as an uncomplicated rash or a minor injury. The level rests on straightforward medical decision making or at least 15 minutes of total clinician time that day.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Dermatology', 'Urgent Care'],
    billingNotes:
      'Select the level by medical decision making (MDM) or by total time on the date of service, not both. When billing by time, record the minutes and what they were spent on (history, examination, counselling, ordering, documentation). A medically appropriate history and examination are expected but no longer count toward the level.',
    popularity: 55,
  },
  {
    code: '99203',
    synonyms: [
      'new patient office visit',
      'new pt level 3',
      'np visit 3',
      'office visit new low mdm',
      'new patient low complexity',
      'outpatient new patient',
    ],
    plainLanguage:
      'A first visit with the practice for a problem that needs some thought, such as a new uncomplicated illness, perhaps with a test or a prescription.',
    clinicalContext:
      'A common level for new outpatients with one acute uncomplicated illness, two or more self-limited problems, or one stable chronic condition, where the clinician reviews limited data and the risk of management is low. It also applies when total clinician time on the date reaches 30 minutes.',
    specialties: [
      'Family Medicine',
      'Internal Medicine',
      'Pediatrics',
      'Orthopedic Surgery',
      'Dermatology',
      'Otolaryngology',
    ],
    billingNotes:
      'Supports low MDM: two of three elements (problems, data, risk) must meet the low level. Counting a unique test ordered or reviewed, or an external note reviewed, contributes to data. Time-based billing needs at least 30 minutes documented for the date of the encounter.',
    popularity: 82,
  },
  {
    code: '99204',
    synonyms: [
      'new patient office visit',
      'new pt level 4',
      'np visit 4',
      'office visit new moderate mdm',
      'new patient moderate complexity',
      'consult equivalent',
    ],
    plainLanguage:
      'A first visit with the practice for a more involved problem, such as a worsening chronic illness or a new problem whose cause is unclear, that calls for tests or prescription medicine.',
    clinicalContext:
      'Typical for new patients referred with a chronic illness that is progressing, two or more stable chronic illnesses, or an undiagnosed new problem with uncertain prognosis. Management commonly involves prescription drug management or a decision about minor surgery with risk factors. Also reported when total time on the date is at least 45 minutes.',
    specialties: [
      'Internal Medicine',
      'Family Medicine',
      'Cardiology',
      'Neurology',
      'Orthopedic Surgery',
      'Gastroenterology',
      'Endocrinology',
    ],
    billingNotes:
      'Requires moderate MDM (two of three elements) or 45 minutes of total time. Medicare pays this code in place of the outpatient consultation codes, so it is frequently used for referred new patients. Document the problems addressed, the data reviewed or ordered, and the management options weighed.',
    popularity: 86,
  },
  {
    code: '99205',
    synonyms: [
      'new patient office visit',
      'new pt level 5',
      'np visit 5',
      'office visit new high mdm',
      'new patient high complexity',
      'comprehensive new patient',
    ],
    plainLanguage:
      'A first visit with the practice for a serious or complicated problem that needs careful evaluation and decisions that carry real risk.',
    clinicalContext:
      'Used for new patients with a chronic illness showing severe exacerbation, or an acute or chronic illness that poses a threat to life or bodily function, where decisions may include hospital admission, major surgery with risk factors, or drug therapy needing intensive monitoring for toxicity. Alternatively supported by 60 minutes or more of total time on the date.',
    specialties: ['Oncology', 'Cardiology', 'Neurology', 'Internal Medicine', 'Rheumatology', 'Surgery'],
    billingNotes:
      'High MDM or at least 60 minutes of total time. When time runs well beyond the level, add prolonged-service codes: 99417 for payers that follow CPT, G2212 for Medicare (which starts counting later, at 89 minutes for this code). Time spent by clinical staff does not count.',
    popularity: 62,
  },
  // ---------------------------------------------------------------- Office / outpatient, established
  {
    code: '99211',
    synonyms: [
      'nurse visit',
      'level 1 visit',
      'est pt level 1',
      'blood pressure check',
      'injection visit',
      'minimal office visit',
      'ma visit',
    ],
    plainLanguage:
      'A short visit with a nurse or medical assistant, such as a blood pressure check or a wound look, that may not need the doctor in the room.',
    clinicalContext:
      'Covers brief services for established patients performed by clinical staff under physician supervision, for example a blood pressure recheck, a suture site check, or reviewing a home glucose log. The practitioner does not have to see the patient, but the service must relate to a plan of care the practitioner set.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Obstetrics and Gynecology'],
    billingNotes:
      'Billed incident-to the supervising physician under Medicare rules, which require direct supervision in the office suite. Not reported together with an injection administration code such as 96372 for the same encounter under Medicare edits. Neither MDM nor time thresholds apply; document the reason for the visit, findings and the plan followed.',
    popularity: 58,
  },
  {
    code: '99212',
    synonyms: [
      'established patient office visit',
      'est pt level 2',
      'follow up visit minor',
      'office visit straightforward',
      'return visit 2',
    ],
    plainLanguage:
      'A short follow-up visit for a simple problem that needs little testing or decision-making.',
    clinicalContext:
      'Suits quick return visits such as a recheck of a minor, self-limited problem, a simple medication refill discussion, or a minor complaint that resolves without testing. It corresponds to straightforward MDM or at least 10 minutes of total clinician time on the date.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Dermatology', 'Orthopedic Surgery'],
    billingNotes:
      'Established patients have received professional services from the physician or a same-specialty colleague in the group within three years. Document the problem addressed and the decision made, or the total time if billing by time.',
    popularity: 70,
  },
  {
    code: '99213',
    synonyms: [
      'established patient office visit',
      'est pt level 3',
      'follow up visit',
      'office visit low mdm',
      'return visit 3',
      'routine follow up',
      'level 3 visit',
    ],
    plainLanguage:
      'A standard follow-up visit for a problem that needs some evaluation, such as a stable chronic condition or a new minor illness.',
    clinicalContext:
      'One of the most frequently billed services in US medicine. It fits established patients with a single stable chronic illness, an acute uncomplicated illness or injury, or two or more self-limited problems, handled with low-risk management such as over-the-counter drugs or a limited test. Total time of at least 20 minutes on the date also supports it.',
    specialties: [
      'Family Medicine',
      'Internal Medicine',
      'Pediatrics',
      'Psychiatry',
      'Orthopedic Surgery',
      'Dermatology',
      'Cardiology',
    ],
    billingNotes:
      'Requires low MDM or 20 minutes of total time. When the visit is part of ongoing longitudinal care of a serious or complex condition, Medicare allows the G2211 add-on. If a procedure is done the same day, the visit needs modifier 25 and must be significant and separately identifiable.',
    popularity: 100,
  },
  {
    code: '99214',
    synonyms: [
      'established patient office visit',
      'est pt level 4',
      'follow up visit moderate',
      'office visit moderate mdm',
      'return visit 4',
      'level 4 visit',
      'chronic disease follow up',
    ],
    plainLanguage:
      'A follow-up visit for a problem that needs more work, such as a chronic illness that is getting worse or several conditions, usually with prescription changes or tests.',
    clinicalContext:
      'Fits established patients with a chronic illness that is worsening or not at goal, two or more stable chronic illnesses, or a new undiagnosed problem with uncertain prognosis. Prescription drug management alone meets the moderate risk element. Total time of at least 30 minutes on the date also supports it.',
    specialties: [
      'Internal Medicine',
      'Family Medicine',
      'Cardiology',
      'Endocrinology',
      'Psychiatry',
      'Neurology',
      'Rheumatology',
      'Oncology',
    ],
    billingNotes:
      'Moderate MDM (two of three elements) or 30 minutes of total time. For medication management, document the drug, the decision (start, continue, adjust, stop) and the monitoring. Pairs with G2211 for Medicare patients in continuing care of a serious or complex condition.',
    popularity: 99,
  },
  {
    code: '99215',
    synonyms: [
      'established patient office visit',
      'est pt level 5',
      'office visit high mdm',
      'return visit 5',
      'level 5 visit',
      'complex follow up',
    ],
    plainLanguage:
      'A follow-up visit for a serious or complicated problem that needs extensive evaluation and high-risk decisions.',
    clinicalContext:
      'Used when an established patient has a severe exacerbation of a chronic illness or an illness that threatens life or bodily function, with decisions such as hospitalization, escalation of care, or drug therapy requiring intensive toxicity monitoring. Common in oncology, cardiology and complex chronic care. Total time of at least 40 minutes also qualifies.',
    specialties: [
      'Oncology',
      'Hematology',
      'Cardiology',
      'Internal Medicine',
      'Nephrology',
      'Rheumatology',
      'Pulmonology',
    ],
    billingNotes:
      'High MDM or 40 minutes of total time. Time beyond the level can be captured with 99417 (CPT) or G2212 (Medicare, from 69 minutes). Document the threat to life or function and the high-risk management decision explicitly; these are the elements auditors look for.',
    popularity: 78,
  },
  // ---------------------------------------------------------------- Hospital inpatient / observation
  {
    code: '99221',
    synonyms: [
      'initial hospital care',
      'admission h&p',
      'hospital admit level 1',
      'initial inpatient visit',
      'observation admit',
      'admit low',
    ],
    plainLanguage:
      'The first visit by the admitting or consulting clinician when a patient is admitted to the hospital or placed in observation, for a relatively simple problem.',
    clinicalContext:
      'Reported for the first inpatient or observation encounter by a given physician when the problem requires straightforward or low-complexity decision making, or 40 minutes of total time on the date. Since 2023 the same codes serve inpatient and observation status.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Family Medicine', 'Surgery'],
    billingNotes:
      'Only one initial hospital visit per patient per admission per physician. Under Medicare, consulting physicians also use these codes; the admitting physician appends modifier AI. Document MDM or time on the unit or floor for the date.',
    popularity: 45,
  },
  {
    code: '99222',
    synonyms: [
      'initial hospital care',
      'admission h&p',
      'hospital admit level 2',
      'admit moderate',
      'initial inpatient visit moderate',
      'observation admit',
    ],
    plainLanguage:
      'The first hospital visit by a clinician for a patient whose problem needs a moderate level of evaluation and decision-making.',
    clinicalContext:
      'A frequent admission level for patients with an acute illness with systemic symptoms or a chronic illness with exacerbation, where parenteral medication, prescription management or several tests are involved. Also met by 55 minutes of total time on the date.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Family Medicine', 'Cardiology', 'Neurology'],
    billingNotes:
      'Moderate MDM or 55 minutes. The admitting physician of record adds modifier AI for Medicare. If the patient was seen in the office or emergency department by the same physician earlier the same day, those services are folded into the admission.',
    popularity: 68,
  },
  {
    code: '99223',
    synonyms: [
      'initial hospital care',
      'admission h&p',
      'hospital admit level 3',
      'admit high',
      'initial inpatient visit high',
      'complex admission',
    ],
    plainLanguage:
      'The first hospital visit by a clinician for a patient who is seriously ill and needs extensive evaluation and high-risk decisions.',
    clinicalContext:
      'The dominant admission level for hospitalists caring for patients with sepsis, decompensated heart failure, acute kidney injury, gastrointestinal bleeding or similar threats to life or organ function. High-complexity decision making or 75 minutes of total time on the date supports it.',
    specialties: [
      'Hospital Medicine',
      'Internal Medicine',
      'Critical Care Medicine',
      'Cardiology',
      'Neurology',
    ],
    billingNotes:
      'High MDM or 75 minutes. Prolonged time beyond the level uses 99418 under CPT or G0316 under Medicare. Document the independent interpretation of tests, discussions with other clinicians, and the decision for hospital-level care.',
    popularity: 80,
  },
  {
    code: '99231',
    synonyms: [
      'subsequent hospital care',
      'progress note',
      'daily rounding visit',
      'hospital follow up low',
      'rounding level 1',
      'inpatient follow up',
    ],
    plainLanguage:
      'A daily hospital check-in for a patient who is stable or improving and needs little change in care.',
    clinicalContext:
      'Used during hospital rounds for patients who are stable, recovering, or improving, where decision making is straightforward or low, or total time on the date reaches 25 minutes. Commonly seen late in a stay or for consultants following a resolved issue.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Surgery', 'Infectious Disease', 'Nephrology'],
    billingNotes:
      'One subsequent visit per physician per day, summing all encounters that day. Surgeons do not bill it during the global period of their own procedure for related care. Copy-forward notes draw audit attention; record what changed that day.',
    popularity: 55,
  },
  {
    code: '99232',
    synonyms: [
      'subsequent hospital care',
      'progress note',
      'daily rounding visit',
      'hospital follow up moderate',
      'rounding level 2',
      'inpatient follow up',
    ],
    plainLanguage:
      'A daily hospital visit for a patient whose condition needs active management, such as adjusting medicines or reviewing new results.',
    clinicalContext:
      'The most common rounding level: patients responding inadequately to therapy or with a minor complication, managed with prescription changes and test review. Supported by moderate decision making or 35 minutes of total time on the date.',
    specialties: [
      'Hospital Medicine',
      'Internal Medicine',
      'Cardiology',
      'Nephrology',
      'Infectious Disease',
      'Pulmonology',
    ],
    billingNotes:
      'Moderate MDM or 35 minutes. When several physicians of the same specialty in the same group see the patient on one day, only one subsequent visit is billable in total. Time may include unit-based work such as reviewing records and talking with family.',
    popularity: 90,
  },
  {
    code: '99233',
    synonyms: [
      'subsequent hospital care',
      'progress note',
      'daily rounding visit high',
      'hospital follow up high',
      'rounding level 3',
      'unstable inpatient',
    ],
    plainLanguage:
      'A daily hospital visit for a patient who is unstable or has a significant new problem needing urgent decisions.',
    clinicalContext:
      'Fits inpatients who are unstable or have developed a significant complication or new problem, where decisions such as escalation to intensive care, urgent procedures or drug therapy needing close monitoring are made. High decision making or 50 minutes of total time supports it.',
    specialties: [
      'Hospital Medicine',
      'Internal Medicine',
      'Critical Care Medicine',
      'Cardiology',
      'Oncology',
    ],
    billingNotes:
      'High MDM or 50 minutes. Avoid reporting on consecutive days without documentation of ongoing instability. Time beyond the level uses 99418 (CPT) or G0316 (Medicare, once the threshold in CMS guidance is passed).',
    popularity: 75,
  },
  {
    code: '99234',
    synonyms: [
      'same day admit discharge',
      'observation same day',
      'admit and discharge same date',
      'short stay',
      'obs in and out low',
    ],
    plainLanguage:
      'A hospital or observation stay in which the patient is admitted and sent home on the same calendar day, for a simpler problem.',
    clinicalContext:
      'Used for short observation stays, for example chest pain ruled out or dehydration treated, when admission and discharge happen on one date. Supported by straightforward or low decision making or 45 minutes of total time.',
    specialties: ['Hospital Medicine', 'Emergency Medicine', 'Internal Medicine', 'Family Medicine'],
    billingNotes:
      'Medicare expects a stay of at least eight hours for the same-day admit-and-discharge codes; shorter stays are billed with an initial hospital care code only, and stays spanning two dates with an initial visit plus a discharge code. Document both the admission and discharge components.',
    popularity: 30,
  },
  {
    code: '99235',
    synonyms: [
      'same day admit discharge',
      'observation same day moderate',
      'admit and discharge same date',
      'short stay moderate',
      'obs in and out',
    ],
    plainLanguage:
      'A same-day hospital or observation stay for a problem that needs a moderate amount of evaluation and management.',
    clinicalContext:
      'Typical of observation stays where serial testing or treatment such as intravenous therapy is needed before a safe discharge later the same day. Moderate decision making or 70 minutes of total time supports it.',
    specialties: ['Hospital Medicine', 'Emergency Medicine', 'Internal Medicine'],
    billingNotes:
      'Replaces both the admission and the discharge for a single-date stay. The eight-hour minimum stay expectation applies for Medicare. Do not add 99238 or 99239 for the same stay.',
    popularity: 28,
  },
  {
    code: '99236',
    synonyms: [
      'same day admit discharge',
      'observation same day high',
      'admit and discharge same date complex',
      'short stay high',
    ],
    plainLanguage:
      'A same-day hospital or observation stay for a serious problem that needs extensive evaluation before the patient can go home.',
    clinicalContext:
      'Used when a potentially serious condition, such as syncope or a suspected acute coronary syndrome, is evaluated and resolved within one calendar day with high-complexity decision making or 85 minutes of total time.',
    specialties: ['Hospital Medicine', 'Emergency Medicine', 'Cardiology'],
    billingNotes:
      'High MDM or 85 minutes. Prolonged time beyond the level is reported with 99418 or, for Medicare, G0316. Document the admission, the results reviewed and the discharge plan.',
    popularity: 22,
  },
  {
    code: '99238',
    synonyms: [
      'discharge day management',
      'hospital discharge',
      'discharge summary',
      'dc day',
      'discharge 30 min or less',
    ],
    plainLanguage:
      'The work of getting a patient ready to leave the hospital: the last exam, instructions, prescriptions and paperwork, taking 30 minutes or less.',
    clinicalContext:
      'Reported on the day of discharge from inpatient or observation status when the discharging clinician spends 30 minutes or less on final examination, discussion of the stay, instructions for continuing care and preparation of discharge records, prescriptions and referrals.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Family Medicine', 'Pediatrics'],
    billingNotes:
      'Time-based: record the total discharge time, which need not be continuous. Only the discharging physician bills it; others seeing the patient that day use subsequent care codes. Not used for same-day admit and discharge.',
    popularity: 72,
  },
  {
    code: '99239',
    synonyms: [
      'discharge day management',
      'hospital discharge over 30 minutes',
      'complex discharge',
      'dc day long',
      'discharge more than 30 min',
    ],
    plainLanguage:
      'Discharge from the hospital that takes more than 30 minutes of the clinician’s time, for example because care at home or in a facility needs careful coordination.',
    clinicalContext:
      'Used for complex discharges involving extensive medication reconciliation, coordination with skilled nursing or home health, or lengthy patient and family teaching, when the discharging clinician’s time on the date exceeds 30 minutes.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Family Medicine', 'Geriatric Medicine'],
    billingNotes:
      'The note must state the total time spent and that it was more than 30 minutes; without a stated time, payers downcode to 99238.',
    popularity: 60,
  },
  // ---------------------------------------------------------------- Emergency department
  {
    code: '99281',
    synonyms: [
      'ed visit level 1',
      'er visit minimal',
      'emergency department visit level 1',
      'ed triage only',
    ],
    plainLanguage:
      'An emergency department visit for a very minor problem that may not need a doctor, such as a prescription question or a dressing check.',
    clinicalContext:
      'The lowest ED level, used when the presenting problem is minimal and the patient’s needs may be met without a physician or other qualified practitioner, for example a suture check or medication refill question.',
    specialties: ['Emergency Medicine'],
    billingNotes:
      'ED levels are chosen by medical decision making only; time is not used. Emergency department codes apply only in a hospital-based department open 24 hours.',
    popularity: 15,
  },
  {
    code: '99282',
    synonyms: [
      'ed visit level 2',
      'er visit straightforward',
      'emergency department visit level 2',
      'minor emergency visit',
    ],
    plainLanguage: 'An emergency department visit for a minor problem that is quick to evaluate and treat.',
    clinicalContext:
      'Covers self-limited or minor problems seen in the ED, such as an insect bite, a minor abrasion, or mild cold symptoms, where decision making is straightforward.',
    specialties: ['Emergency Medicine'],
    billingNotes:
      'Requires straightforward MDM. Procedures done the same visit, such as a simple laceration repair, are separately reportable with modifier 25 on the visit when the evaluation is significant beyond the procedure.',
    popularity: 30,
  },
  {
    code: '99283',
    synonyms: ['ed visit level 3', 'er visit low', 'emergency department visit level 3', 'moderate er visit'],
    plainLanguage:
      'An emergency department visit for a problem of low to moderate urgency that needs some evaluation, such as an uncomplicated injury.',
    clinicalContext:
      'Used for patients with an acute uncomplicated illness or injury, such as a sprained ankle with an x-ray or an uncomplicated urinary tract infection, where low-complexity decision making applies.',
    specialties: ['Emergency Medicine', 'Urgent Care'],
    billingNotes:
      'Low MDM. Independent interpretation of an x-ray or ECG that is not billed separately strengthens the data element. Document the differential considered when ruling out serious causes.',
    popularity: 68,
  },
  {
    code: '99284',
    synonyms: [
      'ed visit level 4',
      'er visit moderate',
      'emergency department visit level 4',
      'urgent er visit',
    ],
    plainLanguage:
      'An emergency department visit for a problem that is urgent and needs a moderate level of testing and decision-making.',
    clinicalContext:
      'Among the most billed ED levels: undiagnosed new problems with uncertain prognosis, acute illness with systemic symptoms, or complicated injuries, typically involving laboratory tests, imaging and prescription drugs or parenteral medication.',
    specialties: ['Emergency Medicine'],
    billingNotes:
      'Moderate MDM. Consider whether the data element includes ordering and reviewing tests, reviewing outside records, or obtaining history from an independent historian; document each.',
    popularity: 88,
  },
  {
    code: '99285',
    synonyms: [
      'ed visit level 5',
      'er visit high',
      'emergency department visit level 5',
      'critical er visit',
      'high acuity ed',
    ],
    plainLanguage:
      'An emergency department visit for a serious or potentially life-threatening problem needing extensive evaluation and high-risk decisions.',
    clinicalContext:
      'Used for presentations such as chest pain concerning for acute coronary syndrome, stroke symptoms, sepsis, or major trauma, where decisions include hospital admission, emergency surgery or escalation of care.',
    specialties: ['Emergency Medicine'],
    billingNotes:
      'High MDM. If the patient requires critical care for 30 minutes or more, critical care codes may be reported instead of, or in some payer rules in addition to, the ED visit; Medicare allows both on the same day when the ED visit precedes the critical illness.',
    popularity: 85,
  },
  // ---------------------------------------------------------------- Critical care
  {
    code: '99291',
    synonyms: [
      'critical care first hour',
      'cc time',
      'icu critical care',
      'critical care 30-74 min',
      'crit care',
    ],
    plainLanguage:
      'Hands-on care of a critically ill or injured patient for the first 30 to 74 minutes, when organ failure or death is an immediate threat.',
    clinicalContext:
      'Reported when a physician directly delivers high-complexity care to a patient with acute impairment of one or more vital organ systems, such as shock, respiratory failure or severe trauma, for at least 30 minutes on a date. It may be provided in the ICU, emergency department or elsewhere.',
    specialties: [
      'Critical Care Medicine',
      'Emergency Medicine',
      'Pulmonology',
      'Hospital Medicine',
      'Anesthesiology',
    ],
    billingNotes:
      'Time-based: document total critical care minutes excluding separately billable procedures (for example central lines or intubation). Bundled services such as blood gas interpretation, chest x-ray reading and ventilator management are included. Less than 30 minutes is reported as an ordinary E/M visit.',
    popularity: 82,
  },
  {
    code: '99292',
    synonyms: [
      'critical care each additional 30 min',
      'critical care add on',
      'cc additional time',
      'critical care extra',
    ],
    plainLanguage:
      'Each extra half hour of critical care beyond the first hour of care for a critically ill patient.',
    clinicalContext:
      'Add-on to 99291 for extended critical care on the same date, such as ongoing resuscitation or titration of vasopressors and ventilation in an unstable patient.',
    specialties: ['Critical Care Medicine', 'Emergency Medicine', 'Pulmonology', 'Hospital Medicine'],
    billingNotes:
      'Reported with 99291. Medicare counts the first unit only after 104 minutes in total (74 plus 30), while CPT counting permits it from 75 minutes; check which rule the payer follows. Split or shared critical care between a physician and NPP follows CMS substantive-portion rules.',
    popularity: 55,
  },
  // ---------------------------------------------------------------- Consultations
  {
    code: '99242',
    synonyms: [
      'office consult level 2',
      'outpatient consultation',
      'consult straightforward',
      'specialist consult',
    ],
    plainLanguage:
      'An outpatient visit in which a specialist gives an opinion on a simple problem at another clinician’s request.',
    clinicalContext:
      'Used by commercial payers that recognize consultation codes, when a physician requests advice on a straightforward question and the consultant communicates findings back. Supported by straightforward MDM or 20 minutes of total time.',
    specialties: ['Orthopedic Surgery', 'Cardiology', 'Dermatology', 'Otolaryngology', 'Urology'],
    billingNotes:
      'Medicare does not pay consultation codes; bill new or established office visits instead. For other payers, document the requesting clinician, the question asked, and the written report sent back.',
    popularity: 20,
  },
  {
    code: '99243',
    synonyms: [
      'office consult level 3',
      'outpatient consultation low',
      'consult low complexity',
      'specialist consult',
    ],
    plainLanguage:
      'A specialist outpatient consultation for a problem needing low-complexity evaluation at another clinician’s request.',
    clinicalContext:
      'Fits consultations for problems such as a stable chronic condition or uncomplicated acute issue where the referring physician seeks an opinion. Low MDM or 30 minutes of total time supports it.',
    specialties: ['Orthopedic Surgery', 'Cardiology', 'Gastroenterology', 'Urology', 'Otolaryngology'],
    billingNotes:
      'Not payable by Medicare, which expects office E/M codes. Commercial plans that accept it require the request for opinion and the report to the requester in the record.',
    popularity: 30,
  },
  {
    code: '99244',
    synonyms: [
      'office consult level 4',
      'outpatient consultation moderate',
      'consult moderate complexity',
      'specialist consult',
    ],
    plainLanguage:
      'A specialist outpatient consultation for a more involved problem needing tests or prescription decisions.',
    clinicalContext:
      'The most common consultation level for payers that still pay consults, covering progressing chronic illness or new problems with uncertain prognosis. Moderate MDM or 40 minutes of total time supports it.',
    specialties: ['Cardiology', 'Neurology', 'Gastroenterology', 'Endocrinology', 'Rheumatology', 'Surgery'],
    billingNotes:
      'Medicare status I: use 99204 or 99214 for Medicare patients. Keep a copy of the consult letter or note sent to the requesting clinician.',
    popularity: 38,
  },
  {
    code: '99245',
    synonyms: [
      'office consult level 5',
      'outpatient consultation high',
      'consult high complexity',
      'specialist consult',
    ],
    plainLanguage:
      'A specialist outpatient consultation for a serious or complex problem with high-risk decisions.',
    clinicalContext:
      'Used for referrals such as a suspected malignancy requiring a treatment plan or a complex multisystem disease. High MDM or 55 minutes of total time supports it.',
    specialties: ['Oncology', 'Cardiology', 'Neurology', 'Surgery', 'Rheumatology'],
    billingNotes:
      'Medicare does not recognize it. Prolonged time beyond the level can be reported with 99417 for payers that follow CPT.',
    popularity: 25,
  },
  {
    code: '99252',
    synonyms: [
      'inpatient consult level 2',
      'hospital consultation',
      'ip consult straightforward',
      'floor consult',
    ],
    plainLanguage:
      'A specialist’s hospital or observation consultation for a simple question asked by the treating team.',
    clinicalContext:
      'For payers that recognize inpatient consultation codes, used when the consultant addresses a straightforward question, supported by straightforward MDM or 35 minutes of total time.',
    specialties: ['Hospital Medicine', 'Surgery', 'Infectious Disease', 'Psychiatry'],
    billingNotes:
      'Medicare does not pay consult codes; consultants bill initial hospital care (99221-99223) instead. Document the requesting physician and the question.',
    popularity: 18,
  },
  {
    code: '99253',
    synonyms: ['inpatient consult level 3', 'hospital consultation low', 'ip consult low'],
    plainLanguage: 'A hospital consultation by a specialist for a problem needing low-complexity evaluation.',
    clinicalContext:
      'Covers inpatient or observation consults with low MDM or 45 minutes of total time, for example assessing a stable chronic issue that arose during an admission for another reason.',
    specialties: ['Surgery', 'Cardiology', 'Nephrology', 'Psychiatry', 'Infectious Disease'],
    billingNotes:
      'Not payable by Medicare. Commercial payers require the request and the consultant’s recommendations communicated to the treating team.',
    popularity: 25,
  },
  {
    code: '99254',
    synonyms: ['inpatient consult level 4', 'hospital consultation moderate', 'ip consult moderate'],
    plainLanguage:
      'A hospital consultation by a specialist for a problem that needs moderate evaluation, tests or medication decisions.',
    clinicalContext:
      'A common inpatient consult level, covering exacerbated chronic illness or acute illness with systemic symptoms where the consultant reviews tests and recommends medication or procedures. Moderate MDM or 60 minutes of total time.',
    specialties: [
      'Cardiology',
      'Nephrology',
      'Infectious Disease',
      'Gastroenterology',
      'Neurology',
      'Surgery',
    ],
    billingNotes:
      'Medicare status I; use 99221-99223 for Medicare. For other payers, follow-up visits after the consult are reported with subsequent hospital care codes.',
    popularity: 32,
  },
  {
    code: '99255',
    synonyms: [
      'inpatient consult level 5',
      'hospital consultation high',
      'ip consult high',
      'complex consult',
    ],
    plainLanguage:
      'A hospital consultation by a specialist for a serious, complex problem with high-risk decisions.',
    clinicalContext:
      'Used when the consultant evaluates a critically important problem such as possible surgical abdomen, new malignancy or multi-organ dysfunction and recommends high-risk management. High MDM or 80 minutes of total time.',
    specialties: ['Surgery', 'Cardiology', 'Oncology', 'Neurology', 'Critical Care Medicine'],
    billingNotes:
      'Not paid by Medicare. Prolonged inpatient time beyond the level is reported with 99418 for payers following CPT.',
    popularity: 24,
  },
  // ---------------------------------------------------------------- Nursing facility
  {
    code: '99304',
    synonyms: [
      'nursing home admission',
      'snf initial visit',
      'nursing facility initial care low',
      'nf admit',
      'snf h&p',
    ],
    plainLanguage:
      'The first visit by a clinician when a patient arrives at a nursing home or skilled nursing facility, for a fairly simple situation.',
    clinicalContext:
      'Used for the initial comprehensive assessment of a nursing facility resident when decision making is straightforward or low, or total time reaches 25 minutes. Often follows a hospital stay for rehabilitation.',
    specialties: [
      'Geriatric Medicine',
      'Family Medicine',
      'Internal Medicine',
      'Physical Medicine and Rehabilitation',
    ],
    billingNotes:
      'Medicare requires the physician to perform the initial comprehensive visit in a skilled nursing facility; the attending physician appends modifier AI. Document the facility, level of care and plan.',
    popularity: 28,
  },
  {
    code: '99305',
    synonyms: [
      'nursing home admission moderate',
      'snf initial visit',
      'nursing facility initial care',
      'nf admit moderate',
    ],
    plainLanguage:
      'The first nursing home visit by a clinician for a resident with a condition that needs moderate evaluation and management.',
    clinicalContext:
      'The most common nursing facility admission level: residents arriving with several chronic illnesses or a recent exacerbation requiring medication reconciliation and a new care plan. Moderate MDM or 35 minutes.',
    specialties: ['Geriatric Medicine', 'Internal Medicine', 'Family Medicine'],
    billingNotes:
      'Moderate MDM or 35 minutes. Only one initial visit per stay per physician; later visits use 99307-99310.',
    popularity: 35,
  },
  {
    code: '99306',
    synonyms: [
      'nursing home admission high',
      'snf initial visit complex',
      'nursing facility initial care high',
      'nf admit high',
    ],
    plainLanguage:
      'The first nursing home visit for a resident with serious or complex problems requiring high-risk decisions.',
    clinicalContext:
      'Used for nursing facility admissions involving unstable or complex conditions, for example after a complicated hospitalization, where goals of care, high-risk medications or rehospitalization are considered. High MDM or 50 minutes.',
    specialties: ['Geriatric Medicine', 'Internal Medicine', 'Palliative Care'],
    billingNotes: 'High MDM or 50 minutes. Prolonged time uses 99418 (CPT) or G0317 (Medicare).',
    popularity: 32,
  },
  {
    code: '99307',
    synonyms: [
      'nursing home follow up',
      'snf subsequent visit',
      'nf visit straightforward',
      'nursing facility rounding',
    ],
    plainLanguage: 'A brief follow-up visit for a nursing home resident who is stable.',
    clinicalContext:
      'Used for routine nursing facility visits when the resident is stable and the decision making is straightforward, or the visit takes at least 10 minutes in total.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Straightforward MDM or 10 minutes. Federally required periodic visits in skilled facilities are billed with these subsequent codes.',
    popularity: 20,
  },
  {
    code: '99308',
    synonyms: [
      'nursing home follow up',
      'snf subsequent visit low',
      'nf visit low',
      'nursing facility rounding',
    ],
    plainLanguage:
      'A follow-up visit for a nursing home resident with a minor new issue or a stable chronic condition.',
    clinicalContext:
      'Covers subsequent nursing facility visits with low MDM or 20 minutes, such as monitoring a resolving infection or reviewing stable chronic disease.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes: 'Low MDM or 20 minutes. Document the interval change and reason for the visit.',
    popularity: 34,
  },
  {
    code: '99309',
    synonyms: [
      'nursing home follow up moderate',
      'snf subsequent visit',
      'nf visit moderate',
      'nursing facility rounding',
    ],
    plainLanguage:
      'A follow-up nursing home visit for a resident whose condition needs medication changes or testing.',
    clinicalContext:
      'The most billed subsequent nursing facility level: residents with a worsening chronic condition or multiple chronic illnesses needing prescription management. Moderate MDM or 30 minutes.',
    specialties: ['Geriatric Medicine', 'Internal Medicine', 'Family Medicine'],
    billingNotes: 'Moderate MDM or 30 minutes. Document medication adjustments and laboratory review.',
    popularity: 45,
  },
  {
    code: '99310',
    synonyms: [
      'nursing home follow up high',
      'snf subsequent visit complex',
      'nf visit high',
      'unstable resident',
    ],
    plainLanguage:
      'A follow-up nursing home visit for a resident who is unstable or has a serious new problem.',
    clinicalContext:
      'Used when a resident develops a significant complication such as sepsis or acute decline and the clinician weighs transfer to hospital, escalation, or a change in goals of care. High MDM or 45 minutes.',
    specialties: ['Geriatric Medicine', 'Internal Medicine', 'Palliative Care'],
    billingNotes: 'High MDM or 45 minutes. Prolonged time beyond the level uses G0317 for Medicare.',
    popularity: 26,
  },
  {
    code: '99315',
    synonyms: [
      'nursing facility discharge',
      'snf discharge',
      'nf discharge 30 min or less',
      'nursing home discharge',
    ],
    plainLanguage:
      'The clinician’s work to discharge a resident from a nursing facility, taking 30 minutes or less.',
    clinicalContext:
      'Reported on the day of discharge from a nursing facility for the final examination, instructions, prescriptions and coordination with the next setting of care when the total time is 30 minutes or less.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Time-based; record the time spent. Discharge to home commonly opens the window for transitional care management billed by the community clinician.',
    popularity: 18,
  },
  {
    code: '99316',
    synonyms: [
      'nursing facility discharge over 30 min',
      'snf discharge complex',
      'nf discharge more than 30 minutes',
    ],
    plainLanguage: 'Discharge from a nursing facility taking more than 30 minutes of the clinician’s time.',
    clinicalContext:
      'Used for nursing facility discharges with complex medication reconciliation, home-service coordination or caregiver teaching that takes more than 30 minutes on the date.',
    specialties: ['Geriatric Medicine', 'Internal Medicine'],
    billingNotes: 'Document the total time and that it exceeded 30 minutes.',
    popularity: 14,
  },
  // ---------------------------------------------------------------- Home or residence
  {
    code: '99341',
    synonyms: [
      'home visit new patient',
      'house call new',
      'home visit level 1',
      'residence visit new',
      'assisted living visit new',
    ],
    plainLanguage:
      'A first visit by a clinician to a patient’s home or residence, such as assisted living, for a simple problem.',
    clinicalContext:
      'Since 2023 the home or residence codes cover private homes, assisted living and group homes. This level fits new patients with straightforward decision making or 15 minutes of total time.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Straightforward MDM or 15 minutes. Medicare no longer requires documentation of why an office visit was not possible, but the place of service (home or assisted living) must be correct.',
    popularity: 8,
  },
  {
    code: '99342',
    synonyms: [
      'home visit new patient',
      'house call new low',
      'residence visit new',
      'assisted living visit new',
    ],
    plainLanguage:
      'A first home visit for a patient whose problem needs some evaluation and decision-making.',
    clinicalContext:
      'Home or residence visit for new patients with low MDM or 30 minutes, for example an older adult with a stable chronic illness being established in a home-based primary care program.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes: 'Low MDM or 30 minutes. The former domiciliary codes were merged into this family in 2023.',
    popularity: 10,
  },
  {
    code: '99344',
    synonyms: [
      'home visit new patient moderate',
      'house call new',
      'residence visit new moderate',
      'home based primary care',
    ],
    plainLanguage:
      'A first home visit for a patient with a more involved condition needing tests or prescription management.',
    clinicalContext:
      'Used when establishing care at home for patients with multiple chronic illnesses or a recent decline, with moderate MDM or 60 minutes of total time.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine', 'Palliative Care'],
    billingNotes:
      'Moderate MDM or 60 minutes. Note that code 99343 no longer exists; the new-patient home levels are 99341, 99342, 99344 and 99345.',
    popularity: 12,
  },
  {
    code: '99345',
    synonyms: ['home visit new patient high', 'house call new complex', 'residence visit new high'],
    plainLanguage:
      'A first home visit for a patient with serious or complex problems needing high-risk decisions.',
    clinicalContext:
      'Fits new home-visit patients who are frail, unstable or near end of life, where decisions about hospitalization or goals of care are made. High MDM or 75 minutes.',
    specialties: ['Geriatric Medicine', 'Palliative Care', 'Internal Medicine'],
    billingNotes: 'High MDM or 75 minutes. Prolonged time uses 99417 (CPT) or G0318 (Medicare).',
    popularity: 10,
  },
  {
    code: '99347',
    synonyms: [
      'home visit established',
      'house call follow up',
      'residence visit est',
      'assisted living follow up',
    ],
    plainLanguage: 'A short follow-up visit at a patient’s home or residence for a simple problem.',
    clinicalContext:
      'Established-patient home or residence visit with straightforward MDM or 20 minutes, such as a recheck of a resolved minor problem.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes: 'Straightforward MDM or 20 minutes.',
    popularity: 10,
  },
  {
    code: '99348',
    synonyms: [
      'home visit established low',
      'house call follow up',
      'residence visit est',
      'assisted living visit',
    ],
    plainLanguage: 'A follow-up home visit for a stable chronic condition or a minor new illness.',
    clinicalContext:
      'Established home or residence visits with low MDM or 30 minutes, often routine visits in assisted living.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes: 'Low MDM or 30 minutes.',
    popularity: 16,
  },
  {
    code: '99349',
    synonyms: [
      'home visit established moderate',
      'house call follow up',
      'residence visit est moderate',
      'home based primary care',
    ],
    plainLanguage: 'A follow-up home visit for a patient whose condition needs medication changes or tests.',
    clinicalContext:
      'The most common home visit level: established homebound or assisted-living patients with worsening or multiple chronic illnesses requiring prescription management. Moderate MDM or 40 minutes.',
    specialties: ['Geriatric Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes: 'Moderate MDM or 40 minutes.',
    popularity: 20,
  },
  {
    code: '99350',
    synonyms: ['home visit established high', 'house call complex', 'residence visit est high'],
    plainLanguage: 'A follow-up home visit for a patient who is unstable or has a serious new problem.',
    clinicalContext:
      'Used when an established home-based patient has a significant decline and the clinician weighs hospitalization, hospice or high-risk therapy. High MDM or 60 minutes.',
    specialties: ['Geriatric Medicine', 'Palliative Care', 'Internal Medicine'],
    billingNotes: 'High MDM or 60 minutes. G0318 captures prolonged time for Medicare.',
    popularity: 12,
  },
  // ---------------------------------------------------------------- Preventive medicine
  {
    code: '99381',
    synonyms: [
      'well child new infant',
      'newborn well visit new',
      'preventive visit infant',
      'wcc under 1',
      'well baby new',
    ],
    plainLanguage:
      'A first wellness check-up for a baby under one year old: growth, development, feeding and vaccines.',
    clinicalContext:
      'An initial preventive visit for an infant new to the practice, including age-appropriate history, examination, anticipatory guidance and ordering of immunizations and screening.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Preventive codes are age-banded and not problem-oriented. Vaccines and their administration, and screening tests, are reported separately. Medicare status N (not covered), which is rarely relevant for this age group.',
    popularity: 30,
  },
  {
    code: '99382',
    synonyms: [
      'well child new 1-4',
      'preventive visit toddler new',
      'wcc new patient',
      'physical exam child new',
    ],
    plainLanguage: 'A first wellness check-up for a child aged one to four years.',
    clinicalContext:
      'Initial comprehensive preventive evaluation of a toddler or preschooler joining the practice: development, nutrition, safety counselling and vaccines.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Developmental screening (96110) and vaccines are billed separately. A significant problem addressed at the same visit may be reported with an office visit code and modifier 25.',
    popularity: 28,
  },
  {
    code: '99383',
    synonyms: [
      'well child new 5-11',
      'school physical new',
      'preventive visit child new',
      'sports physical new',
    ],
    plainLanguage: 'A first wellness check-up for a child aged five to eleven years.',
    clinicalContext:
      'Initial preventive visit for a school-age child, covering growth, vision and hearing screening, school performance, safety and immunizations.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Vision and hearing screening and vaccines are separately reportable. Sports or school forms completed during the visit are part of the preventive service.',
    popularity: 30,
  },
  {
    code: '99384',
    synonyms: [
      'adolescent well visit new',
      'teen physical new',
      'preventive visit 12-17 new',
      'sports physical teen',
    ],
    plainLanguage: 'A first wellness check-up for an adolescent aged 12 to 17.',
    clinicalContext:
      'Initial preventive visit for a teenager new to the practice, with confidential screening for mood, substance use and sexual health, and catch-up vaccines.',
    specialties: ['Pediatrics', 'Family Medicine', 'Adolescent Medicine'],
    billingNotes:
      'Depression screening (96127) and vaccines are reported separately. Preserve confidentiality of sensitive content in records shared with parents.',
    popularity: 26,
  },
  {
    code: '99385',
    synonyms: [
      'adult physical new 18-39',
      'annual physical new',
      'preventive visit new adult',
      'cpe new patient',
      'wellness exam new',
    ],
    plainLanguage: 'A first yearly physical for an adult aged 18 to 39.',
    clinicalContext:
      'Initial comprehensive preventive medicine evaluation of a young adult, with risk-factor review, counselling, and ordering of age-appropriate screening and vaccines.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Obstetrics and Gynecology'],
    billingNotes:
      'Commercial plans usually cover preventive visits without cost sharing under the ACA. If a chronic problem is managed at the same visit, report the problem-oriented E/M with modifier 25 and explain to the patient that cost sharing may apply.',
    popularity: 40,
  },
  {
    code: '99386',
    synonyms: [
      'adult physical new 40-64',
      'annual physical new',
      'preventive visit new adult',
      'cpe new patient',
      'wellness exam new',
    ],
    plainLanguage: 'A first yearly physical for an adult aged 40 to 64.',
    clinicalContext:
      'Initial preventive visit for middle-aged adults, focusing on cardiovascular risk, cancer screening (colorectal, breast, cervical, lung where eligible) and vaccines.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Obstetrics and Gynecology'],
    billingNotes:
      'Laboratory tests, ECGs and vaccines are separately reportable. Medicare does not cover this code; Medicare beneficiaries receive the IPPE or annual wellness visit instead.',
    popularity: 45,
  },
  {
    code: '99387',
    synonyms: ['adult physical new 65+', 'senior physical new', 'preventive visit new elderly'],
    plainLanguage: 'A first yearly physical for an adult 65 or older.',
    clinicalContext:
      'Initial comprehensive preventive visit for older adults, used mainly with commercial or Medicare Advantage plans that cover a routine physical.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'Traditional Medicare does not cover it (status N); patients may sign an advance beneficiary notice, or the practice can offer G0402, G0438 or G0439 instead.',
    popularity: 15,
  },
  {
    code: '99391',
    synonyms: ['well baby visit', 'well child under 1', 'infant preventive visit', 'wcc infant est'],
    plainLanguage: 'A routine wellness check-up for a baby under one year old who is already a patient.',
    clinicalContext:
      'Periodic preventive visits during infancy following the Bright Futures schedule, with growth monitoring, development, feeding and immunizations.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Vaccine administration with counselling (90460, 90461) and vaccine products are billed in addition. Maternal depression screening may be reported separately.',
    popularity: 55,
  },
  {
    code: '99392',
    synonyms: ['well child 1-4', 'toddler check up', 'preventive visit 1-4 est', 'wcc toddler'],
    plainLanguage: 'A routine wellness check-up for a child aged one to four who is already a patient.',
    clinicalContext:
      'Periodic preventive visits in early childhood, including developmental and autism screening, lead and anemia screening where indicated, and vaccines.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Screening instruments (96110) and fluoride varnish are reported separately when performed.',
    popularity: 55,
  },
  {
    code: '99393',
    synonyms: ['well child 5-11', 'school physical', 'preventive visit 5-11 est', 'annual child check up'],
    plainLanguage: 'A routine wellness check-up for a child aged five to eleven who is already a patient.',
    clinicalContext:
      'Annual preventive visit for school-age children: growth and BMI, vision and hearing, school and behavioral concerns, safety and vaccines.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes:
      'Sports clearance forms are included. Separately managed problems may be reported with an office visit and modifier 25.',
    popularity: 55,
  },
  {
    code: '99394',
    synonyms: ['adolescent well visit', 'teen physical', 'preventive visit 12-17 est', 'sports physical'],
    plainLanguage: 'A routine wellness check-up for a teenager aged 12 to 17 who is already a patient.',
    clinicalContext:
      'Annual adolescent preventive visit with confidential psychosocial screening, sexual health counselling, and vaccines such as HPV, meningococcal and Tdap boosters.',
    specialties: ['Pediatrics', 'Family Medicine', 'Adolescent Medicine'],
    billingNotes:
      'Depression screening and substance-use screening instruments are separately reportable by many payers.',
    popularity: 52,
  },
  {
    code: '99395',
    synonyms: [
      'annual physical 18-39',
      'adult physical est',
      'preventive visit est adult',
      'cpe',
      'wellness exam',
      'yearly physical',
    ],
    plainLanguage: 'A routine yearly physical for an adult aged 18 to 39 who is already a patient.',
    clinicalContext:
      'Periodic preventive evaluation for young adults, including risk counselling, cervical cancer screening where due, and vaccine updates.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Obstetrics and Gynecology'],
    billingNotes:
      'No cost sharing for most commercial members. Pap collection and laboratory tests are billed separately.',
    popularity: 62,
  },
  {
    code: '99396',
    synonyms: [
      'annual physical 40-64',
      'adult physical est',
      'preventive visit est adult',
      'cpe',
      'wellness exam',
      'yearly physical',
    ],
    plainLanguage: 'A routine yearly physical for an adult aged 40 to 64 who is already a patient.',
    clinicalContext:
      'One of the most billed preventive codes: annual check-ups for middle-aged adults covering cardiovascular risk, cancer screening and vaccines.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Obstetrics and Gynecology'],
    billingNotes:
      'When chronic conditions such as hypertension or diabetes are also managed, bill the problem-oriented visit with modifier 25 and document it separately from the preventive content.',
    popularity: 75,
  },
  {
    code: '99397',
    synonyms: ['annual physical 65+', 'senior physical', 'preventive visit est elderly'],
    plainLanguage: 'A routine yearly physical for an adult 65 or older who is already a patient.',
    clinicalContext:
      'Periodic preventive visits for older adults with commercial or Medicare Advantage coverage that includes an annual physical.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'Not covered by traditional Medicare; the annual wellness visit (G0439) is the Medicare equivalent, and some practices bill both with the patient’s agreement to pay for the non-covered part.',
    popularity: 35,
  },
  // ---------------------------------------------------------------- Prolonged services and add-ons
  {
    code: '99417',
    synonyms: [
      'prolonged office visit',
      'prolonged services outpatient',
      'prolonged e/m 15 min',
      'extra time add on',
    ],
    plainLanguage:
      'Extra time added to a long office or outpatient visit, for each additional 15 minutes the clinician spends.',
    clinicalContext:
      'Add-on for payers following CPT when a level 5 office visit (99205 or 99215), consult or home visit is selected by time and total time passes the level’s minimum by 15 minutes or more.',
    specialties: ['Oncology', 'Internal Medicine', 'Family Medicine', 'Psychiatry', 'Neurology'],
    billingNotes:
      'Only with the highest-level codes chosen by time. Medicare does not accept it (status I) and uses G2212 instead. Document the total time for the date and what it was spent on.',
    popularity: 30,
  },
  {
    code: '99418',
    synonyms: ['prolonged inpatient visit', 'prolonged services hospital', 'prolonged ip e/m 15 min'],
    plainLanguage:
      'Extra time added to a long hospital, observation or nursing facility visit, for each additional 15 minutes.',
    clinicalContext:
      'CPT add-on for prolonged time beyond the highest hospital, nursing facility or inpatient consultation level when the level was chosen by time.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Palliative Care', 'Geriatric Medicine'],
    billingNotes:
      'Medicare does not recognize it; use G0316 (hospital), G0317 (nursing facility) or G0318 (home) for Medicare patients.',
    popularity: 15,
  },
  {
    code: 'G2212',
    synonyms: [
      'medicare prolonged office visit',
      'prolonged outpatient medicare',
      'prolonged e/m medicare',
      'g code prolonged',
    ],
    plainLanguage:
      'Medicare’s code for extra time spent on a long office visit, for each additional 15 minutes.',
    clinicalContext:
      'Used for Medicare patients when a 99205 or 99215 is selected by time and total time exceeds Medicare’s threshold, which is 89 minutes for 99205 and 69 minutes for 99215, with one unit per further 15 minutes.',
    specialties: ['Oncology', 'Internal Medicine', 'Family Medicine', 'Neurology'],
    billingNotes:
      'Report only with 99205 or 99215 (and the equivalent home codes via G0318) when time is the basis of the level. Document the exact total minutes on the date of the visit.',
    popularity: 25,
  },
  {
    code: 'G0316',
    synonyms: [
      'medicare prolonged inpatient',
      'prolonged hospital visit medicare',
      'prolonged observation visit',
    ],
    plainLanguage:
      'Medicare’s code for extra time on a long hospital or observation visit, per additional 15 minutes.',
    clinicalContext:
      'Medicare add-on reported with the highest initial, subsequent or same-day hospital codes when total time passes the CMS threshold for that level by at least 15 minutes.',
    specialties: ['Hospital Medicine', 'Internal Medicine', 'Palliative Care'],
    billingNotes:
      'Requires the base service to be selected by time. Record the total minutes and the base code chosen by time.',
    popularity: 12,
  },
  {
    code: 'G2211',
    synonyms: [
      'complexity add on',
      'visit complexity',
      'longitudinal care add on',
      'e/m add on code',
      'g2211 add on',
    ],
    plainLanguage:
      'A Medicare add-on that recognizes the extra work of being a patient’s continuing source of care for a serious or complex condition.',
    clinicalContext:
      'An add-on to office or outpatient visits (99202-99215) when the clinician is the continuing focal point for all needed services or provides ongoing care for a single serious or complex condition, such as primary care or longitudinal HIV, cancer or rheumatology care.',
    specialties: [
      'Family Medicine',
      'Internal Medicine',
      'Rheumatology',
      'Oncology',
      'Endocrinology',
      'Infectious Disease',
    ],
    billingNotes:
      'Not payable when the visit carries modifier 25, except (from 2025) when the same-day service is an annual wellness visit, vaccine administration or Medicare Part B preventive service. The record should show the longitudinal relationship.',
    popularity: 80,
  },
  // ---------------------------------------------------------------- Transitional care, ACP, care management
  {
    code: '99495',
    synonyms: [
      'tcm',
      'transitional care management moderate',
      'tcm 14 day',
      'post discharge visit',
      'hospital follow up tcm',
    ],
    plainLanguage:
      'Coordinated follow-up care in the month after a patient leaves the hospital or a facility, including a visit within two weeks.',
    clinicalContext:
      'Covers the 30 days starting on the discharge date for patients returning to the community, with contact within two business days, medication reconciliation, and a face-to-face visit within 14 days, when decision making is at least moderate.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine', 'Cardiology'],
    billingNotes:
      'Only one clinician may bill TCM per discharge, and only once in the 30 days. Document the interactive contact date, the face-to-face visit date and medication reconciliation by the visit date. The face-to-face visit is not billed separately.',
    popularity: 55,
  },
  {
    code: '99496',
    synonyms: [
      'tcm high',
      'transitional care management high',
      'tcm 7 day',
      'post discharge visit high complexity',
    ],
    plainLanguage:
      'Intensive follow-up care after a hospital stay for a patient with complex needs, including a visit within seven days.',
    clinicalContext:
      'For patients discharged with high-complexity problems, such as heart failure after decompensation, requiring contact within two business days and a face-to-face visit within seven calendar days.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Cardiology', 'Geriatric Medicine'],
    billingNotes:
      'High MDM over the service period and a visit within 7 days. If the visit occurs on day 8-14, report 99495 instead.',
    popularity: 45,
  },
  {
    code: '99497',
    synonyms: [
      'acp',
      'advance care planning',
      'advance directive discussion',
      'goals of care',
      'polst',
      'living will discussion',
      'code status discussion',
    ],
    plainLanguage:
      'A conversation about the care a patient would want if seriously ill, including advance directives, for the first 30 minutes.',
    clinicalContext:
      'Voluntary discussion with the patient, family or surrogate about preferences for future treatment, completion of forms such as advance directives or POLST, and naming a health care proxy. Often paired with wellness visits or serious-illness care.',
    specialties: [
      'Family Medicine',
      'Internal Medicine',
      'Palliative Care',
      'Geriatric Medicine',
      'Oncology',
      'Hospital Medicine',
    ],
    billingNotes:
      'At least 16 minutes of face-to-face time is needed to report the first unit. Document the voluntary nature, participants, content discussed and time. No cost sharing when done with an annual wellness visit using modifier 33.',
    popularity: 45,
  },
  {
    code: '99498',
    synonyms: ['acp additional 30 min', 'advance care planning add on', 'goals of care extended'],
    plainLanguage: 'Each additional 30 minutes of advance care planning conversation.',
    clinicalContext:
      'Add-on to 99497 when the discussion of future treatment preferences continues beyond the first 30 minutes, common in family meetings about serious illness.',
    specialties: ['Palliative Care', 'Hospital Medicine', 'Oncology', 'Geriatric Medicine'],
    billingNotes:
      'Report after 46 minutes or more in total under the midpoint rule (more than 15 minutes beyond the first half hour). Document time explicitly.',
    popularity: 10,
  },
  {
    code: '99490',
    synonyms: [
      'ccm',
      'chronic care management',
      'ccm 20 minutes',
      'care coordination monthly',
      'non complex ccm',
    ],
    plainLanguage:
      'Monthly care coordination by the clinician’s team for a patient with two or more long-term conditions, at least 20 minutes of staff time.',
    clinicalContext:
      'For patients with two or more chronic conditions expected to last at least 12 months that put them at significant risk, the practice maintains a comprehensive care plan and provides non-face-to-face management such as medication follow-up and coordination with other providers.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine', 'Cardiology', 'Nephrology'],
    billingNotes:
      'Requires documented patient consent, an electronic care plan, 24/7 access, and 20 minutes of clinical staff time in the calendar month under general supervision. Add 99439 for each further 20 minutes.',
    popularity: 55,
  },
  {
    code: '99439',
    synonyms: ['ccm additional 20 min', 'chronic care management add on', 'ccm extra time'],
    plainLanguage: 'Each additional 20 minutes of monthly chronic care management by the care team.',
    clinicalContext:
      'Add-on to 99490 when clinical staff spend more than the first 20 minutes in a month managing a patient’s chronic conditions.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes: 'Medicare limits it to two units per month. Track staff minutes in a time log.',
    popularity: 35,
  },
  {
    code: '99491',
    synonyms: ['ccm physician time', 'chronic care management by physician', 'ccm 30 minutes provider'],
    plainLanguage:
      'Monthly chronic care management done personally by the physician or advanced practitioner for at least 30 minutes.',
    clinicalContext:
      'Used when the billing practitioner personally spends at least 30 minutes in the month on care planning and coordination for a patient with multiple chronic conditions.',
    specialties: ['Internal Medicine', 'Family Medicine', 'Geriatric Medicine'],
    billingNotes:
      'Not billed in the same month as 99490 by the same practitioner. Add-on 99437 covers each additional 30 minutes of practitioner time.',
    popularity: 25,
  },
  {
    code: '99487',
    synonyms: ['complex ccm', 'complex chronic care management', 'ccm 60 minutes'],
    plainLanguage:
      'Monthly management of a patient with complex chronic illnesses requiring at least an hour of care-team time and substantial changes to the care plan.',
    clinicalContext:
      'For patients whose chronic conditions require moderate or high complexity decision making and the establishment or substantial revision of the care plan, with at least 60 minutes of clinical staff time in the month.',
    specialties: ['Internal Medicine', 'Geriatric Medicine', 'Family Medicine'],
    billingNotes:
      'Cannot be combined with 99490 or 99491 in the same month. Add 99489 for each further 30 minutes.',
    popularity: 20,
  },
  {
    code: '99489',
    synonyms: ['complex ccm additional 30 min', 'complex chronic care add on'],
    plainLanguage: 'Each additional 30 minutes of complex chronic care management in a month.',
    clinicalContext:
      'Add-on to 99487 when care-team time for a complex chronically ill patient exceeds the first hour in the calendar month.',
    specialties: ['Internal Medicine', 'Geriatric Medicine', 'Family Medicine'],
    billingNotes: 'Reported with 99487 only; keep a contemporaneous time log.',
    popularity: 12,
  },
  {
    code: '99484',
    synonyms: ['bhi', 'behavioral health integration', 'general bhi', 'care management behavioral health'],
    plainLanguage:
      'Monthly care management for a patient’s mental health or substance use condition, provided by the primary care team.',
    clinicalContext:
      'Used by primary care practices that integrate behavioral health care, with at least 20 minutes per month of clinical staff time spent on assessment, monitoring with validated rating scales and care planning.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Psychiatry', 'Pediatrics'],
    billingNotes:
      'Requires patient consent and an initiating visit. Not billed in the same month as psychiatric collaborative care codes (99492-99494).',
    popularity: 15,
  },
  // ---------------------------------------------------------------- Medicare wellness
  {
    code: 'G0438',
    synonyms: [
      'awv initial',
      'annual wellness visit initial',
      'medicare wellness first',
      'ippe follow on awv',
    ],
    plainLanguage:
      'A Medicare patient’s first annual wellness visit: a health risk review and a personalized prevention plan.',
    clinicalContext:
      'Offered once per lifetime to Medicare beneficiaries after their first 12 months of Part B coverage, including a health risk assessment, review of risk factors and functional ability, cognitive assessment, and a written screening schedule.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'Not payable within 12 months of the IPPE (G0402). No comprehensive physical exam is required. Advance care planning (99497 with modifier 33) and depression screening can be added.',
    popularity: 50,
  },
  {
    code: 'G0439',
    synonyms: [
      'awv',
      'awv subsequent',
      'annual wellness visit',
      'medicare wellness',
      'awv yearly',
      'subsequent awv',
    ],
    plainLanguage:
      'A Medicare patient’s yearly wellness visit that updates their health risk review and prevention plan.',
    clinicalContext:
      'Reported once every year (at least 11 full months after the prior wellness visit) to update the health risk assessment, medication list, screening schedule and cognitive assessment.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'No cost sharing for the patient. If a problem is managed at the same visit, bill the office visit with modifier 25; the G2211 add-on may then still apply under 2025 rules.',
    popularity: 72,
  },
  {
    code: 'G0402',
    synonyms: [
      'ippe',
      'welcome to medicare visit',
      'initial preventive physical exam',
      'medicare physical first',
    ],
    plainLanguage:
      'The one-time “Welcome to Medicare” preventive visit in a patient’s first year of Medicare Part B.',
    clinicalContext:
      'Performed within 12 months of Part B enrollment, including medical and social history, screening for depression and functional ability, a limited exam with vitals and vision, and education about further preventive services.',
    specialties: ['Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Once per lifetime. A screening ECG may be reported with G0403-G0405 when performed as part of the IPPE.',
    popularity: 25,
  },
  {
    code: 'G0444',
    synonyms: ['depression screening annual', 'phq-9 medicare', 'medicare depression screen'],
    plainLanguage: 'A yearly Medicare depression screening using a short questionnaire.',
    clinicalContext:
      'Annual screening for depression in primary care, using a validated tool such as the PHQ-2 or PHQ-9, when staff-assisted follow-up is available.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Geriatric Medicine'],
    billingNotes:
      'Not payable with the initial annual wellness visit (G0438), where screening is built in; it may be billed with the subsequent AWV. Once per year.',
    popularity: 40,
  },
  // ---------------------------------------------------------------- Virtual and non-face-to-face
  {
    code: '98966',
    synonyms: ['telephone assessment nonphysician 5-10 min', 'phone call qhp', 'telephone service therapist'],
    plainLanguage:
      'A short phone assessment by a non-physician professional such as a therapist or dietitian, 5 to 10 minutes.',
    clinicalContext:
      'Used by qualified health professionals who cannot bill E/M services, such as psychologists, physical therapists or dietitians, for patient-initiated phone assessments of an established patient.',
    specialties: ['Psychology', 'Physical Therapy', 'Nutrition'],
    billingNotes:
      'Not reported if related to a service in the previous seven days or if it leads to a visit at the next available appointment. Document the minutes of medical discussion.',
    popularity: 8,
  },
  {
    code: '98967',
    synonyms: ['telephone assessment nonphysician 11-20 min', 'phone call qhp'],
    plainLanguage: 'A phone assessment by a non-physician professional lasting 11 to 20 minutes.',
    clinicalContext:
      'Patient-initiated telephone assessment and management by a non-physician qualified health professional for an established patient.',
    specialties: ['Psychology', 'Physical Therapy', 'Nutrition'],
    billingNotes: 'Same seven-day and next-appointment exclusions as 98966.',
    popularity: 6,
  },
  {
    code: '98968',
    synonyms: ['telephone assessment nonphysician 21-30 min', 'phone call qhp long'],
    plainLanguage: 'A phone assessment by a non-physician professional lasting 21 to 30 minutes.',
    clinicalContext:
      'Longer patient-initiated telephone assessments by non-physician professionals, such as a psychologist addressing a patient’s symptom change by phone.',
    specialties: ['Psychology', 'Physical Therapy', 'Nutrition'],
    billingNotes:
      'Same exclusions as the shorter telephone codes. Physician telephone codes 99441-99443 were deleted in 2025, so physicians now use the synchronous audio-only codes or 98016.',
    popularity: 5,
  },
  {
    code: '98970',
    synonyms: ['e-visit nonphysician 5-10 min', 'online assessment qhp', 'portal message qhp'],
    plainLanguage:
      'An online assessment through a patient portal by a non-physician professional, totalling 5 to 10 minutes over a week.',
    clinicalContext:
      'Patient-initiated digital communication answered by a non-physician qualified professional, counting cumulative time over seven days.',
    specialties: ['Physical Therapy', 'Psychology', 'Nutrition'],
    billingNotes:
      'Billed once per seven-day period. Not used when the message leads to an in-person service within the window.',
    popularity: 5,
  },
  {
    code: '98971',
    synonyms: ['e-visit nonphysician 11-20 min', 'online assessment qhp'],
    plainLanguage:
      'An online portal assessment by a non-physician professional, totalling 11 to 20 minutes over a week.',
    clinicalContext:
      'Digital assessment of an established patient’s new problem by a non-physician professional through secure messaging.',
    specialties: ['Physical Therapy', 'Psychology', 'Nutrition'],
    billingNotes: 'Cumulative time over seven days; one code per period.',
    popularity: 4,
  },
  {
    code: '98972',
    synonyms: ['e-visit nonphysician 21+ min', 'online assessment qhp long'],
    plainLanguage:
      'An online portal assessment by a non-physician professional, totalling 21 minutes or more over a week.',
    clinicalContext:
      'Extended digital assessment and management by a non-physician professional through a portal or secure platform.',
    specialties: ['Physical Therapy', 'Psychology', 'Nutrition'],
    billingNotes: 'Cumulative time over seven days; document each interaction.',
    popularity: 3,
  },
  {
    code: '99421',
    synonyms: [
      'e-visit 5-10 min',
      'online digital e/m',
      'portal message visit',
      'mychart message billing',
      'evisit',
    ],
    plainLanguage:
      'A doctor or advanced practitioner answers a patient’s portal message about a health problem, totalling 5 to 10 minutes over a week.',
    clinicalContext:
      'Patient-initiated online evaluation and management of an established patient through a secure portal, counting the clinician’s cumulative time over seven days.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics', 'Dermatology'],
    billingNotes:
      'Patient-initiated only; not for results notification or scheduling. Not reported if it relates to a visit in the previous seven days or leads to a visit within the period. Patients may owe cost sharing, so consent is advisable.',
    popularity: 25,
  },
  {
    code: '99422',
    synonyms: ['e-visit 11-20 min', 'online digital e/m', 'portal message visit'],
    plainLanguage:
      'A clinician manages a patient’s problem through portal messages, totalling 11 to 20 minutes over a week.',
    clinicalContext:
      'Online digital E/M for established patients, such as adjusting treatment for a flare or reviewing photos of a rash sent through the portal.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Dermatology', 'Psychiatry'],
    billingNotes: 'Cumulative time over seven days starting with the first clinician review.',
    popularity: 18,
  },
  {
    code: '99423',
    synonyms: ['e-visit 21+ min', 'online digital e/m long', 'portal message visit complex'],
    plainLanguage:
      'A clinician manages a patient’s problem through portal messages, totalling 21 minutes or more over a week.',
    clinicalContext:
      'Extended online management of a new or changing problem for an established patient through secure digital messaging.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Oncology'],
    billingNotes: 'One code per seven-day period; document total time.',
    popularity: 10,
  },
  {
    code: '98016',
    synonyms: [
      'virtual check in',
      'brief communication technology based',
      'g2012 replacement',
      'brief check in 5-10 min',
    ],
    plainLanguage:
      'A short call or video check-in with the clinician to decide whether an office visit is needed.',
    clinicalContext:
      'Used for a brief (5-10 minutes) patient-initiated communication with an established patient, for example to decide whether a symptom needs an appointment. It replaced HCPCS G2012 in 2025.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pediatrics'],
    billingNotes:
      'Not billed if related to an E/M in the prior seven days or leading to a visit at the next available appointment. Patient consent should be documented.',
    popularity: 15,
  },
  // ---------------------------------------------------------------- Remote monitoring
  {
    code: '99453',
    synonyms: [
      'rpm setup',
      'remote patient monitoring setup',
      'rpm education',
      'remote monitoring device setup',
    ],
    plainLanguage:
      'Setting up a home monitoring device, such as a blood pressure cuff that sends readings, and teaching the patient to use it.',
    clinicalContext:
      'One-time service at the start of a remote physiologic monitoring episode for devices that transmit data automatically, such as blood pressure cuffs, scales or glucometers.',
    specialties: ['Cardiology', 'Internal Medicine', 'Family Medicine', 'Endocrinology'],
    billingNotes:
      'Once per episode of care and only after at least 16 days of readings in 30 days. No physician work is assigned; it is practice-expense only.',
    popularity: 15,
  },
  {
    code: '99454',
    synonyms: ['rpm device supply', 'remote patient monitoring device 30 days', 'rpm monthly device'],
    plainLanguage:
      'Monthly supply of a connected home monitoring device that sends daily readings to the care team.',
    clinicalContext:
      'Covers the device and daily data transmission for remote physiologic monitoring in each 30-day period in which at least 16 days of data are recorded.',
    specialties: ['Cardiology', 'Internal Medicine', 'Family Medicine', 'Nephrology'],
    billingNotes:
      'Practice-expense only, without physician work. The device must meet the FDA definition of a medical device and transmit automatically.',
    popularity: 18,
  },
  {
    code: '99457',
    synonyms: ['rpm treatment management 20 min', 'remote patient monitoring management', 'rpm first 20 min'],
    plainLanguage:
      'At least 20 minutes in a month of the care team reviewing a patient’s home monitoring data and talking with them about it.',
    clinicalContext:
      'Remote physiologic monitoring treatment management, such as adjusting antihypertensive therapy based on transmitted readings, including at least one real-time interactive communication with the patient in the calendar month.',
    specialties: ['Cardiology', 'Internal Medicine', 'Family Medicine', 'Endocrinology'],
    billingNotes:
      'Time by the physician or clinical staff under general supervision counts. Add 99458 for each additional 20 minutes.',
    popularity: 22,
  },
  {
    code: '99458',
    synonyms: ['rpm additional 20 min', 'remote patient monitoring add on'],
    plainLanguage: 'Each additional 20 minutes in a month spent managing a patient’s remote monitoring data.',
    clinicalContext:
      'Add-on to 99457 when remote monitoring management exceeds the first 20 minutes in the calendar month.',
    specialties: ['Cardiology', 'Internal Medicine', 'Family Medicine'],
    billingNotes: 'Reported with 99457; keep time logs of each interaction.',
    popularity: 12,
  },
  // ---------------------------------------------------------------- Counselling
  {
    code: '99406',
    synonyms: [
      'smoking cessation counseling 3-10 min',
      'tobacco cessation counselling',
      'quit smoking counseling',
      'tobacco use intervention',
    ],
    plainLanguage: 'A short talk, 3 to 10 minutes, helping a patient plan to quit smoking or tobacco use.',
    clinicalContext:
      'Intermediate tobacco cessation counselling for current tobacco users, covering readiness to quit, pharmacotherapy options and follow-up, often during a routine visit.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pulmonology', 'Cardiology', 'Psychiatry'],
    billingNotes:
      'More than 3 minutes is required; document the time and content. Medicare covers two quit attempts per year with up to four sessions each. It may be reported with a same-day E/M with modifier 25.',
    popularity: 35,
  },
  {
    code: '99407',
    synonyms: [
      'smoking cessation counseling over 10 min',
      'intensive tobacco counseling',
      'quit smoking counseling long',
    ],
    plainLanguage: 'A longer talk, more than 10 minutes, helping a patient quit smoking or tobacco use.',
    clinicalContext:
      'Intensive tobacco cessation counselling, for example in a dedicated cessation visit or for patients with tobacco-related disease such as COPD.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Pulmonology', 'Psychiatry'],
    billingNotes:
      'Do not report with 99406 on the same day. Document minutes, the cessation plan and any medications prescribed.',
    popularity: 15,
  },
  // ---------------------------------------------------------------- Newborn, neonatal and pediatric critical care
  {
    code: '99460',
    synonyms: ['newborn initial hospital care', 'normal newborn admit', 'well baby nursery', 'newborn h&p'],
    plainLanguage:
      'The first day of a doctor’s care for a healthy newborn in the hospital or birthing center.',
    clinicalContext:
      'Initial evaluation and management of a normal newborn, including the newborn examination, maternal history review, and orders for routine newborn screening and care.',
    specialties: ['Pediatrics', 'Family Medicine', 'Neonatology'],
    billingNotes: 'Per day. If the baby is admitted and discharged on the same date, use 99463 instead.',
    popularity: 35,
  },
  {
    code: '99462',
    synonyms: ['newborn subsequent care', 'normal newborn daily visit', 'well baby nursery follow up'],
    plainLanguage: 'Each later day of a doctor’s care for a healthy newborn in the hospital.',
    clinicalContext:
      'Subsequent daily visits for a normal newborn, such as monitoring weight, feeding and jaundice before discharge.',
    specialties: ['Pediatrics', 'Family Medicine'],
    billingNotes: 'Discharge day is reported with the hospital discharge codes (99238, 99239).',
    popularity: 25,
  },
  {
    code: '99468',
    synonyms: ['nicu initial critical care', 'neonatal critical care initial', 'nicu admit'],
    plainLanguage: 'The first day of intensive care for a critically ill newborn 28 days old or younger.',
    clinicalContext:
      'Per-day initial inpatient neonatal critical care for newborns with conditions such as respiratory distress requiring ventilation, covering all the physician’s care that day.',
    specialties: ['Neonatology'],
    billingNotes:
      'Global per-day code: many procedures (umbilical lines, intubation, ventilator management) are bundled. Once per admission.',
    popularity: 12,
  },
  {
    code: '99469',
    synonyms: ['nicu subsequent critical care', 'neonatal critical care daily'],
    plainLanguage: 'Each later day of intensive care for a critically ill newborn 28 days old or younger.',
    clinicalContext:
      'Daily neonatal critical care after the first day, while the infant still meets critical illness criteria.',
    specialties: ['Neonatology'],
    billingNotes:
      'Once per day. When the infant improves, transition to intensive (99478-99480) or routine codes.',
    popularity: 10,
  },
  {
    code: '99471',
    synonyms: ['picu initial critical care', 'pediatric critical care initial'],
    plainLanguage:
      'The first day of intensive care for a critically ill infant or toddler aged 29 days to 2 years.',
    clinicalContext:
      'Per-day initial inpatient pediatric critical care covering the physician’s management of a critically ill young child, for example in respiratory failure from bronchiolitis.',
    specialties: ['Pediatric Critical Care'],
    billingNotes: 'Once per admission; includes listed bundled procedures.',
    popularity: 6,
  },
  {
    code: '99472',
    synonyms: ['picu subsequent critical care', 'pediatric critical care daily'],
    plainLanguage: 'Each later day of intensive care for a critically ill child aged 29 days to 2 years.',
    clinicalContext: 'Subsequent daily pediatric critical care while the child remains critically ill.',
    specialties: ['Pediatric Critical Care'],
    billingNotes: 'Once per day per patient.',
    popularity: 5,
  },
  {
    code: '99477',
    synonyms: [
      'neonatal intensive care initial not critical',
      'nicu initial intensive care',
      'special care nursery admit',
    ],
    plainLanguage:
      'The first day of intensive (but not critical) hospital care for a newborn 28 days old or younger who needs close monitoring.',
    clinicalContext:
      'Used for neonates who need intensive observation, frequent interventions and monitoring, such as a late preterm infant with feeding difficulty or hypoglycemia, but are not critically ill.',
    specialties: ['Neonatology', 'Pediatrics'],
    billingNotes: 'Per day, once per admission. Later days use 99478-99480 by current weight.',
    popularity: 8,
  },
];
