import type { CuratedCode } from './types';

// Otolaryngology (nose, sinus, throat, ear) and ophthalmology procedures: original curated content.
// Facts checked against CMS PFS RVU25D (status, global period, bilateral indicator).
export const entEyeCodes: CuratedCode[] = [
  // ---- Nose and sinus ----
  {
    code: '31231',
    synonyms: [
      'nasal endoscopy',
      'diagnostic nasal endoscopy',
      'rigid nasal endoscopy',
      'office sinus endoscopy',
      'nasendoscopy',
    ],
    plainLanguage: 'Looking inside the nose and sinus openings with a thin camera in the office.',
    clinicalContext:
      'Used to evaluate chronic sinusitis, nasal obstruction, polyps, nosebleeds, smell loss and post-operative healing.',
    specialties: ['Otolaryngology'],
    billingNotes:
      'One unit covers one or both sides, so modifier 50 does not apply. As a separate-procedure diagnostic scope, it is not billed with a surgical nasal or sinus endoscopy on the same side. An E/M on the same day needs a distinct reason and modifier 25. 0-day global.',
    popularity: 60,
  },
  {
    code: '31237',
    synonyms: [
      'nasal endoscopy with debridement',
      'sinus debridement',
      'postoperative sinus debridement',
      'endoscopic nasal polypectomy',
      'endoscopic nasal biopsy',
    ],
    plainLanguage: 'Nasal endoscopy in which crusts, scar or polyps are removed or a biopsy is taken.',
    clinicalContext:
      'Most often used to clean the sinus cavities in the weeks after sinus surgery, and for office biopsy or removal of small polyps.',
    specialties: ['Otolaryngology'],
    billingNotes:
      'Because endoscopic sinus surgery carries a 0-day global, post-operative debridements are reportable. Modifier 50 applies when both sides are treated. 0-day global.',
    popularity: 45,
  },
  {
    code: '31255',
    synonyms: [
      'fess',
      'ess',
      'functional endoscopic sinus surgery',
      'total ethmoidectomy',
      'endoscopic ethmoidectomy',
      'sinus surgery',
    ],
    plainLanguage: 'Endoscopic sinus surgery that clears out all the ethmoid sinus cells between the eyes.',
    clinicalContext:
      'For chronic rhinosinusitis with or without polyps that persists despite maximal medical therapy, confirmed on CT.',
    specialties: ['Otolaryngology'],
    billingNotes:
      'Anterior and posterior ethmoidectomy; partial (anterior) ethmoidectomy is 31254. Do not combine with the total ethmoidectomy codes that add frontal or sphenoid work (31253, 31257, 31259) on the same side. Modifier 50 for bilateral surgery. 0-day global.',
    popularity: 40,
  },
  {
    code: '31267',
    synonyms: [
      'maxillary antrostomy',
      'fess maxillary',
      'middle meatal antrostomy',
      'maxillary sinus surgery',
      'endoscopic maxillary antrostomy with tissue removal',
    ],
    plainLanguage:
      'Endoscopic surgery that widens the opening of the maxillary (cheek) sinus and removes diseased tissue from inside it.',
    clinicalContext:
      'For chronic or recurrent maxillary sinusitis, polyps or fungal disease blocking the sinus.',
    specialties: ['Otolaryngology'],
    billingNotes:
      'Antrostomy without removing tissue from the sinus is 31256. Balloon dilation of the same sinus is not added. Modifier 50 for both sides. 0-day global.',
    popularity: 35,
  },
  {
    code: '30520',
    synonyms: ['septoplasty', 'nasal septum repair', 'submucous resection', 'smr', 'deviated septum surgery'],
    plainLanguage:
      'Surgery to straighten the wall of cartilage and bone that divides the nose, to improve breathing.',
    clinicalContext:
      'For nasal obstruction from a deviated septum that persists despite nasal steroids, and to gain access for sinus surgery.',
    specialties: ['Otolaryngology', 'Facial Plastic Surgery'],
    billingNotes:
      'Turbinate reduction is reported separately with its own codes when performed. The septum is a single midline structure, so modifier 50 does not apply. 90-day global.',
    popularity: 40,
  },
  {
    code: '30901',
    synonyms: [
      'epistaxis control',
      'nosebleed',
      'anterior nasal packing',
      'nasal cautery',
      'silver nitrate cautery nose',
      'anterior epistaxis',
    ],
    plainLanguage: 'Stopping a nosebleed from the front of the nose with cautery or packing.',
    clinicalContext:
      'For anterior epistaxis that does not stop with pressure, often from Kiesselbach plexus, in emergency and office settings.',
    specialties: ['Emergency Medicine', 'Otolaryngology', 'Urgent Care'],
    billingNotes:
      'Simple control by limited cautery or packing; extensive anterior control is 30903 and posterior control 30905/30906. Modifier 50 if both sides are treated. 0-day global.',
    popularity: 40,
  },
  // ---- Throat ----
  {
    code: '31575',
    synonyms: [
      'flexible laryngoscopy',
      'fiberoptic laryngoscopy',
      'fol',
      'nasopharyngolaryngoscopy',
      'npl',
      'flexible nasolaryngoscopy',
    ],
    plainLanguage: 'Looking at the voice box and throat with a thin flexible camera passed through the nose.',
    clinicalContext:
      'For hoarseness, swallowing problems, chronic cough, globus, airway symptoms and head and neck cancer surveillance.',
    specialties: ['Otolaryngology'],
    billingNotes:
      'Diagnostic flexible scope; stroboscopy and biopsy have their own codes. A nasal endoscopy on the same day is subject to NCCI pairing with this code. 0-day global.',
    popularity: 60,
  },
  {
    code: '31525',
    synonyms: ['direct laryngoscopy', 'dl', 'diagnostic direct laryngoscopy', 'rigid laryngoscopy'],
    plainLanguage: 'Examining the voice box directly with a rigid scope, usually under anaesthesia.',
    clinicalContext:
      'For airway evaluation, suspected laryngeal tumours and lesions that cannot be assessed in the office.',
    specialties: ['Otolaryngology'],
    billingNotes:
      'Diagnostic, except in newborns; biopsy and operating-microscope variants use other codes in the family. 0-day global.',
    popularity: 25,
  },
  {
    code: '42820',
    synonyms: [
      't&a',
      'tonsillectomy and adenoidectomy',
      'pediatric t&a',
      'child tonsillectomy adenoidectomy',
      't and a',
    ],
    plainLanguage: 'Removal of the tonsils and adenoids in a child under 12.',
    clinicalContext:
      'For obstructive sleep-disordered breathing from enlarged tonsils and adenoids and for recurrent throat infections meeting guideline thresholds.',
    specialties: ['Otolaryngology', 'Pediatric Otolaryngology'],
    billingNotes:
      'Age under 12; age 12 and over is 42821. Ear tubes in the same session are reported separately. 90-day global.',
    popularity: 45,
  },
  {
    code: '42826',
    synonyms: ['tonsillectomy', 'adult tonsillectomy', 'tonsil removal'],
    plainLanguage: 'Removal of the tonsils in a patient aged 12 or older, without removing the adenoids.',
    clinicalContext:
      'For recurrent tonsillitis, peritonsillar abscess recurrence, obstructive sleep apnoea and suspected tonsil tumours.',
    specialties: ['Otolaryngology'],
    billingNotes:
      'Primary or secondary tonsillectomy, age 12 or older; younger patients use 42825. 90-day global.',
    popularity: 35,
  },
  // ---- Ear ----
  {
    code: '69436',
    synonyms: [
      'pe tubes',
      'ear tubes',
      'myringotomy with tubes',
      'bmt',
      'tympanostomy tubes',
      'm&t',
      'ventilation tubes',
    ],
    plainLanguage:
      'Placing tiny tubes in the eardrums under general anaesthesia to let air into the middle ear and fluid drain out.',
    clinicalContext:
      'For children with recurrent ear infections or persistent middle-ear fluid with hearing loss.',
    specialties: ['Otolaryngology', 'Pediatric Otolaryngology'],
    billingNotes:
      'Under general anaesthesia; under local or topical anaesthesia use 69433. Modifier 50 for both ears. 10-day global.',
    popularity: 55,
  },
  {
    code: '69210',
    synonyms: [
      'cerumen removal',
      'ear wax removal',
      'impacted cerumen',
      'cerumen disimpaction',
      'ear wax removal instrumentation',
    ],
    plainLanguage: 'Removing hard, blocking ear wax with instruments such as a curette, suction or forceps.',
    clinicalContext:
      'For impacted cerumen causing hearing loss, discomfort or blocking the view of the eardrum.',
    specialties: ['Otolaryngology', 'Family Medicine', 'Internal Medicine', 'Pediatrics'],
    billingNotes:
      'Requires true impaction and instrument removal; irrigation alone is 69209. CMS pays it as one service per session even when both ears are cleared, while some commercial payers follow the unilateral wording and accept modifier 50. Document the impaction and the instruments used. 0-day global.',
    popularity: 65,
  },
  {
    code: '69209',
    synonyms: ['ear irrigation', 'ear lavage', 'cerumen irrigation', 'ear flush'],
    plainLanguage: 'Washing ear wax out of the ear canal with water.',
    clinicalContext:
      'For impacted ear wax that can be flushed out without instruments, often done by clinical staff.',
    specialties: ['Family Medicine', 'Internal Medicine', 'Otolaryngology', 'Pediatrics'],
    billingNotes:
      'Valued for staff and supplies without physician work. Not billed with instrument removal (69210) for the same ear. Modifier 50 for both ears. 0-day global.',
    popularity: 45,
  },
  {
    code: '69200',
    synonyms: ['ear foreign body removal', 'foreign body ear', 'fb ear', 'ear canal foreign body'],
    plainLanguage: 'Removing an object stuck in the outer ear canal, such as a bead or insect.',
    clinicalContext:
      'Common in children and in the emergency department, performed without general anaesthesia.',
    specialties: ['Emergency Medicine', 'Otolaryngology', 'Family Medicine', 'Pediatrics'],
    billingNotes: 'Without general anaesthesia; under general anaesthesia use 69205. 0-day global.',
    popularity: 30,
  },
  // ---- Eye ----
  {
    code: '66984',
    synonyms: [
      'cataract surgery',
      'phaco',
      'phacoemulsification',
      'ce iol',
      'cataract extraction with iol',
      'cataract removal',
    ],
    plainLanguage: 'Removing the cloudy lens of the eye and replacing it with a clear artificial lens.',
    clinicalContext:
      'For cataracts that impair vision and daily activities such as driving or reading. The lens is broken up with ultrasound through a small incision.',
    specialties: ['Ophthalmology'],
    billingNotes:
      'Standard case without endocyclophotocoagulation. Complex cases use 66982, and combined codes exist when a drainage device or endocyclophotocoagulation is added. The two eyes are usually operated on different days and identified with RT or LT. When post-operative care is shared with an optometrist, use modifiers 54 and 55. 90-day global.',
    popularity: 92,
  },
  {
    code: '66982',
    synonyms: [
      'complex cataract surgery',
      'complex phaco',
      'cataract complex',
      'cataract with iris hooks',
      'cataract with capsular tension ring',
    ],
    plainLanguage:
      'Cataract surgery that needs extra devices or techniques because the eye is harder to operate on.',
    clinicalContext:
      'For small pupils needing iris expansion, weak zonules needing a capsular tension ring, sutured lens fixation, primary posterior capsulorhexis, or children at an amblyogenic age.',
    specialties: ['Ophthalmology'],
    billingNotes:
      'Payers audit this code: the note must name the device or technique that is not routinely used and why it was needed. A dense cataract or a long operation alone does not qualify. 90-day global.',
    popularity: 55,
  },
  {
    code: '67028',
    synonyms: [
      'intravitreal injection',
      'ivi',
      'eye injection',
      'anti-vegf injection',
      'eylea injection',
      'avastin eye injection',
      'lucentis injection',
    ],
    plainLanguage: 'Injecting medicine into the gel inside the eye with a very fine needle.',
    clinicalContext:
      'For wet macular degeneration, diabetic macular oedema, retinal vein occlusion and some infections, often repeated monthly or at set intervals.',
    specialties: ['Ophthalmology', 'Retina'],
    billingNotes:
      'The drug is billed separately with its own code. Both eyes treated the same day take modifier 50. An exam on the same day needs a separately identifiable reason for an E/M. 0-day global.',
    popularity: 90,
  },
  {
    code: '66821',
    synonyms: [
      'yag capsulotomy',
      'yag laser',
      'posterior capsulotomy',
      'pco treatment',
      'nd:yag capsulotomy',
    ],
    plainLanguage:
      'A laser treatment that clears the cloudy membrane that can form behind a lens implant after cataract surgery.',
    clinicalContext:
      'For posterior capsule opacification causing blurred vision or glare months or years after cataract surgery.',
    specialties: ['Ophthalmology'],
    billingNotes:
      'Usually done once per eye. Document the visual symptoms and the opacification that caused them. 90-day global.',
    popularity: 60,
  },
  {
    code: '65855',
    synonyms: [
      'slt',
      'selective laser trabeculoplasty',
      'alt',
      'laser trabeculoplasty',
      'argon laser trabeculoplasty',
    ],
    plainLanguage:
      "A laser treatment to the eye's drainage angle that helps fluid flow out and lowers eye pressure.",
    clinicalContext:
      'First-line or add-on treatment for open-angle glaucoma and ocular hypertension, sometimes replacing daily drops.',
    specialties: ['Ophthalmology', 'Glaucoma'],
    billingNotes:
      'Record the angle treated and the number of laser applications; repeat treatment soon after a first session falls inside the 10-day global. Modifier 50 if both eyes are treated together.',
    popularity: 40,
  },
  {
    code: '65820',
    synonyms: ['goniotomy', 'kdb goniotomy', 'kahook dual blade', 'angle surgery', 'pediatric goniotomy'],
    plainLanguage: "Surgery that opens the eye's natural drainage tissue to lower eye pressure.",
    clinicalContext:
      'Classic treatment for congenital glaucoma, and in adults a minimally invasive glaucoma procedure often combined with cataract surgery.',
    specialties: ['Ophthalmology', 'Glaucoma'],
    billingNotes:
      'When combined with cataract surgery, both are reported and multiple-procedure rules apply; check NCCI. 90-day global.',
    popularity: 30,
  },
  {
    code: '66761',
    synonyms: ['lpi', 'laser peripheral iridotomy', 'yag iridotomy', 'iridotomy', 'laser iridectomy'],
    plainLanguage:
      'A laser that makes a tiny hole in the iris so fluid can flow freely and the drainage angle stays open.',
    clinicalContext:
      'For narrow angles, angle-closure glaucoma and acute angle-closure attacks, often treating the other eye as prevention.',
    specialties: ['Ophthalmology', 'Glaucoma'],
    billingNotes:
      'Per session, one or more laser applications. 10-day global; modifier 50 when both eyes are treated.',
    popularity: 35,
  },
  {
    code: '67210',
    synonyms: [
      'focal laser',
      'focal macular laser',
      'retinal laser photocoagulation',
      'grid laser',
      'laser photocoagulation retina',
    ],
    plainLanguage:
      'A laser treatment aimed at a small area of the retina to seal leaking vessels or treat a lesion.',
    clinicalContext:
      'For focal diabetic macular oedema, some retinal vascular leaks and localised retinal lesions.',
    specialties: ['Ophthalmology', 'Retina'],
    billingNotes: 'One or more sessions in a defined treatment period are included. 90-day global.',
    popularity: 25,
  },
  {
    code: '67228',
    synonyms: [
      'prp',
      'panretinal photocoagulation',
      'pan retinal laser',
      'scatter laser',
      'diabetic retinopathy laser',
    ],
    plainLanguage: 'Laser spots applied across the outer retina to stop abnormal blood vessels from growing.',
    clinicalContext:
      'For proliferative diabetic retinopathy and ischaemic retinal vein occlusion with neovascularisation.',
    specialties: ['Ophthalmology', 'Retina'],
    billingNotes:
      'For extensive or progressive retinopathy; 10-day global. Modifier 50 when both eyes are treated.',
    popularity: 25,
  },
  {
    code: '67904',
    synonyms: [
      'ptosis repair',
      'levator advancement',
      'levator resection',
      'blepharoptosis repair',
      'eyelid ptosis surgery',
    ],
    plainLanguage:
      'Surgery to lift a drooping upper eyelid by tightening or reattaching the muscle that raises it.',
    clinicalContext:
      'For acquired or congenital ptosis that blocks the upper field of vision, with a reasonably functioning levator muscle.',
    specialties: ['Ophthalmology', 'Oculoplastic Surgery', 'Plastic Surgery'],
    billingNotes:
      'External levator approach. Payers generally want visual field testing and photographs showing the lid blocking vision to separate functional from cosmetic surgery. Modifier 50 for both lids. 90-day global.',
    popularity: 30,
  },
  {
    code: '65205',
    synonyms: [
      'conjunctival foreign body removal',
      'eye foreign body',
      'fb eye',
      'superficial eye foreign body',
    ],
    plainLanguage: 'Removing a speck or small object from the surface of the white of the eye.',
    clinicalContext:
      'For superficial conjunctival foreign bodies after work or outdoor exposure, typically in urgent care or the emergency department.',
    specialties: ['Emergency Medicine', 'Ophthalmology', 'Optometry', 'Urgent Care'],
    billingNotes:
      'Superficial conjunctival only; corneal foreign bodies use 65220 or 65222 (with slit lamp). 0-day global.',
    popularity: 25,
  },
];
