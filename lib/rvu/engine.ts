// Benchline's wRVU engine: prices procedure lines against the CMS fee schedule release in effect
// for each date of service under a crediting policy, and records every factor with its reason.
// Pure: the caller supplies catalog rows (catalogFor) and the ASP drug list (isAspDrug).
// Order of work: catalog row and status (resolve-line.ts) -> units and bilateral (line-factors.ts)
// -> endoscopy family and multiple-procedure ranking per encounter (multiple-procedure.ts)
// -> surgical-role and 22/52 modifiers -> one rounding at the end (rounding.ts).
import type { EncounterLine } from './encounter-line';
import { lineFactors, type LineFactors } from './line-factors';
import { encounterAdjustments } from './multiple-procedure';
import { resolveRow, type ResolvedRow } from './resolve-line';
import { roundWrvu, toRvu } from './rounding';
import type { AppliedFactor, CatalogLookup, CreditPolicy, LineResult, ProcedureLine } from './types';

export { roundWrvu } from './rounding';

export interface PriceLinesInput {
  /** One physician's lines: encounters are formed by date of service and encounter key. */
  lines: readonly ProcedureLine[];
  catalogFor: CatalogLookup;
  /** Returns the reason when the line's code is a drug paid by Average Sales Price, else null. */
  isAspDrug?: (line: ProcedureLine) => string | null;
  policy: CreditPolicy;
}

const product = (factors: AppliedFactor[]) => factors.reduce((p, f) => p * f.factor, 1);

interface Priced {
  resolved: ResolvedRow;
  factors?: LineFactors;
}

/** Prices every line; results come back in input order, one per line. */
export function priceLines({ lines, catalogFor, isAspDrug, policy }: PriceLinesInput): LineResult[] {
  const priced: Priced[] = lines.map((line) => {
    const resolved = resolveRow(line, catalogFor, policy, isAspDrug);
    if (resolved.excluded || !resolved.row) return { resolved };
    return { resolved, factors: lineFactors(resolved.row, line.modifiers, line.units, policy) };
  });

  const encounter: EncounterLine[] = [];
  priced.forEach(({ resolved, factors }, index) => {
    if (!factors || factors.prohibited || !resolved.row || !resolved.releaseId) return;
    const line = lines[index];
    encounter.push({
      index,
      line,
      code: line.code.trim().toUpperCase(),
      row: resolved.row,
      releaseId: resolved.releaseId,
      perUnit: resolved.baseWorkRvu * product(factors.ranking.filter((f) => f.code !== 'units')),
      units: line.units,
      afterProduct: product(factors.after),
    });
  });

  // The base endoscopy's value comes from the same release, looked up as if it had been logged.
  const adjustments = encounterAdjustments(encounter, policy, (member, baseCode) => {
    const found = catalogFor({ ...member.line, code: baseCode, modifiers: [] });
    if (!found || found.releaseId !== member.releaseId) return null;
    const row = found.rows.find((r) => r.code.trim().toUpperCase() === baseCode && r.modifier === '');
    return row ? toRvu(row.workRvu) : null;
  });

  return priced.map(({ resolved, factors }, index) => {
    const line = lines[index];
    const adjustment = adjustments.get(index);
    const applied = factors ? [...factors.ranking, ...(adjustment?.factors ?? []), ...factors.after] : [];
    const warnings = [...resolved.warnings, ...(factors?.warnings ?? []), ...(adjustment?.warnings ?? [])];
    const excluded = resolved.excluded || Boolean(factors?.prohibited);
    const exact = excluded ? 0 : resolved.baseWorkRvu * product(applied);
    const result: LineResult = {
      lineId: line.id,
      code: line.code.trim().toUpperCase(),
      rowModifier: resolved.row?.modifier ?? '',
      releaseId: resolved.releaseId,
      releaseFit: resolved.releaseFit,
      status: resolved.row?.status.trim().toUpperCase() ?? null,
      baseWorkRvu: resolved.baseWorkRvu,
      factors: applied,
      creditedWrvu: roundWrvu(exact),
      exactWrvu: exact,
      excluded,
      warnings,
      policyId: policy.id,
    };
    const reason = resolved.reason ?? factors?.prohibited;
    if (reason) result.reason = reason;
    return result;
  });
}
