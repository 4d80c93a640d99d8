import type { CuratedCode } from './types';

// General surgery: biliary, appendix, hernia, bariatric, breast, endocrine, bowel, anorectal,
// abscess and wound care. Original curated content; facts checked against CMS PFS RVU25D.
export const generalSurgeryCodes: CuratedCode[] = [
  // ---- Gallbladder and appendix ----
  {
    code: '47562',
    synonyms: [
      'lap chole',
      'laparoscopic cholecystectomy',
      'cholecystectomy',
      'gallbladder removal',
      'gallbladder surgery',
      'lc',
      'robotic cholecystectomy',
    ],
    plainLanguage:
      'Removal of the gallbladder through several small incisions in the abdomen using a camera and thin instruments.',
    clinicalContext:
      'The standard treatment for symptomatic gallstones, acute or chronic cholecystitis, gallstone pancreatitis once settled, and biliary dyskinesia. Most patients go home the same or next day.',
    specialties: ['General Surgery'],
    billingNotes:
      'Diagnostic laparoscopy is included. If a cholangiogram is done, use 47563 instead. If the case converts to open, report only the open cholecystectomy (47600) and document the reason for conversion. 90-day global; an assistant surgeon is usually payable.',
    popularity: 85,
  },
  {
    code: '47563',
    synonyms: [
      'lap chole with ioc',
      'lap chole with cholangiogram',
      'ioc',
      'intraoperative cholangiogram',
      'laparoscopic cholecystectomy with cholangiography',
    ],
    plainLanguage:
      'Laparoscopic gallbladder removal with an x-ray dye study of the bile ducts during the operation.',
    clinicalContext:
      "The cholangiogram is added when bile duct stones are suspected, the anatomy is unclear, or as the surgeon's routine to confirm safe identification of the ducts.",
    specialties: ['General Surgery'],
    billingNotes:
      'Replaces 47562 when a cholangiogram is performed; the catheterisation and injection are included. The radiological supervision and interpretation (74300) can be reported by the surgeon who documents a formal reading. 90-day global.',
    popularity: 55,
  },
  {
    code: '44970',
    synonyms: [
      'lap appy',
      'laparoscopic appendectomy',
      'appendectomy',
      'appy',
      'appendix removal',
      'robotic appendectomy',
    ],
    plainLanguage: 'Removal of the appendix through small incisions with a camera, usually for appendicitis.',
    clinicalContext:
      'Performed for acute appendicitis, including perforated cases, and for some appendiceal masses. Laparoscopy also lets the surgeon inspect the pelvis when the diagnosis is uncertain.',
    specialties: ['General Surgery', 'Pediatric Surgery'],
    billingNotes:
      'The same laparoscopic code applies whether or not the appendix has ruptured; open removal is 44950 (or 44960 for generalised peritonitis or abscess). An incidental appendectomy during another abdominal operation is usually not billed separately. 90-day global.',
    popularity: 72,
  },
  // ---- Hernia ----
  {
    code: '49505',
    synonyms: [
      'inguinal hernia repair',
      'open inguinal hernia repair',
      'lichtenstein repair',
      'groin hernia repair',
      'herniorrhaphy',
      'iihr',
    ],
    plainLanguage:
      'Open surgery through a groin incision to push a hernia back into place and reinforce the weak spot, usually with mesh.',
    clinicalContext:
      'For a first-time, reducible inguinal hernia in a patient aged five or older that causes pain or enlarges. Watchful waiting is an option for minimal symptoms.',
    specialties: ['General Surgery'],
    billingNotes:
      'Mesh placement is part of the repair. Incarcerated or strangulated hernias use 49507, recurrent hernias 49520/49521, and laparoscopic repairs 49650/49651. Both sides repaired in one session take modifier 50. 90-day global.',
    popularity: 65,
  },
  {
    code: '49650',
    synonyms: [
      'lap inguinal hernia repair',
      'laparoscopic inguinal hernia repair',
      'tep',
      'tapp',
      'robotic inguinal hernia repair',
      'lihr',
    ],
    plainLanguage:
      'Repair of a groin hernia from inside the abdomen through small incisions, placing mesh over the weak area.',
    clinicalContext:
      'Favoured for bilateral hernias, recurrence after open repair and patients wanting a quicker return to activity. Totally extraperitoneal (TEP) and transabdominal preperitoneal (TAPP) techniques share this code.',
    specialties: ['General Surgery'],
    billingNotes:
      'For an initial hernia; recurrent laparoscopic repair is 49651. Mesh is included, and robotic assistance does not change the code. Use modifier 50 for bilateral repair. 90-day global.',
    popularity: 60,
  },
  {
    code: '49591',
    synonyms: [
      'ventral hernia repair',
      'umbilical hernia repair',
      'epigastric hernia repair',
      'vhr',
      'small ventral hernia repair',
      'abdominal wall hernia repair under 3 cm',
    ],
    plainLanguage:
      'Repair of a small first-time hernia in the front of the abdomen, such as at the belly button, that can be pushed back in.',
    clinicalContext:
      'Covers umbilical, epigastric, Spigelian and incisional hernias with a total defect under 3 cm that are reducible, repaired open, laparoscopically or robotically.',
    specialties: ['General Surgery'],
    billingNotes:
      'Codes 49591-49596 are chosen by total defect size and by whether the hernia was reducible or incarcerated/strangulated, so record both. Mesh is included. CMS assigns a 0-day global to this family, so later visits are not bundled into the surgery. Recurrent hernias use 49613-49618.',
    popularity: 62,
  },
  {
    code: '49592',
    synonyms: [
      'incarcerated umbilical hernia repair',
      'incarcerated ventral hernia repair',
      'strangulated umbilical hernia',
      'small incarcerated hernia repair',
    ],
    plainLanguage:
      'Repair of a small first-time abdominal wall hernia that is stuck (incarcerated) or has lost its blood supply.',
    clinicalContext:
      'For anterior abdominal hernias with a total defect under 3 cm that cannot be reduced, often presenting urgently with pain.',
    specialties: ['General Surgery'],
    billingNotes:
      'Size under 3 cm with incarceration or strangulation. Bowel resection, if needed, is reported separately. Mesh is included. 0-day global.',
    popularity: 35,
  },
  {
    code: '49593',
    synonyms: [
      'ventral hernia repair 3-10 cm',
      'incisional hernia repair',
      'medium ventral hernia repair',
      'laparoscopic ventral hernia repair',
      'robotic ventral hernia repair',
    ],
    plainLanguage:
      'Repair of a first-time abdominal wall hernia of medium size (3 to 10 cm) that can be pushed back in.',
    clinicalContext:
      'A frequent operation for incisional hernias after prior abdominal surgery and larger umbilical hernias, open or minimally invasive, usually with mesh.',
    specialties: ['General Surgery'],
    billingNotes:
      'Total defect 3-10 cm, reducible. Multiple defects repaired together are measured as one total defect rather than coded individually. A component separation is reported separately when performed. 0-day global.',
    popularity: 45,
  },
  {
    code: '49594',
    synonyms: [
      'incarcerated incisional hernia repair',
      'incarcerated ventral hernia 3-10 cm',
      'strangulated ventral hernia repair',
    ],
    plainLanguage:
      'Repair of a medium-sized (3 to 10 cm) first-time abdominal wall hernia that is stuck or strangulated.',
    clinicalContext:
      'For incarcerated incisional or ventral hernias, often urgent, where contents must be freed and checked for viability before the wall is repaired.',
    specialties: ['General Surgery'],
    billingNotes:
      'Total defect 3-10 cm with incarceration or strangulation. Document viability of the hernia contents and any resection, which is coded separately. 0-day global.',
    popularity: 30,
  },
  {
    code: '49595',
    synonyms: [
      'large ventral hernia repair',
      'complex ventral hernia repair',
      'large incisional hernia repair',
      'ventral hernia over 10 cm',
    ],
    plainLanguage:
      'Repair of a large (over 10 cm) first-time abdominal wall hernia that can be pushed back in.',
    clinicalContext:
      'Large incisional hernias may need abdominal wall reconstruction with component separation and wide mesh reinforcement.',
    specialties: ['General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Total defect greater than 10 cm, reducible. Component separation (15734) is added per side when performed, and mesh is included. 0-day global.',
    popularity: 25,
  },
  {
    code: '49596',
    synonyms: [
      'large incarcerated ventral hernia repair',
      'strangulated incisional hernia over 10 cm',
      'large incarcerated incisional hernia',
    ],
    plainLanguage:
      'Repair of a large (over 10 cm) first-time abdominal wall hernia that is stuck or strangulated.',
    clinicalContext:
      'Among the most demanding hernia repairs: contents must be freed and the large defect closed, often with reconstruction of the abdominal wall.',
    specialties: ['General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Total defect greater than 10 cm with incarceration or strangulation. Report bowel resection and component separation separately when done. 0-day global.',
    popularity: 18,
  },
  // ---- Bariatric ----
  {
    code: '43644',
    synonyms: [
      'rygb',
      'lap gastric bypass',
      'roux-en-y gastric bypass',
      'gastric bypass',
      'lrygb',
      'bariatric bypass',
    ],
    plainLanguage:
      'Weight-loss surgery that creates a small stomach pouch and connects it to a loop of small intestine, bypassing most of the stomach.',
    clinicalContext:
      'For severe obesity, generally a BMI of 40 or more, or 35 or more with obesity-related disease such as type 2 diabetes or sleep apnoea, after medical weight-management efforts. It also improves reflux.',
    specialties: ['General Surgery', 'Bariatric Surgery'],
    billingNotes:
      'The Roux limb is 150 cm or less; longer limbs use 43645. Payers usually require documented BMI, comorbidities and a supervised pre-operative programme. A hiatal hernia repair in the same session is subject to bundling edits, so check payer policy. 90-day global.',
    popularity: 45,
  },
  {
    code: '43775',
    synonyms: [
      'lsg',
      'sleeve gastrectomy',
      'vsg',
      'vertical sleeve gastrectomy',
      'gastric sleeve',
      'bariatric sleeve',
    ],
    plainLanguage:
      'Weight-loss surgery that removes most of the stomach, leaving a narrow tube-shaped stomach.',
    clinicalContext:
      'The most common bariatric operation, for the same BMI and comorbidity thresholds as gastric bypass. It restricts intake and changes hunger hormones.',
    specialties: ['General Surgery', 'Bariatric Surgery'],
    billingNotes:
      'Laparoscopic approach, robotic included. Coverage typically depends on documented BMI, comorbidities and pre-operative evaluation. 90-day global.',
    popularity: 50,
  },
  // ---- Breast ----
  {
    code: '19301',
    synonyms: [
      'lumpectomy',
      'partial mastectomy',
      'breast conserving surgery',
      'segmental mastectomy',
      'quadrantectomy',
      'wide local excision breast',
    ],
    plainLanguage:
      'Removal of a breast cancer or suspicious area with a rim of healthy tissue, keeping the rest of the breast.',
    clinicalContext:
      'Breast-conserving surgery for early breast cancer or high-risk lesions, usually followed by radiation for cancer. Re-excision may be needed if margins are involved.',
    specialties: ['General Surgery', 'Breast Surgery', 'Surgical Oncology'],
    billingNotes:
      'Sentinel node biopsy (38525 with mapping 38900) and axillary dissection are reported separately; with axillary lymphadenectomy in the same operation use 19302. Image-guided localisation placed before surgery is its own code. A return for margin re-excision within the global takes modifier 58. 90-day global.',
    popularity: 60,
  },
  {
    code: '19303',
    synonyms: [
      'simple mastectomy',
      'total mastectomy',
      'complete mastectomy',
      'prophylactic mastectomy',
      'skin-sparing mastectomy',
      'nipple-sparing mastectomy',
    ],
    plainLanguage: 'Removal of the whole breast, without removing the underarm lymph nodes.',
    clinicalContext:
      'For breast cancer when breast conservation is not suitable or not chosen, and for risk reduction in carriers of BRCA and similar mutations. Reconstruction may follow immediately.',
    specialties: ['General Surgery', 'Breast Surgery', 'Surgical Oncology'],
    billingNotes:
      'Sentinel node biopsy is coded separately; a modified radical mastectomy is 19307. Immediate tissue-expander placement (19357) is reported by the reconstructive surgeon. Modifier 50 for bilateral mastectomy. 90-day global.',
    popularity: 45,
  },
  {
    code: '19120',
    synonyms: [
      'excisional breast biopsy',
      'breast lump excision',
      'fibroadenoma excision',
      'breast lesion excision',
      'open breast biopsy',
      'breast cyst excision',
    ],
    plainLanguage: 'Surgical removal of a lump or abnormal area from the breast through an incision.',
    clinicalContext:
      'For fibroadenomas, papillomas, persistent cysts or other lesions needing full removal for diagnosis or symptoms, in women or men.',
    specialties: ['General Surgery', 'Breast Surgery'],
    billingNotes:
      'Report once per breast for one or more lesions removed through the open approach; lesions localised by imaging beforehand are usually coded with 19125/19126 instead. 90-day global.',
    popularity: 40,
  },
  {
    code: '19083',
    synonyms: [
      'ultrasound guided breast biopsy',
      'us breast biopsy',
      'breast core biopsy',
      'core needle biopsy breast',
      'us guided core biopsy breast',
    ],
    plainLanguage:
      'A needle biopsy of a breast lump guided by ultrasound, with a tiny marker clip left at the site.',
    clinicalContext:
      'The first-line way to sample a suspicious breast mass or lymph node seen on ultrasound, avoiding open surgery for most benign results.',
    specialties: ['Diagnostic Radiology', 'Breast Surgery', 'General Surgery'],
    billingNotes:
      'Includes the ultrasound guidance, clip placement and specimen imaging, so do not add 76942 or a separate clip code. Each additional lesion in the same session is 19084. 0-day global.',
    popularity: 55,
  },
  {
    code: '38525',
    synonyms: [
      'sentinel lymph node biopsy',
      'slnb',
      'axillary sentinel node biopsy',
      'axillary lymph node excision',
      'deep axillary node biopsy',
    ],
    plainLanguage:
      'Removal of one or more deep lymph nodes from the armpit to check whether cancer has spread.',
    clinicalContext:
      'Most often performed as sentinel node biopsy for breast cancer and melanoma staging, guided by radiotracer and/or blue dye injected beforehand.',
    specialties: ['General Surgery', 'Breast Surgery', 'Surgical Oncology'],
    billingNotes:
      'Intraoperative mapping with non-radioactive dye is the add-on 38900; a radiotracer injection is usually reported by nuclear medicine. A complete axillary dissection is 38745. 90-day global.',
    popularity: 45,
  },
  // ---- Thyroid ----
  {
    code: '60240',
    synonyms: ['total thyroidectomy', 'thyroidectomy', 'thyroid removal', 'tt'],
    plainLanguage: 'Surgery to remove the entire thyroid gland in the neck.',
    clinicalContext:
      'For thyroid cancer, large or compressive multinodular goitre and Graves disease not suited to other treatment. Lifelong thyroid hormone replacement follows.',
    specialties: ['General Surgery', 'Otolaryngology', 'Endocrine Surgery'],
    billingNotes:
      'With a limited neck dissection for malignancy use 60252; completion after a prior lobectomy is 60260. Parathyroid autotransplantation is added with 60512. Nerve monitoring by a separate provider is billed by that provider. 90-day global.',
    popularity: 40,
  },
  {
    code: '60220',
    synonyms: [
      'thyroid lobectomy',
      'hemithyroidectomy',
      'partial thyroidectomy',
      'thyroid lobectomy with isthmusectomy',
    ],
    plainLanguage: 'Removal of one side (lobe) of the thyroid gland.',
    clinicalContext:
      'For an indeterminate or suspicious nodule, a low-risk small cancer, or a toxic nodule confined to one lobe. Many patients keep normal thyroid function afterwards.',
    specialties: ['General Surgery', 'Otolaryngology', 'Endocrine Surgery'],
    billingNotes:
      'Removal of the isthmus is included. If the other lobe is later removed, the completion is reported with 60260. 90-day global.',
    popularity: 35,
  },
  // ---- Bowel ----
  {
    code: '44140',
    synonyms: [
      'partial colectomy',
      'open colectomy',
      'sigmoid colectomy',
      'segmental colectomy',
      'left hemicolectomy',
      'large bowel resection',
    ],
    plainLanguage:
      'Open surgery to remove part of the large intestine and join the healthy ends back together.',
    clinicalContext:
      'For colon cancer, complicated diverticulitis, ischaemia, volvulus or bleeding when a minimally invasive approach is unsuitable or the case is an emergency.',
    specialties: ['General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'Open approach with anastomosis. Low pelvic anastomosis uses 44145, end colostomy with closure of the distal segment (Hartmann) uses 44143, and removal of terminal ileum with ileocolostomy uses 44160. Laparoscopic equivalents are 44204-44208. 90-day global.',
    popularity: 40,
  },
  {
    code: '44204',
    synonyms: [
      'lap colectomy',
      'laparoscopic colectomy',
      'laparoscopic partial colectomy',
      'lap sigmoid colectomy',
      'robotic colectomy',
      'lap left colectomy',
    ],
    plainLanguage:
      'Removal of part of the colon through small incisions with a camera, joining the ends back together.',
    clinicalContext:
      'The common elective approach for colon cancer and recurrent or complicated diverticulitis, with a faster recovery than open surgery.',
    specialties: ['General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'Splenic flexure mobilisation is the add-on 44213. A low pelvic anastomosis uses 44207/44208. Diagnostic laparoscopy and robotic assistance do not add codes. 90-day global.',
    popularity: 45,
  },
  {
    code: '44205',
    synonyms: [
      'lap right hemicolectomy',
      'laparoscopic right colectomy',
      'right hemicolectomy',
      'lap ileocolectomy',
      'ileocecectomy',
      'robotic right colectomy',
    ],
    plainLanguage:
      'Laparoscopic removal of the right side of the colon along with the end of the small intestine, then joining the small bowel to the colon.',
    clinicalContext:
      'For right-sided colon cancer, large unresectable right-colon polyps and terminal ileal Crohn disease.',
    specialties: ['General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'Includes removal of the terminal ileum and the ileocolic anastomosis. The open counterpart is 44160. 90-day global.',
    popularity: 38,
  },
  {
    code: '44120',
    synonyms: [
      'small bowel resection',
      'sbr',
      'enterectomy',
      'small intestine resection',
      'bowel resection with anastomosis',
    ],
    plainLanguage: 'Open surgery to cut out a diseased section of small intestine and reconnect the ends.',
    clinicalContext:
      'For strangulated or ischaemic bowel, obstruction from a stricture or tumour, Crohn disease and trauma.',
    specialties: ['General Surgery', 'Trauma Surgery'],
    billingNotes:
      'One resection and anastomosis; each additional resection is the add-on 44121. The laparoscopic version is 44202. Lysis of adhesions needed to reach the bowel is not separately reported. 90-day global.',
    popularity: 35,
  },
  // ---- Anorectal ----
  {
    code: '46255',
    synonyms: [
      'hemorrhoidectomy',
      'excisional hemorrhoidectomy',
      'hemorrhoid removal',
      'hemorrhoid surgery single column',
    ],
    plainLanguage: 'Surgical removal of a group of internal and external haemorrhoids.',
    clinicalContext:
      'For large, prolapsing or recurrently bleeding haemorrhoids that fail banding and office treatment, or combined internal and external disease.',
    specialties: ['General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'One column or group; two or more groups use 46260, and combined fissurectomy or fistulectomy have their own codes. 90-day global.',
    popularity: 35,
  },
  // ---- Abscess, foreign body and wound care ----
  {
    code: '10060',
    synonyms: [
      'i&d',
      'i and d',
      'incision and drainage',
      'abscess drainage',
      'simple abscess i&d',
      'boil drainage',
      'paronychia drainage',
    ],
    plainLanguage: 'Cutting open a skin abscess or boil to drain the pus.',
    clinicalContext:
      'For a single uncomplicated skin or subcutaneous abscess, furuncle, carbuncle, infected cyst or paronychia that is fluctuant.',
    specialties: ['Emergency Medicine', 'Family Medicine', 'General Surgery', 'Dermatology', 'Urgent Care'],
    billingNotes:
      'Packing and irrigation are included. Complicated or multiple abscesses use 10061; pilonidal cysts and deeper abscesses have site-specific codes. 10-day global: routine wound checks and packing changes in that period are not billed.',
    popularity: 80,
  },
  {
    code: '10061',
    synonyms: [
      'complicated i&d',
      'complex abscess drainage',
      'multiple abscess i&d',
      'i&d complicated',
      'loculated abscess drainage',
    ],
    plainLanguage:
      'Draining a large, deep or multi-chambered skin abscess, or several abscesses, through incisions.',
    clinicalContext:
      'For abscesses needing breakdown of loculations, counter-incisions, extensive packing or placement of a drain, or for multiple abscesses treated at one visit.',
    specialties: ['Emergency Medicine', 'General Surgery', 'Family Medicine', 'Urgent Care'],
    billingNotes:
      'Document what made it complicated (size, loculations, drains, multiple sites). 10-day global.',
    popularity: 60,
  },
  {
    code: '10120',
    synonyms: [
      'foreign body removal',
      'fb removal',
      'splinter removal',
      'subcutaneous foreign body removal',
      'glass removal skin',
    ],
    plainLanguage:
      'Making a small cut in the skin to remove an object such as a splinter or piece of glass lodged under the skin.',
    clinicalContext:
      'For superficial foreign bodies that cannot be removed without an incision, commonly in the hands and feet.',
    specialties: ['Emergency Medicine', 'Family Medicine', 'Urgent Care', 'General Surgery'],
    billingNotes:
      'Simple removal; complicated removal (deeper dissection, imaging localisation) is 10121. Removal without an incision is usually part of the visit. 10-day global.',
    popularity: 50,
  },
  {
    code: '10140',
    synonyms: [
      'hematoma drainage',
      'seroma drainage',
      'i&d hematoma',
      'fluid collection drainage',
      'incision and drainage seroma',
    ],
    plainLanguage: 'Cutting open and draining a collection of blood or fluid under the skin.',
    clinicalContext:
      'For post-traumatic or post-operative haematomas and seromas that are painful, enlarging or at risk of infection.',
    specialties: ['General Surgery', 'Emergency Medicine', 'Plastic Surgery'],
    billingNotes:
      'When the collection is a complication of your own operation within its global period, Medicare pays only if it needs a return to the operating room (modifier 78). Needle aspiration without incision is 10160. 10-day global.',
    popularity: 40,
  },
  {
    code: '10160',
    synonyms: [
      'needle aspiration abscess',
      'cyst aspiration',
      'seroma aspiration',
      'bulla aspiration',
      'puncture aspiration',
    ],
    plainLanguage: 'Drawing fluid out of an abscess, blood collection, blister or cyst with a needle.',
    clinicalContext:
      'Used for small abscesses, seromas after breast or hernia surgery, ganglion or other cysts, and tense bullae.',
    specialties: ['General Surgery', 'Emergency Medicine', 'Family Medicine', 'Dermatology'],
    billingNotes:
      'Imaging guidance, when used, is reported separately. Repeat aspirations within the 10-day global of the first are included.',
    popularity: 40,
  },
  {
    code: '11042',
    synonyms: [
      'wound debridement',
      'excisional debridement',
      'sharp debridement',
      'subq debridement',
      'debridement subcutaneous tissue',
    ],
    plainLanguage: 'Cutting away dead or infected tissue from a wound down to the fat layer to help it heal.',
    clinicalContext:
      'For chronic wounds such as diabetic foot ulcers, pressure injuries and venous ulcers, and for necrotic traumatic or surgical wounds.',
    specialties: ['General Surgery', 'Wound Care', 'Podiatry', 'Plastic Surgery', 'Vascular Surgery'],
    billingNotes:
      'Code by the deepest tissue removed and by surface area: this covers the first 20 sq cm of subcutaneous debridement, with 11045 for each additional 20 sq cm. Removal of only non-viable surface tissue is active wound care (97597/97598). Document wound size before and after, depth, tissue removed and instrument. 0-day global.',
    popularity: 75,
  },
  {
    code: '11043',
    synonyms: [
      'muscle debridement',
      'fascia debridement',
      'deep wound debridement',
      'debridement muscle fascia',
    ],
    plainLanguage:
      'Cutting away dead or infected tissue from a deep wound down to muscle or its covering (fascia).',
    clinicalContext:
      'For deep ulcers and necrotising infections involving fascia or muscle, including in the operating room for severe soft-tissue infection.',
    specialties: ['General Surgery', 'Wound Care', 'Podiatry', 'Plastic Surgery'],
    billingNotes:
      'First 20 sq cm at the muscle/fascia depth; each additional 20 sq cm is 11046. Debridement to bone uses 11044. Areas at different depths are added up separately by depth. 0-day global.',
    popularity: 50,
  },
  {
    code: '11045',
    synonyms: [
      'additional wound debridement',
      'debridement each additional 20 sq cm',
      'subq debridement additional area',
    ],
    plainLanguage: 'The extra charge for each additional area of wound cleaned down to the fat layer.',
    clinicalContext:
      'Large or multiple wounds at the subcutaneous depth often exceed the first 20 sq cm covered by the primary code.',
    specialties: ['General Surgery', 'Wound Care', 'Podiatry'],
    billingNotes:
      'Add-on code (ZZZ): report with 11042, one unit per additional 20 sq cm or part thereof, after summing all wounds debrided to the same depth. No separate global period.',
    popularity: 45,
  },
];
