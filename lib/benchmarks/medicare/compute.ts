// Streams the CSV through papaparse (one parsed chunk at a time) into the accumulator. The header row
// is mapped by name first; a file missing a required column is refused before any row is counted.
import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import {
  MedicareAccumulator,
  type MedicareDistribution,
  type MedicareStats,
  type WorkRvuLookup,
} from './aggregate';
import { mapMedicareColumns } from './columns';

export type ComputeResult =
  | { ok: true; distributions: MedicareDistribution[]; stats: MedicareStats; columns: Record<string, string> }
  | { ok: false; missing: string[]; message: string };

export function computeMedicareDistributions(options: {
  stream: Readable;
  workRvu: WorkRvuLookup;
  minServices: number;
}): Promise<ComputeResult> {
  const { stream, workRvu, minServices } = options;
  stream.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let acc: MedicareAccumulator | null = null;
    let columns: Record<string, string> = {};
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      stream.destroy();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    Papa.parse<string[]>(stream as unknown as File, {
      header: false,
      skipEmptyLines: true,
      chunk: (results, parser) => {
        if (settled) return;
        try {
          let rows = results.data;
          if (!acc) {
            const mapping = mapMedicareColumns(rows[0] ?? []);
            if (!mapping.ok) {
              settled = true;
              parser.abort();
              stream.destroy();
              return resolve(mapping);
            }
            columns = mapping.matched;
            acc = new MedicareAccumulator(workRvu, mapping.indexes);
            rows = rows.slice(1);
          }
          for (const row of rows) acc.add(row);
        } catch (err) {
          parser.abort();
          fail(err);
        }
      },
      complete: () => {
        if (settled) return;
        settled = true;
        if (!acc) {
          const empty = mapMedicareColumns([]);
          return resolve(empty.ok ? { ok: false, missing: [], message: 'The file is empty.' } : empty);
        }
        const distributions = acc.finish(minServices);
        resolve({ ok: true, distributions, stats: acc.stats, columns });
      },
      error: (err: unknown) => fail(err),
    });
    stream.on('error', fail);
  });
}
