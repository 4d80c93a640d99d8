// Which benchmark a physician is compared against. The rule: the source chosen in their profile
// (if they may read it and it has a row with percentiles for their specialty), else the best
// real built-in source for the specialty, else none: "No published benchmark for <specialty>".
// The synthetic demo set is used only for demo subjects (the demo account and its seeded
// colleagues; always labelled): no percentile, rank or target of a real user comes from it.
// A Medicare-derived source (kind MEDICARE_DERIVED) is never a default: it is used only when
// chosen in the profile, and carries its caveat. Visibility is that of the physician being
// benchmarked, not of an admin looking on.
// Resolved in one batch for the group view: two queries whatever the number of physicians.
import 'server-only';
import { sql } from '@/lib/db';
import { builtinSourceNotes } from '@/lib/benchmarks/builtin';
import { SYNTHETIC_LABEL } from '@/lib/benchmarks/synthetic';
import { MEDICARE_CAVEAT, MEDICARE_METRIC } from '@/lib/benchmarks/medicare/caveat';
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
  kind: 'SURVEY' | 'MEDICARE_DERIVED';
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

export type BenchmarkSubject = {
  id: string;
  specialty: string | null;
  benchmarkSourceId: string | null;
  /** A related specialty chosen explicitly in the profile: its row is used instead. */
  benchmarkSpecialty?: string | null;
  /** Only demo subjects may be compared with the synthetic set. */
  demo?: boolean;
};

type Candidate = {
  specialty: string;
  segment: string;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  respondents: number | null;
  source: {
    id: string;
    key: string;
    citation: string;
    dataYear: number;
    publisher: string;
    survey: string;
    synthetic: boolean;
    kind: 'SURVEY' | 'MEDICARE_DERIVED';
    builtIn: boolean;
    url: string | null;
    organizationId: string | null;
  };
};

async function loadCandidates(specialties: string[], chosenIds: string[]): Promise<Candidate[]> {
  if (specialties.length === 0) return [];
  return sql<Candidate>(
    `SELECT r.specialty, r.segment, r.p10::float8 AS p10, r.p25::float8 AS p25, r.p50::float8 AS p50, r.p75::float8 AS p75, r.p90::float8 AS p90, r.respondents,
            json_build_object('id', s.id, 'key', s.key, 'citation', s.citation, 'dataYear', s."dataYear", 'publisher', s.publisher, 'survey', s.survey,
              'synthetic', s.synthetic, 'kind', s.kind, 'builtIn', s."builtIn", 'url', s.url, 'organizationId', s."organizationId") AS source
     FROM "BenchmarkRow" r JOIN "BenchmarkSource" s ON s.id = r."sourceId"
     WHERE r.specialty = ANY($1::text[]) AND (s."builtIn" OR s.id = ANY($2::text[]))
       AND r.metric = CASE WHEN s.kind = 'MEDICARE_DERIVED' THEN $3 ELSE 'wrvu_per_fte' END`,
    [specialties, chosenIds, MEDICARE_METRIC],
  );
}

function tableOf(c: Candidate): PercentileTable {
  return { p10: c.p10, p25: c.p25, p50: c.p50, p75: c.p75, p90: c.p90 };
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
    kind: c.source.kind,
    quality: notes?.quality ?? null,
    caveat: c.source.kind === 'MEDICARE_DERIVED' ? MEDICARE_CAVEAT : (notes?.caveat ?? null),
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
export async function resolveBenchmarks(
  subjects: readonly BenchmarkSubject[],
): Promise<Map<string, ResolvedBenchmark | null>> {
  const canonical = new Map(
    subjects.map((s) => {
      const chosen = s.benchmarkSpecialty ?? s.specialty;
      return [s.id, chosen ? resolveSpecialty(chosen) : null];
    }),
  );
  const specialties = [...new Set([...canonical.values()].filter((s): s is string => s !== null))];
  const chosenIds = [...new Set(subjects.map((s) => s.benchmarkSourceId).filter((s): s is string => !!s))];
  const [candidates, memberships] = await Promise.all([
    loadCandidates(specialties, chosenIds),
    // Organisation sources are readable by that organisation's members only.
    chosenIds.length
      ? sql<{ userId: string; organizationId: string }>(
          `SELECT m."userId", m."organizationId" FROM "Membership" m
           WHERE m."userId" = ANY($1::text[]) AND EXISTS (SELECT 1 FROM "BenchmarkSource" s WHERE s."organizationId" = m."organizationId" AND s.id = ANY($2::text[]))`,
          [subjects.map((s) => s.id), chosenIds],
        )
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
    // Invented numbers never reach a real user, whether by default or chosen in the profile.
    const forSpecialty = candidates.filter(
      (c) => c.specialty === specialty && (subject.demo || !c.source.synthetic),
    );
    let note: string | null = null;
    if (subject.benchmarkSourceId) {
      const rows = forSpecialty.filter(
        (c) =>
          c.source.id === subject.benchmarkSourceId &&
          (c.source.organizationId === null || memberOf.has(`${subject.id}|${c.source.organizationId}`)),
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
    const synthetic = subject.demo
      ? bestRow(forSpecialty.filter((c) => c.source.builtIn && c.source.synthetic))
      : null;
    out.set(subject.id, synthetic ? toResolved(synthetic, 'synthetic', note) : null);
  }
  return out;
}

export async function resolveBenchmark(subject: BenchmarkSubject): Promise<ResolvedBenchmark | null> {
  return (await resolveBenchmarks([subject])).get(subject.id) ?? null;
}
