// npm run bench:reconcile — a 50,000-line productivity report against a 50,000-entry log with 2 %
// seeded discrepancies of every cause. Times parse + match + explain (reading the log and the
// catalog included; seeding excluded), prints memory, and checks that every seeded discrepancy is
// found with its cause and nothing else is. Target (issue 16): <= 5 s.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importCatalogFile } from '@/lib/catalog/import';
import { getDb } from '@/lib/db';
import { loadPolicy, loadPricingCatalog, priceWithCatalog, pricedEntryFields } from '@/lib/logs/pricing';
import { prepareReport } from '@/lib/reconcile/prepare';
import { runReconciliation } from '@/lib/reconcile/run';
import type { ProcedureLine } from '@/lib/rvu/types';

const N = Number(process.env.BENCH_LINES || 50_000);
const SEEDS = Math.round(N * 0.02);
const CAUSES = [
  'missed-charge',
  'not-logged',
  'units',
  'modifier',
  'multiple-procedure',
  'other-release',
  'unexplained',
];
const PER_CAUSE = Math.floor(SEEDS / CAUSES.length);
const EM = ['99213', '99214', '99232', '99233', '99223', '90834'];
const DAYS = Array.from({ length: 92 }, (_, i) =>
  new Date(Date.UTC(2025, 9, 1) + i * 86_400_000).toISOString().slice(0, 10),
);
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

async function importFile(rel: string) {
  const file = path.resolve(process.cwd(), '../shared/data/cms', rel);
  await importCatalogFile({ buffer: new Uint8Array(readFileSync(file)), fileName: path.basename(file) });
}

