// PPRRVU fixed-width text file (PPRRVU2025_Oct.txt) to a PprrvuFile. The layout is the record layout
// CMS publishes with the release (RVU25D.pdf, "DATA RECORD"): 1-based start and length per field.
// Lines starting "HDR" are the copyright header records. The TXT has no title line, so the release
// comes from the file name (PPRRVU2025_Oct.txt, PPRRVU25_JAN.txt), the zip it came in, or --release.
import { CatalogFileError, decodeText, normaliseText } from './parse-util';
import { buildRvuRecord, pprrvuFileFields, type RvuField } from './pprrvu-columns';
import type { PprrvuParseOptions } from './pprrvu';
import { resolveReleaseMeta } from './release';
import type { PprrvuFile, RvuRecord } from './types';

export type TxtField = { field: RvuField; start: number; length: number; required: boolean };

/** The CY2025 data record layout (RVU25D.pdf). Fillers are omitted. */
export const PPRRVU_TXT_LAYOUT: TxtField[] = [
  { field: 'code', start: 1, length: 5, required: true },
  { field: 'modifier', start: 6, length: 2, required: true },
  { field: 'description', start: 8, length: 50, required: true },
  { field: 'status', start: 58, length: 1, required: true },
  // Column 59 is not described in the layout text; CMS prints the "+" of NOT USED FOR MEDICARE
  // PAYMENT there (99381 "N+"), the same flag the CSV has as its own column.
  { field: 'notUsedForMedicare', start: 59, length: 1, required: false },
  { field: 'workRvu', start: 60, length: 6, required: true },
  { field: 'nonFacPeRvu', start: 67, length: 6, required: true },
  { field: 'nonFacNaIndicator', start: 73, length: 2, required: true },
  { field: 'facPeRvu', start: 76, length: 6, required: true },
  { field: 'facNaIndicator', start: 82, length: 2, required: true },
  { field: 'mpRvu', start: 85, length: 5, required: true },
  { field: 'nonFacTotal', start: 91, length: 6, required: true },
  { field: 'facTotal', start: 97, length: 6, required: true },
  { field: 'pctcIndicator', start: 103, length: 1, required: true },
  { field: 'globalDays', start: 104, length: 3, required: true },
  { field: 'preOp', start: 107, length: 3, required: true },
  { field: 'intraOp', start: 110, length: 3, required: true },
  { field: 'postOp', start: 113, length: 3, required: true },
  { field: 'multProc', start: 116, length: 1, required: true },
  { field: 'bilatSurg', start: 117, length: 1, required: true },
  { field: 'asstSurg', start: 118, length: 1, required: true },
  { field: 'coSurg', start: 119, length: 1, required: true },
  { field: 'teamSurg', start: 120, length: 1, required: true },
  { field: 'endoBase', start: 128, length: 5, required: false },
  { field: 'conversionFactor', start: 133, length: 8, required: false },
  { field: 'physicianSupervision', start: 142, length: 2, required: false },
  { field: 'calculationFlag', start: 144, length: 1, required: false },
  { field: 'diagnosticImagingFamily', start: 146, length: 2, required: false },
  { field: 'oppsNonFacPeRvu', start: 152, length: 6, required: false },
  { field: 'oppsFacPeRvu', start: 159, length: 6, required: false },
  // The layout text lists this field's location as "1" (a typo); the data puts it at 166-171.
  { field: 'oppsMpRvu', start: 166, length: 6, required: false },
];

const fieldEnd = (f: TxtField) => f.start + f.length - 1;
const REQUIRED_END = Math.max(...PPRRVU_TXT_LAYOUT.filter((f) => f.required).map(fieldEnd));
const RECORD_END = Math.max(...PPRRVU_TXT_LAYOUT.map(fieldEnd));

export function parsePprrvuTxt(
  bytes: Uint8Array,
  fileName: string,
  options: PprrvuParseOptions = {},
): PprrvuFile {
  const meta = resolveReleaseMeta({
    releaseId: options.releaseId,
    fileNames: [fileName, options.containerName ?? ''].filter(Boolean),
  });
  if (!meta) {
    throw new CatalogFileError(
      fileName,
      null,
      'a fixed-width PPRRVU file has no title line: name it like PPRRVU2025_Oct.txt or give the release id, e.g. --release RVU25D',
    );
  }
  const lines = normaliseText(decodeText(bytes)).split('\n');
  const rows: RvuRecord[] = [];
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trimEnd();
    if (text === '' || text.startsWith('HDR')) return;
    if (text.length < REQUIRED_END) {
      throw new CatalogFileError(
        fileName,
        line,
        `record is ${text.length} characters, the layout needs at least ${REQUIRED_END} (truncated record?)`,
      );
    }
    if (text.length > RECORD_END) {
      // A longer record means a layout this importer does not know (e.g. a new column): refuse rather
      // than read every later field from the wrong position.
      throw new CatalogFileError(
        fileName,
        line,
        `record is ${text.length} characters, longer than the known ${RECORD_END}-character layout; import the CSV or XLSX of this release instead`,
      );
    }
    const slices = new Map(PPRRVU_TXT_LAYOUT.map((f) => [f.field, text.slice(f.start - 1, fieldEnd(f))]));
    const record = buildRvuRecord((field) => slices.get(field), fileName, line);
    const key = `${record.code}|${record.modifier}`;
    if (seen.has(key))
      throw new CatalogFileError(
        fileName,
        line,
        `duplicate record for ${record.code} ${record.modifier}`.trim(),
      );
    seen.add(key);
    rows.push(record);
  });
  if (rows.length === 0) throw new CatalogFileError(fileName, null, 'no data records');
  return { fileName, format: 'txt', meta, ...pprrvuFileFields(fileName, rows), rows };
}
