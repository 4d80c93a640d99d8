// Benchmark writes: the idempotent seed of the built-in sources, and CSV imports.
//
// Who may import: an ADMIN member of an organisation imports for that organisation (checked by a
// Membership query). With no organisation the table becomes installation-wide, visible to every
// user, so only a site ADMIN may do that. A plain user cannot import a personal table: the schema
// has no owner-user column, and a source without an organisation would be visible to everyone
// (requested: BenchmarkSource.ownerUserId). The CLI runs with the operator's database access and
// uses importBenchmarkCsvAsOperator, which must never be reachable from a request.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, isUniqueViolation } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import { parseBenchmarkCsv, type BenchmarkCsvRow, type CsvError } from './csv';
import { benchmarkSourceInputSchema, type BenchmarkSourceInput } from './schemas';

export { seedBuiltinBenchmarks } from './seed';

export type ImportBenchmarkCsvOptions = {
  actor: Actor;
  organizationId: string | null;
  /** The source block (publisher, survey, dataYear, ...): parsed here with benchmarkSourceInputSchema. */
  source: unknown;
  csvText: string;
  /** Re-importing the same publisher + survey + data year replaces its rows instead of failing. */
  replace?: boolean;
};

export type ImportBenchmarkResult =
  | { ok: true; sourceId: string; key: string; rowCount: number; replaced: boolean }
  | { ok: false; errors: CsvError[] };

export async function importBenchmarkCsv({
  actor,
  organizationId,
  source,
  csvText,
  replace = false,
}: ImportBenchmarkCsvOptions): Promise<ImportBenchmarkResult> {
  if (organizationId !== null) {
    const admin = await db.membership.findFirst({
      where: { userId: actor.id, organizationId, role: 'ADMIN' },
      select: { id: true },
    });
    // The same answer whether the organisation exists or not: nothing leaks about other organisations.
    if (!admin)
      throw new AppError(
        'FORBIDDEN',
        'Only an administrator of this organisation can import its benchmark tables.',
      );
  } else if (actor.role !== 'ADMIN') {
    throw new AppError(
      'FORBIDDEN',
      'Benchmark tables are imported for an organisation by one of its administrators.',
    );
  }
  return validateAndWrite({ actorId: actor.id, organizationId, source, csvText, replace });
}

/** For scripts/benchmarks-import.ts only: trusted by virtue of running with DATABASE_URL. */
export async function importBenchmarkCsvAsOperator(options: {
  organizationSlug: string | null;
  source: unknown;
  csvText: string;
  replace?: boolean;
}): Promise<ImportBenchmarkResult> {
  let organizationId: string | null = null;
  if (options.organizationSlug !== null) {
    const org = await db.organization.findUnique({
      where: { slug: options.organizationSlug },
      select: { id: true },
    });
    if (!org) throw new AppError('NOT_FOUND', `No organisation with slug "${options.organizationSlug}".`);
    organizationId = org.id;
  }
  return validateAndWrite({ actorId: null, organizationId, ...options, replace: options.replace ?? false });
}

/** Everything is validated before the one transaction starts: an invalid file writes nothing. */
async function validateAndWrite(input: {
  actorId: string | null;
  organizationId: string | null;
  source: unknown;
  csvText: string;
  replace: boolean;
}): Promise<ImportBenchmarkResult> {
  const source = benchmarkSourceInputSchema.safeParse(input.source);
  if (!source.success)
    throw new AppError('VALIDATION', 'Please correct the source details.', fieldErrors(source.error.issues));
  const parsed = parseBenchmarkCsv(input.csvText);
  if (!parsed.ok) return parsed;
  try {
    return await writeImport({ ...input, source: source.data, rows: parsed.rows });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError('CONFLICT', 'This table was imported at the same moment by someone else.');
    throw err;
  }
}

// Not lib/action's helper: importing it would pull the session (next-auth) into the CLI.
function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.map(String).join('.') || '_form'] ??= []).push(issue.message);
  return out;
}

/** Imported keys contain a colon, which built-in keys never do, so the two can never collide. */
function importKey(organizationId: string | null, s: BenchmarkSourceInput): string {
  const slug = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
  return `${organizationId ?? 'site'}:${slug(s.publisher)}-${slug(s.survey)}-${s.dataYear}`;
}

async function writeImport(input: {
  actorId: string | null;
  organizationId: string | null;
  source: BenchmarkSourceInput;
  rows: BenchmarkCsvRow[];
  replace: boolean;
}) {
  const { actorId, organizationId, source: s, rows, replace } = input;
  const key = importKey(organizationId, s);
  const fields = {
    publisher: s.publisher,
    survey: s.survey,
    dataYear: s.dataYear,
    rvuBasisYear: s.rvuBasisYear ?? null,
    population: s.population ?? null,
    licenceNote: s.licenceNote ?? null,
    url: s.url ?? null,
    citation: s.citation ?? `${s.publisher}, ${s.survey} (data year ${s.dataYear})`,
  };
  return db.$transaction(
    async (tx) => {
      const existing = await tx.benchmarkSource.findUnique({ where: { key }, select: { id: true } });
      if (existing && !replace) {
        throw new AppError(
          'CONFLICT',
          `${s.publisher} ${s.survey} (${s.dataYear}) is already imported here. Replace it to load new figures.`,
        );
      }
      const saved = existing
        ? await tx.benchmarkSource.update({ where: { id: existing.id }, data: fields, select: { id: true } })
        : await tx.benchmarkSource.create({ data: { key, organizationId, ...fields }, select: { id: true } });
      if (existing) await tx.benchmarkRow.deleteMany({ where: { sourceId: saved.id } });
      await tx.benchmarkRow.createMany({
        data: rows.map(({ line: _line, ...row }) => ({ sourceId: saved.id, ...row })),
      });
      await tx.auditEvent.create({
        data: {
          actorId,
          entityType: 'BenchmarkSource',
          entityId: saved.id,
          action: existing ? 'benchmark.replace' : 'benchmark.import',
          after: { key, organizationId, rowCount: rows.length, via: actorId ? 'app' : 'cli' },
        },
      });
      return { ok: true as const, sourceId: saved.id, key, rowCount: rows.length, replaced: !!existing };
    },
    { timeout: 60_000 },
  );
}
