import type { CuratedCode } from './types';

// Gastrointestinal endoscopy and related GI procedures: original curated content.
// Facts checked against CMS PFS RVU25D (status, global period, endoscopic base code).
export const giCodes: CuratedCode[] = [
  // ---- Upper endoscopy ----
  {
    code: '43235',
    synonyms: [
      'egd',
      'upper endoscopy',
      'esophagogastroduodenoscopy',
      'diagnostic egd',
      'upper gi endoscopy',
      'ugi endoscopy',
    ],
    plainLanguage:
      'A look at the lining of the oesophagus, stomach and first part of the small intestine with a thin flexible camera passed through the mouth.',
    clinicalContext:
      'Used to investigate reflux symptoms, difficulty swallowing, upper abdominal pain, anaemia, bleeding and weight loss, and to survey Barrett oesophagus or varices.',
    specialties: ['Gastroenterology', 'General Surgery'],
    billingNotes:
      'Diagnostic only, including brushings or washings. It is the base code of the EGD family and is not billed with a therapeutic EGD in the same session. Moderate sedation given by the endoscopist is reported with the sedation codes. 0-day global.',
    popularity: 70,
  },
  {
    code: '43239',
    synonyms: [
      'egd with biopsy',
      'egd bx',
      'upper endoscopy with biopsy',
      'egd biopsy',
      'gastric biopsy',
      'duodenal biopsy',
    ],
    plainLanguage: 'Upper endoscopy in which small tissue samples are taken for testing.',
    clinicalContext:
      'The most common upper endoscopy, taking biopsies for H. pylori, coeliac disease, eosinophilic oesophagitis, Barrett surveillance and suspicious lesions.',
    specialties: ['Gastroenterology', 'General Surgery'],
    billingNotes:
      'One unit however many biopsies are taken. When another therapeutic EGD service is done on a different lesion, multiple-endoscopy payment rules apply and a distinct-procedure modifier may be needed. 0-day global.',
    popularity: 90,
  },
  {
    code: '43246',
    synonyms: [
      'peg',
      'peg tube',
      'percutaneous endoscopic gastrostomy',
      'g-tube placement',
      'gastrostomy tube endoscopic',
      'feeding tube placement',
    ],
    plainLanguage: 'Placing a feeding tube through the skin into the stomach, guided by an endoscope.',
    clinicalContext:
      'For patients who cannot swallow safely for weeks or longer, such as after stroke, with head and neck cancer or neurodegenerative disease, and sometimes for gastric decompression.',
    specialties: ['Gastroenterology', 'General Surgery'],
    billingNotes:
      'Includes the EGD and the tube placement. Later tube replacements are coded separately depending on whether imaging or endoscopy is used. 0-day global.',
    popularity: 45,
  },
  {
    code: '43249',
    synonyms: [
      'egd balloon dilation',
      'esophageal dilation',
      'egd with dilation',
      'cre balloon dilation',
      'esophageal stricture dilation',
    ],
    plainLanguage: 'Upper endoscopy in which a balloon is inflated to stretch a narrowed oesophagus.',
    clinicalContext:
      'For food sticking caused by peptic strictures, Schatzki rings, eosinophilic oesophagitis or anastomotic narrowing, using a balloon under 30 mm.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'Balloons 30 mm or larger, as for achalasia, use 43233; dilation over a guide wire with bougies is 43248. Record the balloon size and the stricture. 0-day global.',
    popularity: 50,
  },
  {
    code: '43251',
    synonyms: [
      'egd polypectomy',
      'egd snare',
      'upper snare polypectomy',
      'gastric polyp removal',
      'duodenal polyp removal',
    ],
    plainLanguage: 'Upper endoscopy to remove a polyp or growth with a wire loop (snare).',
    clinicalContext:
      'For gastric or duodenal polyps and small tumours that need removal for diagnosis or to prevent bleeding or cancer.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'One unit per session for snare removal, whatever the number of lesions. Endoscopic mucosal resection of the upper tract is 43254. 0-day global.',
    popularity: 30,
  },
  {
    code: '43270',
    synonyms: [
      'egd ablation',
      'apc egd',
      'argon plasma coagulation',
      'rfa barrett esophagus',
      'barrx',
      'egd rfa',
    ],
    plainLanguage:
      'Upper endoscopy that destroys abnormal tissue, such as Barrett oesophagus or vascular spots, with heat or energy.',
    clinicalContext:
      'Used for dysplastic Barrett oesophagus (radiofrequency ablation), gastric antral vascular ectasia and other flat lesions that are better ablated than cut out.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'Includes dilation before and after and guide-wire passage when performed. Treatment aimed at stopping active bleeding is 43255 rather than ablation. 0-day global.',
    popularity: 30,
  },
  // ---- ERCP ----
  {
    code: '43260',
    synonyms: [
      'ercp',
      'diagnostic ercp',
      'endoscopic retrograde cholangiopancreatography',
      'ercp with brushings',
      'cholangiopancreatography',
    ],
    plainLanguage: 'A procedure using an endoscope and x-ray dye to examine the bile and pancreatic ducts.',
    clinicalContext:
      'Now mostly a step before therapy, used when imaging suggests bile duct obstruction, stones, leaks or strictures, including brushings for cytology.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'Base code of the ERCP family: not reported with therapeutic ERCP in the same session. The reading of the ductal images (74328-74330) is reported by whoever interprets them; fluoroscopy itself is not billed separately. 0-day global.',
    popularity: 35,
  },
  {
    code: '43262',
    synonyms: [
      'ercp sphincterotomy',
      'biliary sphincterotomy',
      'papillotomy',
      'ercp with es',
      'endoscopic sphincterotomy',
    ],
    plainLanguage:
      'ERCP in which the muscle at the opening of the bile or pancreatic duct is cut to widen it.',
    clinicalContext:
      'Done to allow stone extraction, treat sphincter dysfunction or improve drainage of the ducts.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'May be reported with stone removal or other ERCP services when each is done for its own purpose. A sphincterotomy made only to place a stent in the same duct is not coded separately. 0-day global.',
    popularity: 35,
  },
  {
    code: '43264',
    synonyms: [
      'ercp stone extraction',
      'cbd stone removal',
      'ercp with stone removal',
      'balloon sweep',
      'basket extraction',
      'choledocholithiasis ercp',
    ],
    plainLanguage:
      'ERCP to pull stones or debris out of the bile or pancreatic ducts with a balloon or basket.',
    clinicalContext:
      'The usual treatment of common bile duct stones causing jaundice, cholangitis or pancreatitis, often before or after cholecystectomy.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'Incidental dilation from passing the stones is included; lithotripsy for large stones is 43265. A sphincterotomy in the same session is reported with 43262. 0-day global.',
    popularity: 35,
  },
  // ---- Lower endoscopy ----
  {
    code: '45378',
    synonyms: [
      'colonoscopy',
      'diagnostic colonoscopy',
      'screening colonoscopy',
      'colo',
      'lower endoscopy',
      'lower gi endoscopy',
    ],
    plainLanguage:
      'An examination of the whole large intestine with a flexible camera passed through the rectum.',
    clinicalContext:
      'Used to screen for colorectal cancer, follow up after polyps and investigate bleeding, anaemia, diarrhoea or a change in bowel habit.',
    specialties: ['Gastroenterology', 'General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'Medicare screening colonoscopies are billed with G0121 (average risk) or G0105 (high risk); other payers use this code with modifier 33. If the scope cannot reach the cecum in a prepped patient, report with modifier 53. Document the extent reached, prep quality and withdrawal findings. 0-day global.',
    popularity: 85,
  },
  {
    code: '45380',
    synonyms: [
      'colonoscopy with biopsy',
      'colonoscopy bx',
      'colon biopsy',
      'cold forceps biopsy colon',
      'cold forceps polypectomy',
    ],
    plainLanguage: 'Colonoscopy in which small tissue samples are taken from the lining of the colon.',
    clinicalContext:
      'For sampling inflammation, suspected microscopic colitis, masses or small polyps taken with cold biopsy forceps.',
    specialties: ['Gastroenterology', 'General Surgery'],
    billingNotes:
      'One unit regardless of the number of biopsies. A polyp removed with cold forceps is coded here. When another lesion is removed by snare, report 45385 as well with a distinct-lesion modifier. A screening colonoscopy that turns into a biopsy takes modifier PT for Medicare. 0-day global.',
    popularity: 88,
  },
  {
    code: '45384',
    synonyms: [
      'hot biopsy forceps',
      'colonoscopy hot biopsy',
      'hot forceps polypectomy',
      'colonoscopy with hot forceps',
    ],
    plainLanguage: 'Colonoscopy removing polyps with heated biopsy forceps.',
    clinicalContext:
      'An older technique for tiny polyps, largely replaced by cold snare removal but still used occasionally.',
    specialties: ['Gastroenterology', 'General Surgery'],
    billingNotes:
      'One unit per session for the hot-forceps technique. Snare removal is 45385 and cold forceps removal is 45380. 0-day global.',
    popularity: 25,
  },
  {
    code: '45385',
    synonyms: [
      'colonoscopy polypectomy',
      'snare polypectomy',
      'colonoscopy with polypectomy',
      'cold snare polypectomy',
      'hot snare polypectomy',
      'polyp removal',
    ],
    plainLanguage: 'Colonoscopy in which polyps are removed with a wire loop (snare).',
    clinicalContext:
      'The standard way to remove adenomas and serrated polyps found during screening or surveillance, lowering future colorectal cancer risk.',
    specialties: ['Gastroenterology', 'General Surgery'],
    billingNotes:
      'One unit per session whether one or many polyps are snared, hot or cold. Biopsies of other lesions can be added with 45380 and a distinct-lesion modifier. For Medicare, a screening exam that leads to polypectomy takes modifier PT. 0-day global.',
    popularity: 88,
  },
  {
    code: '45390',
    synonyms: ['emr', 'endoscopic mucosal resection', 'colonoscopy emr', 'colon emr', 'piecemeal emr'],
    plainLanguage:
      'Colonoscopy that lifts and removes a large flat polyp by cutting through the inner lining of the bowel.',
    clinicalContext:
      'For large or flat laterally spreading lesions that would otherwise need surgery, using a submucosal lift and snare resection, often in pieces.',
    specialties: ['Gastroenterology'],
    billingNotes:
      'The injection for lifting and the snare resection of that lesion are included, so do not add 45381 or 45385 for it. Clips placed prophylactically after resection are generally treated as part of the resection rather than bleeding control. 0-day global.',
    popularity: 30,
  },
  {
    code: '44388',
    synonyms: ['colonoscopy through stoma', 'stoma colonoscopy', 'ostomy colonoscopy', 'colostomy endoscopy'],
    plainLanguage:
      'Examination of the colon with a camera passed through a stoma (an opening on the abdomen).',
    clinicalContext:
      'For surveillance or symptoms in patients with a colostomy or ileostomy, and before planned stoma reversal.',
    specialties: ['Gastroenterology', 'Colorectal Surgery'],
    billingNotes:
      'Diagnostic base code for the through-stoma family; biopsies and polypectomy have their own 443xx codes. If the exam is incomplete in a prepped patient, modifier 53 applies. 0-day global.',
    popularity: 15,
  },
  {
    code: '45330',
    synonyms: ['flex sig', 'flexible sigmoidoscopy', 'sigmoidoscopy', 'diagnostic sigmoidoscopy'],
    plainLanguage: 'An examination of the rectum and lower colon with a short flexible camera.',
    clinicalContext:
      'For rectal bleeding, evaluation of distal colitis, checking a left-sided anastomosis, or screening when a full colonoscopy is not planned.',
    specialties: ['Gastroenterology', 'General Surgery', 'Colorectal Surgery'],
    billingNotes:
      'Medicare screening flexible sigmoidoscopy uses G0104. Biopsy during the exam is 45331. 0-day global.',
    popularity: 35,
  },
  {
    code: '46221',
    synonyms: ['hemorrhoid banding', 'rubber band ligation', 'rbl', 'banding', 'hemorrhoid band ligation'],
    plainLanguage: 'Placing tight rubber bands around internal haemorrhoids so they shrink and fall off.',
    clinicalContext:
      'The common office treatment for bleeding or prolapsing grade I-III internal haemorrhoids.',
    specialties: ['Colorectal Surgery', 'General Surgery', 'Gastroenterology'],
    billingNotes:
      'Report once per session regardless of the number of bands. Anoscopy is included. 10-day global, so follow-up banding inside that window is not separately paid.',
    popularity: 45,
  },
  // ---- Abdomen and liver ----
  {
    code: '49083',
    synonyms: [
      'paracentesis',
      'ultrasound guided paracentesis',
      'abdominal paracentesis',
      'ascites tap',
      'large volume paracentesis',
      'lvp',
    ],
    plainLanguage: 'Drawing fluid out of the abdomen with a needle or catheter, guided by imaging.',
    clinicalContext:
      'Diagnostic for new ascites or suspected spontaneous bacterial peritonitis, and therapeutic for tense ascites in cirrhosis or cancer.',
    specialties: [
      'Interventional Radiology',
      'Gastroenterology',
      'Hepatology',
      'Internal Medicine',
      'Emergency Medicine',
    ],
    billingNotes:
      'Imaging guidance is included; without imaging use 49082. Albumin given after large-volume removal is billed as a drug. 0-day global.',
    popularity: 55,
  },
  {
    code: '49082',
    synonyms: [
      'paracentesis without imaging',
      'bedside paracentesis',
      'diagnostic paracentesis',
      'abdominal tap',
    ],
    plainLanguage: 'Drawing fluid out of the abdomen with a needle, without imaging guidance.',
    clinicalContext:
      'A bedside procedure for a large, easily reached ascites, particularly for diagnostic sampling.',
    specialties: ['Internal Medicine', 'Hospital Medicine', 'Gastroenterology', 'Emergency Medicine'],
    billingNotes:
      'Use only when no imaging guides the needle; with ultrasound or other imaging use 49083. 0-day global.',
    popularity: 30,
  },
  {
    code: '47000',
    synonyms: ['liver biopsy', 'percutaneous liver biopsy', 'needle liver biopsy', 'core liver biopsy'],
    plainLanguage: 'Taking a small core of liver tissue through the skin with a needle.',
    clinicalContext:
      'For staging chronic liver disease, unexplained liver test abnormalities and diagnosis of liver masses.',
    specialties: ['Interventional Radiology', 'Gastroenterology', 'Hepatology'],
    billingNotes:
      'Imaging guidance is reported separately with the appropriate guidance code. A biopsy taken during another abdominal operation is coded differently. 0-day global.',
    popularity: 30,
  },
];
