import type { CuratedCode } from './types';

// Urology, obstetrics and gynecology procedures: original curated content.
// Facts checked against CMS PFS RVU25D (status, global period, bilateral indicator).
export const urologyObgynCodes: CuratedCode[] = [
  // ---- Urology ----
  {
    code: '52000',
    synonyms: [
      'cysto',
      'cystoscopy',
      'cystourethroscopy',
      'office cystoscopy',
      'diagnostic cystoscopy',
      'flexible cystoscopy',
    ],
    plainLanguage: 'Looking inside the urethra and bladder with a thin camera passed through the urethra.',
    clinicalContext:
      'For blood in the urine, recurrent infections, voiding symptoms, stricture evaluation and bladder cancer surveillance.',
    specialties: ['Urology', 'Urogynecology'],
    billingNotes:
      'Diagnostic base code for cystourethroscopy: not reported with a therapeutic cystoscopy in the same session. Removing a ureteral stent during cystoscopy is coded with 52310 instead. 0-day global.',
    popularity: 80,
  },
  {
    code: '52005',
    synonyms: [
      'retrograde pyelogram',
      'rpg',
      'cysto with retrograde',
      'cystoscopy retrograde pyelography',
      'ureteral catheterization',
    ],
    plainLanguage:
      'Cystoscopy with a thin tube passed into the ureter to inject dye or wash out samples from the kidney drainage system.',
    clinicalContext:
      'Used to outline the ureter and kidney collecting system when CT urography is not possible, to collect selective urine cytology, or before stone and tumour treatment.',
    specialties: ['Urology'],
    billingNotes:
      'The radiology interpretation of the retrograde study is separate. CMS does not apply bilateral payment rules to this code, so follow payer instructions when both sides are studied. 0-day global.',
    popularity: 40,
  },
  {
    code: '52332',
    synonyms: [
      'ureteral stent placement',
      'double j stent',
      'jj stent',
      'cysto stent',
      'cysto with stent',
      'ureteral stent insertion',
    ],
    plainLanguage:
      'Cystoscopy to place a soft tube (stent) from the kidney to the bladder to keep urine draining.',
    clinicalContext:
      'For an obstructing kidney stone with infection or intractable pain, ureteral obstruction from tumours or strictures, or protection of the ureter after injury.',
    specialties: ['Urology'],
    billingNotes:
      'Do not add it to ureteroscopic lithotripsy (52356) on the same side, because that code already includes the stent. Modifier 50 applies to bilateral stents. 0-day global.',
    popularity: 50,
  },
  {
    code: '52356',
    synonyms: [
      'ureteroscopy with laser lithotripsy',
      'urs',
      'urs ll',
      'ureteroscopy laser',
      'holmium laser lithotripsy',
      'ureteroscopy with stent',
    ],
    plainLanguage:
      'A thin scope passed up the ureter to break a kidney or ureteral stone with a laser, usually leaving a temporary stent.',
    clinicalContext:
      'The most common surgical treatment for ureteral and smaller kidney stones that will not pass, including in pregnancy and for patients on blood thinners.',
    specialties: ['Urology'],
    billingNotes:
      'Includes fragment removal and insertion of an indwelling stent, so do not report 52332 for the same side. Modifier 50 for bilateral procedures. 0-day global.',
    popularity: 55,
  },
  {
    code: '50590',
    synonyms: [
      'eswl',
      'shock wave lithotripsy',
      'swl',
      'lithotripsy',
      'extracorporeal shock wave lithotripsy',
      'kidney stone lithotripsy',
    ],
    plainLanguage:
      'Breaking up a kidney stone with focused shock waves sent through the skin, so the pieces can pass in the urine.',
    clinicalContext:
      'For kidney and upper ureteral stones of moderate size in patients with favourable anatomy and stone density.',
    specialties: ['Urology'],
    billingNotes:
      '90-day global, so routine follow-up visits are included (imaging is billed separately). A stent placed in the same session is coded separately. Modifier 50 for both kidneys.',
    popularity: 35,
  },
  {
    code: '55700',
    synonyms: [
      'prostate biopsy',
      'trus biopsy',
      'transrectal prostate biopsy',
      'transperineal prostate biopsy',
      'prostate bx',
      'tp biopsy',
    ],
    plainLanguage: 'Taking small tissue samples from the prostate with a needle to look for cancer.',
    clinicalContext:
      'For a raised or rising PSA, an abnormal rectal exam or a suspicious MRI lesion, through the rectum or the perineum.',
    specialties: ['Urology'],
    billingNotes:
      'One unit for any number of cores and either approach. Ultrasound guidance and MRI-fusion services are reported separately; a saturation (template) biopsy uses 55706. 0-day global.',
    popularity: 45,
  },
  {
    code: '55866',
    synonyms: [
      'ralp',
      'rarp',
      'robotic prostatectomy',
      'laparoscopic radical prostatectomy',
      'radical prostatectomy',
      'robotic assisted laparoscopic prostatectomy',
    ],
    plainLanguage:
      'Removal of the whole prostate and seminal vesicles through small incisions, usually with a surgical robot, to treat prostate cancer.',
    clinicalContext:
      'For localised prostate cancer in men with a reasonable life expectancy who choose surgery over radiation or surveillance.',
    specialties: ['Urology'],
    billingNotes:
      'Nerve sparing and robotic assistance do not change the code. A pelvic lymph node dissection is reported separately with the laparoscopic lymphadenectomy codes. 90-day global.',
    popularity: 35,
  },
  {
    code: '52601',
    synonyms: ['turp', 'transurethral resection of prostate', 'prostate resection', 'turp electrosurgical'],
    plainLanguage:
      'Removing the inner part of an enlarged prostate in small pieces through a scope passed up the urethra.',
    clinicalContext:
      'For bothersome urinary symptoms, retention or bladder damage caused by benign prostatic enlargement that does not respond to medication.',
    specialties: ['Urology'],
    billingNotes:
      'Includes the cystourethroscopy, meatotomy, urethral dilation and internal urethrotomy when done. Laser vaporisation, laser enucleation and prostatic urethral lift have their own codes. 90-day global.',
    popularity: 40,
  },
  {
    code: '55250',
    synonyms: ['vasectomy', 'male sterilization', 'no-scalpel vasectomy', 'vas deferens ligation'],
    plainLanguage:
      'A minor operation that cuts and seals the tubes carrying sperm, for permanent contraception.',
    clinicalContext:
      'Elective permanent contraception for men, usually done in the office under local anaesthesia.',
    specialties: ['Urology', 'Family Medicine'],
    billingNotes:
      'One code whether one or both sides are done, so modifier 50 is not used. Post-operative semen analysis is part of the package. Many payers treat sterilisation under their own coverage rules. 90-day global.',
    popularity: 45,
  },
  {
    code: '51798',
    synonyms: [
      'bladder scan',
      'pvr',
      'post void residual',
      'post-void residual ultrasound',
      'bladder ultrasound pvr',
    ],
    plainLanguage:
      'A quick ultrasound scan over the lower belly to measure how much urine is left in the bladder after passing water.',
    clinicalContext:
      'For urinary retention, incomplete emptying, incontinence work-up and monitoring after catheter removal.',
    specialties: ['Urology', 'Family Medicine', 'Internal Medicine', 'Geriatrics'],
    billingNotes:
      'Valued for staff and equipment only, with no physician work component. It uses a non-imaging bladder scanner; a formal pelvic ultrasound is a different code. Record the volume measured.',
    popularity: 55,
  },
  {
    code: '51702',
    synonyms: [
      'foley',
      'foley catheter',
      'foley placement',
      'urinary catheter insertion',
      'indwelling catheter',
      'bladder catheter',
    ],
    plainLanguage:
      'Inserting a soft tube through the urethra into the bladder and leaving it in place to drain urine.',
    clinicalContext:
      'For acute urinary retention, accurate output monitoring in sick patients, and around surgery.',
    specialties: ['Emergency Medicine', 'Urology', 'Hospital Medicine', 'Critical Care Medicine'],
    billingNotes:
      'Simple insertion; a difficult placement needing special technique because of altered anatomy is 51703, and an in-and-out straight catheter is 51701. It is not billed when placed as part of another operation. 0-day global.',
    popularity: 50,
  },
  {
    code: '54161',
    synonyms: ['circumcision', 'adult circumcision', 'circ', 'surgical circumcision'],
    plainLanguage: 'Surgical removal of the foreskin of the penis in a boy older than 28 days or in a man.',
    clinicalContext:
      'For phimosis, recurrent balanitis, paraphimosis or patient preference beyond the newborn period.',
    specialties: ['Urology', 'Pediatric Urology'],
    billingNotes:
      'Surgical excision technique; newborn circumcision with a clamp is 54150, and surgical excision in a newborn is 54160. 10-day global.',
    popularity: 30,
  },
  // ---- Obstetrics ----
  {
    code: '59400',
    synonyms: [
      'global ob',
      'global obstetric care',
      'vaginal delivery global',
      'ob package',
      'routine ob care',
      'global vaginal delivery',
    ],
    plainLanguage:
      'The whole package of pregnancy care from one practice: prenatal visits, a vaginal birth and the check-up after delivery.',
    clinicalContext:
      'Used when the same physician or group provides routine prenatal care, attends the vaginal delivery and gives postpartum care.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine', 'Midwifery'],
    billingNotes:
      'A maternity global (MMM): billed once after delivery. Routine prenatal visits, the delivery with or without episiotomy or forceps, and the postpartum visit are included; labs, ultrasounds and visits for unrelated problems are not. When care is split between practices use the component codes (59425/59426, 59409, 59410, 59430).',
    popularity: 55,
  },
  {
    code: '59409',
    synonyms: ['vaginal delivery only', 'svd', 'nsvd', 'spontaneous vaginal delivery', 'delivery only'],
    plainLanguage: 'Attending the vaginal birth of a baby without providing the prenatal or postpartum care.',
    clinicalContext:
      'For deliveries by a covering physician, a laborist or hospitalist, or when the patient transferred care late.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine'],
    billingNotes:
      'Delivery only, with or without episiotomy or forceps; if you also give postpartum care use 59410. Maternity global (MMM).',
    popularity: 45,
  },
  {
    code: '59510',
    synonyms: [
      'global c-section',
      'c-section global',
      'cesarean global',
      'global cesarean',
      'cesarean delivery global',
    ],
    plainLanguage:
      'The whole package of pregnancy care from one practice: prenatal visits, a caesarean birth and the check-up after delivery.',
    clinicalContext:
      'Used when the practice that followed the pregnancy also performs the caesarean and postpartum care.',
    specialties: ['Obstetrics and Gynecology'],
    billingNotes:
      'Maternity global (MMM) billed once after delivery. After a previous caesarean, use the VBAC or trial-of-labour family (59610-59622). Split care uses 59514 or 59515 with separately reported antepartum care.',
    popularity: 45,
  },
  {
    code: '59514',
    synonyms: [
      'c-section',
      'cesarean section',
      'csection',
      'c-section only',
      'lscs',
      'cesarean delivery only',
    ],
    plainLanguage:
      'Delivering a baby through an incision in the abdomen and uterus, without providing the prenatal or postpartum care.',
    clinicalContext:
      'For failure to progress, fetal distress, malpresentation, placenta previa and repeat caesareans, when the delivering surgeon does not provide the rest of the pregnancy care.',
    specialties: ['Obstetrics and Gynecology'],
    billingNotes:
      'Delivery only; add postpartum care with 59515 instead. Maternity global (MMM). An assistant at caesarean is payable under many plans.',
    popularity: 45,
  },
  {
    code: '59025',
    synonyms: ['nst', 'non-stress test', 'fetal nonstress test', 'fetal heart rate monitoring nst'],
    plainLanguage:
      "Monitoring the baby's heart rate for a short period to check that it speeds up normally with movement.",
    clinicalContext:
      'Antenatal surveillance in high-risk pregnancies such as diabetes, hypertension, growth restriction, decreased fetal movement or post-dates.',
    specialties: ['Obstetrics and Gynecology', 'Maternal-Fetal Medicine'],
    billingNotes:
      'Has professional and technical components: bill with modifier 26 for the interpretation alone. Document the tracing interpretation (reactive or non-reactive). 0-day global.',
    popularity: 50,
  },
  // ---- Gynecology ----
  {
    code: '58558',
    synonyms: [
      'hysteroscopy d&c',
      'hysteroscopic polypectomy',
      'hsc d&c',
      'hysteroscopy with biopsy',
      'hysteroscopy',
    ],
    plainLanguage: 'Looking inside the uterus with a thin camera to take tissue samples or remove polyps.',
    clinicalContext:
      'For abnormal or postmenopausal bleeding, endometrial polyps and thickened endometrium seen on ultrasound.',
    specialties: ['Obstetrics and Gynecology'],
    billingNotes:
      'A D&C done at the same time is included. Removal of fibroids (58561) and endometrial ablation (58563) have separate hysteroscopic codes. 0-day global.',
    popularity: 50,
  },
  {
    code: '58571',
    synonyms: [
      'tlh',
      'tlh bso',
      'total laparoscopic hysterectomy',
      'laparoscopic hysterectomy with bso',
      'robotic hysterectomy',
      'lap hysterectomy with salpingectomy',
    ],
    plainLanguage:
      'Removal of the uterus and cervix, along with the tubes and/or ovaries, through small abdominal incisions.',
    clinicalContext:
      'For fibroids, abnormal bleeding, endometriosis, pelvic pain and early-stage gynaecological cancer when the uterus is of modest size.',
    specialties: ['Obstetrics and Gynecology', 'Gynecologic Oncology'],
    billingNotes:
      'Uterus 250 g or less, with removal of tubes and/or ovaries; without adnexal removal use 58570, and over 250 g use 58572/58573. Take the uterine weight from the pathology report. 90-day global.',
    popularity: 45,
  },
  {
    code: '58150',
    synonyms: [
      'tah',
      'tah bso',
      'total abdominal hysterectomy',
      'abdominal hysterectomy',
      'open hysterectomy',
    ],
    plainLanguage:
      'Removal of the uterus and cervix through an incision in the lower abdomen, with or without the tubes and ovaries.',
    clinicalContext:
      'For a very large fibroid uterus, extensive adhesions, some cancers and cases unsuited to a vaginal or laparoscopic approach.',
    specialties: ['Obstetrics and Gynecology', 'Gynecologic Oncology'],
    billingNotes:
      'Removal of tubes and ovaries is included. Supracervical hysterectomy and radical hysterectomy have their own codes. 90-day global.',
    popularity: 30,
  },
  {
    code: '58661',
    synonyms: [
      'laparoscopic salpingectomy',
      'laparoscopic oophorectomy',
      'lap bso',
      'lap uso',
      'laparoscopic salpingo-oophorectomy',
    ],
    plainLanguage: 'Removing a fallopian tube, an ovary or both through small incisions with a camera.',
    clinicalContext:
      'For adnexal masses, torsion, risk-reducing surgery in BRCA carriers, and salpingectomy for permanent contraception.',
    specialties: ['Obstetrics and Gynecology', 'Gynecologic Oncology'],
    billingNotes:
      'CMS accepts modifier 50 when both sides are removed; some commercial payers treat the code as covering both sides, so check the contract. 10-day global.',
    popularity: 40,
  },
  {
    code: '58670',
    synonyms: [
      'tubal ligation',
      'laparoscopic tubal ligation',
      'btl',
      'tubal cautery',
      'tubal fulguration',
      'laparoscopic sterilization',
    ],
    plainLanguage:
      'Permanent contraception by burning (cauterising) the fallopian tubes through a small incision with a camera.',
    clinicalContext: 'For women who want permanent contraception, performed as an outpatient laparoscopy.',
    specialties: ['Obstetrics and Gynecology'],
    billingNotes:
      'Occlusion with clips or rings is 58671, and removal of the tubes is coded as salpingectomy. Medicaid and other public payers require a signed sterilisation consent and a waiting period. 90-day global.',
    popularity: 25,
  },
  {
    code: '57454',
    synonyms: [
      'colposcopy with biopsy and ecc',
      'colpo bx ecc',
      'colposcopy',
      'colpo with ecc',
      'colposcopic cervical biopsy',
    ],
    plainLanguage:
      'Examining the cervix with a magnifying scope and taking samples from its surface and from inside the cervical canal.',
    clinicalContext:
      'Follows an abnormal Pap test or positive high-risk HPV test to look for precancerous change.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine'],
    billingNotes:
      'Both cervical biopsy and endocervical curettage; biopsy alone is 57455, curettage alone 57456 and colposcopy without sampling 57452. One unit however many biopsies are taken. 0-day global.',
    popularity: 45,
  },
  {
    code: '57460',
    synonyms: [
      'leep',
      'lletz',
      'loop electrosurgical excision',
      'cervical leep',
      'colposcopy with loop biopsy',
    ],
    plainLanguage:
      'Removing abnormal cervical tissue with a thin heated wire loop while looking through a colposcope.',
    clinicalContext:
      'For high-grade cervical precancer (CIN 2-3) or persistent low-grade disease, both diagnostic and therapeutic.',
    specialties: ['Obstetrics and Gynecology'],
    billingNotes: 'Colposcopy with loop biopsy; a loop conisation of the cervix is 57461. 0-day global.',
    popularity: 30,
  },
  {
    code: '58100',
    synonyms: ['emb', 'endometrial biopsy', 'pipelle biopsy', 'endometrial sampling'],
    plainLanguage:
      'Taking a small sample of the lining of the uterus with a thin tube, usually in the office.',
    clinicalContext:
      'For postmenopausal bleeding, abnormal bleeding over age 45 or with risk factors, and infertility evaluation.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine'],
    billingNotes:
      'Without cervical dilation, any method. Not reported with a D&C or hysteroscopic sampling in the same session. 0-day global.',
    popularity: 50,
  },
  {
    code: '58120',
    synonyms: ['d&c', 'dilation and curettage', 'diagnostic d&c', 'therapeutic d&c'],
    plainLanguage: 'Opening the cervix and gently scraping the lining of the uterus, outside of pregnancy.',
    clinicalContext:
      'For diagnosing or treating abnormal uterine bleeding when office sampling is not possible or inadequate.',
    specialties: ['Obstetrics and Gynecology'],
    billingNotes:
      'Non-obstetric only; evacuation after miscarriage uses the 598xx codes. Not added to hysteroscopic sampling, which already includes curettage. 10-day global.',
    popularity: 30,
  },
  {
    code: '59820',
    synonyms: [
      'd&c for missed abortion',
      'suction d&c',
      'missed ab d&c',
      'uterine evacuation',
      'd&c miscarriage',
      'sab d&c',
    ],
    plainLanguage: 'Emptying the uterus by suction after a first-trimester pregnancy has stopped developing.',
    clinicalContext:
      'For a missed miscarriage in the first trimester when the patient chooses surgical management or medical management has failed.',
    specialties: ['Obstetrics and Gynecology'],
    billingNotes:
      'First trimester; second-trimester missed abortion is 59821 and an incomplete miscarriage is 59812. Elective terminations use other codes. 90-day global.',
    popularity: 35,
  },
  {
    code: '57288',
    synonyms: [
      'midurethral sling',
      'mus',
      'tvt',
      'tot',
      'sling procedure',
      'transobturator tape',
      'stress incontinence sling',
    ],
    plainLanguage:
      'Placing a strip of mesh or tissue under the urethra to support it and stop urine leaking with coughing or exercise.',
    clinicalContext:
      'The most common surgery for stress urinary incontinence in women after pelvic floor therapy has not helped enough.',
    specialties: ['Urogynecology', 'Urology', 'Obstetrics and Gynecology'],
    billingNotes:
      'Retropubic and transobturator approaches, with synthetic or fascial slings, share this code. The cystoscopy to check the bladder is part of the operation. 90-day global.',
    popularity: 35,
  },
  // ---- Contraception ----
  {
    code: '58300',
    synonyms: [
      'iud insertion',
      'iud placement',
      'intrauterine device insertion',
      'mirena insertion',
      'paragard insertion',
      'liletta insertion',
    ],
    plainLanguage: 'Placing a small T-shaped contraceptive device inside the uterus.',
    clinicalContext:
      'Long-acting reversible contraception with hormonal or copper devices, also used for heavy menstrual bleeding and endometrial protection.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine'],
    billingNotes:
      'Medicare lists this as non-covered (status N), but Medicaid and commercial plans pay it. The device is billed separately with its HCPCS supply code.',
    popularity: 55,
  },
  {
    code: '58301',
    synonyms: ['iud removal', 'remove iud', 'intrauterine device removal'],
    plainLanguage: 'Taking out an intrauterine contraceptive device.',
    clinicalContext:
      "At the end of the device's lifespan, for side effects, when pregnancy is desired, or for a malpositioned device.",
    specialties: ['Obstetrics and Gynecology', 'Family Medicine'],
    billingNotes:
      'When a new IUD is placed at the same visit, report the insertion as well. Removal that needs hysteroscopy has its own code. 0-day global.',
    popularity: 35,
  },
  {
    code: '11981',
    synonyms: [
      'nexplanon insertion',
      'contraceptive implant insertion',
      'implant insertion arm',
      'etonogestrel implant',
      'implanon insertion',
    ],
    plainLanguage:
      'Placing a small rod under the skin of the upper arm that releases medicine, most often a contraceptive implant.',
    clinicalContext:
      'Long-acting reversible contraception lasting several years, also used for other drug-releasing implants.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine', 'Pediatrics'],
    billingNotes:
      'Insertion of a non-biodegradable implant; removal is 11982 and removal with reinsertion at one visit is 11983. The implant itself is billed with its HCPCS code. 0-day global.',
    popularity: 40,
  },
  {
    code: '11983',
    synonyms: [
      'nexplanon removal and reinsertion',
      'implant exchange',
      'contraceptive implant replacement',
      'remove and reinsert implant',
    ],
    plainLanguage: 'Removing an expired drug implant from the arm and placing a new one in the same visit.',
    clinicalContext:
      'Used when a patient wants to continue implant contraception after the current device reaches the end of its approved use.',
    specialties: ['Obstetrics and Gynecology', 'Family Medicine'],
    billingNotes: 'Do not report 11981 and 11982 separately when both are done in one session. 0-day global.',
    popularity: 25,
  },
];
