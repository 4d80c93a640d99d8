// Integration tests of the dashboard data layer against PostgreSQL (categories come from the real
// RVU25D import, PPRRVU2025_Oct.csv):
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/dashboard
// Every expected number below is computed by hand from the entries the test writes.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { SYNTHETIC_LABEL } from '@/lib/benchmarks/synthetic';
import { ensureCatalog } from '@/lib/testing/catalog';
import { getDashboard } from './queries';
import {
  addEntries,
  createPhysician,
  createSiteFor,
  sum,
  type TestEntry,
  ensureBuiltinBenchmarks,
} from './test-helpers';

const AS_OF = '2026-03-15'; // a Sunday

// Synthetic demo table for Orthopedic surgery (lib/benchmarks/synthetic.ts).
const ORTHO = { p25: 6700, p50: 8300, p75: 10200, p90: 12400 };

beforeAll(async () => {
  await Promise.all([ensureBuiltinBenchmarks(), ensureCatalog('RVU25D')]);
});

async function standardEntries(userId: string): Promise<{ siteA: string; siteB: string }> {
  const [siteA, siteB] = [
    await createSiteFor(userId, 'Main clinic'),
    await createSiteFor(userId, 'County hospital'),
  ];
  const entries: TestEntry[] = [
    { date: '2025-12-31', code: '99213', wrvu: 1.3, siteId: siteA }, // previous fiscal year
    { date: '2026-01-05', code: '99213', wrvu: 1.3, siteId: siteA },
    { date: '2026-01-05', code: '99214', wrvu: 1.92, siteId: siteA },
    { date: '2026-01-20', code: '27447', wrvu: 19.6, siteId: siteB },
    { date: '2026-02-10', code: '20610', wrvu: 1.58, units: 2, siteId: siteA },
    { date: '2026-02-11', code: '99213', wrvu: 1.3, siteId: siteA, deleted: true },
    { date: '2026-02-12', code: '99214', wrvu: 1.92, siteId: siteA, excluded: true },
    { date: '2026-03-02', code: '27447', wrvu: 19.6 },
    { date: '2026-03-15', code: '99213', wrvu: 1.3 },
    { date: '2026-03-16', code: '99213', wrvu: 1.3 }, // after "today"
  ];
  await addEntries(userId, entries);
  return { siteA, siteB };
}

