import type { CuratedCode } from './types';

// Orthopedic surgery, hand, foot and ankle, and spine: original curated content.
// Facts checked against the CMS PFS RVU25D file (status, global period, add-on, bilateral indicator).
export const orthoCodes: CuratedCode[] = [
  // ---- Joint replacement ----
  {
    code: '27447',
    synonyms: [
      'tka',
      'tkr',
      'total knee arthroplasty',
      'total knee replacement',
      'knee replacement',
      'knee arthroplasty',
      'primary tka',
    ],
    plainLanguage:
      'Replacement of the worn surfaces of the knee joint with metal and plastic parts, so the knee can bend and bear weight without bone grinding on bone.',
    clinicalContext:
      'Offered for end-stage knee arthritis (osteoarthritis, inflammatory or post-traumatic) when pain and loss of function persist despite medication, injections, bracing and therapy. The femoral, tibial and usually patellar surfaces are resurfaced through one open exposure.',
    specialties: ['Orthopedic Surgery'],
    billingNotes:
      'Major procedure with a 90-day global: the pre-operative visit the day before or day of surgery and routine follow-up for 90 days are included. Replacing only one compartment is coded as a unicompartmental arthroplasty (27446), and revisions use 27486/27487. Both knees in one session are reported with modifier 50. Payers commonly want the note to show imaging findings, the failed conservative treatment and the functional limitation.',
    popularity: 88,
  },
  {
    code: '27130',
    synonyms: [
      'tha',
      'thr',
      'total hip arthroplasty',
      'total hip replacement',
      'hip replacement',
      'hip arthroplasty',
      'anterior hip replacement',
    ],
    plainLanguage:
      'Replacement of the hip ball and socket with artificial parts to relieve pain and restore movement.',
    clinicalContext:
      'Used for advanced hip arthritis, avascular necrosis of the femoral head or failed earlier treatment when pain limits walking and daily life. The acetabulum is lined with a new cup and the femoral head is replaced with a stemmed implant, through an anterior, lateral or posterior approach.',
    specialties: ['Orthopedic Surgery'],
    billingNotes:
      'The surgical approach does not change the code. Conversion of a prior hip operation to a total hip is 27132, revisions are 27134-27138, and a hemiarthroplasty for a femoral neck fracture is coded with the fracture codes. 90-day global; modifier 50 applies to a same-session bilateral procedure.',
    popularity: 85,
  },
  {
    code: '27446',
    synonyms: [
      'uka',
      'uni knee',
      'unicompartmental knee arthroplasty',
      'partial knee replacement',
      'pkr',
      'unicondylar knee replacement',
    ],
    plainLanguage:
      'Partial knee replacement: only the worn inner or outer side of the knee is resurfaced, leaving the healthy parts and ligaments in place.',
    clinicalContext:
      'Chosen for arthritis confined to a single compartment, most often the medial side, in a knee with intact cruciate ligaments and good motion. Recovery is usually quicker than after a total knee replacement.',
    specialties: ['Orthopedic Surgery'],
    billingNotes:
      'Report once for the compartment replaced; if the patellofemoral joint and a tibiofemoral compartment are both replaced, review whether total knee coding fits better. 90-day global; modifier 50 for both knees in one session.',
    popularity: 45,
  },
  {
    code: '27486',
    synonyms: [
      'revision tka',
      'revision total knee',
      'rtka',
      'revision knee replacement one component',
      'poly exchange',
      'tibial insert exchange',
    ],
    plainLanguage:
      'Repeat knee replacement surgery in which one part of an existing artificial knee is removed and replaced.',
    clinicalContext:
      'Performed when a single component of a knee replacement has failed: a worn or unstable polyethylene insert, or one loose femoral or tibial part. Bone grafting may be used to fill defects.',
    specialties: ['Orthopedic Surgery'],
    billingNotes:
      'Use when exactly one component is revised; revising both the femoral and tibial components is 27487. Allograft is included in the description. Record which component was exchanged and why (wear, instability, loosening). 90-day global.',
    popularity: 35,
  },
  {
    code: '23472',
    synonyms: [
      'tsa',
      'total shoulder arthroplasty',
      'total shoulder replacement',
      'reverse shoulder arthroplasty',
      'rtsa',
      'reverse total shoulder',
      'shoulder replacement',
    ],
    plainLanguage: 'Replacement of both the ball and the socket of the shoulder with artificial parts.',
    clinicalContext:
      'Indicated for glenohumeral arthritis, rotator cuff tear arthropathy and some complex proximal humerus fractures. An anatomic design suits a shoulder with a working rotator cuff; a reverse design moves the ball to the socket side so the deltoid can power the arm when the cuff is deficient.',
    specialties: ['Orthopedic Surgery'],
    billingNotes:
      'Anatomic and reverse total shoulder replacements share this code. Replacing only the humeral head is 23470, and revisions are 23473/23474. 90-day global; an assistant at surgery is typically payable.',
    popularity: 62,
  },
  // ---- Knee and shoulder arthroscopy ----
  {
    code: '29881',
    synonyms: [
      'knee scope',
      'apm',
      'arthroscopic partial meniscectomy',
      'partial meniscectomy',
      'knee arthroscopy meniscectomy',
      'medial meniscectomy',
      'lateral meniscectomy',
    ],
    plainLanguage:
      'Keyhole knee surgery to trim away the torn part of one meniscus, the cartilage cushion inside the knee.',
    clinicalContext:
      'For a symptomatic meniscal tear causing locking, catching or mechanical pain that has not settled with conservative care. Either the medial or the lateral meniscus is trimmed, and any chondroplasty in the knee is part of the same procedure.',
    specialties: ['Orthopedic Surgery', 'Sports Medicine'],
    billingNotes:
      'Covers meniscectomy on one side, medial or lateral, plus cartilage shaving anywhere in the knee; chondroplasty is not coded separately. When both menisci are trimmed use 29880 instead, never both codes. Diagnostic arthroscopy is included. 90-day global; modifier 50 for both knees.',
    popularity: 78,
  },
  {
    code: '29880',
    synonyms: [
      'knee scope both menisci',
      'medial and lateral meniscectomy',
      'bilateral compartment meniscectomy',
      'knee arthroscopy meniscectomy medial and lateral',
      'apm medial and lateral',
    ],
    plainLanguage:
      'Keyhole knee surgery that trims torn cartilage from both the inner and the outer meniscus of the same knee.',
    clinicalContext:
      'Used when tears are present in both menisci and both are debrided during one arthroscopy. Cartilage shaving done in the same knee is part of the service.',
    specialties: ['Orthopedic Surgery', 'Sports Medicine'],
    billingNotes:
      'Report once per knee and do not add 29881 for the same knee. Chondroplasty in any compartment is included. 90-day global.',
    popularity: 55,
  },
  {
    code: '29888',
    synonyms: [
      'acl reconstruction',
      'aclr',
      'acl repair',
      'anterior cruciate ligament reconstruction',
      'acl surgery',
      'acl graft',
    ],
    plainLanguage:
      'Rebuilding a torn anterior cruciate ligament (ACL) inside the knee with a tendon graft, placed with the help of an arthroscope.',
    clinicalContext:
      "For ACL tears causing instability, especially in active patients and athletes or when the knee gives way in daily activities. The graft may be the patient's own patellar, hamstring or quadriceps tendon, or donor tissue.",
    specialties: ['Orthopedic Surgery', 'Sports Medicine'],
    billingNotes:
      'Diagnostic arthroscopy and notchplasty are included. A meniscal repair or meniscectomy in the same knee is usually reported in addition, subject to NCCI edits. Document the graft source and fixation. 90-day global; an assistant surgeon is typically allowed.',
    popularity: 50,
  },
  {
    code: '29827',
    synonyms: [
      'arcr',
      'arthroscopic rotator cuff repair',
      'rotator cuff repair',
      'rcr',
      'shoulder scope cuff repair',
      'arthroscopic cuff repair',
    ],
    plainLanguage:
      'Keyhole shoulder surgery to reattach torn rotator cuff tendons to the bone of the upper arm.',
    clinicalContext:
      'Indicated for full-thickness rotator cuff tears causing weakness and pain, acute traumatic tears in active patients, or partial tears that fail non-operative care. Suture anchors fix the tendon back to its footprint on the humerus.',
    specialties: ['Orthopedic Surgery', 'Sports Medicine'],
    billingNotes:
      'Subacromial decompression is added with 29826 and distal clavicle excision with 29824 when performed. CPT allows extensive debridement (29823) alongside this repair, while limited debridement is included. Open repair is coded 23410/23412. 90-day global; modifier 50 when both shoulders are repaired.',
    popularity: 68,
  },
  {
    code: '29826',
    synonyms: [
      'asad',
      'subacromial decompression',
      'arthroscopic acromioplasty',
      'acromioplasty',
      'sad',
      'coracoacromial ligament release',
    ],
    plainLanguage:
      'An extra step during shoulder arthroscopy that shaves the underside of the acromion bone to make more room for the rotator cuff.',
    clinicalContext:
      'Done for impingement of the rotator cuff under the acromion, usually at the same sitting as a cuff repair, labral repair or other arthroscopic shoulder work. The coracoacromial ligament is released as needed.',
    specialties: ['Orthopedic Surgery', 'Sports Medicine'],
    billingNotes:
      'Add-on code (ZZZ): report it only with a primary arthroscopic shoulder procedure in the same session, such as 29806-29825, 29827 or 29828. It has no global period of its own and takes no multiple-procedure reduction.',
    popularity: 60,
  },
  {
    code: '29824',
    synonyms: [
      'mumford',
      'distal clavicle excision',
      'dce',
      'arthroscopic distal clavicle resection',
      'distal claviculectomy',
    ],
    plainLanguage:
      'Keyhole shoulder surgery to remove a small piece from the end of the collarbone where it meets the shoulder blade.',
    clinicalContext:
      'For painful acromioclavicular joint arthritis or osteolysis that has not improved with injections and rest. Removing the end of the clavicle stops the bones from rubbing.',
    specialties: ['Orthopedic Surgery', 'Sports Medicine'],
    billingNotes:
      'Often reported with a cuff repair or decompression in the same shoulder; check NCCI for modifier requirements. 90-day global; bilateral procedures take modifier 50.',
    popularity: 40,
  },
  {
    code: '23412',
    synonyms: [
      'open rotator cuff repair',
      'chronic rotator cuff repair',
      'mini-open rotator cuff repair',
      'rotator cuff repair open',
    ],
    plainLanguage: 'Repair of a long-standing rotator cuff tear through an incision over the shoulder.',
    clinicalContext:
      'Used for chronic cuff tears, often retracted, when the surgeon repairs the tendon through an open or mini-open approach rather than fully arthroscopically.',
    specialties: ['Orthopedic Surgery'],
    billingNotes:
      'An acute tear repaired open is 23410; an all-arthroscopic repair is 29827. If arthroscopy was done first and the repair finished open, report the open repair and check NCCI for the arthroscopic portion. 90-day global.',
    popularity: 30,
  },
  // ---- Fractures ----
  {
    code: '27236',
    synonyms: [
      'hip fracture surgery',
      'femoral neck fracture fixation',
      'hip hemiarthroplasty',
      'hemiarthroplasty for hip fracture',
      'cannulated screws hip',
      'femoral neck orif',
    ],
    plainLanguage:
      'Surgery for a broken hip at the neck of the thigh bone, either by fixing it with screws or by replacing the ball of the hip.',
    clinicalContext:
      'Femoral neck fractures are common in older adults after a fall. Undisplaced fractures are often fixed with screws; displaced fractures in older patients usually need the femoral head replaced (hemiarthroplasty).',
    specialties: ['Orthopedic Surgery', 'Orthopedic Trauma'],
    billingNotes:
      'One code covers both internal fixation and prosthetic replacement of the femoral head for a neck fracture. Intertrochanteric and subtrochanteric fractures are coded elsewhere (27244 plate, 27245 nail). Record the fracture pattern and the implant. 90-day global.',
    popularity: 58,
  },
  {
    code: '27245',
    synonyms: [
      'cephalomedullary nail',
      'im nail hip',
      'intertrochanteric fracture nail',
      'hip nail',
      'gamma nail',
      'intertroch fracture',
      'subtrochanteric fracture nail',
    ],
    plainLanguage:
      'Fixing a fracture just below the hip joint with a metal rod placed inside the thigh bone.',
    clinicalContext:
      'Intertrochanteric, peritrochanteric and subtrochanteric femur fractures are usually stabilised with an intramedullary nail and a screw into the femoral head, so the patient can bear weight early.',
    specialties: ['Orthopedic Surgery', 'Orthopedic Trauma'],
    billingNotes:
      'Choose this code when an intramedullary implant is used (with or without interlocking screws or cerclage); a plate-and-screw construct is 27244. 90-day global.',
    popularity: 55,
  },
  {
    code: '25600',
    synonyms: [
      'distal radius fracture closed treatment',
      'wrist fracture cast',
      'colles fracture without reduction',
      'buckle fracture wrist',
      'torus fracture',
      'nondisplaced wrist fracture',
    ],
    plainLanguage:
      'Treatment of a broken wrist (end of the radius) with a cast or splint, without needing to straighten the bone.',
    clinicalContext:
      'For stable, non-displaced or minimally displaced distal radius fractures, including childhood buckle fractures. The fracture is immobilised and followed with x-rays until it heals.',
    specialties: ['Orthopedic Surgery', 'Emergency Medicine', 'Sports Medicine'],
    billingNotes:
      'Fracture care is a package with a 90-day global: the first cast or splint and routine follow-up are included, but later cast changes may be billed. A closed reduction (manipulation) is 25605. When a clinician only stabilises and refers, payers generally expect the splint code and an E/M, not the global fracture code.',
    popularity: 48,
  },
  {
    code: '25607',
    synonyms: [
      'distal radius orif',
      'extra-articular distal radius fracture',
      'wrist fracture surgery',
      'volar plate distal radius',
      'drf orif',
    ],
    plainLanguage:
      'Surgery to put a broken wrist bone (the end of the radius) back in line and hold it with a plate and screws, when the break does not enter the joint.',
    clinicalContext:
      'Used for unstable or displaced distal radius fractures outside the joint surface that cannot be held in a cast. A volar locking plate is the most common fixation.',
    specialties: ['Orthopedic Surgery', 'Hand Surgery', 'Orthopedic Trauma'],
    billingNotes:
      'Intra-articular fractures use 25608 (two fragments) or 25609 (three or more). Fixation of an associated ulnar styloid or ulna fracture is coded separately. Document whether the fracture line enters the joint. 90-day global.',
    popularity: 45,
  },
  {
    code: '25609',
    synonyms: [
      'distal radius orif intra-articular',
      'comminuted distal radius fracture',
      'intra-articular wrist fracture',
      'drf orif three fragments',
      'complex wrist fracture orif',
    ],
    plainLanguage:
      'Surgery to rebuild a wrist fracture that has broken into the joint in several pieces, using plates and screws.',
    clinicalContext:
      'For comminuted distal radius fractures entering the radiocarpal joint with three or more fragments, where restoring a smooth joint surface reduces the risk of later arthritis.',
    specialties: ['Orthopedic Surgery', 'Hand Surgery', 'Orthopedic Trauma'],
    billingNotes:
      'The fragment count and joint involvement drive code choice, so describe them in the operative note. Do not report with the two-fragment code 25608 for the same wrist. 90-day global.',
    popularity: 35,
  },
  // ---- Joint and soft-tissue injections ----
  {
    code: '20610',
    synonyms: [
      'knee injection',
      'joint injection',
      'arthrocentesis',
      'knee aspiration',
      'shoulder injection',
      'hip injection',
      'cortisone shot',
      'steroid injection knee',
      'major joint injection',
    ],
    plainLanguage:
      'A needle placed into a large joint such as the knee or shoulder to draw off fluid, inject medicine, or both.',
    clinicalContext:
      'Used to relieve pain from arthritis or bursitis with a corticosteroid or hyaluronic acid, and to sample joint fluid when infection, gout or another crystal disease is suspected. Large joints include the knee, shoulder, hip and subacromial bursa.',
    specialties: [
      'Orthopedic Surgery',
      'Sports Medicine',
      'Rheumatology',
      'Family Medicine',
      'Physical Medicine and Rehabilitation',
    ],
    billingNotes:
      'No ultrasound guidance: if ultrasound is used with a recorded image and report, use 20611 instead and do not add a separate guidance code. Report once per joint, with modifier 50 for both knees. The drug is billed separately. An E/M on the same day needs a separately identifiable problem and modifier 25. 0-day global.',
    popularity: 95,
  },
  {
    code: '20611',
    synonyms: [
      'ultrasound guided knee injection',
      'us guided joint injection',
      'ultrasound guided arthrocentesis',
      'ultrasound guided shoulder injection',
      'major joint injection with ultrasound',
    ],
    plainLanguage:
      'An injection into or drainage of a large joint, using ultrasound to see exactly where the needle goes.',
    clinicalContext:
      'Chosen when the joint is hard to reach by landmarks (obesity, small effusion, hip) or when accuracy matters for a diagnostic or therapeutic injection.',
    specialties: [
      'Orthopedic Surgery',
      'Sports Medicine',
      'Rheumatology',
      'Physical Medicine and Rehabilitation',
    ],
    billingNotes:
      'The ultrasound guidance is built in, so do not add 76942. A stored image and a written description of the guidance are required; without them report 20610. Modifier 50 applies to bilateral joints. 0-day global.',
    popularity: 70,
  },
  {
    code: '20605',
    synonyms: [
      'elbow injection',
      'wrist injection',
      'ankle injection',
      'intermediate joint injection',
      'ac joint injection',
      'olecranon bursa aspiration',
    ],
    plainLanguage:
      'A needle placed into a medium-sized joint such as the wrist, elbow or ankle to remove fluid or inject medicine.',
    clinicalContext:
      'Used for arthritis, bursitis or effusions of intermediate joints and bursae, including the acromioclavicular joint, the temporomandibular joint and the olecranon bursa.',
    specialties: ['Orthopedic Surgery', 'Sports Medicine', 'Rheumatology', 'Family Medicine'],
    billingNotes:
      'Without ultrasound guidance; with recorded ultrasound guidance use 20606. Report per joint and add the drug supply separately. 0-day global.',
    popularity: 62,
  },
  {
    code: '20600',
    synonyms: [
      'finger joint injection',
      'toe joint injection',
      'small joint injection',
      'small joint aspiration',
      'thumb cmc injection',
    ],
    plainLanguage:
      'A needle placed into a small joint of a finger or toe to draw off fluid or inject medicine.',
    clinicalContext:
      'Common for arthritis of the finger joints and the thumb base, gout flares in the big toe joint, and small-joint effusions.',
    specialties: ['Orthopedic Surgery', 'Hand Surgery', 'Rheumatology', 'Podiatry'],
    billingNotes:
      'Without ultrasound guidance; with recorded ultrasound guidance use 20604. Each small joint injected is a separate unit; identify digits with finger or toe modifiers where the payer uses them. 0-day global.',
    popularity: 50,
  },
  {
    code: '20604',
    synonyms: [
      'ultrasound guided small joint injection',
      'us guided finger joint injection',
      'ultrasound guided cmc injection',
      'small joint injection with ultrasound',
    ],
    plainLanguage: 'An injection into or drainage of a small finger or toe joint, guided by ultrasound.',
    clinicalContext:
      'Used when a small joint is difficult to enter blindly or precise delivery of the drug is wanted, for example at the thumb carpometacarpal joint.',
    specialties: ['Orthopedic Surgery', 'Hand Surgery', 'Rheumatology', 'Sports Medicine'],
    billingNotes:
      'Ultrasound guidance is included; keep a stored image and note the guidance. Do not add 76942. 0-day global.',
    popularity: 30,
  },
  {
    code: '20550',
    synonyms: [
      'tendon sheath injection',
      'trigger finger injection',
      'de quervain injection',
      'plantar fascia injection',
      'plantar fasciitis injection',
      'ligament injection',
    ],
    plainLanguage:
      'An injection of medicine into the sheath around a tendon, or into a ligament, to calm inflammation.',
    clinicalContext:
      'Common for trigger finger, De Quervain tenosynovitis and plantar fasciitis, usually with a corticosteroid and local anaesthetic.',
    specialties: ['Orthopedic Surgery', 'Hand Surgery', 'Podiatry', 'Sports Medicine', 'Family Medicine'],
    billingNotes:
      'One unit per tendon sheath, ligament or aponeurosis injected. Injection at a tendon origin or insertion (for example lateral epicondylitis) is 20551. The drug is billed separately. 0-day global.',
    popularity: 65,
  },
  {
    code: '20552',
    synonyms: [
      'tpi',
      'trigger point injection',
      'trigger point injection 1-2 muscles',
      'myofascial trigger point injection',
      'muscle knot injection',
    ],
    plainLanguage: 'Injections into tight, tender knots in one or two muscles to relieve muscle pain.',
    clinicalContext:
      "Used for myofascial pain syndromes in the neck, shoulders and back when palpable trigger points reproduce the patient's pain. Local anaesthetic with or without a steroid is injected.",
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Family Medicine', 'Neurology'],
    billingNotes:
      'Report once per session for one or two muscles, however many needle passes are made; three or more muscles is 20553. Document the muscles treated. 0-day global.',
    popularity: 55,
  },
  {
    code: '20553',
    synonyms: [
      'tpi 3 or more muscles',
      'trigger point injections multiple muscles',
      'trigger point injection 3+ muscles',
      'multiple trigger points',
    ],
    plainLanguage: 'Injections into tender muscle knots spread across three or more muscles.',
    clinicalContext:
      'For widespread myofascial pain with trigger points in several muscle groups, such as the trapezius, rhomboids and paraspinals.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Family Medicine'],
    billingNotes:
      'One unit per session regardless of the number of injections; do not combine with 20552 on the same day. Name each muscle injected. 0-day global.',
    popularity: 45,
  },
  // ---- Hand ----
  {
    code: '64721',
    synonyms: [
      'ctr',
      'carpal tunnel release',
      'open carpal tunnel release',
      'octr',
      'median nerve decompression',
      'carpal tunnel surgery',
    ],
    plainLanguage:
      'Surgery through a small cut in the palm to release the ligament pressing on the median nerve at the wrist.',
    clinicalContext:
      'For carpal tunnel syndrome with persistent numbness, night symptoms, weakness or thenar wasting despite splinting or injection, often with confirming nerve studies.',
    specialties: ['Hand Surgery', 'Orthopedic Surgery', 'Plastic Surgery'],
    billingNotes:
      'Open technique; an endoscopic release is 29848. Modifier 50 applies when both wrists are released together. 90-day global.',
    popularity: 70,
  },
  {
    code: '29848',
    synonyms: [
      'ectr',
      'endoscopic carpal tunnel release',
      'carpal tunnel release endoscopic',
      'wrist endoscopy carpal tunnel',
    ],
    plainLanguage: 'Carpal tunnel release performed through a tiny incision using a small camera.',
    clinicalContext:
      'An alternative to open release for carpal tunnel syndrome, with a smaller scar and often a faster return to work.',
    specialties: ['Hand Surgery', 'Orthopedic Surgery', 'Plastic Surgery'],
    billingNotes:
      'Do not report with open release (64721) for the same wrist; if an endoscopic attempt converts to open, report only the open release. 90-day global; modifier 50 for both sides.',
    popularity: 40,
  },
  {
    code: '26055',
    synonyms: [
      'trigger finger release',
      'a1 pulley release',
      'trigger thumb release',
      'tendon sheath incision',
      'stenosing tenosynovitis release',
    ],
    plainLanguage:
      'A small operation in the palm that opens the tight tunnel around a finger tendon so the finger stops catching or locking.',
    clinicalContext:
      'For trigger finger or thumb that persists or recurs after injection, or for a locked digit. The A1 pulley is divided through an open or percutaneous approach.',
    specialties: ['Hand Surgery', 'Orthopedic Surgery', 'Plastic Surgery'],
    billingNotes:
      'Report per digit and identify each with finger modifiers (FA, F1-F9) rather than modifier 50. 90-day global.',
    popularity: 55,
  },
  {
    code: '29125',
    synonyms: [
      'short arm splint',
      'forearm splint',
      'volar wrist splint',
      'wrist splint application',
      'static short arm splint',
    ],
    plainLanguage: 'Applying a firm splint from the forearm to the hand to keep the wrist still.',
    clinicalContext:
      'Used in the emergency department and clinic for wrist and hand injuries, suspected scaphoid fractures and sprains while awaiting definitive care.',
    specialties: ['Emergency Medicine', 'Orthopedic Surgery', 'Family Medicine', 'Urgent Care'],
    billingNotes:
      'Bill the splint only when the same clinician is not reporting global fracture care, which already includes the first splint. Splint supplies are billed with HCPCS supply codes where the payer allows. 0-day global.',
    popularity: 50,
  },
  {
    code: '29105',
    synonyms: ['long arm splint', 'posterior long arm splint', 'elbow splint', 'long arm splint application'],
    plainLanguage:
      'Applying a splint that runs from the upper arm to the hand to keep the elbow and wrist still.',
    clinicalContext:
      'For elbow injuries, forearm fractures and supracondylar fractures in children while swelling settles or before surgery.',
    specialties: ['Emergency Medicine', 'Orthopedic Surgery', 'Urgent Care'],
    billingNotes:
      'Not separately payable when the same clinician bills the global fracture treatment. Record the splint type and post-application neurovascular check. 0-day global.',
    popularity: 35,
  },
  // ---- Foot and ankle ----
  {
    code: '28296',
    synonyms: [
      'bunionectomy',
      'chevron osteotomy',
      'bunion surgery',
      'hallux valgus correction',
      'austin bunionectomy',
      'distal metatarsal osteotomy',
    ],
    plainLanguage:
      'Bunion surgery in which the end of the first foot bone is cut and shifted to straighten the big toe.',
    clinicalContext:
      'For painful hallux valgus with mild to moderate deformity that limits footwear or walking. The distal metatarsal osteotomy realigns the joint, and soft-tissue balancing is done at the same time.',
    specialties: ['Podiatry', 'Orthopedic Surgery'],
    billingNotes:
      'Other bunion techniques, such as a first tarsometatarsal fusion, a proximal phalanx osteotomy or a double osteotomy, have their own codes in the 28292-28299 family. Mark the side with the great-toe modifiers (TA left, T5 right) or RT/LT as the payer requires, and use modifier 50 for both feet. 90-day global.',
    popularity: 45,
  },
  {
    code: '28285',
    synonyms: [
      'hammertoe repair',
      'hammer toe surgery',
      'hammertoe correction',
      'toe pip fusion',
      'digital arthrodesis',
    ],
    plainLanguage:
      'Surgery to straighten a bent, clawed toe, usually by removing or fusing a small joint in the toe.',
    clinicalContext:
      'For painful, rigid or flexible hammertoe deformities causing corns, ulcers or shoe pressure that do not respond to padding and footwear changes.',
    specialties: ['Podiatry', 'Orthopedic Surgery'],
    billingNotes:
      'Report once per toe with toe modifiers (T1-T9, TA). Tendon lengthening or capsule release on the same toe is usually part of the correction. 90-day global.',
    popularity: 40,
  },
  {
    code: '27687',
    synonyms: [
      'gastrocnemius recession',
      'gastroc recession',
      'strayer procedure',
      'calf lengthening',
      'equinus correction',
    ],
    plainLanguage: "Lengthening of the calf muscle's tendon layer so the ankle can bend upward more easily.",
    clinicalContext:
      'For isolated gastrocnemius tightness (equinus) contributing to plantar fasciitis, forefoot overload, flatfoot or diabetic forefoot ulcers, often combined with other foot reconstruction.',
    specialties: ['Podiatry', 'Orthopedic Surgery'],
    billingNotes:
      'Distinguish it from Achilles tendon lengthening, which has its own codes. When done with another foot procedure, expect multiple-procedure payment rules. 90-day global; modifier 50 for both legs.',
    popularity: 30,
  },
  {
    code: '20680',
    synonyms: [
      'hardware removal',
      'removal of hardware',
      'roh',
      'implant removal',
      'plate removal',
      'screw removal',
      'deep implant removal',
    ],
    plainLanguage:
      'Surgery to take out metal plates, screws, pins or rods that were placed deep in the body to fix a bone.',
    clinicalContext:
      'Done for painful or prominent hardware, infection, hardware failure, or before another procedure once the bone has healed.',
    specialties: ['Orthopedic Surgery', 'Podiatry', 'Orthopedic Trauma'],
    billingNotes:
      'Deep implants only; superficial implants such as buried wire are 20670. If removal happens during the global period of the original surgery, add modifier 58 (planned) or 78 (unplanned return to the operating room). Report per separate incision or site with the appropriate modifier. 90-day global.',
    popularity: 45,
  },
  // ---- Spine ----
  {
    code: '22551',
    synonyms: [
      'acdf',
      'anterior cervical discectomy and fusion',
      'anterior cervical fusion',
      'cervical fusion',
      'acdf one level',
      'neck fusion',
    ],
    plainLanguage:
      'Neck surgery from the front that removes a damaged disc pressing on the spinal cord or nerves and fuses the two vertebrae together.',
    clinicalContext:
      'For cervical radiculopathy or myelopathy from disc herniation or spondylosis that fails conservative care or causes neurological deficit. The disc and bone spurs are removed and the space is filled with a cage or graft.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Includes the discectomy and decompression at that interspace. Each additional interspace is 22552 (add-on). The interbody cage is reported with 22853 per interspace and an anterior plate with 22845, 22846 or 22847 by construct length. The operating microscope add-on (69990) is not reported with this code. Co-surgeons may each report with modifier 62. 90-day global.',
    popularity: 62,
  },
  {
    code: '22612',
    synonyms: [
      'plf',
      'posterolateral fusion',
      'posterior lumbar fusion',
      'lumbar fusion',
      'intertransverse process fusion',
      'posterolateral lumbar fusion',
    ],
    plainLanguage:
      'Back surgery that fuses two lumbar vertebrae by laying bone graft along the back and sides of the spine.',
    clinicalContext:
      'Used for lumbar instability such as degenerative spondylolisthesis, often combined with decompression and pedicle-screw fixation.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Each additional level is reported with the add-on 22614. If an interbody fusion is done at the same interspace, use 22633 instead of 22612 plus 22630. Pedicle-screw instrumentation (22840-22842) and bone graft are coded separately. 90-day global.',
    popularity: 45,
  },
  {
    code: '22614',
    synonyms: [
      'additional level posterior fusion',
      'posterolateral fusion additional level',
      'each additional segment plf',
      'extra level lumbar fusion',
    ],
    plainLanguage:
      'The extra charge for fusing each additional vertebral level from the back during the same spinal fusion operation.',
    clinicalContext:
      'Multilevel posterior or posterolateral fusions for stenosis with instability, deformity or adjacent-segment disease use this for each level beyond the first.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Add-on code (ZZZ): report with a primary posterior arthrodesis (such as 22600, 22610, 22612, 22630 or 22633), one unit per additional interspace. No separate global period.',
    popularity: 35,
  },
  {
    code: '22630',
    synonyms: [
      'plif',
      'tlif',
      'posterior lumbar interbody fusion',
      'transforaminal lumbar interbody fusion',
      'lumbar interbody fusion',
    ],
    plainLanguage:
      'Back surgery from behind that removes a lumbar disc and fuses the vertebrae by placing a spacer and bone graft in the disc space.',
    clinicalContext:
      'For degenerative disc disease, spondylolisthesis or recurrent disc herniation with instability. The disc is cleared through a posterior or transforaminal window and an interbody device restores height.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'The laminectomy and discectomy needed to prepare the interspace are included. Decompression beyond that at the same segment uses 63052/63053 rather than 63030 or 63047. Add 22853 for the interbody device and 22840-22842 for screws. With a posterolateral fusion at the same level, use 22633. 90-day global.',
    popularity: 40,
  },
  {
    code: '22633',
    synonyms: [
      'tlif with plf',
      'plif with posterolateral fusion',
      'combined lumbar fusion',
      'combined posterior interbody and posterolateral fusion',
      'tlif plf',
    ],
    plainLanguage:
      'Lumbar fusion from behind that combines a spacer inside the disc space with bone graft along the back of the spine at the same level.',
    clinicalContext:
      'The most common open lumbar fusion for spondylolisthesis and degenerative instability, giving both an interbody and a posterolateral fusion mass.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Replaces reporting 22612 and 22630 together at one interspace. Each additional interspace uses 22634; additional levels with posterolateral fusion only use 22614. Add the device (22853), instrumentation (22840-22842) and, when more decompression than preparation needs is done, 63052/63053. 90-day global.',
    popularity: 48,
  },
  {
    code: '22840',
    synonyms: [
      'pedicle screws',
      'posterior instrumentation',
      'pedicle screw fixation',
      'posterior non-segmental instrumentation',
      'facet screws',
    ],
    plainLanguage:
      'Placement of screws and rods from the back of the spine to hold vertebrae still while a fusion heals.',
    clinicalContext:
      'Used with posterior fusions; a pedicle-screw construct across a single interspace or facet screw fixation falls under this code.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Add-on code (ZZZ) reported with the arthrodesis. Choose among 22840-22844 by construct type and number of vertebral segments spanned, and report the instrumentation once per construct. No separate global period.',
    popularity: 45,
  },
  {
    code: '22845',
    synonyms: [
      'anterior cervical plate',
      'anterior instrumentation',
      'acdf plate',
      'anterior spinal plate',
      'anterior plate 2-3 segments',
    ],
    plainLanguage:
      'Attaching a metal plate to the front of the spine to stabilise a fusion spanning two or three vertebrae.',
    clinicalContext: 'Most often placed after a one- or two-level anterior cervical discectomy and fusion.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Add-on code (ZZZ). Longer constructs use 22846 (4-7 segments) or 22847 (8 or more). When a stand-alone interbody device carries its own integrated screws, the fixation belongs to the device code rather than a separate plate code. No separate global period.',
    popularity: 45,
  },
  {
    code: '22853',
    synonyms: [
      'interbody cage',
      'interbody device',
      'intervertebral cage',
      'peek cage',
      'interbody spacer',
      'spinal cage',
    ],
    plainLanguage:
      'Placing a spacer (cage) into the space left after a disc is removed, to hold the vertebrae apart while they fuse.',
    clinicalContext:
      'Used with interbody fusions such as ACDF, TLIF and PLIF to restore disc height and open the nerve foramina.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Add-on code (ZZZ): one unit per interspace, reported with the interbody arthrodesis. Integral anchoring screws are part of this code. A device used to fill a corpectomy defect uses 22854 instead. No separate global period.',
    popularity: 45,
  },
  {
    code: '63030',
    synonyms: [
      'microdiscectomy',
      'lumbar discectomy',
      'hemilaminotomy',
      'laminotomy and discectomy',
      'lumbar microdiscectomy',
      'herniated disc surgery',
    ],
    plainLanguage:
      'Surgery through a small opening in the back of the spine to remove a piece of herniated disc pressing on a nerve.',
    clinicalContext:
      'For lumbar disc herniation with sciatica that persists beyond several weeks of conservative care, or with progressive weakness. Partial facetectomy and foraminotomy are done as needed at that interspace.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'One interspace, one side; both sides at the same level take modifier 50. Each additional interspace is 63035. Surgery for a recurrent herniation at a previously operated level is 63042. 90-day global.',
    popularity: 55,
  },
  {
    code: '63047',
    synonyms: [
      'lumbar laminectomy',
      'decompressive laminectomy',
      'lumbar decompression',
      'laminectomy for stenosis',
      'lumbar foraminotomy',
    ],
    plainLanguage:
      'Removal of part of the back of a lumbar vertebra and thickened tissue to make more room for the nerves.',
    clinicalContext:
      'For lumbar spinal stenosis with neurogenic claudication or radiculopathy that limits walking despite therapy and injections. The lamina, part of the facets and the foramina are opened at one segment.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'One segment, whether one or both sides are decompressed, so modifier 50 does not apply. Each additional segment is 63048. When the decompression accompanies an interbody fusion at the same segment, report 63052/63053 instead. 90-day global.',
    popularity: 58,
  },
  {
    code: '63048',
    synonyms: [
      'additional level laminectomy',
      'laminectomy each additional segment',
      'multilevel decompression',
      'extra level lumbar decompression',
    ],
    plainLanguage: 'The extra charge for decompressing each additional vertebral level during a laminectomy.',
    clinicalContext:
      'Multilevel stenosis commonly needs decompression at two or more segments in the same operation.',
    specialties: ['Neurosurgery', 'Orthopedic Spine Surgery'],
    billingNotes:
      'Add-on code (ZZZ): report with 63045, 63046 or 63047, one unit per additional segment. No separate global period.',
    popularity: 45,
  },
];
