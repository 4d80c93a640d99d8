// First step of pricing one line: find the release and the catalog row that prices it, decide
// from the CMS status (and ASP drug list) whether it earns any credit, and read its base work
// RVU. Modifier factors are in line-factors.ts; encounter-level rules in multiple-procedure.ts.
import { explainStatus } from './indicators';
import { toRvu } from './rounding';
import { releaseFitNote } from './release-fit';
import type { CatalogLookup, CatalogRow, CreditPolicy, ProcedureLine } from './types';
import type { ReleaseFit } from '@/lib/catalog/release';

export interface ResolvedRow {
  releaseId: string | null;
  releaseFit: ReleaseFit | null;
  row: CatalogRow | null;
  /** Work RVU of one unit ('' or unreadable counts as 0). */
  baseWorkRvu: number;
  excluded: boolean;
  reason?: string;
  warnings: string[];
}

const PAYABLE = new Set(['A', 'R', 'T']);
const NOT_PAID_WITH_VALUE = new Set(['N', 'I']);
// Modifiers CMS may price as their own row; the first one typed that has a row wins.
const ROW_MODIFIERS = ['26', 'TC', '53'] as const;

function missingRowWarning(mod: string, own: CatalogRow, releaseId: string): string {
  const code = own.code.toUpperCase();
  if (mod === '53') {
    return (
      `${releaseId} has no separately priced 53 row for ${code}: Medicare prices other discontinued ` +
      'procedures case by case, so the full value is credited (consider 52)'
    );
  }
  if (own.pctcIndicator === '2' && mod === '26')
    return `${code} is already a professional-component-only code; 26 changes nothing`;
  if (own.pctcIndicator === '0') {
    return (
      `${mod} does not apply to ${code}: it is a physician service that cannot be split into ` +
      "professional and technical components; the code's own value is credited"
    );
  }
  return `${releaseId} has no separate ${mod} row for ${code}; the code's own value is credited`;
}

function pickRow(
  rows: CatalogRow[],
  mods: Set<string>,
  releaseId: string,
  warnings: string[],
): CatalogRow | null {
  let own = rows.find((r) => r.modifier === '') ?? null;
  const pcOnly = rows.find((r) => r.modifier === '26');
  if (!own && pcOnly && !mods.has('26')) {
    // e.g. 86153 in RVU25D: a lab test whose only Medicare fee-schedule service is the interpretation.
    warnings.push(
      `${releaseId} prices ${pcOnly.code.toUpperCase()} only as its professional component (26), so that row is used`,
    );
    own = pcOnly;
  }
  if (mods.has('26') && mods.has('TC')) {
    warnings.push("26 and TC together make the global service; the code's own row is used");
    return own;
  }
  for (const mod of ROW_MODIFIERS) {
    if (!mods.has(mod)) continue;
    const row = rows.find((r) => r.modifier === mod);
    if (row) return row;
    if (own) warnings.push(missingRowWarning(mod, own, releaseId));
  }
  return own;
}

export function resolveRow(
  line: ProcedureLine,
  catalogFor: CatalogLookup,
  policy: CreditPolicy,
  isAspDrug?: (line: ProcedureLine) => string | null,
): ResolvedRow {
  const code = line.code.trim().toUpperCase();
  const warnings: string[] = [];
  const stop = (
    releaseId: string | null,
    row: CatalogRow | null,
    reason: string,
    baseWorkRvu = 0,
  ): ResolvedRow => ({
    releaseId,
    releaseFit: releaseId ? releaseFit : null,
    row,
    baseWorkRvu,
    excluded: true,
    reason,
    warnings,
  });

  const found = catalogFor(line);
  const releaseFit = found ? (found.fit ?? 'current') : null;
  const fitNote =
    found && releaseFit ? releaseFitNote(releaseFit, found.releaseId, line.dateOfService) : null;
  if (fitNote) warnings.push(fitNote);
  const mods = new Set(line.modifiers.map((mod) => mod.trim().toUpperCase()));
  const rows = found ? found.rows.filter((r) => r.code.trim().toUpperCase() === code) : [];
  const row = found ? pickRow(rows, mods, found.releaseId, warnings) : null;
  // A drug is excluded whatever the catalog says: the helpful answer is "log the administration".
  const drug = isAspDrug?.(line) ?? null;
  if (drug) {
    warnings.push('Log the drug administration service (the injection or infusion code) to credit your work');
    return stop(found?.releaseId ?? null, row, drug, toRvu(row?.workRvu ?? null) ?? 0);
  }
  if (!found)
    return stop(null, null, `No CMS fee schedule release covers the date of service ${line.dateOfService}`);
  if (!row)
    return stop(found.releaseId, null, `${code} is not in the CMS fee schedule release ${found.releaseId}`);

  if (!Number.isInteger(line.units) || line.units < 1) {
    return stop(found.releaseId, row, `Units must be a whole number of at least 1 (got ${line.units})`);
  }
  const work = toRvu(row.workRvu);
  const base = work ?? 0;
  if (work === null) warnings.push(`${found.releaseId} publishes no work RVU for ${code}`);
  const status = row.status.trim().toUpperCase();
  const meaning = explainStatus(status);

  if (NOT_PAID_WITH_VALUE.has(status) && base > 0) {
    if (!policy.creditNotPaidByMedicare) {
      const reason = `${code} is not paid by Medicare (status ${status}: ${meaning}), and policy "${policy.name}" does not credit such codes`;
      return stop(found.releaseId, row, reason, base);
    }
    warnings.push(
      `Not paid by Medicare (status ${status}: ${meaning}); credited because CMS publishes a work RVU for it`,
    );
  } else if (!PAYABLE.has(status)) {
    return stop(found.releaseId, row, `${code} earns no work RVU: CMS status ${status}, ${meaning}`, base);
  } else if (status === 'R') {
    warnings.push(`Status R: ${meaning}`);
  } else if (status === 'T') {
    warnings.push(
      'Status T: Medicare pays it only when no other fee-schedule service is billed by the same provider that day',
    );
  }
  if (base === 0 && work !== null)
    warnings.push(`${code}${row.modifier ? `-${row.modifier}` : ''} carries no physician work RVU`);
  return { releaseId: found.releaseId, releaseFit, row, baseWorkRvu: base, excluded: false, warnings };
}
