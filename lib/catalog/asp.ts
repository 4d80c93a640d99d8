// Medicare Part B drug ASP pricing file (the "508" CSV, e.g. asp_pricing_oct2025.csv) to AspPrices.
// A preamble precedes the header ("HCPCS Code", "Payment Limit", ...), found by content. "N/A" (or a
// blank) payment limit is null, not an error. The quarter comes from an option ("2025Q4"), the
// preamble ("Effective October 1, 2025 through December 31, 2025") or the file name ("oct2025").
import { isBlankRow, locateHeader, type ColumnSpec } from './header';
import { CatalogFileError, parseNumber, readCsv, textOrNull } from './parse-util';
import { quarterEnd, quarterOfMonth, quarterStart, releaseMetaFromId } from './release';
import type { AspFile, AspPrice, Quarter } from './types';

type Field = 'code' | 'short' | 'dosage' | 'limit' | 'notes';

export const ASP_COLUMNS: ColumnSpec<Field>[] = [
  { field: 'code', label: 'HCPCS Code', match: /^HCPCS( CODE)?$/, required: true },
  { field: 'short', label: 'Short Description', match: /^SHORT DESC/, required: false },
  { field: 'dosage', label: 'HCPCS Code Dosage', match: /DOSAGE/, required: false },
  { field: 'limit', label: 'Payment Limit', match: /^PAYMENT (ALLOWANCE )?LIMIT$/, required: true },
  { field: 'notes', label: 'Notes', match: /^NOTES?$/, required: false },
];

export function isAspAnchor(cells: string[]): boolean {
  return cells.some((c) => ASP_COLUMNS[0].match.test(c)) && cells.some((c) => ASP_COLUMNS[3].match.test(c));
}

// A month name or its three-letter abbreviation (not inside a word, so "_oct2025" counts but
// "market 2025" does not), an optional day, then the year.
const MONTH_YEAR =
  /(?<![A-Z])(JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T|TEMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?![A-Z])\.?\s*(?:\d{1,2},?)?[\s_-]*((?:19|20)\d{2})(?!\d)/i;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const QUARTER_DIGIT: Record<Quarter, number> = { A: 1, B: 2, C: 3, D: 4 };

type AspQuarter = Pick<AspFile, 'quarter' | 'effectiveFrom' | 'effectiveTo'>;

function quarterFor(year: number, month: number): AspQuarter {
  const q = quarterOfMonth(month);
  return {
    quarter: `${year}Q${QUARTER_DIGIT[q]}`,
    effectiveFrom: quarterStart(year, q),
    effectiveTo: quarterEnd(year, q),
  };
}

/** "2025Q4", "2025-Q4", "Q4 2025" or a PFS release id ("RVU25D") to the ASP quarter and its dates. */
export function aspQuarterFromId(id: string): AspQuarter | null {
  const release = releaseMetaFromId(id);
  if (release) return quarterFor(release.year, Number(release.effectiveFrom.slice(5, 7)));
  const yearFirst = /^(\d{4})[ -]?Q([1-4])$/i.exec(id.trim());
  const quarterFirst = /^Q([1-4])[ -]?(\d{4})$/i.exec(id.trim());
  const [year, q] = yearFirst
    ? [yearFirst[1], yearFirst[2]]
    : quarterFirst
      ? [quarterFirst[2], quarterFirst[1]]
      : [];
  if (!year || !q) return null;
  return quarterFor(Number(year), (Number(q) - 1) * 3 + 1);
}

/** From "Effective October 1, 2025 through December 31, 2025" or a name like asp_pricing_oct2025. */
export function aspQuarterFromText(text: string): AspQuarter | null {
  const m = MONTH_YEAR.exec(text);
  return m ? quarterFor(Number(m[2]), MONTHS.indexOf(m[1].slice(0, 3).toUpperCase()) + 1) : null;
}

export function parseAspCsv(
  bytes: Uint8Array,
  fileName: string,
  options: { quarter?: string } = {},
): AspFile {
  const { rows, lines } = readCsv(bytes, fileName);
  const header = locateHeader(rows, ASP_COLUMNS, { isAnchor: isAspAnchor, maxScan: 60 });
  if (!header)
    throw new CatalogFileError(
      fileName,
      null,
      'no ASP header found (a line naming "HCPCS Code" and "Payment Limit") in the first 60 lines',
    );
  if (header.missing.length) {
    throw new CatalogFileError(
      fileName,
      lines[header.index],
      `required columns missing from the header: ${header.missing.map((m) => m.label).join(', ')}`,
    );
  }
  let quarter: AspQuarter | null = null;
  if (options.quarter) {
    quarter = aspQuarterFromId(options.quarter);
    if (!quarter)
      throw new CatalogFileError(
        fileName,
        null,
        `the ASP quarter must look like 2025Q4, got "${options.quarter}"`,
      );
  }
  const preamble = rows.slice(0, header.index).flat().join(' ');
  quarter ??=
    aspQuarterFromText(preamble.replace(/^.*?\bEFFECTIVE\b/is, '')) ??
    aspQuarterFromText(fileName.replace(/\.[a-z]+$/i, ''));
  if (!quarter)
    throw new CatalogFileError(
      fileName,
      null,
      'cannot tell the ASP quarter (no "Effective <month> <day>, <year>" line and none in the file name); give it, e.g. --release 2025Q4',
    );

  const prices: AspPrice[] = [];
  const seen = new Map<string, number>();
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i];
    if (isBlankRow(row)) continue;
    const line = lines[i];
    const get = (f: Field) => {
      const c = header.columns.get(f);
      return c === undefined ? undefined : row[c];
    };
    const code = (get('code') ?? '').trim().toUpperCase();
    if (!/^[A-Z0-9]{5}$/.test(code))
      throw new CatalogFileError(fileName, line, `HCPCS Code is not a 5-character code: "${code}"`);
    if (seen.has(code))
      throw new CatalogFileError(fileName, line, `${code} is listed twice (first on line ${seen.get(code)})`);
    seen.set(code, line);
    const limitText = (get('limit') ?? '').trim();
    // CMS prints "N/A" where no ASP payment limit applies (e.g. paid at AWP): a null, not an error.
    const paymentLimit = /^(N\/?A|)$/i.test(limitText)
      ? null
      : parseNumber(limitText, 'Payment Limit', fileName, line);
    prices.push({
      code,
      shortDescription: textOrNull(get('short')),
      dosage: textOrNull(get('dosage')),
      paymentLimit,
      notes: textOrNull(get('notes')),
    });
  }
  if (prices.length === 0)
    throw new CatalogFileError(fileName, null, 'the file has a header but no price rows');
  return { fileName, ...quarter, prices };
}