describe('getDashboard', () => {
  it('sums live entries of the fiscal year to date exactly as by hand', async () => {
    const actor = await createPhysician({
      specialty: 'Orthopedic Surgery',
      clinicalFte: 1,
      fiscalYearStartMonth: 1,
      targetPercentile: 50,
    });
    const { siteA, siteB } = await standardEntries(actor.id);
    const d = await getDashboard({ actor, asOf: AS_OF });

    const ytd = sum([1.3, 1.92, 19.6, 1.58, 19.6, 1.3]);
    expect(ytd).toBe(45.3);
    expect(d.hasEntries).toBe(true);
    expect(d.fiscalYear).toMatchObject({ start: '2026-01-01', end: '2026-12-31', label: 2026 });
    expect(d.range).toMatchObject({ kind: 'fytd', from: '2026-01-01', to: AS_OF });
    expect(d.summary.ytdWrvu).toBe(ytd);
    expect(d.summary.ytdEntries).toBe(6);

    expect(d.monthly.map((m) => [m.month, m.wrvu, m.entries])).toEqual([
      ['2026-01', sum([1.3, 1.92, 19.6]), 3],
      ['2026-02', 1.58, 1],
      ['2026-03', sum([19.6, 1.3]), 2],
    ]);
    expect(d.monthly[2]).toMatchObject({ from: '2026-03-01', to: AS_OF, partial: true });
    expect(sum(d.monthly.map((m) => m.wrvu))).toBe(ytd);

    // Cumulative: 7-day blocks from Jan 1; the last point is "today" and equals the YTD total.
    expect(d.cumulative).toHaveLength(11); // 74 days -> blocks 0..10
    expect(d.cumulative.at(-1)).toMatchObject({ date: AS_OF, cumulative: ytd });
    expect(d.cumulative[0]).toMatchObject({ date: '2026-01-07', cumulative: sum([1.3, 1.92]) });

    // Weekly trend: Monday weeks, clipped to the range start (Jan 1, a Thursday).
    expect(sum(d.weekly.map((w) => w.wrvu))).toBe(ytd);
    expect(d.weekly[0]).toMatchObject({
      weekStart: '2025-12-29',
      from: '2026-01-01',
      partial: true,
      change: null,
    });
    const mar2 = d.weekly.find((w) => w.weekStart === '2026-03-02')!;
    const mar9 = d.weekly.find((w) => w.weekStart === '2026-03-09')!;
    expect(mar2.wrvu).toBe(19.6);
    expect(mar9).toMatchObject({ wrvu: 1.3, to: AS_OF, partial: false });
    expect(mar9.change).toBeCloseTo(1.3 - 19.6, 10);

    const { topCodes, categories, sites, total } = d.breakdowns;
    expect(total).toBe(ytd);
    expect(topCodes.map((c) => [c.code, c.wrvu, c.entries, c.units])).toEqual([
      ['27447', 39.2, 2, 2],
      ['99213', 2.6, 2, 2],
      ['99214', 1.92, 1, 1],
      ['20610', 1.58, 1, 2],
    ]);
    expect(topCodes[0]).toMatchObject({
      category: 'surgery-musculoskeletal',
      categoryLabel: 'Surgery: Musculoskeletal System',
    });
    expect(topCodes[0].description).toMatch(/knee/i);
    expect(categories.map((c) => [c.category, c.wrvu])).toEqual([
      ['surgery-musculoskeletal', sum([19.6, 19.6, 1.58])],
      ['em', sum([1.3, 1.92, 1.3])],
    ]);
    expect(sites.map((s) => [s.siteId, s.name, s.wrvu])).toEqual([
      [null, 'No site recorded', 20.9],
      [siteB, 'County hospital', 19.6],
      [siteA, 'Main clinic', sum([1.3, 1.92, 1.58])],
    ]);
  });

  it('computes pace, rank, projection, target pace and pay from the profile (demo account)', async () => {
    const actor = await createPhysician({
      demo: true,
      specialty: 'orthopaedics',
      clinicalFte: 1,
      fiscalYearStartMonth: 1,
      targetPercentile: 50,
      ratePerWrvu: 50,
    });
    await standardEntries(actor.id);
    const d = await getDashboard({ actor, asOf: AS_OF });
    const ytd = 45.3;
    // Jan 1 - Mar 15 2026: 74 calendar days; weekdays 22 (Jan) + 20 (Feb) + 10 (Mar 1-15) = 52; 261 in 2026.
    expect(d.summary.pace).toMatchObject({
      calendarDaysElapsed: 74,
      workedDaysElapsed: 52,
      workedDaysInYear: 261,
    });
    expect(d.summary.pace.byCalendarDays).toBeCloseTo((ytd / 74) * 365, 9);
    expect(d.summary.pace.byWorkedDays).toBeCloseTo((ytd / 52) * 261, 9);
    expect(d.summary.rankedPace).toBeCloseTo((ytd / 52) * 261, 9);
    expect(d.summary.rankLabel).toBe('below p25');
    expect(d.summary.projection.byWorkedDays).toBeCloseTo(ytd + (ytd / 52) * (261 - 52), 9);
    // Target p50 = 8300 at 1.0 FTE; remaining weekdays Mar 16 - Dec 31 = 261 - 52 = 209.
    expect(d.summary.needed).toMatchObject({
      targetPercentile: 50,
      targetWrvu: ORTHO.p50,
      remainingWeeks: 209 / 5,
    });
    expect(d.summary.needed!.perWeek).toBeCloseTo((ORTHO.p50 - ytd) / (209 / 5), 9);
    expect(d.summary.compensation).toMatchObject({ basis: 'rate', ytd: ytd * 50 });
    expect(d.summary.compensation!.projected).toBeCloseTo((ytd + (ytd / 52) * 209) * 50, 6);

    // No real survey covers orthopedics: for the demo account the synthetic set is used, and says so.
    expect(d.benchmark).toMatchObject({
      chosen: 'synthetic',
      synthetic: true,
      label: SYNTHETIC_LABEL,
      citation: SYNTHETIC_LABEL,
      specialty: 'Orthopedic surgery',
    });
    expect(d.benchmark!.table).toMatchObject(ORTHO);
    // Monthly lines: the annual value x FTE x days covered / 365.
    expect(d.monthly[0].lines.p50).toBeCloseTo((ORTHO.p50 * 31) / 365, 9);
    expect(d.monthly[2].lines.p90).toBeCloseTo((ORTHO.p90 * 15) / 365, 9);
    expect(d.cumulative.at(-1)!.bands.p25).toBeCloseTo((ORTHO.p25 * 74) / 365, 9);
  });

  it('computes no percentile, rank or target from the synthetic set for a real orthopaedic user', async () => {
    const actor = await createPhysician({ specialty: 'orthopaedics', targetPercentile: 50 });
    await standardEntries(actor.id);
    const d = await getDashboard({ actor, asOf: AS_OF });
    expect(d.benchmark).toBeNull();
    expect(d.summary.rankLabel).toBeNull();
    expect(d.summary.needed).toBeNull();
    expect(d.monthly.every((m) => Object.keys(m.lines).length === 0)).toBe(true);
    // Even when the synthetic source is chosen in the profile.
    const synthetic = await db.benchmarkSource.findUniqueOrThrow({ where: { key: 'synthetic-demo' } });
    await db.user.update({ where: { id: actor.id }, data: { benchmarkSourceId: synthetic.id } });
    expect((await getDashboard({ actor, asOf: AS_OF })).benchmark).toBeNull();
  });

  it("compares with a related specialty's published source chosen explicitly", async () => {
    const actor = await createPhysician({
      specialty: 'orthopaedics',
      benchmarkSpecialty: 'Hospital medicine',
    });
    await standardEntries(actor.id);
    const d = await getDashboard({ actor, asOf: AS_OF });
    expect(d.benchmark).toMatchObject({ synthetic: false, specialty: 'Hospital medicine' });
    expect(d.summary.rankLabel).not.toBeNull();
  });

  it('uses a fiscal year that starts in July', async () => {
    const actor = await createPhysician({ specialty: 'Orthopedic Surgery', fiscalYearStartMonth: 7 });
    await addEntries(actor.id, [
      { date: '2025-06-30', code: '99213', wrvu: 1.3 }, // FY2025
      { date: '2025-07-01', code: '27447', wrvu: 19.6 },
      { date: '2025-12-15', code: '99214', wrvu: 1.92 },
      { date: '2026-03-10', code: '99213', wrvu: 1.3 },
    ]);
    const d = await getDashboard({ actor, asOf: AS_OF });
    expect(d.fiscalYear).toMatchObject({ start: '2025-07-01', end: '2026-06-30', label: 2026, days: 365 });
    expect(d.range).toMatchObject({ from: '2025-07-01', to: AS_OF, label: 'FY2026 to date' });
    expect(d.summary.ytdWrvu).toBe(sum([19.6, 1.92, 1.3]));
    expect(d.monthly.map((m) => m.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(d.monthly[0].wrvu).toBe(19.6);
    expect(d.cumulative[0]).toMatchObject({ date: '2025-07-07', cumulative: 19.6 });
    // Jul 1 2025 - Mar 15 2026 = 258 days.
    expect(d.summary.pace.calendarDaysElapsed).toBe(258);

    const last12 = await getDashboard({ actor, asOf: AS_OF, range: { kind: '12m' } });
    expect(last12.range).toMatchObject({ from: '2025-03-16', to: AS_OF });
    expect(last12.monthly).toHaveLength(13); // Mar 16-31 2025 (partial) to Mar 1-15 2026 (partial)
    expect(sum(last12.monthly.map((m) => m.wrvu))).toBe(sum([1.3, 19.6, 1.92, 1.3]));

    const custom = await getDashboard({
      actor,
      asOf: AS_OF,
      range: { kind: 'custom', from: '2025-06-15', to: '2025-07-31' },
    });
    expect(custom.monthly.map((m) => [m.month, m.wrvu, m.partial])).toEqual([
      ['2025-06', 1.3, true],
      ['2025-07', 19.6, false],
    ]);
    expect(custom.breakdowns.total).toBe(sum([1.3, 19.6]));
    expect(custom.summary.ytdWrvu).toBe(sum([19.6, 1.92, 1.3])); // cards stay fiscal-year-to-date
  });

  it('normalises pace to 1.0 FTE and prorates targets to the FTE (0.5)', async () => {
    const full = await createPhysician({ demo: true, specialty: 'Orthopedic Surgery', clinicalFte: 1 });
    const half = await createPhysician({ demo: true, specialty: 'Orthopedic Surgery', clinicalFte: 0.5 });
    for (const user of [full, half]) await standardEntries(user.id);
    const [a, b] = await Promise.all([
      getDashboard({ actor: full, asOf: AS_OF }),
      getDashboard({ actor: half, asOf: AS_OF }),
    ]);
    expect(b.summary.ytdWrvu).toBe(a.summary.ytdWrvu);
    expect(b.summary.pace.byCalendarDays).toBeCloseTo(a.summary.pace.byCalendarDays * 2, 9);
    expect(b.summary.pace.byWorkedDays!).toBeCloseTo(a.summary.pace.byWorkedDays! * 2, 9);
    // Projection is the physician's actual production, not normalised.
    expect(b.summary.projection.byWorkedDays!).toBeCloseTo(a.summary.projection.byWorkedDays!, 9);
    expect(b.summary.needed!.targetWrvu).toBe(ORTHO.p50 * 0.5);
    expect(b.monthly[0].lines.p50).toBeCloseTo((ORTHO.p50 * 0.5 * 31) / 365, 9);
  });

  it('takes time off, past and planned, out of the worked-day pace', async () => {
    const actor = await createPhysician({ demo: true, specialty: 'Orthopedic Surgery' });
    await standardEntries(actor.id);
    await db.timeOff.createMany({
      data: [
        {
          userId: actor.id,
          startDate: new Date('2026-01-12T00:00:00Z'),
          endDate: new Date('2026-01-18T00:00:00Z'),
          note: 'Ski week',
        }, // 5 weekdays
        {
          userId: actor.id,
          startDate: new Date('2026-07-06T00:00:00Z'),
          endDate: new Date('2026-07-10T00:00:00Z'),
        }, // planned, 5 weekdays
        {
          userId: actor.id,
          startDate: new Date('2025-07-06T00:00:00Z'),
          endDate: new Date('2025-07-10T00:00:00Z'),
        }, // another fiscal year
      ],
    });
    const d = await getDashboard({ actor, asOf: AS_OF });
    expect(d.timeOff).toHaveLength(2);
    expect(d.summary.timeOffDays).toEqual({ elapsed: 5, year: 10 });
    expect(d.summary.pace).toMatchObject({
      workedDaysElapsed: 52 - 5,
      workedDaysInYear: 261 - 10,
      calendarDaysElapsed: 74,
    });
    expect(d.summary.pace.byWorkedDays).toBeCloseTo((45.3 / 47) * 251, 9);
    expect(d.summary.needed!.remainingWeeks).toBe((251 - 47) / 5);
  });

  it("uses the profile's source, else the best built-in for the specialty, and shows an empty state without entries", async () => {
    const fm = await createPhysician({ specialty: 'Family Medicine' });
    const empty = await getDashboard({ actor: fm, asOf: AS_OF });
    expect(empty.hasEntries).toBe(false);
    expect(empty.summary.ytdWrvu).toBe(0);
    // Four published percentiles beat the one-median subgroups of the 2019 article.
    expect(empty.benchmark).toMatchObject({
      chosen: 'builtin',
      synthetic: false,
      dataYear: 2013,
      table: { p25: 3695, p50: 4763, p75: 5887, p90: 7342 },
    });

    const chosen = await db.benchmarkSource.findUniqueOrThrow({
      where: { key: 'mgma-datadive-2019-family-medicine' },
      select: { id: true },
    });
    await db.user.update({ where: { id: fm.id }, data: { benchmarkSourceId: chosen.id } });
    const withChoice = await getDashboard({ actor: fm, asOf: AS_OF });
    expect(withChoice.benchmark).toMatchObject({ chosen: 'profile', sourceId: chosen.id, dataYear: 2018 });

    // A chosen source without the specialty falls back, with a note.
    const cardiology = await db.benchmarkSource.findUniqueOrThrow({
      where: { key: 'amga-2020-cardiology' },
      select: { id: true },
    });
    await db.user.update({ where: { id: fm.id }, data: { benchmarkSourceId: cardiology.id } });
    const fallback = await getDashboard({ actor: fm, asOf: AS_OF });
    expect(fallback.benchmark).toMatchObject({ chosen: 'builtin', dataYear: 2013 });
    expect(fallback.benchmark!.note).toMatch(/no percentiles for Family medicine/);

    const none = await createPhysician({ specialty: null });
    expect((await getDashboard({ actor: none, asOf: AS_OF })).benchmark).toBeNull();
  });
});
