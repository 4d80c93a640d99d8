import type { CuratedCode } from './types';

// Cardiac surgery, cardiac devices, structural heart, vascular and vascular access procedures:
// original curated content. Facts checked against CMS PFS RVU25D.
export const cardiovascularCodes: CuratedCode[] = [
  // ---- Cardiac surgery and devices ----
  {
    code: '33533',
    synonyms: [
      'cabg',
      'coronary artery bypass',
      'cabg x1',
      'bypass surgery',
      'lima to lad',
      'arterial bypass graft',
      'heart bypass',
    ],
    plainLanguage:
      'Open-heart surgery that uses an artery, usually from inside the chest wall, to carry blood around a blocked coronary artery.',
    clinicalContext:
      'For multivessel or left main coronary disease, diabetes with multivessel disease, or anatomy unsuitable for stents. The left internal mammary artery to the LAD is the most durable graft.',
    specialties: ['Cardiothoracic Surgery'],
    billingNotes:
      'Code by the number of arterial grafts (33533-33536). When vein grafts are also used, add the combined arterial-venous add-on (33517-33523); vein-only bypass uses 33510-33516. Harvest of a mammary artery and of saphenous vein is included, while radial artery and upper-extremity vein harvest and endoscopic vein harvest have add-on codes. 90-day global.',
    popularity: 40,
  },
  {
    code: '33208',
    synonyms: [
      'pacemaker insertion',
      'dual chamber pacemaker',
      'ppm',
      'permanent pacemaker',
      'ppm implant',
      'ddd pacemaker',
    ],
    plainLanguage:
      'Implanting a permanent pacemaker under the skin of the chest with wires into the upper and lower right heart chambers.',
    clinicalContext:
      'For symptomatic bradycardia from sinus node dysfunction or high-grade heart block. A dual-chamber system keeps the atria and ventricles in step.',
    specialties: ['Cardiac Electrophysiology', 'Cardiology', 'Cardiothoracic Surgery'],
    billingNotes:
      'New system with atrial and ventricular leads; single-chamber systems use 33206/33207 and replacing only the generator of a dual-chamber system uses 33228. Fluoroscopy for the implant is included. 90-day global.',
    popularity: 50,
  },
  {
    code: '33249',
    synonyms: [
      'icd implant',
      'aicd',
      'implantable cardioverter defibrillator',
      'defibrillator insertion',
      'icd placement',
      'transvenous icd',
    ],
    plainLanguage:
      'Implanting a device under the skin with wires into the heart that detects dangerous rhythms and shocks the heart back to normal.',
    clinicalContext:
      'For survivors of cardiac arrest or sustained ventricular tachycardia, and for primary prevention in cardiomyopathy with a low ejection fraction despite medical therapy.',
    specialties: ['Cardiac Electrophysiology', 'Cardiology'],
    billingNotes:
      'Single- or dual-chamber transvenous systems, new or replacement with leads. A left-ventricular lead for biventricular pacing is the add-on 33225, and a subcutaneous ICD has its own code. Defibrillation threshold testing at implant is reported separately by the physician who performs it. 90-day global.',
    popularity: 40,
  },
  {
    code: '33274',
    synonyms: ['leadless pacemaker', 'micra', 'aveir', 'leadless ppm', 'transcatheter pacemaker'],
    plainLanguage:
      'Placing a capsule-sized pacemaker directly inside the right ventricle through a vein in the leg, with no wires or chest pocket.',
    clinicalContext:
      'For patients who need ventricular pacing, especially those at high risk of pocket or lead infection, with limited venous access, or on dialysis.',
    specialties: ['Cardiac Electrophysiology', 'Cardiology'],
    billingNotes:
      'Includes the imaging guidance, femoral venography, right ventriculography and device evaluation done at implant. Use for insertion or replacement; removal alone is 33275. 90-day global.',
    popularity: 30,
  },
  {
    code: '33361',
    synonyms: [
      'tavr',
      'tavi',
      'transcatheter aortic valve replacement',
      'transcatheter aortic valve implantation',
      'tf-tavr',
      'transfemoral tavr',
    ],
    plainLanguage:
      'Replacing a narrowed aortic heart valve with a new valve delivered on a catheter through the leg artery, without open-heart surgery.',
    clinicalContext:
      'For symptomatic severe aortic stenosis across surgical risk groups after heart-team evaluation, especially in older patients. The femoral route is the most common access.',
    specialties: ['Interventional Cardiology', 'Cardiothoracic Surgery'],
    billingNotes:
      'Medicare requires the interventional cardiologist and cardiac surgeon to bill as co-surgeons with modifier 62, and coverage depends on the national coverage criteria and registry participation. Percutaneous access and closure, balloon valvuloplasty and the imaging that guides valve deployment are included; cardiopulmonary bypass support has add-on codes. 0-day global.',
    popularity: 40,
  },
  // ---- Vascular surgery and endovascular ----
  {
    code: '35301',
    synonyms: ['cea', 'carotid endarterectomy', 'carotid artery surgery', 'carotid thromboendarterectomy'],
    plainLanguage:
      'Surgery through a neck incision to clean plaque out of the carotid artery that supplies the brain.',
    clinicalContext:
      'For symptomatic carotid stenosis after a TIA or minor stroke, and for selected severe asymptomatic stenosis, to lower stroke risk.',
    specialties: ['Vascular Surgery'],
    billingNotes:
      'Patch angioplasty is included. Vertebral and subclavian endarterectomy through a neck incision share this code. Intraoperative neuromonitoring by another provider is billed by that provider. 90-day global.',
    popularity: 35,
  },
  {
    code: '37225',
    synonyms: [
      'sfa atherectomy',
      'femoropopliteal atherectomy',
      'fem-pop atherectomy',
      'superficial femoral artery atherectomy',
      'peripheral atherectomy',
    ],
    plainLanguage:
      'A catheter procedure that shaves or cuts plaque out of the thigh or knee artery to restore blood flow to the leg.',
    clinicalContext:
      'For claudication limiting lifestyle or critical limb ischaemia from femoral or popliteal disease, often with balloon angioplasty in the same vessel.',
    specialties: ['Vascular Surgery', 'Interventional Cardiology', 'Interventional Radiology'],
    billingNotes:
      'Angioplasty in the same vessel, access, catheter placement, imaging of the treated territory and closure are included. The femoral-popliteal segment counts as one vessel per leg; with a stent as well use 37227. Document symptoms, prior therapy and lesion details. 0-day global.',
    popularity: 30,
  },
  {
    code: '37228',
    synonyms: [
      'tibial angioplasty',
      'below the knee angioplasty',
      'tibial pta',
      'peroneal angioplasty',
      'btk angioplasty',
    ],
    plainLanguage: 'Opening a narrowed or blocked artery below the knee with a balloon on a catheter.',
    clinicalContext:
      'Mainly for critical limb ischaemia with rest pain or non-healing wounds, commonly in diabetes and kidney disease.',
    specialties: ['Vascular Surgery', 'Interventional Cardiology', 'Interventional Radiology'],
    billingNotes:
      'Initial tibial or peroneal vessel; each additional vessel with angioplasty is the add-on 37232. Only the most intensive treatment per vessel is coded (atherectomy over stent over angioplasty). Access, imaging and closure are included. 0-day global.',
    popularity: 30,
  },
  {
    code: '37236',
    synonyms: [
      'renal artery stent',
      'subclavian artery stent',
      'mesenteric artery stent',
      'visceral artery stent',
      'arterial stent placement',
    ],
    plainLanguage:
      'Placing a small metal mesh tube (stent) in a narrowed artery through a catheter to hold it open.',
    clinicalContext:
      'Used for stenoses of the renal, mesenteric and subclavian arteries, for arterial injuries and for other non-coronary arteries outside the leg revascularisation and carotid families.',
    specialties: ['Vascular Surgery', 'Interventional Radiology', 'Interventional Cardiology'],
    billingNotes:
      'Initial artery; each additional artery is 37237. Angioplasty and the imaging of the stented segment are included. Lower-extremity occlusive disease, cervical carotid, intracranial and coronary stents use their own codes. 0-day global.',
    popularity: 25,
  },
  {
    code: '36475',
    synonyms: [
      'rfa vein',
      'radiofrequency ablation vein',
      'endovenous ablation',
      'venous ablation',
      'gsv ablation',
      'varicose vein ablation',
      'closurefast',
    ],
    plainLanguage: 'Closing a leaky leg vein from the inside with heat from a radiofrequency catheter.',
    clinicalContext:
      'For symptomatic varicose veins caused by reflux in the great or small saphenous vein, after duplex ultrasound confirms reflux and compression therapy has been tried.',
    specialties: ['Vascular Surgery', 'Interventional Radiology', 'Phlebology'],
    billingNotes:
      'First vein treated in a leg; subsequent veins in the same leg use 36476. Imaging guidance and monitoring are included. Payers typically require documented reflux, symptoms and a trial of compression. 0-day global.',
    popularity: 40,
  },
  {
    code: '36478',
    synonyms: [
      'evla',
      'evlt',
      'endovenous laser ablation',
      'laser vein ablation',
      'endovenous laser therapy',
    ],
    plainLanguage:
      'Closing a leaky leg vein from the inside with laser energy delivered through a thin fibre.',
    clinicalContext:
      'An alternative to radiofrequency ablation for saphenous vein reflux causing aching, swelling, skin changes or ulcers.',
    specialties: ['Vascular Surgery', 'Interventional Radiology', 'Phlebology'],
    billingNotes:
      'First vein in a leg; subsequent veins in the same leg use 36479. Ultrasound guidance is included. 0-day global.',
    popularity: 30,
  },
  {
    code: '36902',
    synonyms: [
      'fistulagram with angioplasty',
      'fistula angioplasty',
      'av fistula pta',
      'dialysis access angioplasty',
      'fistulogram pta',
      'graft angioplasty',
    ],
    plainLanguage:
      'An x-ray study of a dialysis fistula or graft with balloon stretching of a narrowed segment.',
    clinicalContext:
      'For dialysis access dysfunction such as poor flow, high pressures, prolonged bleeding or arm swelling caused by a stenosis in the access.',
    specialties: ['Interventional Radiology', 'Vascular Surgery', 'Interventional Nephrology'],
    billingNotes:
      'Includes the diagnostic fistulogram and imaging of the whole circuit. Angioplasty of the central veins is added with 36907; if a stent is placed in the peripheral segment use 36903 instead. 0-day global.',
    popularity: 40,
  },
  {
    code: '36905',
    synonyms: [
      'declot',
      'fistula declot',
      'graft thrombectomy',
      'dialysis access thrombectomy',
      'av graft declot',
    ],
    plainLanguage:
      'Clearing a clot from a blocked dialysis fistula or graft and stretching the narrowing that caused it.',
    clinicalContext:
      'An urgent procedure to restore a thrombosed dialysis access so the patient can avoid a temporary catheter.',
    specialties: ['Interventional Radiology', 'Vascular Surgery', 'Interventional Nephrology'],
    billingNotes:
      'Any thrombectomy or thrombolysis method, the angiography and peripheral angioplasty are included. Without angioplasty use 36904; with a peripheral stent use 36906. 0-day global.',
    popularity: 30,
  },
  // ---- Vascular access ----
  {
    code: '36590',
    synonyms: [
      'port removal',
      'mediport removal',
      'port-a-cath removal',
      'tunneled catheter with port removal',
    ],
    plainLanguage:
      'Removing an implanted port and its catheter once it is no longer needed or has a problem.',
    clinicalContext: 'After completion of chemotherapy, or for port infection, thrombosis or malfunction.',
    specialties: ['General Surgery', 'Interventional Radiology'],
    billingNotes:
      'Applies to a tunnelled device with a subcutaneous port or pump. A tunnelled catheter without a port is removed under 36589; pulling a non-tunnelled line is not separately billed. 10-day global.',
    popularity: 35,
  },
  {
    code: '36620',
    synonyms: ['arterial line', 'a-line', 'art line', 'radial arterial line', 'arterial catheter'],
    plainLanguage:
      'Placing a thin catheter in an artery, usually at the wrist, to measure blood pressure continuously and draw blood samples.',
    clinicalContext:
      'For haemodynamically unstable or ventilated patients, major surgery and frequent blood gas sampling.',
    specialties: ['Critical Care Medicine', 'Anesthesiology', 'Emergency Medicine'],
    billingNotes:
      'Percutaneous placement. Ultrasound guidance may be added with 76937 when documented. It is separately billable alongside critical care, with its time excluded from critical care minutes. 0-day global.',
    popularity: 45,
  },
  {
    code: '36600',
    synonyms: ['abg', 'arterial blood gas draw', 'arterial puncture', 'radial stick', 'abg draw'],
    plainLanguage:
      'Drawing a blood sample from an artery with a needle, usually to measure oxygen and carbon dioxide levels.',
    clinicalContext:
      'Used to assess respiratory failure, acid-base disorders and ventilation in emergency and inpatient care.',
    specialties: ['Critical Care Medicine', 'Emergency Medicine', 'Pulmonology', 'Internal Medicine'],
    billingNotes:
      'Bundled into critical care codes, so not billed on top of them. The blood gas analysis itself is a laboratory service.',
    popularity: 35,
  },
  {
    code: '36680',
    synonyms: ['io', 'intraosseous line', 'io access', 'intraosseous needle', 'io placement'],
    plainLanguage:
      'Placing a needle into a bone, often the shin or upper arm, to give fluids and medicines in an emergency.',
    clinicalContext:
      'For cardiac arrest, shock or trauma when intravenous access cannot be obtained quickly, in adults and children.',
    specialties: ['Emergency Medicine', 'Critical Care Medicine', 'Pediatric Emergency Medicine'],
    billingNotes:
      'Report once per insertion. It may be billed with critical care when the time is carved out. 0-day global.',
    popularity: 20,
  },
];
