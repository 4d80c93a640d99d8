import type { CuratedCode } from './types';

// Neurosurgery, interventional pain, regional anesthesia blocks and neuromodulation:
// original curated content. Facts checked against CMS PFS RVU25D.
export const neuroPainCodes: CuratedCode[] = [
  // ---- Epidural injections ----
  {
    code: '62321',
    synonyms: [
      'cervical esi',
      'cervical epidural steroid injection',
      'interlaminar esi cervical',
      'cesi',
      'thoracic epidural injection',
    ],
    plainLanguage:
      'An injection of steroid and/or numbing medicine into the epidural space of the neck or upper back, guided by x-ray or CT.',
    clinicalContext:
      'For cervical or thoracic radicular pain from disc herniation or stenosis that persists despite medication and therapy.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Anesthesiology'],
    billingNotes:
      'Interlaminar approach with imaging guidance included, so no separate fluoroscopy or CT code. Without imaging use 62320. One unit per session for the region; modifier 50 does not apply. Medicare contractors limit the number of sessions per year under their epidural LCDs. 0-day global.',
    popularity: 50,
  },
  {
    code: '62322',
    synonyms: [
      'lumbar epidural without imaging',
      'lumbar esi without fluoroscopy',
      'blind lumbar epidural injection',
      'caudal epidural without imaging',
    ],
    plainLanguage: 'An epidural injection in the lower back placed by feel, without x-ray guidance.',
    clinicalContext:
      'Occasionally used for lumbar radicular pain or as a caudal injection when imaging is unavailable or not required by the payer.',
    specialties: ['Pain Medicine', 'Anesthesiology'],
    billingNotes:
      'No imaging guidance; with fluoroscopy or CT use 62323. Many Medicare LCDs require imaging for epidural steroid injections, so check coverage. 0-day global.',
    popularity: 20,
  },
  {
    code: '62323',
    synonyms: [
      'esi',
      'lumbar esi',
      'lesi',
      'lumbar epidural steroid injection',
      'interlaminar esi',
      'caudal esi',
      'epidural steroid injection',
    ],
    plainLanguage:
      'An injection of steroid and/or numbing medicine into the epidural space of the lower back, guided by x-ray or CT.',
    clinicalContext:
      'For lumbar radiculopathy and neurogenic claudication from disc herniation or stenosis, after conservative care. Caudal injections through the sacral hiatus use this code too.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Anesthesiology'],
    billingNotes:
      'Imaging guidance is included. One unit per session; modifier 50 does not apply. Document radicular findings, imaging correlation and the response to prior injections, since LCDs cap the number of sessions and require improvement before repeating. 0-day global.',
    popularity: 65,
  },
  {
    code: '64479',
    synonyms: [
      'cervical tfesi',
      'cervical transforaminal epidural',
      'cervical selective nerve root block',
      'thoracic transforaminal injection',
      'cervical snrb',
    ],
    plainLanguage:
      'An injection of steroid next to a specific nerve root in the neck or upper back, as it leaves the spine, guided by x-ray or CT.',
    clinicalContext:
      'For single-level cervical or thoracic radiculopathy, sometimes as a diagnostic block before surgery.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'First level; each additional level is the add-on 64480. Imaging guidance is included. Modifier 50 for the same level on both sides. 0-day global.',
    popularity: 25,
  },
  {
    code: '64483',
    synonyms: [
      'tfesi',
      'lumbar tfesi',
      'transforaminal epidural steroid injection',
      'selective nerve root block',
      'snrb',
      'lumbar transforaminal injection',
    ],
    plainLanguage:
      'An injection of steroid next to a specific nerve root in the lower back, where it exits the spine, guided by x-ray or CT.',
    clinicalContext:
      'For lumbar or sacral radicular pain matching one or two nerve roots, after conservative therapy; also used diagnostically to localise a pain generator.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Anesthesiology'],
    billingNotes:
      'First level; add 64484 per additional level. Imaging guidance is included. Modifier 50 applies to the same level on both sides. Medicare LCDs limit levels per session and sessions per year. 0-day global.',
    popularity: 65,
  },
  {
    code: '64484',
    synonyms: [
      'additional level tfesi',
      'lumbar tfesi each additional level',
      'second level transforaminal injection',
    ],
    plainLanguage:
      'The extra charge for each additional lumbar or sacral level treated during a transforaminal epidural injection.',
    clinicalContext:
      'Used when two adjacent nerve roots are injected because symptoms or imaging point to more than one level.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Add-on code (ZZZ): report only with 64483, one unit per additional level; modifier 50 for bilateral. No separate global period.',
    popularity: 40,
  },
  // ---- Facet procedures ----
  {
    code: '64490',
    synonyms: [
      'cervical facet injection',
      'cervical mbb',
      'cervical medial branch block',
      'cervical facet block',
      'thoracic facet injection',
    ],
    plainLanguage:
      'An injection of numbing medicine at a facet joint in the neck or upper back, or at the small nerves that supply it, using imaging.',
    clinicalContext:
      'To diagnose and treat axial neck pain from facet arthropathy, and as the test block before radiofrequency ablation.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Single level with imaging included; the second level is 64491 and the third or more 64492. A level means one facet joint or the two medial branches supplying it. Modifier 50 for bilateral. 0-day global.',
    popularity: 30,
  },
  {
    code: '64493',
    synonyms: [
      'mbb',
      'medial branch block',
      'lumbar mbb',
      'lumbar facet injection',
      'facet joint injection',
      'lumbar facet block',
    ],
    plainLanguage:
      'An injection of numbing medicine at a lower-back facet joint, or at the nerves that supply it, using x-ray or CT guidance.',
    clinicalContext:
      'For axial low back pain suspected to come from the facet joints; two positive diagnostic blocks usually precede radiofrequency ablation.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Anesthesiology'],
    billingNotes:
      'First level; second level is 64494 and third or more 64495. Imaging is included. Modifier 50 for bilateral. Record the percentage of pain relief during the anaesthetic phase, as LCDs require it before ablation. 0-day global.',
    popularity: 55,
  },
  {
    code: '64494',
    synonyms: [
      'second level facet injection',
      'lumbar mbb second level',
      'additional level medial branch block',
    ],
    plainLanguage: 'The extra charge for blocking a second lumbar facet level in the same session.',
    clinicalContext: 'Facet pain often spans two adjacent levels, for example L4-5 and L5-S1.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Add-on code (ZZZ): report with 64493; modifier 50 when bilateral. Third and further levels use 64495. No separate global period.',
    popularity: 45,
  },
  {
    code: '64633',
    synonyms: [
      'cervical rfa',
      'cervical radiofrequency ablation',
      'cervical rhizotomy',
      'cervical facet rfa',
      'thoracic rfa',
    ],
    plainLanguage:
      'Using heat from a radiofrequency needle to switch off the small nerves carrying pain from a neck or upper-back facet joint.',
    clinicalContext:
      'For chronic facet-mediated neck pain confirmed by diagnostic medial branch blocks, giving relief for months.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Single joint; each additional joint is 64634. Imaging is included. 10-day global; modifier 50 when bilateral.',
    popularity: 30,
  },
  {
    code: '64635',
    synonyms: [
      'rfa',
      'lumbar rfa',
      'radiofrequency ablation',
      'lumbar rhizotomy',
      'facet rhizotomy',
      'medial branch rfa',
      'radiofrequency neurotomy',
    ],
    plainLanguage:
      'Using heat from a radiofrequency needle to switch off the small nerves carrying pain from a lower-back facet joint.',
    clinicalContext:
      'For chronic facet-mediated low back pain after two positive diagnostic blocks, often repeated when pain returns after six months or more.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Anesthesiology'],
    billingNotes:
      'Single joint; add 64636 per additional joint. Imaging guidance is included. Modifier 50 when both sides are treated. LCDs require documented diagnostic block results and, for repeats, prior duration of relief. 10-day global.',
    popularity: 50,
  },
  {
    code: '64636',
    synonyms: [
      'additional level rfa',
      'lumbar rfa each additional joint',
      'second level radiofrequency ablation',
    ],
    plainLanguage:
      'The extra charge for each additional lower-back facet joint treated with radiofrequency ablation.',
    clinicalContext: 'Used when the pain generator spans two or more facet joints.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation'],
    billingNotes:
      'Add-on code (ZZZ): report with 64635, one unit per additional joint; modifier 50 when bilateral. No separate global period.',
    popularity: 40,
  },
  {
    code: '27096',
    synonyms: [
      'si joint injection',
      'sacroiliac joint injection',
      'sij injection',
      'si injection',
      'sacroiliac block',
    ],
    plainLanguage:
      'An injection of numbing medicine and/or steroid into the joint between the spine and pelvis, guided by x-ray or CT.',
    clinicalContext:
      'For low back and buttock pain thought to come from the sacroiliac joint, as a diagnostic test and for treatment.',
    specialties: ['Pain Medicine', 'Physical Medicine and Rehabilitation', 'Orthopedic Surgery'],
    billingNotes:
      'Requires imaging guidance, which is included along with any arthrography; an injection without imaging is coded differently. Modifier 50 for both joints. 0-day global.',
    popularity: 45,
  },
  // ---- Peripheral nerve blocks ----
  {
    code: '64415',
    synonyms: [
      'interscalene block',
      'brachial plexus block',
      'supraclavicular block',
      'axillary block',
      'infraclavicular block',
      'isb',
    ],
    plainLanguage:
      'Numbing the bundle of nerves that supplies the arm with a single injection of local anaesthetic.',
    clinicalContext:
      'For pain control after shoulder, elbow and hand surgery, usually placed under ultrasound before or after the operation.',
    specialties: ['Anesthesiology', 'Regional Anesthesia'],
    billingNotes:
      "Single injection, with imaging guidance included when used. Billable when done at the surgeon's request for post-operative pain; if the block is the main anaesthetic it belongs to the anaesthesia service. Continuous catheter infusion is 64416. 0-day global.",
    popularity: 45,
  },
  {
    code: '64447',
    synonyms: ['femoral nerve block', 'fnb', 'femoral block', 'single shot femoral block'],
    plainLanguage:
      'Numbing the femoral nerve in the groin with local anaesthetic to relieve pain in the front of the thigh and knee.',
    clinicalContext: 'For pain after knee surgery and for hip fractures in the emergency department.',
    specialties: ['Anesthesiology', 'Emergency Medicine', 'Regional Anesthesia'],
    billingNotes:
      'Single injection, imaging guidance included when performed. As with other blocks, it is billed separately only when it is for post-operative pain rather than the surgical anaesthetic. 0-day global.',
    popularity: 35,
  },
  {
    code: '64450',
    synonyms: [
      'peripheral nerve block',
      'digital nerve block',
      'ankle block',
      'sural nerve block',
      'other peripheral nerve injection',
    ],
    plainLanguage:
      'An injection of numbing medicine or steroid around a smaller nerve or nerve branch not listed elsewhere.',
    clinicalContext:
      'Used for diagnostic and therapeutic blocks of peripheral nerves in the limbs and trunk, such as for neuromas or nerve entrapment pain.',
    specialties: ['Pain Medicine', 'Anesthesiology', 'Podiatry', 'Neurology'],
    billingNotes:
      'Report per nerve. Unlike the plexus and femoral codes, image guidance is not built in. Genicular nerve blocks have their own code (64454). A digital block given only as anaesthesia for your own procedure is not billed. 0-day global.',
    popularity: 40,
  },
  // ---- Lumbar puncture and neurosurgery ----
  {
    code: '62270',
    synonyms: ['lp', 'lumbar puncture', 'spinal tap', 'diagnostic lumbar puncture', 'csf tap'],
    plainLanguage:
      'Inserting a needle between the bones of the lower back to collect spinal fluid for testing.',
    clinicalContext:
      'For suspected meningitis or encephalitis, subarachnoid haemorrhage with a negative CT, demyelinating disease and measurement of opening pressure.',
    specialties: [
      'Emergency Medicine',
      'Neurology',
      'Hospital Medicine',
      'Pediatrics',
      'Critical Care Medicine',
    ],
    billingNotes:
      'Without imaging guidance; an LP with fluoroscopic or CT guidance is 62328, and therapeutic drainage is 62272. It may be billed alongside critical care with its time excluded. 0-day global.',
    popularity: 45,
  },
  {
    code: '61510',
    synonyms: [
      'craniotomy for tumor',
      'crani for tumor',
      'brain tumor resection',
      'supratentorial craniotomy',
      'glioma resection',
      'crani',
    ],
    plainLanguage: 'Opening the skull to remove a brain tumour in the upper part of the brain.',
    clinicalContext:
      'For gliomas, brain metastases and other supratentorial tumours needing diagnosis, decompression or maximal safe resection.',
    specialties: ['Neurosurgery'],
    billingNotes:
      'Supratentorial tumours other than meningioma (61512) and infratentorial tumours (61518) have their own codes. Stereotactic navigation is added with 61781, and intraoperative monitoring by another provider is billed by that provider. 90-day global.',
    popularity: 25,
  },
  // ---- Neuromodulation ----
  {
    code: '63650',
    synonyms: [
      'scs trial',
      'spinal cord stimulator trial',
      'scs lead placement',
      'percutaneous scs leads',
      'dorsal column stimulator lead',
    ],
    plainLanguage:
      'Placing thin electrode wires through a needle into the space around the spinal cord to test or deliver electrical stimulation for pain.',
    clinicalContext:
      'For chronic back and leg pain after spine surgery, complex regional pain syndrome and painful neuropathy, first as a trial of several days and then as a permanent implant.',
    specialties: ['Pain Medicine', 'Neurosurgery'],
    billingNotes:
      'One unit per electrode array placed. The pulse generator is 63685 and programming is reported with the neurostimulator analysis codes. Payers often require a psychological evaluation before the trial. 10-day global.',
    popularity: 30,
  },
  {
    code: '63685',
    synonyms: [
      'ipg implant',
      'scs battery',
      'spinal cord stimulator generator',
      'scs implant generator',
      'ipg placement',
    ],
    plainLanguage:
      'Implanting or replacing the battery-powered generator that drives a spinal cord stimulator.',
    clinicalContext:
      'Done after a successful stimulator trial, or when an existing generator reaches end of battery life.',
    specialties: ['Pain Medicine', 'Neurosurgery'],
    billingNotes:
      'Includes creating the pocket and connecting to the leads. Permanent leads are reported separately. 10-day global.',
    popularity: 25,
  },
  {
    code: '64561',
    synonyms: ['sacral neuromodulation', 'interstim lead', 'snm lead', 'sacral nerve stimulator lead', 'pne'],
    plainLanguage:
      'Placing an electrode through the skin next to a sacral nerve to treat bladder or bowel control problems.',
    clinicalContext:
      'For overactive bladder, non-obstructive urinary retention and faecal incontinence not helped by medication and behavioural therapy, first as a test phase.',
    specialties: ['Urology', 'Urogynecology', 'Colorectal Surgery'],
    billingNotes:
      'Percutaneous placement including image guidance. The generator is reported with 64590. 10-day global.',
    popularity: 25,
  },
  {
    code: '64590',
    synonyms: [
      'interstim generator',
      'sacral neuromodulation generator',
      'snm ipg',
      'gastric stimulator generator',
      'neurostimulator generator insertion',
    ],
    plainLanguage:
      'Implanting or replacing the small generator that powers a sacral, peripheral or gastric nerve stimulator.',
    clinicalContext:
      'Placed after a successful test phase of sacral neuromodulation, or for peripheral or gastric stimulation systems.',
    specialties: ['Urology', 'Urogynecology', 'Colorectal Surgery', 'Pain Medicine'],
    billingNotes:
      'Not for spinal cord stimulator generators, which use 63685. Electrodes are coded separately. 10-day global.',
    popularity: 20,
  },
];
