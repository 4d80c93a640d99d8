// The CPT/HCPCS modifiers Benchline offers, each with a one-line explanation and whether the
// wRVU engine changes a line's credit for it, plus the parser used by the quick-log form, the CSV
// import and the pricing CLI. Keep `affectsWrvu` in step with engine.ts and line-factors.ts.

export interface ModifierInfo {
  code: string;
  explanation: string;
  affectsWrvu: boolean;
}

const m = (code: string, explanation: string, affectsWrvu = false): ModifierInfo => ({
  code,
  explanation,
  affectsWrvu,
});

export const MODIFIERS: readonly ModifierInfo[] = [
  m(
    '22',
    'Increased procedural services: substantially more work than usual (credited by your policy factor)',
    true,
  ),
  m('24', 'Unrelated E/M visit during a postoperative period'),
  m('25', 'Significant, separately identifiable E/M visit on the day of a procedure'),
  m(
    '26',
    'Professional component only: your interpretation of a test, without the equipment and staff',
    true,
  ),
  m('TC', 'Technical component only: equipment and staff, no physician work', true),
  m(
    '50',
    "Bilateral procedure: both sides in one session (150 %, 200 % or 100 % by the code's bilateral rule)",
    true,
  ),
  m('51', 'Multiple procedures: not needed here, reductions are applied automatically per encounter'),
  m('52', 'Reduced services: part of the procedure was not done (credited by your policy factor)', true),
  m(
    '53',
    "Discontinued procedure: stopped for the patient's safety (CMS prices it for a few colonoscopy codes)",
    true,
  ),
  m('54', 'Surgical care only: you did the operation, someone else the pre- and post-operative care', true),
  m('55', 'Post-operative management only', true),
  m('56', 'Pre-operative management only', true),
  m('57', 'Decision for surgery made at this E/M visit'),
  m('58', 'Staged or related procedure during the postoperative period'),
  m('59', 'Distinct procedural service: separate site, session or lesion'),
  m('XE', 'Separate encounter (a more specific 59)'),
  m('XS', 'Separate structure or organ (a more specific 59)'),
  m('XP', 'Separate practitioner (a more specific 59)'),
  m('XU', 'Unusual non-overlapping service (a more specific 59)'),
  m('62', 'Two surgeons (co-surgeons): each is credited 62.5 % of the procedure', true),
  m('66', 'Surgical team: Medicare prices team surgery case by case; credited in full'),
  m('76', 'Repeat procedure by the same physician'),
  m('77', 'Repeat procedure by another physician'),
  m('78', 'Unplanned return to the operating room for a related procedure during the postoperative period'),
  m('79', 'Unrelated procedure during the postoperative period'),
  m('80', 'Assistant surgeon: credited 16 % of the procedure', true),
  m('81', 'Minimum assistant surgeon: credited 16 % of the procedure', true),
  m('82', 'Assistant surgeon when no qualified resident was available: credited 16 %', true),
  m(
    'AS',
    'Assistant at surgery by a PA, NP or clinical nurse specialist: credited 13.6 % (85 % of 16 %)',
    true,
  ),
  m('LT', 'Left side'),
  m('RT', 'Right side (LT and RT on one line count as bilateral)'),
  m('GC', 'Service performed in part by a resident under a teaching physician'),
  m('GE', 'Service performed by a resident without a teaching physician present (primary care exception)'),
  m('FS', 'Split or shared E/M visit between a physician and a non-physician practitioner'),
  m('FT', 'Unrelated E/M visit on the day of or during the global period of a procedure'),
  m('Q5', 'Service furnished under a reciprocal billing arrangement'),
  m('Q6', 'Service furnished by a locum tenens physician'),
  m('33', 'Preventive service'),
  m('93', 'Telehealth by audio only'),
  m('95', 'Telehealth by real-time audio and video'),
  m('E1', 'Upper left eyelid'),
  m('E2', 'Lower left eyelid'),
  m('E3', 'Upper right eyelid'),
  m('E4', 'Lower right eyelid'),
  m('FA', 'Left hand, thumb'),
  ...['second', 'third', 'fourth', 'fifth'].map((d, i) => m(`F${i + 1}`, `Left hand, ${d} digit`)),
  ...['thumb', 'second digit', 'third digit', 'fourth digit', 'fifth digit'].map((d, i) =>
    m(`F${i + 5}`, `Right hand, ${d}`),
  ),
  m('TA', 'Left foot, great toe'),
  ...['second', 'third', 'fourth', 'fifth'].map((d, i) => m(`T${i + 1}`, `Left foot, ${d} digit`)),
  ...['great toe', 'second digit', 'third digit', 'fourth digit', 'fifth digit'].map((d, i) =>
    m(`T${i + 5}`, `Right foot, ${d}`),
  ),
  m('LC', 'Left circumflex coronary artery'),
  m('LD', 'Left anterior descending coronary artery'),
  m('LM', 'Left main coronary artery'),
  m('RC', 'Right coronary artery'),
  m('RI', 'Ramus intermedius coronary artery'),
];

export const MODIFIER_BY_CODE: ReadonlyMap<string, ModifierInfo> = new Map(
  MODIFIERS.map((info) => [info.code, info]),
);

export interface ParsedModifiers {
  modifiers: string[];
  errors: string[];
}

/**
 * Reads modifiers as people type them: "50-62", "80 LT", "rt,59". Upper-cases, drops repeats,
 * and reports each token that is not two letters/digits or not a modifier Benchline knows.
 */
export function parseModifiers(input: string): ParsedModifiers {
  const modifiers: string[] = [];
  const errors: string[] = [];
  for (const raw of input.split(/[\s,\-]+/)) {
    if (raw === '') continue;
    const token = raw.toUpperCase();
    if (!/^[A-Z0-9]{2}$/.test(token)) {
      errors.push(
        `"${raw}" is not a modifier: modifiers are 2 letters or digits, separated by spaces, hyphens or commas`,
      );
    } else if (!MODIFIER_BY_CODE.has(token)) {
      errors.push(`Unknown modifier "${token}"`);
    } else if (!modifiers.includes(token)) {
      modifiers.push(token);
    }
  }
  return { modifiers, errors };
}
