// "What CMS changed for me": a period's entries priced again under another imported PFS release,
// in memory only (nothing is written), compared with what they were credited (or with a second
// release) by code and in total. The engine and its catalog loading are the logging module's
// (lib/logs/pricing.ts), so a re-price credits exactly what logging under that release would.
import 'server-only';
import { db, sql } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { IsoDate } from '@/lib/benchmarks/dates';
import { loadPolicy, loadPricingCatalog, priceWithCatalog } from '@/lib/logs/pricing';
import type { LineResult, ProcedureLine } from '@/lib/rvu/types';
import type { Actor } from '@/lib/session';
import { loadSubject } from './access';

export type ReleaseOption = { id: string; title: string | null; effectiveFrom: IsoDate; starter: boolean };

export type RepriceOptions = {
  actor: Actor;
  viewUserId?: string | null;
  /** The release to price under. */
  releaseId: string;
  /** Compare with this release instead of the stored credits (null/undefined = as credited). */
  baseReleaseId?: string | null;
  from: IsoDate;
  to: IsoDate;
};

export type CodeChange = {
  code: string;
  description: string;
  entries: number;
  base: number;
  repriced: number;
  difference: number;
  /** Lines of this code the compared release does not price (code absent or not valid there). */
  unpriced: number;
};

export type ReleaseComparison = {
  releaseId: string;
  /** null = the stored credits (each entry under the release in effect on its date). */
  baseReleaseId: string | null;
  from: IsoDate;
  to: IsoDate;
  entries: number;
  total: { base: number; repriced: number; difference: number };
  byCode: CodeChange[];
};

/** Imported PFS releases, newest first (the choices of the release selector). */
export async function listReleases(): Promise<ReleaseOption[]> {
  return sql<ReleaseOption>(
    `SELECT id, title, "effectiveFrom"::text AS "effectiveFrom", starter FROM "RvuRelease" ORDER BY "effectiveFrom" DESC, id DESC`,
  );
}

const cents = (n: number) => Math.round(n * 100);
const credited = (r: LineResult) => (r.excluded ? 0 : r.creditedWrvu);

export async function compareReleases({
  actor,
  viewUserId,
  releaseId,
  baseReleaseId = null,
  from,
  to,
}: RepriceOptions): Promise<ReleaseComparison> {
  const subject = await loadSubject(actor, viewUserId);
  const wanted = [releaseId, ...(baseReleaseId ? [baseReleaseId] : [])];
  const known = await db.rvuRelease.findMany({
    where: { id: { in: wanted } },
    select: { id: true, effectiveFrom: true },
  });
  for (const id of wanted)
    if (!known.some((r) => r.id === id))
      throw new AppError('NOT_FOUND', `Release ${id} has not been imported.`);

  const entries = await db.logEntry.findMany({
    where: {
      userId: subject.id,
      deletedAt: null,
      dateOfService: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
    },
    select: {
      id: true,
      dateOfService: true,
      code: true,
      modifiers: true,
      units: true,
      encounterKey: true,
      creditedWrvu: true,
      excluded: true,
    },
    orderBy: [{ dateOfService: 'asc' }, { createdAt: 'asc' }],
  });
  const lines: ProcedureLine[] = entries.map((e) => ({
    id: e.id,
    dateOfService: e.dateOfService.toISOString().slice(0, 10),
    code: e.code,
    modifiers: e.modifiers,
    units: e.units,
    encounterKey: e.encounterKey,
  }));
  const policy = await loadPolicy(db, subject.id);
  const priceUnder = async (id: string) =>
    priceWithCatalog(lines, await loadPricingCatalog(db, lines, known, { forceReleaseId: id }), policy);
  const [repriced, base] = await Promise.all([
    priceUnder(releaseId),
    baseReleaseId ? priceUnder(baseReleaseId) : Promise.resolve(null),
  ]);

  // Summed in hundredths: every value is a 2-decimal credit, so the totals are exact.
  const byCode = new Map<string, { entries: number; base: number; repriced: number; unpriced: number }>();
  let totalBase = 0;
  let totalRepriced = 0;
  entries.forEach((e, i) => {
    const b = base ? cents(credited(base[i])) : e.excluded ? 0 : cents(e.creditedWrvu.toNumber());
    const r = cents(credited(repriced[i]));
    const row = byCode.get(e.code) ?? { entries: 0, base: 0, repriced: 0, unpriced: 0 };
    row.entries += 1;
    row.base += b;
    row.repriced += r;
    if (repriced[i].status === null) row.unpriced += 1;
    byCode.set(e.code, row);
    totalBase += b;
    totalRepriced += r;
  });
  const descriptions = new Map(
    (
      await db.code.findMany({
        where: { code: { in: [...byCode.keys()] } },
        select: { code: true, shortDescription: true },
      })
    ).map((c) => [c.code, c.shortDescription]),
  );
  return {
    releaseId,
    baseReleaseId,
    from,
    to,
    entries: entries.length,
    total: {
      base: totalBase / 100,
      repriced: totalRepriced / 100,
      difference: (totalRepriced - totalBase) / 100,
    },
    byCode: [...byCode]
      .map(([code, v]) => ({
        code,
        description: descriptions.get(code) ?? '',
        entries: v.entries,
        base: v.base / 100,
        repriced: v.repriced / 100,
        difference: (v.repriced - v.base) / 100,
        unpriced: v.unpriced,
      }))
      .sort(
        (a, b) =>
          Math.abs(b.difference) - Math.abs(a.difference) ||
          b.repriced - a.repriced ||
          a.code.localeCompare(b.code),
      ),
  };
}
