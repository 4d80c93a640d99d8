// The RVU release a Medicare data year is priced under: the January release of that year when it is
// imported, else the imported release whose effective date is nearest to 1 January of that year.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { WorkRvuLookup } from './aggregate';

export type MedicareRelease = { id: string; effectiveFrom: Date; starter: boolean; exactJanuary: boolean };

type ReleaseRecord = { id: string; year: number; quarter: string; effectiveFrom: Date; starter: boolean };

/** Pure choice among the imported releases (null when there are none). */
export function pickMedicareRelease(
  releases: readonly ReleaseRecord[],
  year: number,
): MedicareRelease | null {
  if (releases.length === 0) return null;
  const january = Date.UTC(year, 0, 1);
  const exact = releases.find((r) => r.year === year && r.quarter === 'A');
  const chosen =
    exact ??
    [...releases].sort(
      (a, b) =>
        Math.abs(a.effectiveFrom.getTime() - january) - Math.abs(b.effectiveFrom.getTime() - january) ||
        a.id.localeCompare(b.id),
    )[0];
  return {
    id: chosen.id,
    effectiveFrom: chosen.effectiveFrom,
    starter: chosen.starter,
    exactJanuary: !!exact,
  };
}

/** Work RVU of each code's global row (no modifier); codes without a work RVU are left out. */
export async function loadWorkRvus(releaseId: string): Promise<WorkRvuLookup> {
  const rows = await db.rvuRow.findMany({
    where: { releaseId, modifier: '', workRvu: { not: null } },
    select: { code: true, workRvu: true },
  });
  return new Map(rows.map((r) => [r.code.toUpperCase(), r.workRvu!.toNumber()]));
}

export async function chooseMedicareRelease(year: number): Promise<MedicareRelease> {
  const releases = await db.rvuRelease.findMany({
    select: { id: true, year: true, quarter: true, effectiveFrom: true, starter: true },
  });
  const chosen = pickMedicareRelease(releases, year);
  if (!chosen)
    throw new AppError('VALIDATION', 'No RVU release is imported: run npm run catalog:import first.');
  return chosen;
}
