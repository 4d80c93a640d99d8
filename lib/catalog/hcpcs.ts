// HCPCS Level II alpha-numeric file (HCPC2025_OCT_ANWEB.xlsx) to HcpcsRecords. The header row is
// found by content and mapped by name. A long description longer than one cell continues on the next
// rows with the same HCPC and a rising SEQNUM (older files also mark them RECID 4/8); those are
// joined. RECID 7/8 rows are modifiers: returned apart in `modifiers`, and not stored by the importer.
import type ExcelJS from 'exceljs';
import { isBlankRow, locateHeader, type ColumnSpec } from './header';
import { CatalogFileError, isoDate, textOrNull } from './parse-util';
import { loadWorkbook, sheetTable } from './xlsx';
import type { HcpcsFile, HcpcsRecord } from './types';

type Field = 'code' | 'seq' | 'recId' | 'long' | 'short' | 'added' | 'effective' | 'terminated' | 'action';

export const HCPCS_COLUMNS: ColumnSpec<Field>[] = [
  { field: 'code', label: 'HCPC', match: /^HCPCS?( CODE)?$/, required: true },
  { field: 'seq', label: 'SEQNUM', match: /^SEQ ?(NUM|NO|UENCE)/, required: false },
  { field: 'recId', label: 'RECID', match: /^REC ?ID$/, required: false },
  { field: 'long', label: 'LONG DESCRIPTION', match: /^LONG DESC/, required: true },
  { field: 'short', label: 'SHORT DESCRIPTION', match: /^SHORT DESC/, required: true },
  { field: 'added', label: 'ADD DT', match: /^ADD(ED)? (DT|DATE)$/, required: false },
  { field: 'effective', label: 'ACT EFF DT', match: /^ACT(ION)? EFF(ECTIVE)? (DT|DATE)$/, required: false },
  { field: 'terminated', label: 'TERM DT', match: /^TERM(INATION)? (DT|DATE)$/, required: false },
  { field: 'action', label: 'ACTION CD', match: /^ACTION (CD|CODE)$/, required: false },
];

export function isHcpcsAnchor(cells: string[]): boolean {
  return (
    cells.some((c) => HCPCS_COLUMNS[0].match.test(c)) && cells.some((c) => HCPCS_COLUMNS[3].match.test(c))
  );
}

type Pending = HcpcsRecord & { seq: number; modifier: boolean };

export function parseHcpcsWorkbook(workbook: ExcelJS.Workbook, fileName: string): HcpcsFile {
  for (const sheet of workbook.worksheets) {
    const { rows, lines } = sheetTable(sheet);
    const header = locateHeader(rows, HCPCS_COLUMNS, { isAnchor: isHcpcsAnchor, maxScan: 30 });
    if (!header) continue;
    if (header.missing.length) {
      throw new CatalogFileError(
        fileName,
        lines[header.index],
        `required columns missing from the header: ${header.missing.map((m) => m.label).join(', ')}`,
      );
    }
    const records: Pending[] = [];
    const firstLine = new Map<string, number>();
    for (let i = header.index + 1; i < rows.length; i++) {
      if (isBlankRow(rows[i])) continue;
      const line = lines[i];
      const get = (f: Field) => {
        const c = header.columns.get(f);
        return c === undefined ? '' : (rows[i][c] ?? '').trim();
      };
      const code = get('code').toUpperCase();
      const recId = get('recId');
      const seq = Number(get('seq') || '0');
      const prev = records.at(-1);
      if (prev && prev.code === code && (seq > prev.seq || recId === '4' || recId === '8')) {
        prev.longDescription = `${prev.longDescription} ${get('long')}`.replace(/\s+/g, ' ').trim();
        prev.seq = seq;
        continue;
      }
      const modifier = recId === '7' || recId === '8' || (!recId && code.length === 2);
      if (!modifier && !/^[A-Z0-9]{5}$/.test(code))
        throw new CatalogFileError(fileName, line, `HCPC is not a 5-character code: "${code}"`);
      if (modifier && !/^[A-Z0-9]{2}$/.test(code))
        throw new CatalogFileError(fileName, line, `modifier is not 2 characters: "${code}"`);
      const key = `${modifier ? 'mod' : 'code'}:${code}`;
      if (firstLine.has(key))
        throw new CatalogFileError(
          fileName,
          line,
          `${code} appears again (first on row ${firstLine.get(key)}) without a rising SEQNUM`,
        );
      firstLine.set(key, line);
      const long = get('long');
      const short = get('short') || long.slice(0, 28);
      if (!long && !short) throw new CatalogFileError(fileName, line, `${code} has no description`);
      records.push({
        code,
        seq,
        modifier,
        shortDescription: short,
        longDescription: long || short,
        addedOn: isoDate(get('added')),
        effectiveOn: isoDate(get('effective')),
        terminatedOn: isoDate(get('terminated')),
        actionCode: textOrNull(get('action')),
      });
    }
    const strip = ({ seq: _seq, modifier: _modifier, ...r }: Pending): HcpcsRecord => r;
    return {
      fileName,
      codes: records.filter((r) => !r.modifier).map(strip),
      modifiers: records.filter((r) => r.modifier).map(strip),
    };
  }
  throw new CatalogFileError(
    fileName,
    null,
    'no worksheet has a HCPCS header (HCPC, LONG DESCRIPTION, SHORT DESCRIPTION)',
  );
}

export async function parseHcpcsXlsx(bytes: Uint8Array, fileName: string): Promise<HcpcsFile> {
  return parseHcpcsWorkbook(await loadWorkbook(bytes, fileName), fileName);
}
