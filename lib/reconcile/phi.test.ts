// Privacy: every fixture report (CSV and XLSX, full of made-up patient names, MRNs, dates of birth
// and account numbers) is previewed, saved, re-run and its unlogged lines added to the log; then
// every text, JSON and array column of every table in the database is searched for each patient
// identifier. None may be found: only the mapped, allowed columns are ever kept.
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createTestUser } from '@/lib/testing/factories';
import { addUnloggedToLog } from './add-to-log';
import { ATHENA, CERNER, EPIC, FAKE_PATIENTS, PHI_MARKERS } from './fixtures';
import { createReconciliation } from './mutations';
import { getReconciliationResult } from './queries';
import { ensureReconcileCatalog, fixtureBytes, seedLog } from './test-helpers';
import { prepareAndRun } from './upload';

beforeAll(async () => {
  await ensureReconcileCatalog();
}, 240_000);

type Column = { table_name: string; column_name: string };

it('stores no patient name, MRN or account number from any report, in any table', async () => {
  const actor = await createTestUser();
  for (const fixture of [EPIC, ATHENA, CERNER]) {
    await seedLog(actor, fixture);
    const run = await prepareAndRun(actor, await fixtureBytes(fixture), {
      windowDays: fixture.windowDays,
      provider: fixture.provider,
    });
    const { id } = await createReconciliation({
      actor,
      prepared: run.prepared,
      fileName: fixture.fileName,
      windowDays: fixture.windowDays,
      totals: run.result!.totals,
    });
    const { result } = await getReconciliationResult({ actor, id });
    const rows = result.discrepancies.filter((d) => d.category === 'report-only').map((d) => d.row!);
    if (rows.length) await addUnloggedToLog({ actor, id, rows });
  }
  expect(await db.reconcileLine.count({ where: { reconciliation: { userId: actor.id } } })).toBeGreaterThan(
    20,
  );

  const columns = await db.$queryRawUnsafe<Column[]>(
    `SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
      WHERE table_schema = 'public'
        AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR data_type = 'ARRAY')`,
  );
  const tables = new Set(columns.map((c) => c.table_name));
  expect(tables).toContain('Reconciliation');
  expect(tables).toContain('ReconcileLine');
  expect(tables).toContain('ReconcileMapping');
  const search = async (patterns: string[]) => {
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1::text[])`,
        patterns,
      );
      if (n) found.push(`${table_name}.${column_name}: ${n}`);
    }
    return found;
  };
  // The search itself works: what was kept (a file name, a mapped header) is found.
  // (Other test files share the database, so only the column is asserted, not the count.)
  const columnsOf = (found: string[]) => found.map((f) => f.split(':')[0]);
  expect(columnsOf(await search([`%${EPIC.fileName}%`]))).toContain('Reconciliation.fileName');
  expect(columnsOf(await search(['%Work RVU%']))).toContain('ReconcileMapping.headers');
  const patterns = PHI_MARKERS.map((m) => `%${m}%`);
  expect(patterns.length).toBe(FAKE_PATIENTS.length * 4);
  expect(await search(patterns)).toEqual([]);
}, 240_000);
