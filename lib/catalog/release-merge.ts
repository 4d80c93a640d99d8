// A PPRRVU file whose release is already fully imported (and no --replace): compare its rows with
// the release's. The same rows (the release's CSV, TXT or XLSX after another of them, or the
// starter catalog's copy of the CMS file) change nothing. The other file of a CY2026 nonQPP/QPP pair
// adds its conversion factor and any rows the release lacks (the QPP file omits some status-I rows),
// and changes no RVU: a row whose values differ is refused, naming it. Anything else is a conflict
// that only --replace resolves.
import 'server-only';
import { insertRvuRows, upsertCodes, type Tx } from './import-sql';
import type { PprrvuSummary } from './import-summary';
import { RVU_COLUMNS } from './pprrvu-columns';
import { describeDifference, firstRowDifference, rowKey } from './pprrvu-qpp';
import type { PprrvuFile, RvuRecord } from './types';

const NUMERIC = new Set<string>([
  'workRvu',
  'nonFacPeRvu',
  'facPeRvu',
  'mpRvu',
  'nonFacTotal',
  'facTotal',
  'preOp',
  'intraOp',
  'postOp',
  'conversionFactor',
  'oppsNonFacPeRvu',
  'oppsFacPeRvu',
  'oppsMpRvu',
]);

/** A release's rows as the parsers produce them (numbers as JS numbers). */
async function releaseRows(tx: Tx, releaseId: string): Promise<RvuRecord[]> {
  const columns = RVU_COLUMNS.map(({ field }) =>
    NUMERIC.has(field) ? `"${field}"::float8 AS "${field}"` : `"${field}"`,
  );
  return tx.$queryRawUnsafe<RvuRecord[]>(
    `SELECT ${columns.join(', ')} FROM "RvuRow" WHERE "releaseId" = $1`,
    releaseId,
  );
}

export type CompareOutcome = { kind: 'conflict'; message: string } | { kind: 'ok'; summary: PprrvuSummary };

export async function compareWithRelease(
  tx: Tx,
  file: PprrvuFile,
  sourceFile: string,
): Promise<CompareOutcome> {
  const { meta } = file;
  const release = await tx.rvuRelease.findUniqueOrThrow({
    where: { id: meta.id },
    select: { sourceFile: true, conversionFactor: true, conversionFactorQp: true },
  });
  const rows = await releaseRows(tx, meta.id);
  const have = new Set(rows.map(rowKey));
  const fileKeys = new Set(file.rows.map(rowKey));
  const extra = file.rows.filter((r) => !have.has(rowKey(r)));
  const missing = rows.filter((r) => !fileKeys.has(rowKey(r))).length;
  const difference = firstRowDifference(rows, file.rows);
  const cf = release.conversionFactor === null ? null : Number(release.conversionFactor);
  const cfQp = release.conversionFactorQp === null ? null : Number(release.conversionFactorQp);
  const fits = (ours: number | null, theirs: number | null) =>
    ours === null || theirs === null || ours === theirs;
  const pair = file.qpp !== null;
  const base = { release: meta.id, from: release.sourceFile };
  const conflict = (why: string): CompareOutcome => ({
    kind: 'conflict',
    message: `Release ${base.release} is already imported from ${base.from}, and ${sourceFile} differs from it (${why}). Import with --replace to overwrite it, or give another id with --release.`,
  });
  if (difference) {
    const why = describeDifference(difference, base.from, sourceFile);
    if (pair)
      return {
        kind: 'conflict',
        message: `${sourceFile} cannot be added to ${base.release} (imported from ${base.from}): ${why}. The nonQPP and QPP files of a release carry the same RVUs; nothing was changed.`,
      };
    return conflict(why);
  }
  if (!fits(cf, file.conversionFactor) || !fits(cfQp, file.conversionFactorQp))
    return conflict(`conversion factor ${file.conversionFactor ?? file.conversionFactorQp}`);
  if (!pair && (extra.length > 0 || missing > 0 || cf !== file.conversionFactor))
    return conflict(`${extra.length} rows it lacks, ${missing} rows missing from ${sourceFile}`);

  const nextCf = cf ?? file.conversionFactor;
  const nextCfQp = cfQp ?? file.conversionFactorQp;
  const merged = extra.length > 0 || nextCf !== cf || nextCfQp !== cfQp;
  if (merged) {
    await insertRvuRows(tx, meta.id, extra);
    await tx.rvuRelease.update({
      where: { id: meta.id },
      data: { conversionFactor: nextCf, conversionFactorQp: nextCfQp, rowCount: rows.length + extra.length },
    });
    await upsertCodes(
      tx,
      extra.map((r) => ({ code: r.code, shortDescription: r.description || r.code })),
      'insert-only',
    );
  }
  return {
    kind: 'ok',
    summary: {
      kind: 'PPRRVU',
      releaseId: meta.id,
      title: meta.title,
      effectiveFrom: meta.effectiveFrom,
      releasedOn: meta.releasedOn,
      rows: file.rows.length,
      codes: new Set(file.rows.map((r) => r.code)).size,
      conversionFactor: nextCf,
      conversionFactorQp: nextCfQp,
      previousReleaseId: null,
      added: 0,
      changed: 0,
      removed: 0,
      examples: { added: [], changed: [], removed: [] },
      codesAdded: 0,
      codesUpdated: 0,
      replaced: null,
      existing: merged ? 'merged' : 'same',
      existingSource: release.sourceFile,
      rowsAddedToRelease: extra.length,
    },
  };
}
