// Benchmark reads, authorised by the actor: everyone sees the installation-wide sources (built-in,
// synthetic demo, or imported by a site admin without an organisation); organisation sources are
// visible to that organisation's members only. The membership condition is part of each query.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/session';
import { builtinSourceNotes } from './builtin';
import { MEDICARE_CAVEAT, MEDICARE_METRIC } from './medicare/caveat';
import type { PercentileTable } from './percentile';
import { resolveSpecialty } from './specialties';

export type BenchmarkSourceSummary = {
  id: string;
  key: string;
  publisher: string;
  survey: string;
  dataYear: number;
  rvuBasisYear: number | null;
  population: string | null;
  licenceNote: string | null;
  url: string | null;
  citation: string;
  builtIn: boolean;
  synthetic: boolean;
  /** SURVEY, or MEDICARE_DERIVED (built from CMS Medicare data; never blended with surveys). */
  kind: 'SURVEY' | 'MEDICARE_DERIVED';
  organization: { id: string; name: string } | null;
  rowCount: number;
  /** From builtin.ts for built-in sources (no database column yet); MEDICARE_CAVEAT for Medicare-derived. */
  quality: string | null;
  caveat: string | null;
};

export type BenchmarkTableRow = {
  specialty: string;
  segment: string;
  metric: string;
  table: PercentileTable;
  mean: number | null;
  respondents: number | null;
  note: string | null;
};

export type BenchmarkTable = {
  source: BenchmarkSourceSummary;
  /** Canonical specialty, or null when the name is not a known specialty. */
  specialty: string | null;
  /** Segments this source publishes for the specialty (empty = no data: point the user to import). */
  segments: string[];
  row: BenchmarkTableRow | null;
};

export type ListBenchmarkSourcesOptions = { actor: Actor; specialty?: string; includeSynthetic?: boolean };
export type GetBenchmarkTableOptions = {
  actor: Actor;
  sourceId: string;
  specialty: string;
  segment?: string;
  metric?: string;
};

function visibleTo(actor: Actor): Prisma.BenchmarkSourceWhereInput {
  return {
    OR: [{ organizationId: null }, { organization: { memberships: { some: { userId: actor.id } } } }],
  };
}

const sourceSelect = {
  id: true,
  key: true,
  publisher: true,
  survey: true,
  dataYear: true,
  rvuBasisYear: true,
  population: true,
  licenceNote: true,
  url: true,
  citation: true,
  builtIn: true,
  synthetic: true,
  kind: true,
  organization: { select: { id: true, name: true } },
  _count: { select: { rows: true } },
} satisfies Prisma.BenchmarkSourceSelect;

type SourceRecord = Prisma.BenchmarkSourceGetPayload<{ select: typeof sourceSelect }>;

function toSummary({ _count, ...s }: SourceRecord): BenchmarkSourceSummary {
  const notes = s.builtIn ? builtinSourceNotes(s.key) : null;
  const caveat = s.kind === 'MEDICARE_DERIVED' ? MEDICARE_CAVEAT : (notes?.caveat ?? null);
  return { ...s, rowCount: _count.rows, quality: notes?.quality ?? null, caveat };
}

/** Real built-ins first, then organisation/installation imports, newest data first; synthetic last. */
export async function listBenchmarkSources({
  actor,
  specialty,
  includeSynthetic = true,
}: ListBenchmarkSourcesOptions): Promise<BenchmarkSourceSummary[]> {
  const canonical = specialty === undefined ? undefined : resolveSpecialty(specialty);
  if (canonical === null) return [];
  const sources = await db.benchmarkSource.findMany({
    where: {
      AND: [
        visibleTo(actor),
        includeSynthetic ? {} : { synthetic: false },
        canonical ? { rows: { some: { specialty: canonical } } } : {},
      ],
    },
    select: sourceSelect,
    orderBy: [
      { synthetic: 'asc' },
      { builtIn: 'desc' },
      { dataYear: 'desc' },
      { publisher: 'asc' },
      { key: 'asc' },
    ],
  });
  return sources.map(toSummary);
}

/** For each source the actor may read, the specialties it has rows for (the chooser's labels). */
export async function listSourceSpecialties({ actor }: { actor: Actor }): Promise<Record<string, string[]>> {
  const rows = await db.benchmarkRow.groupBy({
    by: ['sourceId', 'specialty'],
    where: { source: visibleTo(actor) },
    orderBy: [{ sourceId: 'asc' }, { specialty: 'asc' }],
  });
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.sourceId] ??= []).push(r.specialty);
  return out;
}

const decimal = (d: Prisma.Decimal | null): number | null => (d === null ? null : d.toNumber());

/**
 * One specialty's row of a source. Without a segment it picks "all", or the only segment there is;
 * with several and none named, `row` is null and `segments` lists the choices. Throws NOT_FOUND for
 * a source the actor may not read, exactly as for one that does not exist.
 */
export async function getBenchmarkTable({
  actor,
  sourceId,
  specialty,
  segment,
  metric: wantedMetric,
}: GetBenchmarkTableOptions): Promise<BenchmarkTable> {
  const canonical = resolveSpecialty(specialty);
  const source = await db.benchmarkSource.findFirst({
    where: { AND: [{ id: sourceId }, visibleTo(actor)] },
    select: sourceSelect,
  });
  if (!source) throw new AppError('NOT_FOUND', 'Benchmark source not found.');
  const metric = wantedMetric ?? (source.kind === 'MEDICARE_DERIVED' ? MEDICARE_METRIC : 'wrvu_per_fte');
  const rows = canonical
    ? await db.benchmarkRow.findMany({ where: { sourceId, specialty: canonical, metric } })
    : [];
  // "all" first, then alphabetical regardless of case (the database collation is byte order).
  const rank = (segment: string) => (segment.toLowerCase() === 'all' ? '' : segment.toLowerCase());
  rows.sort((a, b) => rank(a.segment).localeCompare(rank(b.segment)));
  const wanted = segment?.trim().toLowerCase();
  const match = wanted
    ? rows.find((r) => r.segment.toLowerCase() === wanted)
    : (rows.find((r) => r.segment.toLowerCase() === 'all') ?? (rows.length === 1 ? rows[0] : undefined));
  return {
    source: toSummary(source),
    specialty: canonical,
    segments: rows.map((r) => r.segment),
    row: match
      ? {
          specialty: match.specialty,
          segment: match.segment,
          metric: match.metric,
          table: {
            p10: decimal(match.p10),
            p25: decimal(match.p25),
            p50: decimal(match.p50),
            p75: decimal(match.p75),
            p90: decimal(match.p90),
          },
          mean: decimal(match.mean),
          respondents: match.respondents,
          note: match.note,
        }
      : null,
  };
}
