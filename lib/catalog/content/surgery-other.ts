import type { CuratedCode } from './types';

// Skin (biopsy, shave, excision, destruction, Mohs, nails), wound repair, plastic surgery,
// emergency airway, resuscitation and chest procedures, and bone marrow biopsy: original curated content.
// Facts checked against CMS PFS RVU25D (status, global period, add-on).
export const otherSurgeryCodes: CuratedCode[] = [
  // ---- Skin biopsy ----
  {
    code: '11102',
    synonyms: ['shave biopsy', 'tangential biopsy', 'skin biopsy shave', 'saucerization biopsy', 'skin bx'],
    plainLanguage:
      'Taking a thin slice from the surface of a skin spot with a blade so it can be examined under a microscope.',
    clinicalContext:
      'The usual biopsy for suspected basal or squamous cell carcinoma, actinic keratosis and superficial rashes.',
    specialties: ['Dermatology', 'Family Medicine', 'Plastic Surgery'],
    billingNotes:
      'First lesion by tangential technique; each additional lesion is 11103. When different techniques are used the same day, report the highest-valued first biopsy once and add-ons for the rest. Closure is included. 0-day global.',
    popularity: 88,
  },
  {
    code: '11103',
    synonyms: [
      'additional shave biopsy',
      'shave biopsy each additional lesion',
      'additional tangential biopsy',
    ],
    plainLanguage:
      'The extra charge for each additional skin spot sampled by shave biopsy at the same visit.',
    clinicalContext: 'Common at skin checks when several suspicious lesions are sampled together.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes:
      'Add-on code (ZZZ): report with a primary skin biopsy code (11102, 11104 or 11106), one unit per additional lesion. No separate global period.',
    popularity: 65,
  },
  {
    code: '11104',
    synonyms: ['punch biopsy', 'skin punch biopsy', 'punch bx'],
    plainLanguage: 'Removing a small cylinder of skin with a round cutting tool for testing.',
    clinicalContext:
      'Preferred for rashes, inflammatory disorders, alopecia and pigmented lesions where a full-thickness sample is needed.',
    specialties: ['Dermatology', 'Family Medicine', 'Rheumatology'],
    billingNotes:
      'First lesion by punch; each additional punch is 11105. Simple closure of the punch site is included. 0-day global.',
    popularity: 70,
  },
  {
    code: '11105',
    synonyms: ['additional punch biopsy', 'punch biopsy each additional lesion', 'second punch biopsy'],
    plainLanguage: 'The extra charge for each additional punch biopsy at the same visit.',
    clinicalContext:
      'Used when separate lesions, or the same rash at different sites, need full-thickness sampling.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes:
      'Add-on code (ZZZ): report with 11104, or with 11106 when an incisional biopsy is the primary; one unit per additional lesion. No separate global period.',
    popularity: 40,
  },
  {
    code: '11106',
    synonyms: ['incisional biopsy', 'wedge biopsy skin', 'skin incisional biopsy', 'elliptical biopsy'],
    plainLanguage:
      'Cutting out a wedge of a skin lesion, deep into the fat, for testing, usually closed with stitches.',
    clinicalContext:
      'For deep processes such as panniculitis, large lesions where only part is sampled, and suspected deep tumours.',
    specialties: ['Dermatology', 'Plastic Surgery', 'General Surgery'],
    billingNotes:
      'First lesion; each additional incisional biopsy is 11107. Closure is included. Removing the whole lesion is an excision, not a biopsy. 0-day global.',
    popularity: 40,
  },
  // ---- Shave removal ----
  {
    code: '11300',
    synonyms: [
      'shave removal trunk small',
      'shave excision 0.5 cm',
      'shave removal arm leg lesion',
      'shave of skin lesion small',
    ],
    plainLanguage:
      'Shaving off a small raised skin growth (up to half a centimetre) on the trunk, arms or legs.',
    clinicalContext:
      'For symptomatic or irritated seborrhoeic keratoses, raised naevi and other benign growths removed flush with the skin.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes:
      'Code by site and lesion diameter; each lesion is reported separately. Cosmetic removal is usually not covered, so document symptoms. Haemostasis is included. 0-day global.',
    popularity: 35,
  },
  {
    code: '11301',
    synonyms: [
      'shave removal trunk 1 cm',
      'shave excision arm leg 0.6-1.0 cm',
      'shave of skin lesion medium trunk',
    ],
    plainLanguage:
      'Shaving off a raised skin growth of about half to one centimetre on the trunk, arms or legs.',
    clinicalContext:
      'For inflamed, bleeding or catching benign growths such as seborrhoeic keratoses and intradermal naevi.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes:
      'Lesion diameter 0.6-1.0 cm on the trunk or extremities. One unit per lesion. 0-day global.',
    popularity: 35,
  },
  {
    code: '11305',
    synonyms: [
      'shave removal scalp',
      'shave removal neck lesion',
      'shave excision hand foot',
      'shave removal genitalia small',
    ],
    plainLanguage: 'Shaving off a small raised skin growth on the scalp, neck, hands, feet or genitals.',
    clinicalContext:
      'For symptomatic benign growths in these sites, which carry different coding from the trunk and face.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes: 'Lesion up to 0.5 cm at these sites. One unit per lesion. 0-day global.',
    popularity: 20,
  },
  {
    code: '11310',
    synonyms: ['shave removal face small', 'shave excision face lesion', 'shave removal nose lip eyelid ear'],
    plainLanguage:
      'Shaving off a small raised growth (up to half a centimetre) on the face, ears, eyelids, nose or lips.',
    clinicalContext:
      'For irritated or bleeding benign facial lesions, where a shave leaves a cosmetically favourable scar.',
    specialties: ['Dermatology', 'Family Medicine', 'Plastic Surgery'],
    billingNotes:
      'Facial sites up to 0.5 cm. One unit per lesion; document why removal was medically necessary. 0-day global.',
    popularity: 25,
  },
  {
    code: '11311',
    synonyms: ['shave removal face 1 cm', 'shave excision face 0.6-1.0 cm', 'facial lesion shave medium'],
    plainLanguage:
      'Shaving off a raised growth of about half to one centimetre on the face, ears, eyelids, nose or lips.',
    clinicalContext: 'Used for symptomatic benign facial lesions such as intradermal naevi.',
    specialties: ['Dermatology', 'Plastic Surgery'],
    billingNotes: 'Facial sites, 0.6-1.0 cm. One unit per lesion. 0-day global.',
    popularity: 20,
  },
  // ---- Excision, benign ----
  {
    code: '11400',
    synonyms: [
      'excision benign lesion trunk small',
      'excise cyst trunk 0.5 cm',
      'benign skin excision small',
    ],
    plainLanguage:
      'Cutting out a small non-cancerous skin lesion (up to half a centimetre including margins) on the trunk, arms or legs.',
    clinicalContext: 'For atypical naevi, cysts and other benign lesions that need full-thickness removal.',
    specialties: ['Dermatology', 'Family Medicine', 'General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Size is the lesion diameter plus the narrowest margins, measured before excision. Simple closure is included; intermediate or complex closure is added separately. 10-day global.',
    popularity: 30,
  },
  {
    code: '11401',
    synonyms: [
      'excision benign lesion trunk 1 cm',
      'excise cyst arm leg 0.6-1.0 cm',
      'benign skin excision extremity',
    ],
    plainLanguage:
      'Cutting out a non-cancerous skin lesion of about half to one centimetre (with margins) on the trunk, arms or legs.',
    clinicalContext: 'Common for dysplastic naevi and small epidermoid cysts.',
    specialties: ['Dermatology', 'Family Medicine', 'General Surgery'],
    billingNotes: 'Excised diameter 0.6-1.0 cm. Add a layered repair code when performed. 10-day global.',
    popularity: 35,
  },
  {
    code: '11402',
    synonyms: [
      'excision benign lesion trunk 2 cm',
      'cyst excision trunk',
      'epidermoid cyst excision',
      'benign skin excision 1.1-2.0 cm',
    ],
    plainLanguage:
      'Cutting out a non-cancerous skin lesion of about one to two centimetres (with margins) on the trunk, arms or legs.',
    clinicalContext: 'Often used for epidermoid or pilar cysts and larger naevi on the body.',
    specialties: ['Dermatology', 'Family Medicine', 'General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Excised diameter 1.1-2.0 cm. Subcutaneous soft-tissue tumours such as lipomas are coded with the musculoskeletal excision codes by depth and size rather than here. 10-day global.',
    popularity: 40,
  },
  {
    code: '11403',
    synonyms: [
      'excision benign lesion trunk 3 cm',
      'large cyst excision trunk',
      'benign skin excision 2.1-3.0 cm',
    ],
    plainLanguage:
      'Cutting out a non-cancerous skin lesion of two to three centimetres (with margins) on the trunk, arms or legs.',
    clinicalContext:
      'For larger cysts and benign growths that need removal because of inflammation, growth or symptoms.',
    specialties: ['Dermatology', 'General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Excised diameter 2.1-3.0 cm. Intermediate repair is reported in addition when the wound needs layered closure. 10-day global.',
    popularity: 30,
  },
  {
    code: '11441',
    synonyms: [
      'excision benign lesion face small',
      'facial cyst excision small',
      'benign facial excision 1 cm',
    ],
    plainLanguage:
      'Cutting out a non-cancerous lesion of about half to one centimetre (with margins) on the face, ears, eyelids, nose or lips.',
    clinicalContext: 'For benign facial naevi, cysts and adnexal tumours needing full-thickness removal.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Family Medicine'],
    billingNotes:
      'Facial sites, excised diameter 0.6-1.0 cm. Facial wounds often need intermediate repair, reported separately. 10-day global.',
    popularity: 25,
  },
  {
    code: '11442',
    synonyms: [
      'excision benign lesion face 2 cm',
      'facial cyst excision',
      'benign facial excision 1.1-2.0 cm',
    ],
    plainLanguage:
      'Cutting out a non-cancerous lesion of one to two centimetres (with margins) on the face, ears, eyelids, nose or lips.',
    clinicalContext:
      'Used for larger facial cysts and benign growths, with careful closure along skin lines.',
    specialties: ['Dermatology', 'Plastic Surgery'],
    billingNotes:
      'Facial sites, excised diameter 1.1-2.0 cm. Layered or complex closure is coded separately. 10-day global.',
    popularity: 25,
  },
  // ---- Excision, malignant ----
  {
    code: '11601',
    synonyms: [
      'excision skin cancer trunk small',
      'malignant lesion excision 1 cm',
      'bcc excision trunk',
      'wide local excision skin cancer small',
    ],
    plainLanguage:
      'Cutting out a small skin cancer (about half to one centimetre including margins) on the trunk, arms or legs.',
    clinicalContext:
      'Standard excision of basal cell carcinoma, squamous cell carcinoma or melanoma in situ with appropriate margins.',
    specialties: ['Dermatology', 'General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Use malignant excision codes only when pathology confirms cancer; if pending, wait for the report before coding. Size includes margins. Repairs beyond simple closure are added. 10-day global.',
    popularity: 30,
  },
  {
    code: '11602',
    synonyms: [
      'excision skin cancer trunk 2 cm',
      'malignant lesion excision 1.1-2.0 cm',
      'scc excision arm leg',
      'melanoma excision trunk',
    ],
    plainLanguage:
      'Cutting out a skin cancer of one to two centimetres (including margins) on the trunk, arms or legs.',
    clinicalContext:
      'For basal and squamous cell carcinomas and melanoma re-excisions needing wider margins.',
    specialties: ['Dermatology', 'General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Excised diameter 1.1-2.0 cm; re-excision for positive margins during the global period takes modifier 58. 10-day global.',
    popularity: 35,
  },
  {
    code: '11641',
    synonyms: ['excision skin cancer face small', 'facial bcc excision', 'malignant facial excision 1 cm'],
    plainLanguage:
      'Cutting out a small skin cancer (about half to one centimetre with margins) on the face, ears, eyelids, nose or lips.',
    clinicalContext: 'For facial non-melanoma skin cancers when Mohs surgery is not chosen or not needed.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Otolaryngology'],
    billingNotes:
      'Facial sites, excised diameter 0.6-1.0 cm. Pathology must confirm malignancy. 10-day global.',
    popularity: 25,
  },
  {
    code: '11642',
    synonyms: [
      'excision skin cancer face 2 cm',
      'facial scc excision',
      'malignant facial excision 1.1-2.0 cm',
    ],
    plainLanguage:
      'Cutting out a skin cancer of one to two centimetres (including margins) on the face, ears, eyelids, nose or lips.',
    clinicalContext:
      'Common for facial basal and squamous cell carcinomas, often followed by a flap or layered repair.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Otolaryngology'],
    billingNotes:
      'Facial sites, excised diameter 1.1-2.0 cm. If the defect is closed with an adjacent tissue transfer, the excision is included in the flap code; a skin graft, by contrast, is reported in addition to the excision. 10-day global.',
    popularity: 30,
  },
  // ---- Destruction and Mohs ----
  {
    code: '17000',
    synonyms: [
      'cryotherapy ak',
      'actinic keratosis destruction',
      'liquid nitrogen',
      'ln2',
      'cryo first lesion',
      'destruction premalignant lesion',
    ],
    plainLanguage:
      'Freezing or otherwise destroying a precancerous skin spot (actinic keratosis), first lesion.',
    clinicalContext:
      'Actinic keratoses on sun-damaged skin are treated to reduce progression to squamous cell carcinoma, usually with liquid nitrogen.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes:
      'First lesion; lesions two to fourteen are each added with 17003, and fifteen or more are reported once with 17004 instead. Any destruction method counts. 10-day global.',
    popularity: 90,
  },
  {
    code: '17003',
    synonyms: ['cryotherapy ak additional', 'actinic keratosis 2-14', 'additional ak destruction'],
    plainLanguage:
      'The extra charge for each additional precancerous skin spot destroyed, from the second to the fourteenth.',
    clinicalContext: 'Most patients with sun damage have several actinic keratoses treated at one visit.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes:
      'Add-on code (ZZZ): report with 17000, one unit per lesion from two through fourteen. Not used with 17004. No separate global period.',
    popularity: 80,
  },
  {
    code: '17004',
    synonyms: ['cryotherapy 15 or more ak', 'actinic keratosis 15 or more', 'multiple ak destruction'],
    plainLanguage: 'Destroying fifteen or more precancerous skin spots at one visit.',
    clinicalContext: 'For heavily sun-damaged skin with many actinic keratoses treated in one session.',
    specialties: ['Dermatology'],
    billingNotes: 'Report once for fifteen or more lesions and do not add 17000 or 17003. 10-day global.',
    popularity: 40,
  },
  {
    code: '17110',
    synonyms: [
      'wart removal',
      'wart cryotherapy',
      'destruction benign lesion',
      'molluscum removal',
      'skin tag freezing',
      'verruca treatment',
    ],
    plainLanguage:
      'Destroying up to fourteen warts or other benign skin growths by freezing, burning or chemicals.',
    clinicalContext:
      'Used for common and plantar warts, molluscum contagiosum and some benign growths when treatment is medically indicated.',
    specialties: ['Dermatology', 'Family Medicine', 'Podiatry', 'Pediatrics'],
    billingNotes:
      'One unit for one to fourteen lesions; fifteen or more is 17111. Cosmetic destruction is generally not covered. 10-day global, so repeat treatments within 10 days are not billed.',
    popularity: 70,
  },
  {
    code: '17111',
    synonyms: [
      'wart removal 15 or more',
      'destruction benign lesions 15 or more',
      'multiple warts cryotherapy',
    ],
    plainLanguage: 'Destroying fifteen or more warts or other benign skin growths at one visit.',
    clinicalContext: 'For extensive warts or molluscum involving many lesions.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes: 'Report once; do not combine with 17110. 10-day global.',
    popularity: 30,
  },
  {
    code: '17311',
    synonyms: ['mohs', 'mohs surgery', 'mohs micrographic surgery', 'mohs first stage', 'mohs head neck'],
    plainLanguage:
      'Skin cancer surgery in which the surgeon removes the cancer in thin layers and checks each layer under the microscope right away until the margins are clear.',
    clinicalContext:
      'For basal and squamous cell carcinomas on the face, scalp, neck, hands, feet and genitals, recurrent tumours and aggressive subtypes, sparing as much healthy tissue as possible.',
    specialties: ['Dermatology', 'Mohs Surgery'],
    billingNotes:
      'First stage, up to five tissue blocks, at head, neck, hand, foot or genital sites; each additional stage is 17312. The same physician must act as surgeon and pathologist. Repair is coded separately. 0-day global.',
    popularity: 60,
  },
  {
    code: '17312',
    synonyms: ['mohs additional stage', 'mohs second stage', 'mohs each additional stage head neck'],
    plainLanguage:
      'The extra charge for each additional layer removed and checked during Mohs surgery on the head, neck, hands, feet or genitals.',
    clinicalContext: 'Needed when the first layer still shows cancer at a margin.',
    specialties: ['Dermatology', 'Mohs Surgery'],
    billingNotes:
      'Add-on code (ZZZ): report with 17311, one unit per additional stage. No separate global period.',
    popularity: 45,
  },
  {
    code: '11200',
    synonyms: ['skin tag removal', 'acrochordon removal', 'skin tags up to 15', 'remove skin tags'],
    plainLanguage: 'Removing up to fifteen skin tags by snipping, freezing or cautery.',
    clinicalContext: 'For skin tags that are irritated, bleeding or catching on clothing and jewellery.',
    specialties: ['Dermatology', 'Family Medicine'],
    billingNotes:
      'Up to and including fifteen tags; each additional ten is the add-on 11201. Cosmetic removal is usually not covered, so document symptoms. 10-day global.',
    popularity: 35,
  },
  {
    code: '11900',
    synonyms: [
      'intralesional injection',
      'keloid injection',
      'kenalog injection lesion',
      'intralesional steroid',
    ],
    plainLanguage: 'Injecting medicine, usually a steroid, directly into up to seven skin lesions.',
    clinicalContext:
      'For keloids, hypertrophic scars, alopecia areata patches, inflamed cysts and localised psoriasis or lichen plaques.',
    specialties: ['Dermatology', 'Plastic Surgery'],
    billingNotes:
      'Up to seven lesions; more than seven is 11901. The drug is billed separately. 0-day global.',
    popularity: 45,
  },
  // ---- Nails ----
  {
    code: '11720',
    synonyms: ['nail debridement 1-5', 'debride nails', 'mycotic nail debridement', 'toenail debridement'],
    plainLanguage: 'Trimming and thinning one to five thickened, fungal nails.',
    clinicalContext:
      'For painful dystrophic or mycotic nails, commonly in patients with diabetes or vascular disease who cannot safely care for their own feet.',
    specialties: ['Podiatry', 'Family Medicine'],
    billingNotes:
      'One to five nails; six or more is 11721. Medicare covers routine-type foot care only when systemic-condition or symptom criteria are met and documented (class findings, pain, ambulation limits). 0-day global.',
    popularity: 50,
  },
  {
    code: '11721',
    synonyms: [
      'nail debridement 6 or more',
      'debride nails six or more',
      'mycotic nail debridement multiple',
    ],
    plainLanguage: 'Trimming and thinning six or more thickened, fungal nails.',
    clinicalContext:
      'A frequent podiatry service for patients with onychomycosis and diabetic or vascular risk.',
    specialties: ['Podiatry'],
    billingNotes:
      'Six or more nails in one session; do not add 11720. Medicare coverage depends on documented systemic disease or qualifying findings. 0-day global.',
    popularity: 65,
  },
  {
    code: '11730',
    synonyms: [
      'nail avulsion',
      'toenail removal',
      'partial nail avulsion',
      'ingrown toenail removal',
      'nail plate removal',
    ],
    plainLanguage: 'Removing all or part of a nail plate, usually for an ingrown or damaged toenail.',
    clinicalContext:
      'For ingrown toenails with pain or infection, nail trauma and severely dystrophic nails.',
    specialties: ['Podiatry', 'Family Medicine', 'Dermatology', 'Emergency Medicine'],
    billingNotes:
      'First nail; each additional nail is the add-on 11732. Permanent removal with destruction of the nail matrix is 11750. 0-day global.',
    popularity: 50,
  },
  {
    code: '11750',
    synonyms: [
      'matrixectomy',
      'permanent nail removal',
      'nail matrix excision',
      'phenol matrixectomy',
      'ingrown toenail permanent',
    ],
    plainLanguage:
      'Removing a nail along with its growth centre (matrix) so that part of the nail does not grow back.',
    clinicalContext: 'For recurrent ingrown toenails and chronically deformed nails.',
    specialties: ['Podiatry', 'Dermatology'],
    billingNotes:
      'Partial or complete permanent removal, including chemical matrixectomy. Do not add 11730 for the same nail. 10-day global.',
    popularity: 40,
  },
  // ---- Wound repair ----
  {
    code: '12001',
    synonyms: [
      'simple laceration repair',
      'laceration repair 2.5 cm',
      'stitches',
      'sutures',
      'simple repair trunk extremity',
    ],
    plainLanguage:
      'Closing a small, superficial cut (up to 2.5 cm) on the scalp, neck, armpit, genitals, trunk or limbs with stitches, staples or glue.',
    clinicalContext:
      'The most common laceration repair in emergency and urgent care, for single-layer closure of clean wounds.',
    specialties: ['Emergency Medicine', 'Urgent Care', 'Family Medicine', 'Pediatric Emergency Medicine'],
    billingNotes:
      'Add the lengths of all simple repairs in the same anatomic group and report one code for the total. CPT counts closure with tissue adhesive as a simple repair, while Medicare expects G0168 when adhesive is the only closure. Simple irrigation and debridement are included. 0-day global.',
    popularity: 70,
  },
  {
    code: '12002',
    synonyms: [
      'simple laceration repair 7.5 cm',
      'laceration repair 2.6-7.5 cm',
      'simple repair trunk extremity medium',
    ],
    plainLanguage:
      'Closing a superficial cut of 2.6 to 7.5 cm on the scalp, neck, trunk, limbs, armpit or genitals with a single layer of stitches.',
    clinicalContext:
      'Used for longer simple lacerations or several small ones whose lengths add up to this range.',
    specialties: ['Emergency Medicine', 'Urgent Care', 'Family Medicine'],
    billingNotes:
      'Total length of simple repairs in this anatomic group 2.6-7.5 cm; longer totals use 12004 and up. 0-day global.',
    popularity: 60,
  },
  {
    code: '12004',
    synonyms: [
      'simple laceration repair 12.5 cm',
      'laceration repair 7.6-12.5 cm',
      'long simple laceration repair',
    ],
    plainLanguage:
      'Closing superficial cuts totalling 7.6 to 12.5 cm on the scalp, neck, trunk, limbs, armpit or genitals.',
    clinicalContext: 'For long or multiple simple lacerations in the same body-area group.',
    specialties: ['Emergency Medicine', 'Urgent Care'],
    billingNotes: 'Sum all simple repairs in the group to reach the length. 0-day global.',
    popularity: 30,
  },
  {
    code: '12011',
    synonyms: [
      'simple facial laceration repair',
      'face laceration repair 2.5 cm',
      'lip laceration simple',
      'simple repair face',
    ],
    plainLanguage:
      'Closing a small, superficial cut (up to 2.5 cm) on the face, ears, eyelids, nose, lips or inside the mouth.',
    clinicalContext:
      'Very common in children and after falls, needing careful single-layer closure for a good cosmetic result.',
    specialties: ['Emergency Medicine', 'Urgent Care', 'Pediatric Emergency Medicine', 'Family Medicine'],
    billingNotes:
      'Face and mucous membrane group, total length up to 2.5 cm; 12013 covers 2.6-5.0 cm. Keep face repairs separate from trunk and limb repairs when summing. 0-day global.',
    popularity: 60,
  },
  {
    code: '12013',
    synonyms: [
      'simple facial laceration repair 5 cm',
      'face laceration repair 2.6-5.0 cm',
      'simple repair face medium',
    ],
    plainLanguage:
      'Closing superficial cuts of 2.6 to 5 cm on the face, ears, eyelids, nose, lips or mucous membranes.',
    clinicalContext: 'For longer facial lacerations or several small facial cuts closed in a single layer.',
    specialties: ['Emergency Medicine', 'Urgent Care', 'Plastic Surgery'],
    billingNotes: 'Total length of simple facial repairs 2.6-5.0 cm. 0-day global.',
    popularity: 40,
  },
  {
    code: '12031',
    synonyms: [
      'intermediate repair',
      'layered closure',
      'intermediate laceration repair 2.5 cm',
      'layered repair trunk extremity',
    ],
    plainLanguage:
      'Closing a cut up to 2.5 cm on the scalp, armpit, trunk or limbs in layers, with deep stitches under the skin stitches.',
    clinicalContext:
      'For wounds needing deep-layer closure to reduce tension and dead space, and for heavily contaminated wounds needing extensive cleaning.',
    specialties: ['Emergency Medicine', 'Dermatology', 'Plastic Surgery', 'General Surgery'],
    billingNotes:
      'Document the layered closure (or extensive decontamination). Often added to excisions when the defect needs layered closure. 10-day global.',
    popularity: 45,
  },
  {
    code: '12032',
    synonyms: [
      'intermediate repair 7.5 cm',
      'layered closure 2.6-7.5 cm',
      'intermediate laceration repair medium',
    ],
    plainLanguage: 'Layered closure of a 2.6 to 7.5 cm wound on the scalp, armpit, trunk or limbs.',
    clinicalContext:
      'Frequently reported after excision of skin cancers and cysts on the body, and for deeper lacerations.',
    specialties: ['Dermatology', 'Emergency Medicine', 'Plastic Surgery', 'General Surgery'],
    billingNotes:
      'Sum intermediate repairs in this anatomic group. When added to an excision, the repair is billed in addition to the excision code. 10-day global.',
    popularity: 55,
  },
  {
    code: '12051',
    synonyms: ['intermediate repair face', 'layered closure face 2.5 cm', 'facial intermediate repair'],
    plainLanguage:
      'Layered closure of a wound up to 2.5 cm on the face, ears, eyelids, nose, lips or mucous membranes.',
    clinicalContext:
      'Used after facial lesion excisions and for deeper facial lacerations to give a finer scar.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Emergency Medicine'],
    billingNotes: 'Facial group, total up to 2.5 cm. Document the deep layer. 10-day global.',
    popularity: 40,
  },
  {
    code: '13101',
    synonyms: ['complex repair trunk', 'complex closure trunk 2.6-7.5 cm', 'complex wound repair trunk'],
    plainLanguage:
      'A more involved closure of a 2.6 to 7.5 cm wound on the trunk, needing extra work such as undermining the skin edges.',
    clinicalContext:
      'For wounds after excision or trauma where layered closure alone is not enough, such as defects needing wide undermining or retention sutures.',
    specialties: ['Dermatology', 'Plastic Surgery', 'General Surgery'],
    billingNotes:
      'Complex repair needs more than layered closure, for example extensive undermining, stents or retention sutures; record what was done. 10-day global.',
    popularity: 35,
  },
  {
    code: '13121',
    synonyms: [
      'complex repair scalp arm leg',
      'complex closure extremity 2.6-7.5 cm',
      'complex wound repair scalp',
    ],
    plainLanguage: 'A more involved closure of a 2.6 to 7.5 cm wound on the scalp, arms or legs.',
    clinicalContext:
      'Common after skin cancer excision on the scalp and legs, where tight skin needs extensive undermining.',
    specialties: ['Dermatology', 'Plastic Surgery'],
    billingNotes: 'Document the extra work that qualifies the repair as complex. 10-day global.',
    popularity: 35,
  },
  {
    code: '13131',
    synonyms: [
      'complex repair face small',
      'complex closure forehead cheek',
      'complex repair neck hands feet',
    ],
    plainLanguage:
      'A more involved closure of a 1.1 to 2.5 cm wound on the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet.',
    clinicalContext: 'Used after Mohs surgery and excisions in cosmetically or functionally sensitive areas.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Mohs Surgery'],
    billingNotes: 'Complex repair is not coded for wounds of 1.0 cm or less at these sites. 10-day global.',
    popularity: 30,
  },
  {
    code: '13132',
    synonyms: ['complex repair face 2.6-7.5 cm', 'complex closure face', 'complex facial repair'],
    plainLanguage:
      'A more involved closure of a 2.6 to 7.5 cm wound on the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet.',
    clinicalContext: 'Frequently needed after Mohs surgery on the face and neck.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Mohs Surgery'],
    billingNotes:
      'Each additional 5 cm is the add-on 13133. Adjacent tissue transfer replaces a complex repair code for the same defect. 10-day global.',
    popularity: 40,
  },
  // ---- Flaps, grafts and reconstruction ----
  {
    code: '14040',
    synonyms: [
      'adjacent tissue transfer face',
      'local flap face',
      'rotation flap',
      'advancement flap',
      'transposition flap',
      'att',
    ],
    plainLanguage:
      'Closing a wound on the forehead, cheeks, chin, mouth, neck, armpits, genitals, hands or feet by moving nearby skin into the gap.',
    clinicalContext:
      'Used after skin cancer removal when the defect is too large or tense for direct closure.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Mohs Surgery', 'Otolaryngology'],
    billingNotes:
      'Up to 10 sq cm measured as the primary defect plus the secondary defect created by the flap. The excision of the lesion is included and not billed separately. 90-day global.',
    popularity: 40,
  },
  {
    code: '14060',
    synonyms: [
      'adjacent tissue transfer nose',
      'local flap nose',
      'eyelid flap',
      'ear flap',
      'lip flap',
      'bilobed flap',
    ],
    plainLanguage: 'Closing a wound on the eyelids, nose, ears or lips by moving nearby skin into the gap.',
    clinicalContext:
      'Common after Mohs surgery on the nose and other central facial sites where preserving shape matters.',
    specialties: ['Dermatology', 'Plastic Surgery', 'Mohs Surgery', 'Oculoplastic Surgery'],
    billingNotes:
      'Up to 10 sq cm including the secondary defect. The lesion excision is included. 90-day global.',
    popularity: 35,
  },
  {
    code: '15100',
    synonyms: ['split thickness skin graft', 'stsg', 'skin graft trunk arm leg', 'split skin graft'],
    plainLanguage:
      'Covering a wound on the trunk, arms or legs with a thin layer of skin taken from another part of the body.',
    clinicalContext: 'For burns, large traumatic wounds and surgical defects that cannot be closed directly.',
    specialties: ['Plastic Surgery', 'General Surgery', 'Burn Surgery'],
    billingNotes:
      'First 100 sq cm (or 1% of body area in infants and children); additional area uses 15101. Site preparation is coded separately. 90-day global.',
    popularity: 25,
  },
  {
    code: '15271',
    synonyms: [
      'skin substitute application',
      'skin substitute graft',
      'cellular tissue product application',
      'ctp application',
      'graft application trunk arm leg',
    ],
    plainLanguage:
      'Applying a manufactured skin substitute to a wound on the trunk, arms or legs to help it heal.',
    clinicalContext:
      'For chronic diabetic foot and venous leg ulcers that have not healed with standard care, applied in a series of visits.',
    specialties: ['Wound Care', 'Podiatry', 'General Surgery', 'Plastic Surgery'],
    billingNotes:
      'First 25 sq cm of wounds up to 100 sq cm total; each additional 25 sq cm is 15272. The product is billed separately, and payer LCDs set strict documentation and frequency rules. 0-day global.',
    popularity: 35,
  },
  {
    code: '15275',
    synonyms: [
      'skin substitute face feet hands',
      'skin substitute foot ulcer',
      'ctp application foot',
      'skin substitute application foot',
    ],
    plainLanguage:
      'Applying a manufactured skin substitute to a wound on the face, scalp, neck, hands, feet or genitals.',
    clinicalContext:
      'Common for diabetic foot ulcers after several weeks of standard wound care without adequate healing.',
    specialties: ['Podiatry', 'Wound Care', 'Plastic Surgery'],
    billingNotes:
      'First 25 sq cm of wounds up to 100 sq cm total; additional area uses 15276. The product is billed separately and coverage depends on LCD criteria. 0-day global.',
    popularity: 40,
  },
  {
    code: '15734',
    synonyms: [
      'component separation',
      'components separation',
      'abdominal wall reconstruction',
      'muscle flap trunk',
      'tar',
      'transversus abdominis release',
    ],
    plainLanguage:
      'Moving layers of the abdominal wall muscles, or other trunk muscle flaps, to close a large defect.',
    clinicalContext:
      'Used in complex ventral hernia repair to bring the midline together without tension, and for chest and back wound reconstruction.',
    specialties: ['General Surgery', 'Plastic Surgery'],
    billingNotes:
      'Reported per side (unilateral) of the trunk; a bilateral component separation is reported twice with side modifiers, in addition to the hernia repair code. 90-day global.',
    popularity: 25,
  },
  {
    code: '15823',
    synonyms: [
      'upper blepharoplasty',
      'bleph',
      'blepharoplasty upper lid',
      'eyelid lift',
      'dermatochalasis repair',
    ],
    plainLanguage:
      'Removing excess, drooping skin from the upper eyelid when it hangs over the lashes and blocks vision.',
    clinicalContext:
      'Functional blepharoplasty for dermatochalasis that narrows the upper visual field, often combined with ptosis repair.',
    specialties: ['Oculoplastic Surgery', 'Ophthalmology', 'Plastic Surgery'],
    billingNotes:
      'Coverage requires proof of a functional problem, such as visual field testing and photographs; cosmetic blepharoplasty is not covered. Modifier 50 for both eyelids. 90-day global.',
    popularity: 35,
  },
  {
    code: '19357',
    synonyms: [
      'tissue expander placement',
      'breast tissue expander',
      'breast reconstruction with expander',
      'expander reconstruction',
    ],
    plainLanguage:
      'Placing a temporary inflatable implant (tissue expander) in the chest to stretch the skin for later breast reconstruction.',
    clinicalContext:
      'The first stage of implant-based breast reconstruction, often at the time of mastectomy.',
    specialties: ['Plastic Surgery'],
    billingNotes:
      'Includes later expansions. Exchange of the expander for a permanent implant is a separate procedure, and acellular dermal matrix is reported separately where allowed. Modifier 50 for bilateral reconstruction. 90-day global.',
    popularity: 30,
  },
  // ---- Emergency airway and chest ----
  {
    code: '31500',
    synonyms: [
      'intubation',
      'endotracheal intubation',
      'emergency intubation',
      'ett placement',
      'rsi',
      'emergency airway',
    ],
    plainLanguage: 'Placing a breathing tube through the mouth into the windpipe in an emergency.',
    clinicalContext:
      'For respiratory failure, airway protection in coma or cardiac arrest, and emergency airway management outside the operating room.',
    specialties: ['Emergency Medicine', 'Critical Care Medicine', 'Anesthesiology'],
    billingNotes:
      'Emergency intubation only; intubation as part of an anaesthetic is in the anaesthesia service. It may be billed with critical care, but its time is excluded from critical care minutes. 0-day global.',
    popularity: 50,
  },
  {
    code: '32551',
    synonyms: ['chest tube', 'tube thoracostomy', 'chest tube insertion', 'open chest tube', 'thoracostomy'],
    plainLanguage: 'Placing a tube through the chest wall to drain air, blood or fluid from around the lung.',
    clinicalContext: 'For tension or large pneumothorax, haemothorax after trauma, and empyema.',
    specialties: ['Trauma Surgery', 'Emergency Medicine', 'Thoracic Surgery', 'Critical Care Medicine'],
    billingNotes:
      'Open tube thoracostomy with water seal. Percutaneous pleural drains use 32556 or 32557. Modifier 50 for bilateral tubes. 0-day global.',
    popularity: 35,
  },
  {
    code: '32554',
    synonyms: ['thoracentesis', 'bedside thoracentesis', 'pleural tap', 'thoracentesis without imaging'],
    plainLanguage: 'Draining fluid from around the lung with a needle or catheter, without imaging guidance.',
    clinicalContext:
      'For diagnosis of a new pleural effusion and relief of breathlessness from a large effusion.',
    specialties: ['Pulmonology', 'Hospital Medicine', 'Critical Care Medicine', 'Internal Medicine'],
    billingNotes:
      'Without imaging; with ultrasound or other imaging use 32555. Modifier 50 for both sides. 0-day global.',
    popularity: 30,
  },
  {
    code: '32555',
    synonyms: [
      'ultrasound guided thoracentesis',
      'thoracentesis',
      'thoracentesis with imaging',
      'us thoracentesis',
      'pleural tap with ultrasound',
    ],
    plainLanguage:
      'Draining fluid from around the lung with a needle or catheter guided by ultrasound or other imaging.',
    clinicalContext: 'The standard way thoracentesis is performed, lowering the risk of pneumothorax.',
    specialties: ['Pulmonology', 'Interventional Radiology', 'Hospital Medicine', 'Critical Care Medicine'],
    billingNotes:
      'Imaging guidance is included, so do not add 76942. Modifier 50 for bilateral procedures. 0-day global.',
    popularity: 50,
  },
  {
    code: '32556',
    synonyms: [
      'pigtail catheter',
      'percutaneous chest tube',
      'pleural drain',
      'pigtail chest tube',
      'small bore chest tube',
    ],
    plainLanguage:
      'Placing a thin indwelling drain through the chest wall to drain air or fluid from around the lung, without imaging guidance.',
    clinicalContext: 'For pneumothorax and effusions where a small-bore catheter is enough.',
    specialties: ['Pulmonology', 'Emergency Medicine', 'Critical Care Medicine', 'Thoracic Surgery'],
    billingNotes: 'Without imaging; with imaging guidance use 32557. 0-day global.',
    popularity: 25,
  },
  {
    code: '92950',
    synonyms: [
      'cpr',
      'cardiopulmonary resuscitation',
      'code blue',
      'chest compressions',
      'resuscitation',
      'acls',
    ],
    plainLanguage:
      'Emergency chest compressions and breathing support, with defibrillation and drugs as needed, to restart the heart after it stops.',
    clinicalContext:
      'For cardiac arrest in the emergency department, hospital wards and intensive care, with the physician leading or performing the resuscitation.',
    specialties: ['Emergency Medicine', 'Critical Care Medicine', 'Hospital Medicine', 'Anesthesiology'],
    billingNotes:
      'Reported by the physician who directs or performs the resuscitation, once per event. It can accompany critical care or an E/M visit (with modifier 25), but the CPR time must be left out of the critical care minutes. Intubation and line placement during the code are reported separately. 0-day global.',
    popularity: 35,
  },
  // ---- Bone marrow ----
  {
    code: '38221',
    synonyms: [
      'bone marrow biopsy',
      'bmbx',
      'bone marrow core biopsy',
      'trephine biopsy',
      'bone marrow aspiration and biopsy',
    ],
    plainLanguage:
      'Taking a small core of bone marrow, usually from the back of the hip bone, with a needle.',
    clinicalContext:
      'For unexplained blood count abnormalities, staging of lymphoma and myeloma, and follow-up of leukaemia treatment.',
    specialties: ['Hematology', 'Oncology', 'Pathology'],
    billingNotes:
      'Biopsy only; aspiration alone is 38220, and when both biopsy and aspiration are done in the same session use 38222 rather than two codes. Imaging guidance is reported separately when used. No global period applies (XXX).',
    popularity: 35,
  },
];
