// Idempotent seed of the built-in benchmark sources (builtin.ts): upserts each source by its stable
// key and each row by (source, specialty, segment, metric), removes rows and built-in sources the
// code no longer ships, and leaves imported sources alone. Run at start-up or from scripts/seed.ts.
import 'server-only';
import { db } from '@/lib/db';
import { BUILTIN_SOURCES } from './builtin';

export type SeedBuiltinResult = { sources: number; rows: number; removedSources: number };

export async function seedBuiltinBenchmarks(): Promise<SeedBuiltinResult> {
  const keys = BUILTIN_SOURCES.map((s) => s.key);
  return db.$transaction(
    async (tx) => {
      // A built-in key held by an imported source would mean the two were confused: refuse loudly.
      const clash = await tx.benchmarkSource.findFirst({
        where: { key: { in: keys }, builtIn: false },
        select: { key: true },
      });
      if (clash) throw new Error(`Benchmark source key "${clash.key}" belongs to an imported source`);
      let rowCount = 0;
      for (const { rows, quality: _q, caveat: _c, ...source } of BUILTIN_SOURCES) {
        const fields = { ...source, builtIn: true, organizationId: null };
        const saved = await tx.benchmarkSource.upsert({
          where: { key: source.key },
          create: fields,
          update: fields,
          select: { id: true },
        });
        await tx.benchmarkRow.deleteMany({
          where: {
            sourceId: saved.id,
            NOT: {
              OR: rows.map((r) => ({ specialty: r.specialty, segment: r.segment, metric: 'wrvu_per_fte' })),
            },
          },
        });
        for (const row of rows) {
          const values = {
            p10: row.p10 ?? null,
            p25: row.p25 ?? null,
            p50: row.p50 ?? null,
            p75: row.p75 ?? null,
            p90: row.p90 ?? null,
            mean: row.mean ?? null,
            respondents: row.respondents ?? null,
            note: row.note ?? null,
          };
          const identity = {
            sourceId: saved.id,
            specialty: row.specialty,
            segment: row.segment,
            metric: 'wrvu_per_fte',
          };
          await tx.benchmarkRow.upsert({
            where: { sourceId_specialty_segment_metric: identity },
            create: { ...identity, ...values },
            update: values,
          });
          rowCount++;
        }
      }
      const removed = await tx.benchmarkSource.deleteMany({ where: { builtIn: true, key: { notIn: keys } } });
      return { sources: BUILTIN_SOURCES.length, rows: rowCount, removedSources: removed.count };
    },
    { timeout: 60_000 },
  );
}
