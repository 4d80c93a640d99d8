// Test helpers: fixture files as bytes (the XLSX one built with exceljs), a fixture's log seeded
// for a user through the normal create path, and the catalog the fixtures are priced against.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { importCatalogFile } from '@/lib/catalog/import';
import { createEntries } from '@/lib/logs/mutations';
import { createEntrySchema } from '@/lib/logs/schemas';
import type { Actor } from '@/lib/session';
import { ensureCatalog } from '@/lib/testing/catalog';
import { ATHENA, CERNER, EPIC, athenaCsv, cernerRows, epicCsv, type ReportFixture } from './fixtures';

export async function xlsxBytes(rows: (string | number | Date)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Report');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function fixtureBytes(fixture: ReportFixture): Promise<Uint8Array> {
  if (fixture === EPIC) return new TextEncoder().encode(epicCsv());
  if (fixture === ATHENA) return new TextEncoder().encode(athenaCsv());
  if (fixture === CERNER) return xlsxBytes(cernerRows());
  throw new Error(`unknown fixture ${fixture.name}`);
}

export async function seedLog(actor: Actor, fixture: ReportFixture) {
  const entries = fixture.log.map((e) =>
    createEntrySchema.parse({
      id: randomUUID(),
      dateOfService: e.date,
      code: e.code,
      modifiers: e.modifiers ?? [],
      units: e.units ?? 1,
      encounterKey: e.encounter,
    }),
  );
  await createEntries({ actor, entries });
}

/** RVU25D (in effect for the fixtures' dates) and RVU24B (last year's values, for other-release). */
export async function ensureReconcileCatalog() {
  await ensureCatalog('RVU25D');
  const zip = path.resolve(process.cwd(), '../shared/data/cms/pfs/RVU24B/RVU24B.zip');
  await importCatalogFile({ buffer: new Uint8Array(readFileSync(zip)), fileName: 'RVU24B.zip' });
}

export const summarise = (ds: { category: string; cause: string; date: string; code: string }[]) =>
  ds
    .map(({ category, cause, date, code }) => ({ category, cause, date, code }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code));
