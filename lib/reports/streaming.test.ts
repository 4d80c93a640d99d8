// Large exports stream in bounded memory: 100,000 entries (inserted with SQL generate_series for
// speed) are exported as CSV and XLSX while the retained heap is sampled after forced collections.
// The figure is printed; it must stay well below the size of the data.
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/reports/streaming.test.ts
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { createTestUser } from '@/lib/testing/factories';
import { createExport } from './export';
import { queryInput, reportQuerySchema } from './schemas';
import { toBuffer } from './stream';

const N = 100_000;
const AS_OF = '2025-12-31';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

let actor: Actor;
let sqlHundredths: number;

beforeAll(async () => {
  actor = await createTestUser({ name: 'Dr. Volume' });
  // Credited values cycle through real-looking decimals; dates spread over 2025.
  await db.$executeRaw`
    insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", setting, note, "baseWorkRvu", "creditedWrvu", "releaseId", status, "updatedAt")
    select 'bulk-' || i, ${actor.id}, date '2025-01-01' + (i % 365), (array['99213','27447','20610','99214'])[1 + i % 4], '{}', 1, 'enc-' || i, 'FACILITY',
           case when i % 1000 = 0 then '=cmd|'' /C calc''!A0, note ' || i else 'Routine case, uneventful; follow-up in clinic ' || i end,
           (array[1.30, 19.60, 0.79, 1.92])[1 + i % 4], (array[1.30, 19.60, 0.40, 1.92])[1 + i % 4], 'RVU25D', 'A', now()
    from generate_series(1, ${N}) as i`;
  const [row] = await db.$queryRaw<
    { wrvu: string }[]
  >`select sum("creditedWrvu")::text as wrvu from "LogEntry" where "userId" = ${actor.id}`;
  sqlHundredths = Math.round(Number(row.wrvu) * 100);
}, 120_000);

/** Drains an export chunk by chunk, keeping nothing, and samples the retained heap. */
async function drainMeasured(format: 'csv' | 'xlsx' | 'pdf') {
  const query = reportQuerySchema.parse(
    queryInput(format, new URLSearchParams('range=fytd&contents=entries')),
  );
  const before = heap();
  const file = await createExport({ actor, query, asOf: AS_OF });
  let bytes = 0;
  let peak = 0;
  const started = performance.now();
  let sampled = started;
  for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (performance.now() - sampled > 200) {
      peak = Math.max(peak, heap() - before);
      sampled = performance.now();
    }
  }
  peak = Math.max(peak, heap() - before);
  return { bytes, peak, ms: performance.now() - started };
}

describe('streaming 100,000 entries', () => {
  it('CSV: complete, exact, and the retained heap stays far below the data size', async () => {
    const { bytes, peak, ms } = await drainMeasured('csv');
    console.log(
      `CSV ${N.toLocaleString('en-US')} entries: ${mb(bytes)} written in ${ms.toFixed(0)} ms; peak retained heap growth ${mb(peak)} (${((peak / bytes) * 100).toFixed(1)}% of the file)`,
    );
    // One 2,000-row batch and its text are in flight at a time; all 100,000 rows would be ~50x that.
    expect(peak).toBeLessThan(bytes / 3);
    expect(peak).toBeLessThan(16 * 1024 * 1024);

    // Correctness, on a second export read whole (outside the measurement).
    const query = reportQuerySchema.parse(
      queryInput('csv', new URLSearchParams('range=fytd&contents=entries')),
    );
    const text = (await toBuffer((await createExport({ actor, query, asOf: AS_OF })).body)).toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(text.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(N);
    expect(parsed.data.reduce((s, r) => s + Math.round(Number(r['Credited wRVU']) * 100), 0)).toBe(
      sqlHundredths,
    );
    const formulas = parsed.data.map((r) => r.Note).filter((n) => n.includes('cmd|'));
    expect(formulas).toHaveLength(N / 1000);
    expect(formulas.every((n) => n.startsWith("'="))).toBe(true);
  }, 120_000);

  it('XLSX: complete, and the retained heap stays far below the data size', async () => {
    const { bytes, peak, ms } = await drainMeasured('xlsx');
    console.log(
      `XLSX ${N.toLocaleString('en-US')} entries: ${mb(bytes)} written in ${ms.toFixed(0)} ms; peak retained heap growth ${mb(peak)}`,
    );
    // The zipped file is small; compare with the uncompressed sheet (about 4x the CSV) instead.
    expect(peak).toBeLessThan(40 * 1024 * 1024);

    const query = reportQuerySchema.parse(
      queryInput('xlsx', new URLSearchParams('range=fytd&contents=entries')),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await toBuffer((await createExport({ actor, query, asOf: AS_OF })).body)) as unknown as ArrayBuffer,
    );
    expect(workbook.getWorksheet('Entries')!.rowCount).toBe(N + 1);
  }, 180_000);

  it('PDF: every entry on numbered pages, flushed as written, so the heap stays bounded', async () => {
    const { bytes, peak, ms } = await drainMeasured('pdf');
    console.log(
      `PDF ${N.toLocaleString('en-US')} entries: ${mb(bytes)} written in ${ms.toFixed(0)} ms; peak retained heap growth ${mb(peak)}`,
    );
    // Holding every page until the end (pdfkit's bufferPages) took well over 1 GB here.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  }, 180_000);
});
