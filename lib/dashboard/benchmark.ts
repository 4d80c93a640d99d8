// Which benchmark a physician is compared against. The rule: the source chosen in their profile
// (if they may read it and it has a row with percentiles for their specialty), else the best
// real built-in source for the specialty, else the synthetic demo set (always labelled), else
// none. Visibility is that of the physician being benchmarked, not of an admin looking on.
// Resolved in one batch for the group view: two queries whatever the number of physicians.
import 'server-only';
import { db } from '@/lib/db';
import { builtinSourceNotes } from '@/lib/benchmarks/builtin';
import { SYNTHETIC_LABEL } from '@/lib/benchmarks/synthetic';
import { publishedPoints, type PercentileTable } from '@/lib/benchmarks/percentile';
import { resolveSpecialty } from '@/lib/benchmarks/specialties';

export type BenchmarkChoice = 'profile' | 'builtin' | 'synthetic';

export type ResolvedBenchmark = {
  sourceId: string;
  citation: string;
  dataYear: number;
  publisher: string;
  survey: string;
  synthetic: boolean;
  quality: string | null;
  caveat: string | null;
  url: string | null;
  specialty: string;
  segment: string;
  respondents: number | null;
  table: PercentileTable;
  chosen: BenchmarkChoice;
  /** Why the profile's source was not used, when it was set but could not be. */
  note: string | null;
  /** Exactly "Synthetic demo data - not survey data" for the synthetic set, else null. */
  label: string | null;
};

export type BenchmarkSubject = { id: string; specialty: string | null; benchmarkSourceId: string | null };

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

type Candidate = Awaited<ReturnType<typeof loadCandidates>>[number];

async function loadCandidates(specialties: string[], chosenIds: string[]) {
  if (specialties.length === 0) return [];
  return db.benchmarkRow.findMany({
    where: {
      specialty: { in: specialties },
      metric: 'wrvu_per_fte',
      source: { OR: [{ builtIn: true }, { id: { in: chosenIds } }] },
    },
    select: {
      specialty: true,
      segment: true,
      p10: true,
      p25: true,
      p50: true,
      p75: true,
      p90: true,
      respondents: true,
      source: {
        select: { id: true, key: true, citation: true, dataYear: true, publisher: true, survey: true, synthetic: true, builtIn: true, url: true, organizationId: true },
      },
    },
  });
}

function tableOf(c: Candidate): PercentileTable {
  return { p10: num(c.p10), p25: num(c.p25), p50: num(c.p50), p75: num(c.p75), p90: num(c.p90) };
}

function published(c: Candidate): number {
  try {
    return publishedPoints(tableOf(c)).length;
  } catch {
    return 0; // a corrupt (decreasing) row is never used
  }
}

/** Best row of one source for a specialty: segment "all", else the row with most percentiles. */
function bestRow(rows: Candidate[]): Candidate | null {
  const usable = rows.filter((r) => published(r) > 0);
  usable.sort(
    (a, b) =>
      Number(b.segment.toLowerCase() === 'all') - Number(a.segment.toLowerCase() === 'all') ||
      published(b) - published(a) ||
      b.source.dataYear - a.source.dataYear ||
      a.source.key.localeCompare(b.source.key),
  );
  return usable[0] ?? null;
}

function toResolved(c: Candidate, chosen: BenchmarkChoice, note: string | null): ResolvedBenchmark {
  const notes = c.source.builtIn ? builtinSourceNotes(c.source.key) : null;
  return {
    sourceId: c.source.id,
    citation: c.source.citation,
    dataYear: c.source.dataYear,
    publisher: c.source.publisher,
    survey: c.source.survey,
    synthetic: c.source.synthetic,
    quality: notes?.quality ?? null,
    caveat: notes?.caveat ?? null,
    url: c.source.url,
    specialty: c.specialty,
    segment: c.segment,
    respondents: c.respondents,
    table: tableOf(c),
    chosen,
    note,
    label: c.source.synthetic ? SYNTHETIC_LABEL : null,
  };
}

/** Resolves the benchmark of each subject; the map holds null for a subject with none. */
export async function resolveBenchmarks(subjects: readonly BenchmarkSubject[]): Promise<Map<string, ResolvedBenchmark | null>> {
  const canonical = new Map(subjects.map((s) => [s.id, s.specialty ? resolveSpecialty(s.specialty) : null]));
  const specialties = [...new Set([...canonical.values()].filter((s): s is string => s !== null))];
  const chosenIds = [...new Set(subjects.map((s) => s.benchmarkSourceId).filter((s): s is string => !!s))];
  const [candidates, memberships] = await Promise.all([
    loadCandidates(specialties, chosenIds),
    // Organisation sources are readable by that organisation's members only.
    chosenIds.length
      ? db.membership.findMany({
          where: { userId: { in: subjects.map((s) => s.id) }, organization: { benchmarks: { some: { id: { in: chosenIds } } } } },
          select: { userId: true, organizationId: true },
        })
      : Promise.resolve([]),
  ]);
  const memberOf = new Set(memberships.map((m) => `${m.userId}|${m.organizationId}`));

  const out = new Map<string, ResolvedBenchmark | null>();
  for (const subject of subjects) {
    const specialty = canonical.get(subject.id) ?? null;
    if (!specialty) {
      out.set(subject.id, null);
      continue;
    }
    const forSpecialty = candidates.filter((c) => c.specialty === specialty);
    let note: string | null = null;
    if (subject.benchmarkSourceId) {
      const rows = forSpecialty.filter(
        (c) => c.source.id === subject.benchmarkSourceId && (c.source.organizationId === null || memberOf.has(`${subject.id}|${c.source.organizationId}`)),
      );
      const row = bestRow(rows);
      if (row) {
        out.set(subject.id, toResolved(row, 'profile', null));
        continue;
      }
      note = `Your chosen benchmark source has no percentiles for ${specialty}; showing the default instead.`;
    }
    const real = bestRow(forSpecialty.filter((c) => c.source.builtIn && !c.source.synthetic));
    if (real) {
      out.set(subject.id, toResolved(real, 'builtin', note));
      continue;
    }
    const synthetic = bestRow(forSpecialty.filter((c) => c.source.builtIn && c.source.synthetic));
    out.set(subject.id, synthetic ? toResolved(synthetic, 'synthetic', note) : null);
  }
  return out;
}

export async function resolveBenchmark(subject: BenchmarkSubject): Promise<ResolvedBenchmark | null> {
  return (await resolveBenchmarks([subject])).get(subject.id) ?? null;
}
