// Encounter-level rules: CMS's multiple-procedure reduction (MULT PROC 2: highest-valued
// procedure 100 %, every other one 50 %) and multiple-endoscopy rule (MULT PROC 3: within a
// family sharing an ENDO BASE code the highest endoscopy counts in full and each other one counts
// its value minus the base's; the family then ranks against the other procedures as one). Each
// unit is ranked as its own procedure, as Medicare does. Exempt: MULT PROC 0/9, add-ons (ZZZ).
import { endoscopyFamilies, type Family } from './endoscopy';
import {
  bySlotRank,
  ordinal,
  sortKey,
  type BaseValueLookup,
  type EncounterAdjustment,
  type EncounterLine,
} from './encounter-line';
import { MULT_PROC_MEANINGS } from './indicator-meanings';
import type { AppliedFactor, CreditPolicy, ProcedureLine } from './types';

interface Slot {
  value: number;
  key: string;
  after: number;
  line?: EncounterLine;
  family?: Family;
}

// CMS pays every procedure after the highest-ranked one at 50 % (MULT PROC 2).
const SUBSEQUENT = 0.5;
const TECHNICAL_ONLY = new Set(['4', '5', '6', '7']);

type Role = 'ranked' | 'endoscopy' | 'add-on' | 'exempt' | 'technical';

const mp = (l: EncounterLine) => (l.row.multProc ?? '').trim();

function role(l: EncounterLine): Role {
  if (l.perUnit <= 0) return 'exempt';
  if ((l.row.globalDays ?? '').trim().toUpperCase() === 'ZZZ') return 'add-on';
  const ind = mp(l);
  if (ind === '3' && (l.row.endoBase ?? '').trim() !== '') return 'endoscopy';
  // MULT PROC 1 (pre-1995 rules, 25 % from the third) no longer occurs; it ranks like 2. A 3 without ENDO BASE too.
  if (ind === '1' || ind === '2' || ind === '3') return 'ranked';
  return TECHNICAL_ONLY.has(ind) ? 'technical' : 'exempt';
}

function groupKey(line: ProcedureLine): string {
  return `${line.dateOfService}\u0000${line.encounterKey.trim()}`;
}

type Adjust = (l: EncounterLine) => EncounterAdjustment;

function mpr(factor: number, reason: string): AppliedFactor {
  return { code: 'multiple-procedure', label: 'multiple procedure', factor, reason };
}

/** Factor-1 notes for lines the rules leave alone, so the explanation says why nothing changed. */
function addExemptionNotes(
  group: EncounterLine[],
  roles: Map<EncounterLine, Role>,
  subjectUnits: number,
  adj: Adjust,
) {
  const perIndicator = new Map<string, number>();
  for (const l of group) perIndicator.set(mp(l), (perIndicator.get(mp(l)) ?? 0) + 1);
  for (const l of group) {
    const r = roles.get(l);
    const ind = mp(l);
    if (r === 'add-on' && subjectUnits > 0)
      adj(l).factors.push(mpr(1, 'add-on code (global ZZZ): never reduced'));
    if (r === 'exempt' && subjectUnits > 0 && l.perUnit > 0) {
      adj(l).factors.push(mpr(1, `MULT PROC ${ind || 'blank'}: ${MULT_PROC_MEANINGS[ind] ?? 'not reduced'}`));
    }
    if (r === 'technical' && (perIndicator.get(ind) ?? 0) > 1) {
      // Only MULT PROC 4 also touches the professional part (5 % of payment); work is credited in full by policy.
      const work = ind === '4' ? 'this policy credits the work RVU in full' : 'physician work is not reduced';
      adj(l).factors.push(mpr(1, `MULT PROC ${ind}: ${MULT_PROC_MEANINGS[ind]}; ${work}`));
    }
  }
}

/** Ranks standalone units and whole endoscopy families: the first counts 100 %, every other 50 %. */
function rankEncounter(standalone: EncounterLine[], families: Family[], adj: Adjust) {
  const slots: Slot[] = [];
  for (const l of standalone) {
    for (let u = 0; u < l.units; u++)
      slots.push({ value: l.perUnit, key: sortKey(l), after: l.afterProduct, line: l });
  }
  for (const f of families) {
    for (const [l, a] of f.adjustments) {
      adj(l).factors.push(...a.factors);
      adj(l).warnings.push(...a.warnings);
    }
    slots.push({ value: f.total, key: `~${f.baseCode}`, after: 1, family: f });
  }
  if (slots.length < 2) return;
  slots.sort(bySlotRank);

  const ranks = new Map<EncounterLine, number[]>();
  slots.forEach((slot, i) => {
    if (slot.line) ranks.set(slot.line, [...(ranks.get(slot.line) ?? []), i + 1]);
    if (!slot.family) return;
    const where =
      i === 0
        ? 'is the highest-ranked procedure in this encounter, counted in full'
        : `ranks ${ordinal(i + 1)} in this encounter`;
    for (const m of slot.family.members)
      adj(m).factors.push(
        mpr(i === 0 ? 1 : SUBSEQUENT, `the ${slot.family.baseCode} endoscopy family ${where}`),
      );
  });
  for (const [l, r] of ranks) {
    const full = r[0] === 1 ? 1 : 0;
    const factor = (full + SUBSEQUENT * (r.length - full)) / r.length;
    let reason: string;
    if (r.length === 1)
      reason = full
        ? 'highest-ranked procedure in this encounter, counted in full'
        : `${ordinal(r[0])}-ranked procedure in this encounter`;
    else if (full)
      reason = `of ${r.length} units, the first is the highest-ranked procedure in this encounter (100 %) and the other ${r.length - 1} count 50 % each`;
    else reason = `all ${r.length} units rank below the highest procedure in this encounter: 50 % each`;
    adj(l).factors.push(mpr(factor, reason));
  }
}

/** Encounter-level factors and warnings per line index (lines missing from the map are unaffected). */
export function encounterAdjustments(
  lines: EncounterLine[],
  policy: CreditPolicy,
  baseValue: BaseValueLookup,
): Map<number, EncounterAdjustment> {
  const out = new Map<number, EncounterAdjustment>();
  const adj: Adjust = (l) => {
    let a = out.get(l.index);
    if (!a) out.set(l.index, (a = { factors: [], warnings: [] }));
    return a;
  };
  const groups = new Map<string, EncounterLine[]>();
  for (const l of lines) {
    const key = groupKey(l.line);
    const group = groups.get(key);
    if (group) group.push(l);
    else groups.set(key, [l]);
  }

  for (const group of groups.values()) {
    const roles = new Map(group.map((l) => [l, role(l)]));
    const endoscopies = group.filter((l) => roles.get(l) === 'endoscopy');
    const ranked = group.filter((l) => roles.get(l) === 'ranked');
    const subjectUnits = [...endoscopies, ...ranked].reduce((n, l) => n + l.units, 0);
    addExemptionNotes(group, roles, subjectUnits, adj);
    if (subjectUnits < 2) continue;
    if (!policy.multipleProcedureReduction) {
      const reason = `policy "${policy.name}" does not apply multiple-procedure reductions`;
      for (const l of [...ranked, ...endoscopies]) adj(l).factors.push(mpr(1, reason));
      continue;
    }
    const { families, standalone } = endoscopyFamilies(endoscopies, ranked, baseValue);
    rankEncounter(standalone, families, adj);
  }
  return out;
}
