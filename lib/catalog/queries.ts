// Read side of the catalog import machinery: the import history (admin page, CLI) and the list of
// releases with their effective dates (what releaseInEffect chooses from). Narrow selects only.
import 'server-only';
import { db } from '@/lib/db';
import type { CatalogImportKind } from '@/lib/generated/prisma/client';
import { catalogFreshness } from './freshness';
import { describeImportSummary, type CatalogImportSummary } from './import-summary';

export type CatalogImportListItem = {
  id: string;
  kind: CatalogImportKind;
  sourceFile: string;
  sha256: string;
  releaseId: string | null;
  importedBy: string | null;
  importedAt: Date;
  summary: CatalogImportSummary;
  description: string;
};

export type ListCatalogImportsOptions = { kind?: CatalogImportKind; limit?: number };

/** Import history, newest first. */
export async function listCatalogImports(
  options: ListCatalogImportsOptions = {},
): Promise<CatalogImportListItem[]> {
  const rows = await db.catalogImport.findMany({
    where: options.kind ? { kind: options.kind } : undefined,
    orderBy: { importedAt: 'desc' },
    take: Math.min(Math.max(options.limit ?? 50, 1), 500),
    select: {
      id: true,
      kind: true,
      sourceFile: true,
      sha256: true,
      releaseId: true,
      importedBy: true,
      importedAt: true,
      summary: true,
    },
  });
  return rows.map((row) => {
    const summary = row.summary as unknown as CatalogImportSummary;
    return { ...row, summary, description: describeImportSummary(summary) };
  });
}

export type ReleaseListItem = {
  id: string;
  year: number;
  quarter: string;
  effectiveFrom: string; // YYYY-MM-DD
  releasedOn: string | null;
  conversionFactor: string | null; // Decimal as text, e.g. "32.3465"
  title: string | null;
  sourceFile: string;
  rowCount: number;
  starter: boolean;
  importedAt: Date;
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Every imported PFS release, newest effective date first (ties: later id first). */
export async function getReleases(): Promise<ReleaseListItem[]> {
  const rows = await db.rvuRelease.findMany({
    orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      year: true,
      quarter: true,
      effectiveFrom: true,
      releasedOn: true,
      conversionFactor: true,
      title: true,
      sourceFile: true,
      rowCount: true,
      starter: true,
      importedAt: true,
    },
  });
  return rows.map((r) => ({
    ...r,
    effectiveFrom: day(r.effectiveFrom)!,
    releasedOn: day(r.releasedOn),
    conversionFactor: r.conversionFactor === null ? null : r.conversionFactor.toString(),
  }));
}

/** The newest imported release against today's quarter (admin page, code pages, dashboard). */
export async function getCatalogFreshness(today = new Date().toISOString().slice(0, 10)) {
  const newest = await db.rvuRelease.findFirst({
    orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return catalogFreshness(newest, today);
}
