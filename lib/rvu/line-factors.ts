// The factors one line earns from its own units and modifiers, read against the CMS indicators
// of its catalog row (BILAT SURG, CO-SURG, TEAM SURG, ASST SURG, PRE/INTRA/POST OP shares).
// `ranking` factors (units, bilateral) come before the multiple-procedure rules, as CMS requires
// for bilateral procedures; `after` factors apply to whatever those rules leave.
import { ASST_MEANINGS, BILAT_MEANINGS, CO_SURG_MEANINGS, TEAM_SURG_MEANINGS } from './indicator-meanings';
import { MODIFIER_BY_CODE } from './modifiers';
import { formatFactor, toRvu } from './rounding';
import type { AppliedFactor, CatalogRow, CreditPolicy, FactorCode } from './types';

export interface LineFactors {
  ranking: AppliedFactor[];
  after: AppliedFactor[];
  warnings: string[];
  /** Set when a modifier makes the line unpayable (assistant at surgery prohibited). */
  prohibited?: string;
}

// CMS payment percentages for surgical roles (Medicare Claims Processing Manual, ch. 12).
const CO_SURGEON = 0.625;
const ASSISTANT = 0.16;
const NON_PHYSICIAN_ASSISTANT = 0.136; // 85 % of the 16 % assistant rate
const BILATERAL: Record<string, number> = { '1': 1.5, '2': 1, '3': 2, '0': 1, '9': 1 };
const SPLIT = [
  { mod: '56', field: 'preOp', label: 'pre-operative' },
  { mod: '54', field: 'intraOp', label: 'intra-operative' },
  { mod: '55', field: 'postOp', label: 'post-operative' },
] as const;

function ind(value: string | null): string {
  return (value ?? '').trim() || '9';
}

export function lineFactors(
  row: CatalogRow,
  modifiers: string[],
  units: number,
  policy: CreditPolicy,
): LineFactors {
  const mods = new Set(modifiers.map((mod) => mod.trim().toUpperCase()));
  const code = row.code.toUpperCase();
  const out: LineFactors = { ranking: [], after: [], warnings: [] };
  const warn = (text: string) => out.warnings.push(text);
  const bilat = ind(row.bilatSurg);

  if (units !== 1)
    out.ranking.push({ code: 'units', label: 'units', factor: units, reason: `${units} units logged` });
  if (mods.has('50') || (mods.has('LT') && mods.has('RT'))) {
    const how = mods.has('50') ? 'modifier 50' : 'LT and RT on one line';
    const factor = BILATERAL[bilat] ?? 1;
    const reason = `${how}; BILAT SURG ${bilat}: ${BILAT_MEANINGS[bilat] ?? 'not described by CMS'}`;
    out.ranking.push({ code: 'bilateral', label: 'bilateral', factor, reason });
    if (bilat === '0' || bilat === '9')
      warn(`Bilateral adjustment not applied to ${code}: ${BILAT_MEANINGS[bilat]}`);
    if (units > 1) warn('Bilateral already counts both sides; more than 1 unit with 50 counts them again');
  } else if (units === 2 && bilat === '1') {
    warn(`Medicare treats 2 units of ${code} as a bilateral procedure (150 %); log it once with modifier 50`);
  }

  const after = (fc: FactorCode, label: string, factor: number, reason: string) =>
    out.after.push({ code: fc, label, factor, reason });

  if (mods.has('62')) {
    const co = ind(row.coSurg);
    const rule = `CO-SURG ${co}: ${CO_SURG_MEANINGS[co] ?? 'not described'}`;
    after(
      'co-surgeon',
      'co-surgeon',
      CO_SURGEON,
      `modifier 62: each of two surgeons is credited 62.5 % (${rule})`,
    );
    if (co === '0' || co === '9')
      warn(`Co-surgery for ${code}: ${CO_SURG_MEANINGS[co]}; Medicare would not pay it`);
  }
  if (mods.has('66')) {
    const team = ind(row.teamSurg);
    const why =
      'Medicare prices team surgery by report, with no standard share, so the full value is credited';
    after('team-surgery', 'team surgery', 1, `modifier 66: ${why} (TEAM SURG ${team})`);
    if (team === '0' || team === '9') warn(`Team surgery for ${code}: ${TEAM_SURG_MEANINGS[team]}`);
  }

  const assistant = ['80', '81', '82', 'AS'].filter((mod) => mods.has(mod));
  if (assistant.length > 0) {
    const mod = assistant[0];
    const asst = ind(row.asstSurg);
    if (assistant.length > 1) warn(`Only one assistant modifier applies; ${mod} was used`);
    if (asst === '1') {
      out.prohibited = `Medicare never pays an assistant at surgery for ${code} (ASST SURG 1: statutory restriction)`;
      after('assistant', 'assistant at surgery', 0, out.prohibited);
    } else {
      const nonPhysician = mod === 'AS';
      const who = nonPhysician
        ? 'a non-physician assistant is credited 13.6 % (85 % of 16 %)'
        : 'an assistant surgeon is credited 16 %';
      after(
        'assistant',
        'assistant at surgery',
        nonPhysician ? NON_PHYSICIAN_ASSISTANT : ASSISTANT,
        `modifier ${mod}: ${who}`,
      );
      if (asst === '0' || asst === '9') warn(`Assistant at surgery for ${code}: ${ASST_MEANINGS[asst]}`);
    }
  }

  const split = SPLIT.filter((s) => mods.has(s.mod));
  if (split.length > 0) {
    const shares = split.map((s) => ({ ...s, share: toRvu(row[s.field]) ?? 0 }));
    const factor = shares.reduce((sum, s) => sum + s.share, 0);
    if (factor > 0) {
      const names = shares.map((s) => `${s.mod} = ${s.label} share ${formatFactor(s.share)}`).join(', ');
      after('split-care', 'part of the global package', factor, names);
    } else {
      warn(
        `CMS publishes no pre/intra/post-operative split for ${code} (global ${row.globalDays ?? 'blank'}), ` +
          `so ${split.map((s) => s.mod).join(', ')} cannot be applied; the full value is credited ` +
          '(maternity and similar codes have separate codes for each part)',
      );
    }
  }

  const credits = (factor: number) => `policy "${policy.name}" credits x${formatFactor(factor)}`;
  if (mods.has('22')) {
    const why = `${credits(policy.modifier22Factor)} (Medicare pays 22 only on review, case by case)`;
    after('modifier-22', 'increased procedural services', policy.modifier22Factor, `modifier 22: ${why}`);
  }
  if (mods.has('52')) {
    after(
      'modifier-52',
      'reduced services',
      policy.modifier52Factor,
      `modifier 52: ${credits(policy.modifier52Factor)}`,
    );
  }
  const intra = toRvu(row.intraOp) ?? 0;
  if (mods.has('78') && intra > 0) {
    // Not applied: issue 4 lists no rule for 78, but the reader should know Medicare's.
    warn(
      `For a return to the operating room (78) Medicare pays only the intra-operative share (${formatFactor(intra)}); this policy credits the full value`,
    );
  }
  for (const mod of mods) {
    if (!MODIFIER_BY_CODE.has(mod)) warn(`Modifier ${mod} is not one Benchline knows; it was ignored`);
  }
  return out;
}
