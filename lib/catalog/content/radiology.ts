import type { CuratedCode } from './types';

// Radiology: diagnostic imaging reads (x-ray, CT, MRI, ultrasound, mammography, DXA, nuclear
// medicine), image guidance, vascular access placed by radiologists, and radiation oncology.
// Vascular studies coded in the 93xxx range (carotid and venous duplex) live in medicine.ts.
// Original text written for Benchline; RVU values come from the imported CMS release.

export const radiologyCodes: CuratedCode[] = [
  // ---------------------------------------------------------------- Chest x-ray
  {
    code: '71045',
    synonyms: ['cxr', 'chest x-ray 1 view', 'portable chest x-ray', 'pcxr', 'ap chest', 'single view chest'],
    plainLanguage: 'A single X-ray picture of the chest to look at the lungs, heart and breathing tubes.',
    clinicalContext:
      'The standard portable film in hospitals and intensive care units, used to check line and tube positions, follow pneumonia or fluid, and look for a collapsed lung after procedures.',
    specialties: ['Radiology', 'Critical Care Medicine', 'Emergency Medicine'],
    billingNotes:
      'Radiologists bill the professional component with modifier 26 when the facility owns the equipment. A separately documented formal report is required; a mention in a progress note is part of the E/M.',
    popularity: 85,
  },
  {
    code: '71046',
    synonyms: [
      'cxr',
      'chest x-ray',
      'cxr 2 view',
      'chest x-ray pa and lateral',
      'pa lat chest',
      'two view chest x-ray',
    ],
    plainLanguage: 'Two X-ray pictures of the chest, from the front and the side.',
    clinicalContext:
      'The most common imaging study in outpatient and emergency settings, used for cough, shortness of breath, chest pain, fever and preoperative assessment.',
    specialties: ['Radiology', 'Emergency Medicine', 'Family Medicine', 'Internal Medicine'],
    billingNotes:
      'Code by the number of views obtained, not ordered. Modifier 26 for the interpretation when another entity bills the technical component.',
    popularity: 95,
  },
  {
    code: '71047',
    synonyms: ['cxr 3 views', 'chest x-ray three views', 'chest with oblique'],
    plainLanguage: 'Three X-ray pictures of the chest from different angles.',
    clinicalContext:
      'Used when an extra view, such as an oblique or lordotic projection, is needed to clarify a finding on standard chest films.',
    specialties: ['Radiology'],
    billingNotes: 'Count all views obtained in the session.',
    popularity: 15,
  },
  {
    code: '71048',
    synonyms: ['cxr 4 views', 'chest x-ray four or more views'],
    plainLanguage: 'Four or more X-ray pictures of the chest.',
    clinicalContext:
      'Used for problem-solving chest series such as suspected small pneumothorax or rib pathology combined with chest evaluation.',
    specialties: ['Radiology'],
    billingNotes: 'Rib series are coded separately with rib x-ray codes when a dedicated rib study is done.',
    popularity: 8,
  },
  // ---------------------------------------------------------------- CT head, face, spine
  {
    code: '70450',
    synonyms: [
      'ct head',
      'head ct without contrast',
      'ct brain non contrast',
      'noncon head ct',
      'cth',
      'stroke ct',
    ],
    plainLanguage:
      'A CT scan of the head without dye, used to look quickly for bleeding, stroke, swelling or injury.',
    clinicalContext:
      'The first imaging test for head trauma, suspected stroke, sudden severe headache and altered mental status, because it is fast and excellent at showing acute bleeding.',
    specialties: ['Radiology', 'Neuroradiology', 'Emergency Medicine', 'Neurology'],
    billingNotes:
      'Among the highest-volume CT studies. Report modifier 26 for the interpretation in facility settings. Appropriate-use documentation may be required by some payers.',
    popularity: 92,
  },
  {
    code: '70460',
    synonyms: ['ct head with contrast', 'contrast head ct', 'ct brain with contrast'],
    plainLanguage: 'A CT scan of the head after a contrast dye injection into a vein.',
    clinicalContext:
      'Used when MRI is not possible to look for tumors, abscesses or infection that enhance with contrast.',
    specialties: ['Radiology', 'Neuroradiology'],
    billingNotes:
      'Contrast material is reported separately in the office setting. Screen for kidney function and contrast allergy.',
    popularity: 15,
  },
  {
    code: '70470',
    synonyms: ['ct head with and without contrast', 'ct brain w wo'],
    plainLanguage: 'A CT scan of the head taken before and after contrast dye.',
    clinicalContext:
      'Used to characterize lesions by comparing images before and after contrast, for example in suspected metastases when MRI is contraindicated.',
    specialties: ['Radiology', 'Neuroradiology'],
    billingNotes: 'Use one combined code rather than 70450 plus 70460.',
    popularity: 12,
  },
  {
    code: '70486',
    synonyms: ['ct sinus', 'ct maxillofacial', 'ct face without contrast', 'sinus ct'],
    plainLanguage: 'A CT scan of the face and sinuses without dye.',
    clinicalContext:
      'Used for chronic sinusitis before surgery, facial fractures and orbital or dental infections.',
    specialties: ['Radiology', 'Otolaryngology', 'Emergency Medicine'],
    billingNotes: 'Image-guidance sinus protocols are still reported with this code.',
    popularity: 30,
  },
  {
    code: '72125',
    synonyms: ['ct c-spine', 'ct cervical spine', 'neck ct spine', 'c spine ct trauma'],
    plainLanguage: 'A CT scan of the neck bones without dye.',
    clinicalContext:
      'The main test for suspected cervical spine fracture after trauma and for evaluating bony degenerative disease.',
    specialties: ['Radiology', 'Emergency Medicine', 'Neurosurgery', 'Orthopedic Surgery'],
    billingNotes: 'Trauma protocols often pair it with CT head; each body area is reported separately.',
    popularity: 45,
  },
  {
    code: '72131',
    synonyms: ['ct l-spine', 'ct lumbar spine', 'lumbar ct without contrast'],
    plainLanguage: 'A CT scan of the lower back bones without dye.',
    clinicalContext:
      'Used for lumbar fractures, spinal alignment and surgical planning, or when MRI cannot be performed.',
    specialties: ['Radiology', 'Neurosurgery', 'Orthopedic Surgery'],
    billingNotes:
      'Reformatted images from a CT abdomen/pelvis may not be billed as a separate spine CT unless a dedicated study and report are produced.',
    popularity: 25,
  },
  // ---------------------------------------------------------------- CT chest, abdomen, pelvis
  {
    code: '71250',
    synonyms: [
      'ct chest without contrast',
      'ct chest noncon',
      'ct thorax',
      'hrct',
      'high resolution ct chest',
    ],
    plainLanguage: 'A CT scan of the chest without dye to look at the lungs in detail.',
    clinicalContext:
      'Used for lung nodules, interstitial lung disease (high-resolution protocols), emphysema and follow-up of known findings.',
    specialties: ['Radiology', 'Pulmonology', 'Thoracic Surgery'],
    billingNotes: 'Annual lung cancer screening uses 71271, not this code.',
    popularity: 60,
  },
  {
    code: '71260',
    synonyms: ['ct chest with contrast', 'contrast chest ct', 'ct thorax with contrast'],
    plainLanguage: 'A CT scan of the chest after contrast dye, showing lungs, blood vessels and lymph nodes.',
    clinicalContext: 'Used for cancer staging, mediastinal masses, empyema and chest wall disease.',
    specialties: ['Radiology', 'Oncology', 'Pulmonology'],
    billingNotes: 'For suspected pulmonary embolism, a CT angiography protocol (71275) is the correct code.',
    popularity: 55,
  },
  {
    code: '71270',
    synonyms: ['ct chest with and without contrast', 'ct thorax w wo'],
    plainLanguage: 'A CT scan of the chest before and after contrast dye.',
    clinicalContext:
      'Used occasionally to characterize lesions by their enhancement, such as certain mediastinal or pleural masses.',
    specialties: ['Radiology'],
    billingNotes: 'Use only when both phases are medically necessary and performed.',
    popularity: 8,
  },
  {
    code: '71271',
    synonyms: ['ldct', 'low dose ct lung screening', 'lung cancer screening ct', 'lcs ct'],
    plainLanguage: 'A low-dose CT scan of the chest to screen for early lung cancer in people at high risk.',
    clinicalContext:
      'Annual screening for adults who meet age and smoking-history criteria, following a shared decision-making visit. It replaced HCPCS G0297 in 2021.',
    specialties: ['Radiology', 'Pulmonology', 'Family Medicine'],
    billingNotes:
      'Medicare covers adults 50-77 with at least 20 pack-years who smoke now or quit within 15 years, with a documented counselling and shared decision-making visit (G0296) before the first scan. Results are reported with a structured system such as Lung-RADS.',
    popularity: 45,
  },
  {
    code: '71275',
    synonyms: ['cta chest', 'ct pe study', 'ct pulmonary angiogram', 'ctpa', 'pe protocol ct'],
    plainLanguage:
      'A CT scan with dye timed to show the blood vessels of the lungs, mainly to look for blood clots.',
    clinicalContext:
      'The standard test for suspected pulmonary embolism and for aortic dissection or aneurysm in the chest, including post-processed images.',
    specialties: ['Radiology', 'Emergency Medicine', 'Pulmonology'],
    billingNotes:
      'Includes 3D reconstruction; do not add 76376 or 76377. Contrast is separate in the office setting.',
    popularity: 60,
  },
  {
    code: '74176',
    synonyms: [
      'ct abdomen pelvis without contrast',
      'ct a/p noncon',
      'stone protocol ct',
      'renal stone ct',
      'ct kub',
    ],
    plainLanguage: 'A CT scan of the belly and pelvis without dye.',
    clinicalContext:
      'Used for suspected kidney stones, and for abdominal pain when contrast is contraindicated.',
    specialties: ['Radiology', 'Emergency Medicine', 'Urology'],
    billingNotes:
      'When both abdomen and pelvis are scanned in one session, use the combined 74176-74178 codes rather than separate abdomen and pelvis codes.',
    popularity: 70,
  },
  {
    code: '74177',
    synonyms: ['ct abdomen pelvis with contrast', 'ct a/p with contrast', 'ct abd pelvis', 'cap ct'],
    plainLanguage: 'A CT scan of the belly and pelvis after contrast dye.',
    clinicalContext:
      'The workhorse study for abdominal pain, appendicitis, diverticulitis, abscess, trauma and cancer staging.',
    specialties: ['Radiology', 'Emergency Medicine', 'General Surgery', 'Oncology'],
    billingNotes:
      'Oral contrast alone does not make a study “with contrast”; IV contrast is required. Report modifier 26 for the read in facility settings.',
    popularity: 90,
  },
  {
    code: '74178',
    synonyms: [
      'ct abdomen pelvis with and without contrast',
      'ct a/p w wo',
      'ct urogram',
      'multiphase ct abdomen',
    ],
    plainLanguage:
      'A CT scan of the belly and pelvis before and after dye, for example to study the kidneys and urinary tract.',
    clinicalContext:
      'Used for CT urography in hematuria, for characterizing liver or kidney masses, and for adrenal protocols.',
    specialties: ['Radiology', 'Urology'],
    billingNotes: 'Requires images before and after contrast in at least one of the two body regions.',
    popularity: 35,
  },
  {
    code: '74150',
    synonyms: ['ct abdomen without contrast', 'ct abd noncon'],
    plainLanguage: 'A CT scan of the upper belly without dye.',
    clinicalContext:
      'Used when only the abdomen needs imaging, for example to follow a known adrenal or liver finding without contrast.',
    specialties: ['Radiology'],
    billingNotes: 'If the pelvis is also imaged, use the combined abdomen-pelvis code.',
    popularity: 12,
  },
  {
    code: '74160',
    synonyms: ['ct abdomen with contrast', 'ct abd with contrast'],
    plainLanguage: 'A CT scan of the upper belly after contrast dye.',
    clinicalContext:
      'Used for targeted abdominal questions such as pancreatic or liver disease when the pelvis is not needed.',
    specialties: ['Radiology'],
    billingNotes: 'Combined studies use 74177.',
    popularity: 12,
  },
  {
    code: '72193',
    synonyms: ['ct pelvis with contrast', 'pelvic ct', 'ct pelvis contrast'],
    plainLanguage: 'A CT scan of the pelvis after contrast dye.',
    clinicalContext:
      'Used for targeted pelvic questions such as pelvic abscess follow-up or bladder or rectal disease when the abdomen is not needed.',
    specialties: ['Radiology'],
    billingNotes: 'Combined with abdomen, use 74177.',
    popularity: 8,
  },
  {
    code: '74174',
    synonyms: ['cta abdomen pelvis', 'ct angiography abdomen and pelvis', 'runoff cta', 'mesenteric cta'],
    plainLanguage: 'A CT scan with dye timed to show the blood vessels of the belly and pelvis.',
    clinicalContext:
      'Used for abdominal aortic aneurysm, dissection, mesenteric ischemia, GI bleeding localization and pre-procedure planning for endovascular repair.',
    specialties: ['Radiology', 'Vascular Surgery', 'Interventional Radiology'],
    billingNotes: 'Includes post-processing. Lower-extremity runoff studies use 75635.',
    popularity: 30,
  },
  {
    code: '74175',
    synonyms: ['cta abdomen', 'ct angiography abdomen'],
    plainLanguage: 'A CT scan with dye timed to show the blood vessels of the belly.',
    clinicalContext:
      'Used for renal artery stenosis, mesenteric vessels or upper abdominal aneurysm when the pelvis is not needed.',
    specialties: ['Radiology', 'Vascular Surgery'],
    billingNotes: 'Do not report with 74174.',
    popularity: 10,
  },
  {
    code: '70496',
    synonyms: ['cta head', 'ct angiography brain', 'cta circle of willis', 'stroke cta'],
    plainLanguage: 'A CT scan with dye timed to show the blood vessels of the brain.',
    clinicalContext:
      'Part of acute stroke imaging to find large-vessel occlusions for thrombectomy, and used to evaluate aneurysms and vascular malformations.',
    specialties: ['Radiology', 'Neuroradiology', 'Neurology', 'Neurosurgery'],
    billingNotes: 'Usually performed with CTA neck (70498); each is reported separately.',
    popularity: 40,
  },
  {
    code: '70498',
    synonyms: ['cta neck', 'ct angiography neck', 'carotid cta'],
    plainLanguage: 'A CT scan with dye timed to show the blood vessels of the neck.',
    clinicalContext:
      'Used in stroke and TIA evaluation for carotid and vertebral disease, and for vascular injury after neck trauma.',
    specialties: ['Radiology', 'Neuroradiology', 'Neurology', 'Vascular Surgery'],
    billingNotes: 'Often billed with 70496 when the head vessels are included.',
    popularity: 38,
  },
  {
    code: '75571',
    synonyms: ['coronary calcium score', 'cac score', 'calcium scoring ct', 'heart scan'],
    plainLanguage:
      'A quick CT scan of the heart without dye that measures calcium in the heart arteries to estimate heart attack risk.',
    clinicalContext:
      'Used to refine cardiovascular risk in adults with borderline or intermediate risk when statin decisions are uncertain.',
    specialties: ['Cardiology', 'Radiology'],
    billingNotes:
      'Often treated as screening and not covered; coverage varies by Medicare contractor and commercial plan, so patients frequently self-pay. Obtain an advance beneficiary notice when coverage is uncertain.',
    popularity: 20,
  },
  {
    code: '75574',
    synonyms: ['ccta', 'coronary cta', 'cardiac ct angiography', 'ct coronary angiogram'],
    plainLanguage: 'A CT scan with dye that shows the heart arteries to look for narrowing.',
    clinicalContext:
      'Used for stable chest pain in patients at low to intermediate risk, anomalous coronary arteries and graft patency.',
    specialties: ['Cardiology', 'Radiology'],
    billingNotes:
      'Includes 3D post-processing and calcium scoring when performed. Beta-blockers and nitroglycerin used for the scan are separate supplies.',
    popularity: 20,
  },
  // ---------------------------------------------------------------- MRI
  {
    code: '70551',
    synonyms: ['mri brain without contrast', 'mri head noncon', 'brain mri'],
    plainLanguage: 'A detailed scan of the brain using a strong magnet, without dye.',
    clinicalContext:
      'Used for headaches with red flags, dementia evaluation, stroke confirmation, seizures and demyelinating disease screening.',
    specialties: ['Radiology', 'Neuroradiology', 'Neurology'],
    billingNotes:
      'Diffusion and other standard sequences are included. Prior authorization is common for outpatient MRI.',
    popularity: 50,
  },
  {
    code: '70552',
    synonyms: ['mri brain with contrast', 'mri head with gadolinium'],
    plainLanguage: 'A magnetic scan of the brain after a gadolinium dye injection.',
    clinicalContext:
      'Rarely used alone; most contrast-enhanced brain MRIs include pre-contrast images and are coded 70553.',
    specialties: ['Radiology', 'Neuroradiology'],
    billingNotes: 'If pre-contrast sequences are performed, use 70553.',
    popularity: 8,
  },
  {
    code: '70553',
    synonyms: [
      'mri brain with and without contrast',
      'mri brain w wo',
      'brain mri with gad',
      'ms protocol mri',
    ],
    plainLanguage: 'A magnetic scan of the brain before and after gadolinium dye.',
    clinicalContext:
      'The standard study for brain tumors, metastases, multiple sclerosis activity, infection and pituitary lesions.',
    specialties: ['Radiology', 'Neuroradiology', 'Neurology', 'Oncology', 'Neurosurgery'],
    billingNotes:
      'Gadolinium is billed separately in the office setting. Check renal function policies for high-risk patients.',
    popularity: 55,
  },
  {
    code: '72141',
    synonyms: ['mri c-spine', 'mri cervical spine without contrast', 'neck mri'],
    plainLanguage: 'A magnetic scan of the neck part of the spine, without dye.',
    clinicalContext:
      'Used for neck pain with radiating arm symptoms, myelopathy and suspected disc herniation or spinal stenosis.',
    specialties: [
      'Radiology',
      'Neuroradiology',
      'Neurosurgery',
      'Orthopedic Surgery',
      'Physical Medicine and Rehabilitation',
    ],
    billingNotes:
      'Most payers require a trial of conservative care before approving MRI for uncomplicated neck pain.',
    popularity: 45,
  },
  {
    code: '72146',
    synonyms: ['mri t-spine', 'mri thoracic spine without contrast'],
    plainLanguage: 'A magnetic scan of the middle part of the spine, without dye.',
    clinicalContext: 'Used for thoracic radiculopathy, myelopathy, compression fractures and cord lesions.',
    specialties: ['Radiology', 'Neuroradiology', 'Neurosurgery'],
    billingNotes: 'Each spinal region is a separate code.',
    popularity: 25,
  },
  {
    code: '72148',
    synonyms: ['mri l-spine', 'mri lumbar spine without contrast', 'low back mri', 'lumbar mri'],
    plainLanguage: 'A magnetic scan of the lower back, without dye.',
    clinicalContext:
      'The most common spine MRI: sciatica, lumbar stenosis, suspected cauda equina syndrome and pre-surgical planning.',
    specialties: ['Radiology', 'Neuroradiology', 'Orthopedic Surgery', 'Neurosurgery', 'Pain Medicine'],
    billingNotes:
      'Guideline-based payers expect red flags or six weeks of failed conservative care; document them in the order.',
    popularity: 65,
  },
  {
    code: '72156',
    synonyms: ['mri c-spine with and without contrast', 'mri cervical w wo'],
    plainLanguage: 'A magnetic scan of the neck spine before and after dye.',
    clinicalContext:
      'Used for suspected infection, tumor, demyelinating cord lesions and postoperative evaluation in the cervical spine.',
    specialties: ['Radiology', 'Neuroradiology', 'Neurology'],
    billingNotes: 'Combined code; do not bill the without-contrast code as well.',
    popularity: 18,
  },
  {
    code: '72158',
    synonyms: ['mri l-spine with and without contrast', 'mri lumbar w wo', 'post op lumbar mri'],
    plainLanguage: 'A magnetic scan of the lower back before and after dye.',
    clinicalContext:
      'Used after prior back surgery to tell scar from recurrent disc, and for infection or tumor.',
    specialties: ['Radiology', 'Neuroradiology', 'Neurosurgery'],
    billingNotes: 'Gadolinium is separate in the office setting.',
    popularity: 22,
  },
  {
    code: '73721',
    synonyms: [
      'mri knee',
      'knee mri without contrast',
      'mri ankle',
      'mri hip joint',
      'lower extremity joint mri',
    ],
    plainLanguage: 'A magnetic scan of a leg joint, such as the knee, ankle or hip, without dye.',
    clinicalContext:
      'Most often used for knee injuries to look for meniscus or ligament tears (ACL, MCL), cartilage damage and bone bruises, and also for ankle and hip joint problems.',
    specialties: ['Radiology', 'Musculoskeletal Radiology', 'Orthopedic Surgery', 'Sports Medicine'],
    billingNotes:
      'One unit per joint. MR arthrography with intra-articular contrast uses 73722 plus the injection code.',
    popularity: 55,
  },
  {
    code: '73221',
    synonyms: [
      'mri shoulder',
      'shoulder mri without contrast',
      'mri elbow',
      'mri wrist',
      'upper extremity joint mri',
    ],
    plainLanguage: 'A magnetic scan of an arm joint, such as the shoulder, elbow or wrist, without dye.',
    clinicalContext:
      'Used for rotator cuff tears, labral injuries, shoulder instability, and elbow or wrist ligament damage.',
    specialties: ['Radiology', 'Musculoskeletal Radiology', 'Orthopedic Surgery', 'Sports Medicine'],
    billingNotes: 'One unit per joint. MR arthrography uses 73222.',
    popularity: 45,
  },
  {
    code: '73718',
    synonyms: ['mri leg without contrast', 'mri thigh', 'mri foot', 'lower extremity mri non joint'],
    plainLanguage:
      'A magnetic scan of part of the leg other than a joint, such as the thigh or foot, without dye.',
    clinicalContext:
      'Used for soft-tissue masses, muscle injury, stress fractures and osteomyelitis of the foot.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Podiatry'],
    billingNotes: 'Choose joint versus non-joint codes by the area of interest in the order and report.',
    popularity: 20,
  },
  // ---------------------------------------------------------------- Ultrasound
  {
    code: '76700',
    synonyms: ['abdominal ultrasound complete', 'us abdomen complete', 'abd us'],
    plainLanguage:
      'An ultrasound of all the main organs in the belly: liver, gallbladder, pancreas, spleen, kidneys and aorta.',
    clinicalContext:
      'Used for abdominal pain, abnormal liver tests, suspected cirrhosis and masses. A complete study must include every listed organ or document why one could not be seen.',
    specialties: ['Radiology', 'Gastroenterology', 'Emergency Medicine'],
    billingNotes: 'If not all required organs are imaged, use the limited code 76705.',
    popularity: 55,
  },
  {
    code: '76705',
    synonyms: [
      'ruq ultrasound',
      'gallbladder ultrasound',
      'limited abdominal ultrasound',
      'liver ultrasound',
    ],
    plainLanguage: 'An ultrasound of one part of the belly, most often the liver and gallbladder.',
    clinicalContext:
      'The first test for suspected gallstones, cholecystitis and biliary dilation, and for focused follow-up of a single organ.',
    specialties: ['Radiology', 'Emergency Medicine', 'General Surgery', 'Gastroenterology'],
    billingNotes: 'Point-of-care scans are billable only with saved images and a report.',
    popularity: 70,
  },
  {
    code: '76770',
    synonyms: [
      'renal ultrasound',
      'kidney ultrasound',
      'retroperitoneal ultrasound complete',
      'renal and bladder us',
    ],
    plainLanguage: 'An ultrasound of the kidneys and related structures at the back of the belly.',
    clinicalContext:
      'Used for acute kidney injury, chronic kidney disease, hydronephrosis, kidney stones and urinary tract infections in children.',
    specialties: ['Radiology', 'Nephrology', 'Urology'],
    billingNotes:
      'A complete study covers the kidneys, abdominal aorta, common iliac origins and inferior vena cava, or the kidneys and bladder when the question is urinary tract disease. Limited studies use 76775.',
    popularity: 55,
  },
  {
    code: '76775',
    synonyms: ['limited renal ultrasound', 'kidney ultrasound limited', 'aorta ultrasound limited'],
    plainLanguage: 'A focused ultrasound of part of the back of the belly, such as one kidney or the aorta.',
    clinicalContext:
      'Used for targeted follow-up of hydronephrosis, transplant kidney checks or aortic measurements.',
    specialties: ['Radiology', 'Nephrology', 'Urology'],
    billingNotes: 'Medicare AAA screening uses a different code (76706).',
    popularity: 20,
  },
  {
    code: '76856',
    synonyms: ['pelvic ultrasound complete', 'transabdominal pelvic ultrasound', 'pelvic us'],
    plainLanguage: 'An ultrasound of the pelvic organs taken through the lower belly.',
    clinicalContext:
      'Used for pelvic pain, abnormal bleeding, fibroids and ovarian cysts, often combined with a transvaginal exam in women.',
    specialties: ['Radiology', 'Obstetrics and Gynecology'],
    billingNotes: 'When transvaginal imaging is also done, report 76830 in addition.',
    popularity: 50,
  },
  {
    code: '76857',
    synonyms: ['limited pelvic ultrasound', 'bladder ultrasound', 'post void residual ultrasound imaging'],
    plainLanguage: 'A focused ultrasound of the pelvis, such as a follow-up of one finding.',
    clinicalContext: 'Used for focused pelvic follow-up or bladder assessment with imaging.',
    specialties: ['Radiology', 'Urology', 'Obstetrics and Gynecology'],
    billingNotes: 'A non-imaging bladder scan for residual volume uses 51798 instead.',
    popularity: 12,
  },
  {
    code: '76830',
    synonyms: ['transvaginal ultrasound', 'tvus', 'endovaginal ultrasound', 'tv us non ob'],
    plainLanguage:
      'An ultrasound done with a slim probe placed in the vagina to see the uterus and ovaries clearly.',
    clinicalContext:
      'Used for abnormal uterine bleeding, postmenopausal bleeding, endometrial thickness, ovarian cysts and pelvic pain outside of pregnancy.',
    specialties: ['Radiology', 'Obstetrics and Gynecology'],
    billingNotes:
      'Frequently billed with 76856 on the same day; both are payable when both are performed and documented.',
    popularity: 55,
  },
  {
    code: '76801',
    synonyms: [
      'first trimester ultrasound',
      'ob ultrasound under 14 weeks',
      'dating ultrasound',
      'viability scan',
    ],
    plainLanguage:
      'An ultrasound of an early pregnancy (under 14 weeks) through the belly, to check the baby, dates and number of babies.',
    clinicalContext:
      'Transabdominal obstetric ultrasound in the first trimester to confirm viability, dating and number of gestations.',
    specialties: ['Obstetrics and Gynecology', 'Radiology', 'Maternal-Fetal Medicine'],
    billingNotes:
      'Add 76802 for each additional gestation. Transvaginal imaging is reported separately with 76817 when performed.',
    popularity: 35,
  },
  {
    code: '76805',
    synonyms: [
      'ob ultrasound over 14 weeks',
      'anatomy scan standard',
      'second trimester ultrasound',
      'growth ultrasound',
    ],
    plainLanguage:
      'A standard pregnancy ultrasound after 14 weeks to check the baby’s growth, anatomy, fluid and placenta.',
    clinicalContext:
      'The routine second or third trimester ultrasound assessing fetal number, biometry, anatomy survey, amniotic fluid and placental location.',
    specialties: ['Obstetrics and Gynecology', 'Radiology', 'Maternal-Fetal Medicine'],
    billingNotes:
      'A detailed anatomic survey for high-risk pregnancies uses 76811. Add 76810 for each additional fetus.',
    popularity: 50,
  },
  {
    code: '76811',
    synonyms: [
      'detailed anatomy scan',
      'level 2 ultrasound',
      'targeted ultrasound',
      'fetal anatomic survey detailed',
    ],
    plainLanguage:
      'A detailed pregnancy ultrasound that looks closely at the baby’s organs when there is a higher risk of a problem.',
    clinicalContext:
      'Detailed fetal anatomic evaluation performed by maternal-fetal medicine or specialized imaging for known or suspected fetal anomalies or high-risk pregnancies.',
    specialties: ['Maternal-Fetal Medicine', 'Radiology'],
    billingNotes: 'Usually once per pregnancy per practice; document the high-risk indication.',
    popularity: 25,
  },
  {
    code: '76815',
    synonyms: [
      'limited ob ultrasound',
      'fetal position check',
      'amniotic fluid check',
      'bpp ultrasound limited',
    ],
    plainLanguage:
      'A quick pregnancy ultrasound to answer a specific question, such as the baby’s position or fluid level.',
    clinicalContext:
      'Limited obstetric ultrasound for fetal heartbeat, presentation, amniotic fluid, placental location or cervical length.',
    specialties: ['Obstetrics and Gynecology', 'Radiology'],
    billingNotes: 'Reported once per exam regardless of the number of fetuses.',
    popularity: 40,
  },
  {
    code: '76817',
    synonyms: ['transvaginal ob ultrasound', 'tv ob us', 'early pregnancy transvaginal', 'cervical length'],
    plainLanguage:
      'A pregnancy ultrasound done with a probe placed in the vagina, for example in early pregnancy or to measure the cervix.',
    clinicalContext:
      'Transvaginal obstetric imaging for early pregnancy viability, ectopic pregnancy evaluation and cervical length measurement.',
    specialties: ['Obstetrics and Gynecology', 'Radiology'],
    billingNotes: 'May be reported with a transabdominal OB code when both approaches are used.',
    popularity: 35,
  },
  {
    code: '76536',
    synonyms: ['thyroid ultrasound', 'neck ultrasound', 'soft tissue neck us', 'parathyroid ultrasound'],
    plainLanguage: 'An ultrasound of the neck, most often to look at the thyroid gland or lumps in the neck.',
    clinicalContext:
      'Used for thyroid nodules, goiter, lymph nodes and salivary gland disease, and for follow-up after thyroid cancer surgery.',
    specialties: ['Radiology', 'Endocrinology', 'Otolaryngology'],
    billingNotes: 'Ultrasound guidance for a biopsy uses a separate guidance code bundled with the biopsy.',
    popularity: 45,
  },
  {
    code: '76641',
    synonyms: ['breast ultrasound complete', 'whole breast ultrasound'],
    plainLanguage: 'An ultrasound of the whole breast and armpit on one side.',
    clinicalContext:
      'Complete breast ultrasound examining all four quadrants and the retroareolar region, used for dense breasts, palpable lumps and extent-of-disease evaluation.',
    specialties: ['Radiology', 'Breast Imaging'],
    billingNotes: 'Reported per breast; use modifier 50 or RT/LT as the payer directs.',
    popularity: 30,
  },
  {
    code: '76642',
    synonyms: ['breast ultrasound limited', 'targeted breast ultrasound', 'diagnostic breast us'],
    plainLanguage:
      'A focused ultrasound of part of one breast, such as a lump or a finding from a mammogram.',
    clinicalContext:
      'Targeted breast ultrasound for a palpable lump or mammographic finding, often performed with a diagnostic mammogram.',
    specialties: ['Radiology', 'Breast Imaging'],
    billingNotes: 'Per breast; not billed with 76641 for the same breast on the same day.',
    popularity: 45,
  },
  {
    code: '76882',
    synonyms: [
      'msk ultrasound limited',
      'joint ultrasound',
      'tendon ultrasound',
      'extremity ultrasound limited',
    ],
    plainLanguage: 'A focused ultrasound of a joint, tendon or soft tissue of an arm or leg.',
    clinicalContext:
      'Used for tendon tears, joint effusions, Baker cysts and soft-tissue masses, often in sports medicine and rheumatology offices.',
    specialties: ['Radiology', 'Sports Medicine', 'Rheumatology', 'Orthopedic Surgery'],
    billingNotes:
      'Requires a focused evaluation of a specific structure with saved images and a report. Guidance for an injection is not this code.',
    popularity: 35,
  },
  {
    code: '76937',
    synonyms: ['ultrasound guided vascular access', 'us guidance line placement', 'us guided iv access'],
    plainLanguage:
      'Using ultrasound to find a vein or artery and guide a needle into it when placing a line.',
    clinicalContext:
      'Add-on used with central or peripheral vascular access procedures when the vessel is evaluated, the needle entry is visualized in real time, and an image is recorded.',
    specialties: [
      'Interventional Radiology',
      'Critical Care Medicine',
      'Anesthesiology',
      'Emergency Medicine',
    ],
    billingNotes:
      'Requires documentation of vessel patency, real-time needle guidance and a permanently recorded image. Not used with PICC codes that already include imaging guidance.',
    popularity: 40,
  },
  // ---------------------------------------------------------------- Mammography and bone density
  {
    code: '77067',
    synonyms: ['screening mammogram', 'mammo screening bilateral', 'annual mammogram', 'routine mammogram'],
    plainLanguage: 'A routine breast X-ray of both breasts for women without symptoms, to find cancer early.',
    clinicalContext:
      'Bilateral screening mammography with computer-aided detection when performed, recommended at regular intervals for women of screening age.',
    specialties: ['Radiology', 'Breast Imaging'],
    billingNotes:
      'Add 77063 when 3D tomosynthesis is performed with the screening study. Medicare covers annual screening without cost sharing for women 40 and older.',
    popularity: 85,
  },
  {
    code: '77066',
    synonyms: ['diagnostic mammogram bilateral', 'dx mammo bilateral'],
    plainLanguage: 'A diagnostic breast X-ray of both breasts to look at a symptom or a finding.',
    clinicalContext:
      'Bilateral diagnostic mammography for symptoms, follow-up of prior findings, or personal history of breast cancer when both breasts need diagnostic views.',
    specialties: ['Radiology', 'Breast Imaging'],
    billingNotes: 'Tomosynthesis with a diagnostic study is reported with G0279 for Medicare.',
    popularity: 45,
  },
  {
    code: '77065',
    synonyms: ['diagnostic mammogram unilateral', 'dx mammo one breast', 'callback mammogram'],
    plainLanguage: 'A diagnostic breast X-ray of one breast to look at a symptom or a finding.',
    clinicalContext:
      'Unilateral diagnostic mammography, commonly after an abnormal screening result or for a lump in one breast.',
    specialties: ['Radiology', 'Breast Imaging'],
    billingNotes: 'Often paired with a limited breast ultrasound on the same day.',
    popularity: 45,
  },
  {
    code: '77063',
    synonyms: ['3d mammogram', 'screening tomosynthesis', 'dbt screening', 'tomo add on'],
    plainLanguage: 'The 3D part of a screening mammogram that takes thin-slice images of both breasts.',
    clinicalContext:
      'Add-on to screening mammography for digital breast tomosynthesis, which improves cancer detection and reduces callbacks.',
    specialties: ['Radiology', 'Breast Imaging'],
    billingNotes: 'Report with 77067 only. For diagnostic tomosynthesis, Medicare uses G0279.',
    popularity: 60,
  },
  {
    code: 'G0279',
    synonyms: ['diagnostic tomosynthesis', 'diagnostic 3d mammogram', 'dbt diagnostic medicare'],
    plainLanguage: 'The 3D part of a diagnostic mammogram, for Medicare patients.',
    clinicalContext:
      'HCPCS add-on for digital breast tomosynthesis performed with a diagnostic mammogram (77065 or 77066).',
    specialties: ['Radiology', 'Breast Imaging'],
    billingNotes: 'Not used with screening mammography, which uses 77063.',
    popularity: 30,
  },
  {
    code: '77080',
    synonyms: ['dexa', 'dxa', 'bone density scan', 'bone densitometry', 'osteoporosis scan'],
    plainLanguage:
      'A low-dose X-ray scan of the hip and spine that measures bone strength to check for osteoporosis.',
    clinicalContext:
      'Axial skeleton dual-energy X-ray absorptiometry for osteoporosis screening in women 65 and older, at-risk younger adults, and monitoring treatment.',
    specialties: [
      'Radiology',
      'Endocrinology',
      'Rheumatology',
      'Family Medicine',
      'Obstetrics and Gynecology',
    ],
    billingNotes:
      'Medicare generally covers one study every 24 months unless more frequent testing is justified, for example on glucocorticoids. Vertebral fracture assessment done in the same session is reported with the combined code 77085 instead.',
    popularity: 55,
  },
  // ---------------------------------------------------------------- Extremity and spine x-rays
  {
    code: '73030',
    synonyms: ['shoulder x-ray', 'shoulder xr 2 views', 'shoulder radiograph'],
    plainLanguage: 'X-ray pictures of the shoulder, at least two views.',
    clinicalContext: 'Used for shoulder pain, trauma, dislocation, arthritis and post-operative follow-up.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Sports Medicine', 'Emergency Medicine'],
    billingNotes: 'A single view is 73020. Use RT/LT modifiers.',
    popularity: 60,
  },
  {
    code: '73110',
    synonyms: ['wrist x-ray', 'wrist xr 3 views', 'wrist radiograph complete'],
    plainLanguage: 'X-ray pictures of the wrist, at least three views.',
    clinicalContext:
      'Used for falls on an outstretched hand, suspected distal radius or scaphoid fracture, and arthritis.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Emergency Medicine', 'Hand Surgery'],
    billingNotes: 'Two views use 73100. Add RT/LT.',
    popularity: 50,
  },
  {
    code: '73130',
    synonyms: ['hand x-ray', 'hand xr 3 views', 'finger x-ray complete'],
    plainLanguage: 'X-ray pictures of the hand, at least three views.',
    clinicalContext:
      'Used for hand trauma, metacarpal and finger fractures, foreign bodies and inflammatory arthritis.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Hand Surgery', 'Rheumatology'],
    billingNotes: 'Dedicated finger studies use 73140.',
    popularity: 45,
  },
  {
    code: '73560',
    synonyms: ['knee x-ray 1-2 views', 'knee xr', 'knee radiograph'],
    plainLanguage: 'One or two X-ray pictures of the knee.',
    clinicalContext:
      'Used for knee pain, trauma screening and arthritis follow-up when only limited views are needed.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Sports Medicine', 'Family Medicine'],
    billingNotes:
      'Code by views obtained: three views use 73562, four or more 73564. Bilateral standing views may be coded per knee.',
    popularity: 55,
  },
  {
    code: '73562',
    synonyms: ['knee x-ray 3 views', 'knee series'],
    plainLanguage: 'Three X-ray pictures of the knee.',
    clinicalContext:
      'A standard knee series for injuries and arthritis, often including a sunrise view of the kneecap.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Sports Medicine'],
    billingNotes: 'RT/LT modifiers apply.',
    popularity: 50,
  },
  {
    code: '73564',
    synonyms: ['knee x-ray 4 views', 'knee complete series', 'weight bearing knee x-ray'],
    plainLanguage: 'Four or more X-ray pictures of the knee, often including standing views.',
    clinicalContext:
      'Complete knee series, common in orthopedic clinics evaluating osteoarthritis before joint replacement or injection.',
    specialties: ['Radiology', 'Orthopedic Surgery'],
    billingNotes: 'Document every view obtained.',
    popularity: 45,
  },
  {
    code: '73590',
    synonyms: ['tibia fibula x-ray', 'lower leg x-ray', 'tib fib xr'],
    plainLanguage: 'X-ray pictures of the lower leg bones (tibia and fibula), two views.',
    clinicalContext: 'Used for shin trauma, suspected fractures and hardware follow-up.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Emergency Medicine'],
    billingNotes: 'Infant lower-extremity studies use a different code.',
    popularity: 25,
  },
  {
    code: '73610',
    synonyms: ['ankle x-ray', 'ankle xr 3 views', 'ankle series'],
    plainLanguage: 'X-ray pictures of the ankle, at least three views.',
    clinicalContext:
      'Used for ankle sprains meeting fracture-risk criteria, malleolar fractures and arthritis.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Emergency Medicine', 'Podiatry'],
    billingNotes: 'Two views use 73600. RT/LT modifiers apply.',
    popularity: 55,
  },
  {
    code: '73630',
    synonyms: ['foot x-ray', 'foot xr 3 views', 'foot series'],
    plainLanguage: 'X-ray pictures of the foot, at least three views.',
    clinicalContext:
      'Used for foot trauma, metatarsal fractures, bunions, diabetic foot infection and arthritis.',
    specialties: ['Radiology', 'Podiatry', 'Orthopedic Surgery', 'Emergency Medicine'],
    billingNotes: 'Two views use 73620.',
    popularity: 55,
  },
  {
    code: '73502',
    synonyms: ['hip x-ray', 'hip xr 2-3 views', 'unilateral hip x-ray'],
    plainLanguage: 'Two or three X-ray pictures of one hip, which may include the pelvis.',
    clinicalContext: 'Used for hip pain, suspected hip fracture after a fall and arthritis evaluation.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Emergency Medicine'],
    billingNotes: 'A pelvis view taken with it is included.',
    popularity: 45,
  },
  {
    code: '72040',
    synonyms: ['c-spine x-ray', 'cervical spine x-ray 2-3 views', 'neck x-ray'],
    plainLanguage: 'Two or three X-ray pictures of the neck bones.',
    clinicalContext: 'Used for neck pain, alignment, degenerative changes and low-risk trauma evaluation.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Chiropractic', 'Family Medicine'],
    billingNotes: 'Flexion-extension and oblique series have higher-view codes.',
    popularity: 35,
  },
  {
    code: '72100',
    synonyms: ['l-spine x-ray', 'lumbar spine x-ray 2-3 views', 'low back x-ray', 'ls spine xr'],
    plainLanguage: 'Two or three X-ray pictures of the lower back.',
    clinicalContext: 'Used for low back pain with red flags, trauma, compression fractures and alignment.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Chiropractic', 'Family Medicine'],
    billingNotes: 'Four or more views use 72110.',
    popularity: 50,
  },
  {
    code: '72110',
    synonyms: ['l-spine x-ray 4 views', 'lumbar spine complete', 'lumbar obliques'],
    plainLanguage: 'Four or more X-ray pictures of the lower back.',
    clinicalContext:
      'Complete lumbar series including oblique views, used for suspected spondylolysis and surgical follow-up.',
    specialties: ['Radiology', 'Orthopedic Surgery', 'Neurosurgery'],
    billingNotes: 'Bending views alone have their own codes.',
    popularity: 20,
  },
  {
    code: '74018',
    synonyms: ['kub', 'abdominal x-ray 1 view', 'flat plate abdomen', 'axr'],
    plainLanguage: 'A single X-ray picture of the belly.',
    clinicalContext:
      'Used for bowel gas patterns, stool burden, kidney stones, and to check the position of feeding tubes or swallowed objects.',
    specialties: ['Radiology', 'Emergency Medicine', 'Pediatrics', 'Urology'],
    billingNotes: 'Two views use 74019; an acute abdominal series with chest uses 74022.',
    popularity: 45,
  },
  {
    code: '71100',
    synonyms: ['rib x-ray', 'rib series unilateral', 'ribs xr'],
    plainLanguage: 'Two X-ray pictures of the ribs on one side.',
    clinicalContext: 'Used after chest wall trauma to look for rib fractures.',
    specialties: ['Radiology', 'Emergency Medicine'],
    billingNotes: 'Adding a chest view uses 71101.',
    popularity: 15,
  },
  // ---------------------------------------------------------------- Image guidance
  {
    code: '77002',
    synonyms: ['fluoroscopic guidance needle placement', 'fluoro guidance', 'c-arm guidance'],
    plainLanguage: 'Using live X-ray to guide a needle to the right spot during a procedure.',
    clinicalContext:
      'Add-on for fluoroscopic guidance of needle placement such as joint injections, aspirations or biopsies that do not already include imaging guidance.',
    specialties: ['Radiology', 'Interventional Radiology', 'Pain Medicine', 'Orthopedic Surgery'],
    billingNotes:
      'Not reported with procedures whose descriptors include imaging guidance, such as many spine injection codes. Requires saved images and documentation of guidance.',
    popularity: 30,
  },
  {
    code: '77003',
    synonyms: ['fluoroscopic guidance spine injection', 'fluoro spine', 'epidural fluoroscopy'],
    plainLanguage: 'Using live X-ray to guide a needle into the spine area for an injection or procedure.',
    clinicalContext:
      'Add-on for fluoroscopic guidance and localization of needle or catheter tip for spinal or paraspinal diagnostic or therapeutic procedures that do not bundle imaging.',
    specialties: [
      'Pain Medicine',
      'Interventional Radiology',
      'Anesthesiology',
      'Physical Medicine and Rehabilitation',
    ],
    billingNotes:
      'Epidural injection (62320-62327), facet (64490-64495) and transforaminal (64479-64484) codes already include imaging guidance, so 77003 is not separately reportable with them.',
    popularity: 20,
  },
  {
    code: '77012',
    synonyms: ['ct guidance needle placement', 'ct guided biopsy guidance', 'ct fluoro guidance'],
    plainLanguage: 'Using CT scanning to guide a needle during a biopsy or drainage.',
    clinicalContext:
      'CT guidance for needle placement in biopsies, aspirations or ablations of lesions where guidance is not included in the procedure code.',
    specialties: ['Interventional Radiology', 'Radiology'],
    billingNotes:
      'Many organ biopsy codes introduced since 2019 include imaging guidance; check descriptors before adding it.',
    popularity: 20,
  },
  // ---------------------------------------------------------------- Nuclear medicine
  {
    code: '78452',
    synonyms: [
      'nuclear stress test',
      'spect mpi',
      'myocardial perfusion imaging',
      'lexiscan stress',
      'cardiolite',
      'thallium scan',
    ],
    plainLanguage:
      'A heart scan using a small amount of radioactive tracer at rest and during stress to show areas with poor blood flow.',
    clinicalContext:
      'Multiple-study SPECT myocardial perfusion imaging with wall motion and ejection fraction, used for chest pain evaluation and risk stratification when exercise ECG alone is insufficient.',
    specialties: ['Cardiology', 'Nuclear Medicine', 'Radiology'],
    billingNotes:
      'The stress test components (93015-93018) and the pharmacologic stress agent and radiotracer are reported separately.',
    popularity: 45,
  },
  {
    code: '78815',
    synonyms: ['pet ct', 'pet scan skull base to mid thigh', 'fdg pet', 'oncology pet'],
    plainLanguage:
      'A scan combining PET and CT, using a radioactive sugar tracer, to find active cancer from the skull base to the thighs.',
    clinicalContext:
      'Used for initial staging and restaging of many cancers such as lung, lymphoma, colorectal and head and neck, and to assess treatment response.',
    specialties: ['Nuclear Medicine', 'Radiology', 'Oncology'],
    billingNotes:
      'The radiotracer is billed separately. Medicare coverage follows the national coverage determination for oncologic PET, with the PI or PS modifier identifying the initial or a subsequent treatment strategy.',
    popularity: 35,
  },
  {
    code: '78306',
    synonyms: ['bone scan', 'whole body bone scan', 'nuclear bone scan', 'skeletal scintigraphy'],
    plainLanguage:
      'A whole-body scan with a radioactive tracer that shows areas of active bone change, such as cancer spread or hidden fractures.',
    clinicalContext:
      'Used to detect bone metastases (for example in prostate and breast cancer), occult fractures and osteomyelitis.',
    specialties: ['Nuclear Medicine', 'Radiology', 'Oncology'],
    billingNotes: 'The radiopharmaceutical is separately reportable.',
    popularity: 20,
  },
  {
    code: '78582',
    synonyms: ['v/q scan', 'vq scan', 'ventilation perfusion scan', 'lung scan'],
    plainLanguage:
      'A nuclear lung scan comparing air flow and blood flow to look for blood clots in the lungs.',
    clinicalContext:
      'An alternative to CT angiography for suspected pulmonary embolism, especially in pregnancy or kidney disease, and for chronic thromboembolic disease.',
    specialties: ['Nuclear Medicine', 'Radiology', 'Pulmonology'],
    billingNotes: 'Combined ventilation and perfusion imaging in one code; tracers are billed separately.',
    popularity: 12,
  },
  // ---------------------------------------------------------------- Vascular access
  {
    code: '36556',
    synonyms: [
      'central line',
      'cvc placement',
      'non tunneled central venous catheter',
      'triple lumen catheter',
      'ij line',
      'subclavian line',
    ],
    plainLanguage:
      'Placing a temporary IV line into a large vein in the neck, chest or groin for medicines and monitoring.',
    clinicalContext:
      'Insertion of a non-tunneled centrally inserted central venous catheter in patients five years or older, common in intensive care and emergency settings for vasopressors, central monitoring and poor peripheral access.',
    specialties: [
      'Critical Care Medicine',
      'Emergency Medicine',
      'Anesthesiology',
      'Interventional Radiology',
      'Surgery',
    ],
    billingNotes:
      'Ultrasound guidance is reported with 76937 when its documentation requirements are met. Time spent placing the line is excluded from critical care time.',
    popularity: 45,
  },
  {
    code: '36569',
    synonyms: ['picc without imaging', 'picc line', 'peripherally inserted central catheter', 'bedside picc'],
    plainLanguage:
      'Placing a long, thin IV line through a vein in the arm that reaches a large vein near the heart, without imaging guidance.',
    clinicalContext:
      'PICC insertion without a port or pump and without imaging guidance for patients five years or older, used for prolonged antibiotics, parenteral nutrition or chemotherapy.',
    specialties: ['Interventional Radiology', 'Hospital Medicine', 'Critical Care Medicine'],
    billingNotes:
      'When imaging guidance and confirmation are used, report 36573 instead, which includes them.',
    popularity: 20,
  },
  {
    code: '36573',
    synonyms: ['picc with imaging', 'picc line ultrasound guided', 'ir picc'],
    plainLanguage:
      'Placing a PICC line in the arm with ultrasound and X-ray guidance to confirm the tip position.',
    clinicalContext:
      'PICC insertion including imaging guidance, image documentation and radiologic supervision and interpretation for patients five years or older.',
    specialties: ['Interventional Radiology'],
    billingNotes: 'Includes all imaging; do not add 76937 or 77001.',
    popularity: 25,
  },
  {
    code: '36558',
    synonyms: [
      'tunneled catheter',
      'tunneled dialysis catheter',
      'tunneled cvc without port',
      'permcath',
      'hickman',
    ],
    plainLanguage:
      'Placing a long-term IV line that runs under the skin of the chest before entering a large vein.',
    clinicalContext:
      'Tunneled centrally inserted central venous catheter without a port for patients five or older, used for hemodialysis, long-term infusions and stem cell collection.',
    specialties: ['Interventional Radiology', 'Vascular Surgery', 'General Surgery'],
    billingNotes:
      'Carries a 10-day global period. Imaging guidance (76937, 77001) is reported separately when performed.',
    popularity: 25,
  },
  {
    code: '36561',
    synonyms: ['port placement', 'port-a-cath', 'chemo port', 'mediport', 'implanted port'],
    plainLanguage:
      'Placing a small device under the skin of the chest connected to a large vein, so that medicines like chemotherapy can be given easily.',
    clinicalContext:
      'Insertion of a tunneled centrally inserted central venous access device with a subcutaneous port for patients five or older, mostly for chemotherapy.',
    specialties: ['Interventional Radiology', 'General Surgery', 'Surgical Oncology'],
    billingNotes:
      '10-day global period. Ultrasound and fluoroscopic guidance are separately reportable when documented.',
    popularity: 30,
  },
  // ---------------------------------------------------------------- Radiation oncology
  {
    code: '77263',
    synonyms: ['radiation treatment planning complex', 'clinical treatment planning', 'rad onc planning'],
    plainLanguage: 'The radiation oncologist’s plan for a complex course of radiation therapy.',
    clinicalContext:
      'Complex clinical treatment planning, including decisions on treatment volumes, dose, fractionation and modality, for most curative courses of external beam radiation.',
    specialties: ['Radiation Oncology'],
    billingNotes:
      'Once per course of treatment. Simulation, dosimetry and device codes are reported separately.',
    popularity: 25,
  },
  {
    code: '77427',
    synonyms: ['radiation treatment management', 'weekly management', 'otv', 'on treatment visit'],
    plainLanguage:
      'The radiation oncologist’s weekly management of a patient receiving radiation, covering five treatments.',
    clinicalContext:
      'Radiation treatment management for each five fractions, including weekly physician review of images, dosimetry and the patient’s tolerance.',
    specialties: ['Radiation Oncology'],
    billingNotes:
      'One unit per five fractions; if three or four fractions remain at the end of a course, they may be billed as an additional unit.',
    popularity: 30,
  },
  {
    code: '77300',
    synonyms: ['basic dosimetry', 'radiation dose calculation', 'monitor unit calculation'],
    plainLanguage: 'Calculating the radiation dose for a treatment beam.',
    clinicalContext:
      'Basic radiation dosimetry calculation of dose at central axis depth and monitor units, performed for each beam or field as prescribed.',
    specialties: ['Radiation Oncology', 'Medical Physics'],
    billingNotes: 'Not reported with IMRT planning (77301) for the same plan.',
    popularity: 20,
  },
  {
    code: '77301',
    synonyms: ['imrt planning', 'intensity modulated radiation therapy plan'],
    plainLanguage:
      'Creating a precise radiation plan that shapes the dose tightly around a tumor using intensity-modulated beams.',
    clinicalContext:
      'IMRT treatment planning including dose-volume histograms for targets and critical structures, used for head and neck, prostate and many other cancers.',
    specialties: ['Radiation Oncology', 'Medical Physics'],
    billingNotes: 'Once per IMRT plan; includes basic dosimetry.',
    popularity: 15,
  },
  {
    code: '77334',
    synonyms: ['complex treatment device', 'radiation immobilization device', 'mlc device'],
    plainLanguage:
      'Designing and building complex devices that position the patient or shape the beam during radiation.',
    clinicalContext:
      'Treatment devices such as custom blocks, compensators or immobilization molds designed for radiation therapy.',
    specialties: ['Radiation Oncology'],
    billingNotes:
      'Per device; IMRT multileaf collimator devices are reported once per plan with a specific code.',
    popularity: 15,
  },
];
