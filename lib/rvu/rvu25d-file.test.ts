// The engine and indicator texts against the whole CMS PFS RVU25D (October 2025) file, read in
// place from ../shared/data (skipped where that folder is absent): every indicator value in the
// real file is explained, and every code priced alone earns what its status says.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { priceLines } from './engine';
import { explainIndicators } from './indicators';
import { roundWrvu, toRvu } from './rounding';
import { DEFAULT_POLICY, type CatalogRow, type ProcedureLine } from './types';

const FILE = path.resolve(process.cwd(), '../shared/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv');

function loadRows(): CatalogRow[] {
  const parsed = Papa.parse<string[]>(readFileSync(FILE, 'latin1'), { skipEmptyLines: true });
  // 10 lines of title and split header precede the data (see ../shared/data/README.md).
  return parsed.data
    .slice(10)
    .filter((c) => c.length >= 28 && /^[0-9A-Z]{5}$/.test(c[0].trim()))
    .map((c) => ({
      code: c[0].trim(),
      modifier: c[1].trim(),
      description: c[2],
      status: c[3].trim(),
      notUsedForMedicare: c[4].trim() === '+',
      workRvu: c[5],
      nonFacNaIndicator: c[7].trim() || null,
      facNaIndicator: c[9].trim() || null,
      pctcIndicator: c[13],
      globalDays: c[14],
      preOp: c[15],
      intraOp: c[16],
      postOp: c[17],
      multProc: c[18],
      bilatSurg: c[19],
      asstSurg: c[20],
      coSurg: c[21],
      teamSurg: c[22],
      endoBase: c[23].trim() || null,
      physicianSupervision: c[25],
      diagnosticImagingFamily: c[27],
    }));
}

describe.skipIf(!existsSync(FILE))('RVU25D, whole file', () => {
  const rows = existsSync(FILE) ? loadRows() : [];
  const byCode = new Map<string, CatalogRow[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);

  it('reads the 19,090 data rows', () => {
    expect(rows).toHaveLength(19_090);
  });

  it('explains every indicator value CMS uses in the file', () => {
    const unexplained = new Set<string>();
    for (const row of rows) {
      for (const item of explainIndicators(row))
        if (/does not describe/.test(item.meaning)) unexplained.add(`${item.label}=${item.value}`);
    }
    expect([...unexplained]).toEqual([]);
  });

  it('prices every code alone as its status says', () => {
    const lines: ProcedureLine[] = [...byCode.keys()].map((code, i) => ({
      id: String(i),
      code,
      modifiers: [],
      units: 1,
      dateOfService: '2025-10-15',
      encounterKey: String(i),
    }));
    const results = priceLines({
      lines,
      catalogFor: (l) => ({ releaseId: 'RVU25D', rows: byCode.get(l.code) ?? [] }),
      policy: DEFAULT_POLICY,
    });
    for (const r of results) {
      const row = byCode.get(r.code)!.find((x) => x.modifier === r.rowModifier)!;
      const work = toRvu(row.workRvu) ?? 0;
      const credited = ['A', 'R', 'T'].includes(row.status) || (['N', 'I'].includes(row.status) && work > 0);
      expect(r.creditedWrvu, r.code).toBe(credited ? roundWrvu(work) : 0);
      expect(r.excluded, r.code).toBe(!credited);
    }
    // 86153 has only a 26 row in RVU25D: logged without a modifier, the 26 row prices it.
    expect(results.find((r) => r.code === '86153')).toMatchObject({ rowModifier: '26', creditedWrvu: 0.69 });
  });
});
