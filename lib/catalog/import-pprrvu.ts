// Writing one parsed PPRRVU release inside the import transaction: the RvuRelease row, its RvuRows,
// Code rows for its codes, and the summary against the previous release (rows added, changed in work
// RVU or status, removed). A release of the same id loaded from the old starter subset is replaced; a
// fully imported one is only replaced when the caller asks, except that the same rows again (the
// release's CSV, TXT or XLSX, whichever came first) change nothing, and the other file of a CY2026
// pair (nonQPP / QPP) adds its conversion factor (see release-merge.ts).
import 'server-only';
import { AppError } from '@/lib/errors';
import { insertRvuRows, upsertCodes, type CodeFacts, type Tx } from './import-sql';
import type { PprrvuSummary } from './import-summary';
import { compareWithRelease } from './release-merge';
import type { PprrvuFile } from './types';

type Diff = {
  added: number;
  changed: number;
  removed: number;
  added_ex: string[];
  changed_ex: string[];
  removed_ex: string[];
};

async function diffAgainst(tx: Tx, releaseId: string, previousId: string): Promise<Diff> {
  const key = `CASE WHEN coalesce(n.modifier, p.modifier) = '' THEN coalesce(n.code, p.code) ELSE coalesce(n.code, p.code) || '-' || coalesce(n.modifier, p.modifier) END`;
  const [diff] = await tx.$queryRawUnsafe<Diff[]>(
    `WITH n AS (SELECT code, modifier, "workRvu", status FROM "RvuRow" WHERE "releaseId" = $1),
          p AS (SELECT code, modifier, "workRvu", status FROM "RvuRow" WHERE "releaseId" = $2),
          d AS (
            SELECT ${key} AS k,
                   CASE WHEN p.code IS NULL THEN 'added' WHEN n.code IS NULL THEN 'removed'
                        WHEN n."workRvu" IS DISTINCT FROM p."workRvu" OR n.status <> p.status THEN 'changed' END AS change
            FROM n FULL JOIN p ON n.code = p.code AND n.modifier = p.modifier)
     SELECT count(*) FILTER (WHERE change = 'added')::int AS added,
            count(*) FILTER (WHERE change = 'changed')::int AS changed,
            count(*) FILTER (WHERE change = 'removed')::int AS removed,
            coalesce((array_agg(k ORDER BY k) FILTER (WHERE change = 'added'))[1:20], '{}') AS added_ex,
            coalesce((array_agg(k ORDER BY k) FILTER (WHERE change = 'changed'))[1:20], '{}') AS changed_ex,
            coalesce((array_agg(k ORDER BY k) FILTER (WHERE change = 'removed'))[1:20], '{}') AS removed_ex
     FROM d`,
    releaseId,
    previousId,
  );
  return diff;
}

export async function writePprrvu(
  tx: Tx,
  file: PprrvuFile,
  opts: {
    sha256: string;
    sourceFile: string;
    replace?: boolean;
    onRows?: (done: number, total: number) => void;
  },
): Promise<PprrvuSummary> {
  const { meta, rows } = file;
  const existing = await tx.rvuRelease.findUnique({
    where: { id: meta.id },
    select: { starter: true, sourceFile: true },
  });
  if (existing && !existing.starter && !opts.replace) {
    const outcome = await compareWithRelease(tx, file, opts.sourceFile);
    if (outcome.kind === 'conflict') throw new AppError('CONFLICT', outcome.message);
    return outcome.summary;
  }
  if (existing) await tx.rvuRelease.delete({ where: { id: meta.id } }); // its rows go with it (cascade)

  const effectiveFrom = new Date(`${meta.effectiveFrom}T00:00:00Z`);
  await tx.rvuRelease.create({
    data: {
      id: meta.id,
      year: meta.year,
      quarter: meta.quarter,
      effectiveFrom,
      releasedOn: meta.releasedOn ? new Date(`${meta.releasedOn}T00:00:00Z`) : null,
      conversionFactor: file.conversionFactor,
      conversionFactorQp: file.conversionFactorQp,
      title: meta.title,
      sourceFile: opts.sourceFile,
      sha256: opts.sha256,
      rowCount: rows.length,
      starter: false,
    },
  });
  await insertRvuRows(tx, meta.id, rows, (done) => opts.onRows?.(done, rows.length));

  // One Code per code: the descriptor of the global row (no modifier) where there is one.
  const facts = new Map<string, CodeFacts>();
  for (const r of rows)
    if (!facts.has(r.code) || r.modifier === '')
      facts.set(r.code, { code: r.code, shortDescription: r.description });
  // Only the newest release refreshes descriptors; importing an older one for history adds codes only.
  const newer = await tx.rvuRelease.count({ where: { effectiveFrom: { gt: effectiveFrom } } });
  const codes = await upsertCodes(tx, [...facts.values()], newer > 0 ? 'insert-only' : 'short');

  const previous = await tx.rvuRelease.findFirst({
    where: { effectiveFrom: { lt: effectiveFrom } },
    orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  const diff = previous ? await diffAgainst(tx, meta.id, previous.id) : null;
  return {
    kind: 'PPRRVU',
    releaseId: meta.id,
    title: meta.title,
    effectiveFrom: meta.effectiveFrom,
    releasedOn: meta.releasedOn,
    rows: rows.length,
    codes: facts.size,
    conversionFactor: file.conversionFactor,
    conversionFactorQp: file.conversionFactorQp,
    previousReleaseId: previous?.id ?? null,
    added: diff?.added ?? rows.length,
    changed: diff?.changed ?? 0,
    removed: diff?.removed ?? 0,
    examples: {
      added: diff?.added_ex ?? [],
      changed: diff?.changed_ex ?? [],
      removed: diff?.removed_ex ?? [],
    },
    codesAdded: codes.added,
    codesUpdated: codes.updated,
    replaced: existing ? (existing.starter ? 'starter' : 'release') : null,
  };
}
