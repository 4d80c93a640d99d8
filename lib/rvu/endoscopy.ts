// CMS's multiple-endoscopy rule (MULT PROC 3) within one encounter. Endoscopies sharing an ENDO
// BASE code form a family with that base (when the base itself is logged). The highest-valued
// endoscopy counts in full; every other one counts its value minus the base's, because each
// endoscopy's value already includes the base scope (Medicare Claims Processing Manual ch. 12,
// "pay the full value of the highest valued endoscopy, plus the difference between the next
// highest and the base endoscopy"). The base's value comes from the release even when the base is
// not logged: CMS subtracts it either way. A logged base adds nothing beside its family.
import {
  bySlotRank,
  sortKey,
  type BaseValueLookup,
  type EncounterAdjustment,
  type EncounterLine,
} from './encounter-line';
import { formatRvu, toRvu } from './rounding';

export interface Family {
  baseCode: string;
  members: EncounterLine[];
  /** Work RVU of the family after the rule, before the multiple-procedure ranking. */
  total: number;
  adjustments: Map<EncounterLine, EncounterAdjustment>;
}

function priceFamily(baseCode: string, members: EncounterLine[], baseValue: BaseValueLookup): Family {
  const warnings: string[] = [];
  const logged = members.find((m) => m.code === baseCode);
  const probe = members.find((m) => m.code !== baseCode) ?? members[0];
  let base = baseValue(probe, baseCode);
  if (base === null && logged && logged.row.modifier === '') base = toRvu(logged.row.workRvu);
  if (base === null) {
    warnings.push(
      `The base endoscopy ${baseCode} is not in release ${probe.releaseId}, so the other endoscopies of its family are not reduced by it`,
    );
    base = 0;
  }
  const minusBase = `minus the base endoscopy ${baseCode} (${formatRvu(base)}${logged ? '' : ', not logged; value from the release'})`;

  const slots = members.flatMap((m) =>
    Array.from({ length: m.units }, () => ({ value: m.perUnit, after: m.afterProduct, key: sortKey(m), m })),
  );
  slots.sort(bySlotRank);
  const paid = new Map<EncounterLine, number>();
  slots.forEach((slot, i) => {
    const pay = i === 0 ? slot.value : Math.max(0, slot.value - base);
    paid.set(slot.m, (paid.get(slot.m) ?? 0) + pay);
  });

  const adjustments = new Map<EncounterLine, EncounterAdjustment>();
  let total = 0;
  for (const m of members) {
    const pay = paid.get(m) ?? 0;
    total += pay;
    const top = slots[0].m === m;
    const counts = `counts its ${formatRvu(m.perUnit)} ${minusBase}`;
    let reason: string;
    if (top && m.units === 1) reason = `highest-valued endoscopy in the ${baseCode} family, counted in full`;
    else if (m.code === baseCode) {
      reason = `${baseCode} is the base endoscopy of its family: its work is already part of the other endoscopies, so it is not counted again`;
    } else if (top) {
      reason = `first unit is the highest-valued endoscopy in the ${baseCode} family, counted in full; each other unit ${counts}`;
    } else reason = `another endoscopy in the ${baseCode} family: ${counts}`;
    const lineWarnings = [...warnings];
    if (!top && m.code !== baseCode && m.perUnit < base) {
      lineWarnings.push(
        `${m.code} is valued below its base endoscopy ${baseCode}, so it adds nothing to the family`,
      );
    }
    const factor = pay / (m.perUnit * m.units);
    adjustments.set(m, {
      factors: [{ code: 'endoscopy-family', label: 'endoscopy family', factor, reason }],
      warnings: lineWarnings,
    });
  }
  return { baseCode, members, total, adjustments };
}

/**
 * Splits an encounter's ranked lines into endoscopy families (two or more units sharing a base)
 * and standalone procedures (everything else, including a lone endoscopy).
 */
export function endoscopyFamilies(
  endoscopies: EncounterLine[],
  ranked: EncounterLine[],
  baseValue: BaseValueLookup,
): { families: Family[]; standalone: EncounterLine[] } {
  const byBase = new Map<string, EncounterLine[]>();
  for (const l of endoscopies) {
    const base = (l.row.endoBase ?? '').trim().toUpperCase();
    const family = byBase.get(base);
    if (family) family.push(l);
    else byBase.set(base, [l]);
  }
  const standalone: EncounterLine[] = [];
  for (const l of ranked) {
    const family = byBase.get(l.code);
    if (family) family.push(l);
    else standalone.push(l);
  }
  const families: Family[] = [];
  for (const [baseCode, members] of byBase) {
    if (members.reduce((n, m) => n + m.units, 0) < 2) standalone.push(...members);
    else families.push(priceFamily(baseCode, members, baseValue));
  }
  return { families, standalone };
}
