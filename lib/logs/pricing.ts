// Prices logged procedures with the wRVU engine: picks the release in effect for each date of
// service, loads the catalog rows (and endoscopy base codes), the ASP drug prices in effect and
// the actor's crediting policy, then runs lib/rvu. Used by every write and by the pricing CLI,
// so the web app and the CLI credit the same numbers.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { releaseInEffect } from '@/lib/catalog/release';
import { priceLines } from '@/lib/rvu/engine';
import { DEFAULT_POLICY, type CatalogRow, type CreditPolicy, type LineResult, type ProcedureLine } from '@/lib/rvu/types';
import { aspDrugReason, type LoadedDrugPrice } from '@/lib/logs/asp';

type Tx = Prisma.TransactionClient;
type Release = { id: string; effectiveFrom: Date };

const ROW_SELECT = {
  releaseId: true, code: true, modifier: true, description: true, status: true, notUsedForMedicare: true, workRvu: true,
  preOp: true, intraOp: true, postOp: true, multProc: true, bilatSurg: true, asstSurg: true, coSurg: true, teamSurg: true,
  endoBase: true, globalDays: true, pctcIndicator: true,
} as const;

export type PricingCatalog = {
  releases: Release[];
  releaseFor: (dateOfService: string) => Release | null;
  rows: Map<string, CatalogRow[]>; // key `${releaseId}|${code}`
  drugPrices: LoadedDrugPrice[];
};

const key = (releaseId: string, code: string) => `${releaseId}|${code}`;
const normCode = (c: string) => c.trim().toUpperCase();

export type PricingCatalogOptions = {
  /** What-if pricing: every line under this release, whatever its date (null for an unknown id). */
  forceReleaseId?: string;
};

/** Loads what the engine needs for these lines in a handful of queries (not one per line). */
export async function loadPricingCatalog(tx: Tx, lines: readonly Pick<ProcedureLine, 'dateOfService' | 'code'>[], preloadedReleases?: Release[], options: PricingCatalogOptions = {}): Promise<PricingCatalog> {
  const releases = preloadedReleases ?? (await tx.rvuRelease.findMany({ select: { id: true, effectiveFrom: true }, orderBy: { effectiveFrom: 'asc' } }));
  const forced = options.forceReleaseId === undefined ? undefined : (releases.find((r) => r.id === options.forceReleaseId) ?? null);
  const memo = new Map<string, Release | null>();
  const releaseFor = (d: string) => {
    if (forced !== undefined) return forced;
    if (!memo.has(d)) memo.set(d, releaseInEffect(d, releases));
    return memo.get(d) ?? null;
  };
  const rows = new Map<string, CatalogRow[]>();
  const wanted = new Map<string, Set<string>>(); // releaseId -> codes
  for (const line of lines) {
    const release = releaseFor(line.dateOfService);
    if (release) (wanted.get(release.id) ?? wanted.set(release.id, new Set()).get(release.id)!).add(normCode(line.code));
  }
  const fetchRows = async (byRelease: Map<string, Set<string>>) => {
    const pairs = [...byRelease].filter(([, codes]) => codes.size > 0);
    if (!pairs.length) return;
    const found = await tx.rvuRow.findMany({
      where: { OR: pairs.map(([releaseId, codes]) => ({ releaseId, code: { in: [...codes] } })) },
      select: ROW_SELECT,
    });
    for (const [releaseId, codes] of pairs) for (const code of codes) if (!rows.has(key(releaseId, code))) rows.set(key(releaseId, code), []);
    for (const r of found) {
      rows.get(key(r.releaseId, r.code))!.push({
        ...r,
        workRvu: r.workRvu?.toString() ?? null,
        preOp: r.preOp?.toString() ?? null,
        intraOp: r.intraOp?.toString() ?? null,
        postOp: r.postOp?.toString() ?? null,
      });
    }
  };
  await fetchRows(wanted);
  // Endoscopy families: the base code's value is needed even when the base was not logged.
  const bases = new Map<string, Set<string>>();
  for (const [k, list] of rows) {
    const releaseId = k.split('|')[0];
    for (const r of list) if (r.endoBase && !rows.has(key(releaseId, normCode(r.endoBase)))) (bases.get(releaseId) ?? bases.set(releaseId, new Set()).get(releaseId)!).add(normCode(r.endoBase));
  }
  await fetchRows(bases);

  const codes = [...new Set(lines.map((l) => normCode(l.code)))];
  const drugPrices = codes.length
    ? (await tx.drugPrice.findMany({ where: { code: { in: codes } }, select: { code: true, quarter: true, dosage: true, effectiveFrom: true, effectiveTo: true, paymentLimit: true } })).map((d) => ({
        ...d,
        paymentLimit: d.paymentLimit?.toString() ?? null,
      }))
    : [];
  return { releases, releaseFor, rows, drugPrices };
}

/** The actor's crediting policy: their own, else their first organisation's, else CMS-adjusted. */
export async function loadPolicy(tx: Tx, userId: string): Promise<CreditPolicy> {
  const own = await tx.creditPolicy.findFirst({
    where: { OR: [{ userId }, { organization: { memberships: { some: { userId } } } }] },
    orderBy: { userId: { sort: 'asc', nulls: 'last' } },
  });
  if (!own) return DEFAULT_POLICY;
  return {
    id: own.id,
    name: own.userId ? 'Personal policy' : 'Organisation policy',
    multipleProcedureReduction: own.multipleProcedureReduction,
    modifier22Factor: Number(own.modifier22Factor),
    modifier52Factor: Number(own.modifier52Factor),
    creditNotPaidByMedicare: own.creditNotPaidByMedicare,
  };
}

/** Runs the engine over lines already grouped as the caller wants (encounters are found by key). */
export function priceWithCatalog(lines: readonly ProcedureLine[], catalog: PricingCatalog, policy: CreditPolicy): LineResult[] {
  const lookup = (line: ProcedureLine) => {
    const release = catalog.releaseFor(line.dateOfService);
    if (!release) return null;
    return { releaseId: release.id, rows: catalog.rows.get(key(release.id, normCode(line.code))) ?? [] };
  };
  return priceLines({
    lines,
    policy,
    catalogFor: lookup,
    isAspDrug: (line) => aspDrugReason({ code: normCode(line.code), dateOfService: line.dateOfService, rows: lookup(line)?.rows ?? [], drugPrices: catalog.drugPrices }),
  });
}

/** The columns a priced line stores on its LogEntry: the one mapping every writer uses. */
export function pricedEntryFields(r: LineResult, policy: CreditPolicy) {
  return {
    releaseId: r.releaseId,
    status: r.status,
    baseWorkRvu: r.baseWorkRvu,
    creditedWrvu: r.creditedWrvu,
    excluded: r.excluded,
    explanation: JSON.parse(JSON.stringify(r)) as Prisma.InputJsonValue,
    policy: { ...policy } as Prisma.InputJsonValue,
  };
}