async function main() {
  await importFile('pfs/RVU25D/PPRRVU2025_Oct.csv');
  await importFile('pfs/RVU24B/RVU24B.zip');
  const db = getDb();
  const user = await db.user.create({
    data: { email: `bench-${randomUUID()}@bench.local`, name: 'Bench Physician', passwordHash: 'x' },
    select: { id: true, email: true, name: true, role: true },
  });

  // The log: single-visit encounters, and every 10th slot a knee replacement with an injection (MPR).
  const lines: ProcedureLine[] = [];
  for (let slot = 0; lines.length < N; slot++) {
    const date = DAYS[slot % DAYS.length];
    if (slot % 10 === 0) {
      for (const code of ['27447', '20610'])
        lines.push({
          id: randomUUID(),
          dateOfService: date,
          code,
          modifiers: [],
          units: 1,
          encounterKey: `s${slot}`,
        });
    } else
      lines.push({
        id: randomUUID(),
        dateOfService: date,
        code: EM[slot % EM.length],
        modifiers: [],
        units: 1,
        encounterKey: `v${slot}`,
      });
  }
  lines.length = N;
  const catalog = await loadPricingCatalog(db, lines);
  const forced24 = await loadPricingCatalog(db, lines, undefined, { forceReleaseId: 'RVU24B' });
  const policy = await loadPolicy(db, user.id);
  const priced = priceWithCatalog(lines, catalog, policy);
  const byEncounter = new Map<string, number[]>();
  lines.forEach((l, i) => byEncounter.set(l.encounterKey, [...(byEncounter.get(l.encounterKey) ?? []), i]));
  const variant = (i: number, change: Partial<ProcedureLine>, c = catalog, p = policy) => {
    const group = byEncounter
      .get(lines[i].encounterKey)!
      .map((j) => (j === i ? { ...lines[j], ...change } : lines[j]));
    return priceWithCatalog(group, c, p).find((r) => r.lineId === lines[i].id)!.creditedWrvu;
  };
  for (let s = 0; s < N; s += 5_000)
    await db.logEntry.createMany({
      data: lines.slice(s, s + 5_000).map((l, k) => ({
        id: l.id,
        userId: user.id,
        dateOfService: new Date(`${l.dateOfService}T00:00:00Z`),
        code: l.code,
        modifiers: l.modifiers,
        units: l.units,
        encounterKey: l.encounterKey,
        ...pricedEntryFields(priced[s + k], policy),
      })),
    });

  // The report: one line per entry, with the seeded discrepancies.
  const seeded: string[] = [];
  const report: string[][] = [];
  const pick = (code: string, n: number, taken: Set<number>) => {
    const out: number[] = [];
    for (let i = 0; i < N && out.length < n; i += 7) if (lines[i].code === code && !taken.has(i)) out.push(i);
    for (let i = 0; i < N && out.length < n; i++)
      if (lines[i].code === code && !taken.has(i) && !out.includes(i)) out.push(i);
    out.forEach((i) => taken.add(i));
    return out;
  };
  const taken = new Set<number>();
  const plan = new Map<number, { cause: string; mods?: string[]; units?: number; wrvu: number }>();
  const seed = (i: number, cause: string, over: { mods?: string[]; units?: number; wrvu: number }) => {
    plan.set(i, { cause, ...over });
    seeded.push(
      `${cause === 'missed-charge' ? 'log-only' : 'credited-differently'}|${cause}|${lines[i].dateOfService}|${lines[i].code}`,
    );
  };
  for (const i of pick('99232', PER_CAUSE, taken)) seed(i, 'missed-charge', { wrvu: 0 });
  for (const i of pick('99213', PER_CAUSE, taken))
    seed(i, 'units', { units: 2, wrvu: variant(i, { units: 2 }) });
  for (const i of pick('27447', PER_CAUSE, taken))
    seed(i, 'modifier', { mods: ['80'], wrvu: variant(i, { modifiers: ['80'] }) });
  for (const i of pick('20610', PER_CAUSE, taken))
    seed(i, 'multiple-procedure', {
      wrvu: variant(i, {}, catalog, { ...policy, multipleProcedureReduction: false }),
    });
  for (const i of pick('90834', PER_CAUSE, taken))
    seed(i, 'other-release', { wrvu: variant(i, {}, forced24) });
  for (const i of pick('99214', PER_CAUSE, taken))
    seed(i, 'unexplained', { wrvu: priced[i].creditedWrvu - 0.37 });
  lines.forEach((l, i) => {
    const p = plan.get(i);
    if (p?.cause === 'missed-charge') return;
    const mods = p?.mods ?? l.modifiers;
    report.push([
      `PATIENT ${i}`,
      `MRN${100000 + i}`,
      us(l.dateOfService),
      l.code,
      mods[0] ?? '',
      mods[1] ?? '',
      String(p?.units ?? l.units),
      (p?.wrvu ?? priced[i].creditedWrvu).toFixed(2),
    ]);
  });
  for (let k = 0; report.length < N; k++) {
    const date = DAYS[(k * 13) % DAYS.length];
    report.push([`PATIENT X${k}`, `MRN9${k}`, us(date), '99212', '', '', '1', '0.70']);
    seeded.push(`report-only|not-logged|${date}|99212`);
  }
  const header = ['Patient Name', 'MRN', 'Service Date', 'CPT Code', 'Mod 1', 'Mod 2', 'Units', 'Work RVU'];
  const csv = [header, ...report].map((r) => r.join(',')).join('\n') + '\n';
  const bytes = new TextEncoder().encode(csv);
  global.gc?.();

  const mem0 = process.memoryUsage();
  let peakRss = mem0.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const prepared = await prepareReport({ bytes });
  const t1 = performance.now();
  const parsed = prepared.parsed!;
  const result = await runReconciliation({
    actor: user,
    lines: parsed.lines,
    period: parsed.period!,
    windowDays: 3,
  });
  const t2 = performance.now();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const found = result.discrepancies.map((d) => `${d.category}|${d.cause}|${d.date}|${d.code}`).sort();
  seeded.sort();
  const missing = seeded.filter(
    (s, i, a) => found.filter((f) => f === s).length < a.filter((x) => x === s).length,
  );
  const extra = found.filter((f) => !seeded.includes(f));
  const same = JSON.stringify(found) === JSON.stringify(seeded);
  const total = t2 - t0;
  console.log('=== bench:reconcile (report vs log: parse + match + explain) ===');
  console.log(
    `report lines     ${parsed.lines.length.toLocaleString()} (${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV)`,
  );
  console.log(`log entries      ${N.toLocaleString()} over ${DAYS.length} days`);
  console.log(
    `seeded           ${seeded.length} discrepancies (${((seeded.length / N) * 100).toFixed(1)} %), ${CAUSES.length} causes`,
  );
  console.log(`parse            ${(t1 - t0).toFixed(0)} ms`);
  console.log(`match + explain  ${(t2 - t1).toFixed(0)} ms (log and catalog reads included)`);
  console.log(
    `total            ${total.toFixed(0)} ms   target <= 5000 ms   ${total <= 5000 ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `memory           rss ${mb(mem0.rss)} before (seeded log and report in memory) -> peak ${mb(peakRss)} (+${mb(peakRss - mem0.rss)}); heap used ${mb(mem0.heapUsed)} -> ${mb(process.memoryUsage().heapUsed)}`,
  );
  console.log(
    `found            ${found.length} discrepancies; by cause: ${Object.entries(result.totals.byCause)
      .map(([c, t]) => `${c} ${t.count}`)
      .join(', ')}`,
  );
  console.log(
    `every seeded discrepancy found with its cause, nothing else: ${same ? 'YES' : `NO (missing ${missing.length}, extra ${extra.length}: ${[...missing, ...extra].slice(0, 5).join('; ')})`}`,
  );
  process.exitCode = same ? 0 : 1;
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => getDb().$disconnect());
