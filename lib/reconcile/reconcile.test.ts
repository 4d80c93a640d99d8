// Integration: each fixture layout uploaded, mapped automatically, reconciled against its seeded
// log on real PostgreSQL with the real CMS releases (RVU25D in effect, RVU24B imported beside it);
// the categories and causes must be exactly the seeded ones. Then saving, re-running after the log
// changes, adding the unlogged lines through the entry import, and another user's view.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '@/lib/testing/factories';
import { addUnloggedToLog } from './add-to-log';
import { ATHENA, CERNER, EPIC } from './fixtures';
import { createReconciliation } from './mutations';
import { getReconciliationResult, getReconciliationSummary, listReconciliations } from './queries';
import { ensureReconcileCatalog, fixtureBytes, seedLog, summarise } from './test-helpers';
import { prepareAndRun } from './upload';

beforeAll(async () => {
  await ensureReconcileCatalog();
}, 240_000);

describe.each([EPIC, ATHENA, CERNER])('$name', (fixture) => {
  it('finds exactly the seeded discrepancies with their causes', async () => {
    const actor = await createTestUser();
    await seedLog(actor, fixture);
    const { prepared, result } = await prepareAndRun(actor, await fixtureBytes(fixture), {
      windowDays: fixture.windowDays,
      provider: fixture.provider,
    });
    expect(prepared.problems).toEqual([]);
    expect(prepared.parsed?.errors).toEqual([]);
    expect(summarise(result!.discrepancies)).toEqual(summarise(fixture.expected(true)));
    const { totals } = result!;
    const byCause = Object.values(totals.byCause).reduce((s, c) => s + Math.round(c.wrvu * 100), 0);
    expect(Math.round(totals.net * 100)).toBe(byCause);
    expect(Math.round((totals.reportWrvu - totals.loggedWrvu) * 100)).toBe(Math.round(totals.net * 100));
  });
});

describe('the Epic-style report in detail', () => {
  it('recognises the columns, keeps only its provider, nets the reversal and skips the totals row', async () => {
    const actor = await createTestUser();
    const { prepared } = await prepareAndRun(actor, await fixtureBytes(EPIC), {
      windowDays: 3,
      provider: EPIC.provider,
    });
    expect(prepared.mapping).toEqual({
      serviceDate: 5,
      postDate: 6,
      code: 7,
      units: 12,
      workRvu: 13,
      totalRvu: 14,
      location: 15,
      provider: 4,
      modifiers: [8, 9, 10, 11],
    });
    expect(prepared.providers).toEqual(['JONES, PAT DO', 'SMITH, JANE MD']);
    expect(prepared.parsed!.skipped).toEqual({ blank: 1, totals: 1, otherProviders: 2, reversed: 2 });
    expect(prepared.parsed!.period).toEqual({ from: '2025-10-06', to: '2025-10-21' });
  });

  it('asks which provider when the report lists several', async () => {
    const actor = await createTestUser();
    const { prepared, result } = await prepareAndRun(actor, await fixtureBytes(EPIC), { windowDays: 3 });
    expect(prepared.problems).toEqual(['The report lists several providers: choose yours.']);
    expect(result).toBeNull();
  });

  it('explains each difference with both numbers and the engine', async () => {
    const actor = await createTestUser();
    await seedLog(actor, EPIC);
    const { result } = await prepareAndRun(actor, await fixtureBytes(EPIC), {
      windowDays: 3,
      provider: EPIC.provider,
    });
    const by = (code: string, date: string) =>
      result!.discrepancies.find((d) => d.code === code && d.date === date)!;
    // RVU25D: 27130 work RVU 19.60, assistant (80) 16 % = 3.14; RVU24B: 90834 2.35 vs 2.45 in RVU25D.
    expect(by('27130', '2025-10-14')).toMatchObject({ reportWrvu: 3.14, logWrvu: 19.6, difference: -16.46 });
    expect(by('27130', '2025-10-14').detail).toContain('modifier 80 only in the report');
    expect(by('90834', '2025-10-20')).toMatchObject({ releaseId: 'RVU24B', reportWrvu: 2.35, logWrvu: 2.45 });
    expect(by('20610', '2025-10-16').detail).toContain('your log applies the multiple-procedure reduction');
    expect(by('11042', '2025-10-17').detail).toContain('the report applies the multiple-procedure reduction');
    expect(by('99214', '2025-10-21').detail).toContain('Report 1.00, log 1.92');
    expect(by('99232', '2025-10-09')).toMatchObject({ logWrvu: 1.59, difference: -1.59 });
  });
});

describe('saved reconciliations', () => {
  it('are stored on confirm, re-run against the fixed log, and the unlogged lines can be added', async () => {
    const actor = await createTestUser();
    await seedLog(actor, EPIC);
    const run = await prepareAndRun(actor, await fixtureBytes(EPIC), {
      windowDays: 3,
      provider: EPIC.provider,
    });
    const { id } = await createReconciliation({
      actor,
      prepared: run.prepared,
      fileName: EPIC.fileName,
      windowDays: 3,
      totals: run.result!.totals,
    });
    expect((await listReconciliations({ actor })).map((r) => r.id)).toEqual([id]);
    const before = await getReconciliationResult({ actor, id });
    const unlogged = before.result.discrepancies.filter((d) => d.category === 'report-only');
    expect(unlogged.map((d) => d.code)).toEqual(['20610']);
    await expect(addUnloggedToLog({ actor, id, rows: [9999] })).rejects.toThrow(/changed since you reviewed/);
    const added = await addUnloggedToLog({ actor, id, rows: unlogged.map((d) => d.row!) });
    expect(added.imported).toBe(1);
    const after = await getReconciliationResult({ actor, id });
    expect(after.result.discrepancies.filter((d) => d.category === 'report-only')).toEqual([]);
    expect(after.result.discrepancies).toHaveLength(before.result.discrepancies.length - 1);

    const other = await createTestUser();
    await expect(getReconciliationSummary({ actor: other, id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getReconciliationResult({ actor: other, id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listReconciliations({ actor: other })).toEqual([]);
  });

  it('reuses the saved mapping when the headers match', async () => {
    const actor = await createTestUser();
    const custom = { serviceDate: 0, code: 3, modifiers: [4], units: 5 };
    const first = await prepareAndRun(actor, await fixtureBytes(ATHENA), { windowDays: 3, mapping: custom });
    expect(first.prepared.mappingSource).toBe('yours');
    await seedLog(actor, ATHENA);
    const run = await prepareAndRun(actor, await fixtureBytes(ATHENA), { windowDays: 3, mapping: custom });
    await createReconciliation({
      actor,
      prepared: run.prepared,
      fileName: 'a.csv',
      windowDays: 3,
      totals: run.result!.totals,
    });
    const again = await prepareAndRun(actor, await fixtureBytes(ATHENA), { windowDays: 3 });
    expect(again.prepared.mappingSource).toBe('saved');
    expect(again.prepared.mapping).toEqual(custom);
  });
});
