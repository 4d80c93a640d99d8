// Recognise a catalog file by its content and parse it: PPRRVU (CSV, fixed-width TXT, XLSX, or the
// CMS RVU zip bundle holding one of those), the HCPCS Level II XLSX, or the ASP pricing CSV, each also
// inside a zip as CMS distributes them. The name is used only as a fallback source of the release.
import { strFromU8, Unzip, UnzipInflate, unzipSync } from 'fflate';
import { isAspAnchor, parseAspCsv } from './asp';
import { locateHeader } from './header';
import { parseHcpcsWorkbook } from './hcpcs';
import { CatalogFileError, headText, readCsv } from './parse-util';
import { isPprrvuAnchor, qppVariantOf, RVU_COLUMNS } from './pprrvu-columns';
import { mergeQppPair } from './pprrvu-qpp';
import { parsePprrvuCsv } from './pprrvu';
import { parsePprrvuTxt } from './pprrvu-txt';
import { loadWorkbook, parsePprrvuWorkbook, sheetHasPprrvuHeader } from './xlsx';
import type { ParsedCatalogFile } from './types';

export type CatalogKind = ParsedCatalogFile['kind'];

export type ParseOptions = { releaseId?: string; containerName?: string };

const isZip = (b: Uint8Array) =>
  b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;
const EXT_RANK: Record<string, number> = { csv: 0, xlsx: 1, txt: 2 };
// A PPRRVU fixed-width data record: code, modifier, description, status letter, then the work RVU.
const FIXED_WIDTH_RECORD = /^[A-Z0-9]{5}[ A-Z0-9]{2}.{50}[A-Z][ +] *\d*\.\d{2}/;

// Zip-bomb limits: a CMS bundle has a dozen entries and its biggest file unpacks to ~10 MB.
export const ZIP_LIMITS = { maxEntries: 500, maxUnpackedBytes: 256 * 1024 * 1024 };

/** Names inside a zip, read from its directory without inflating anything (at most maxEntries). */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (f) => {
      names.push(f.name);
      if (names.length > ZIP_LIMITS.maxEntries)
        throw new CatalogFileError('zip', null, `the zip holds more than ${ZIP_LIMITS.maxEntries} files`);
      return false;
    },
  });
  return names;
}

/**
 * Inflates the named entries as a stream, counting the bytes actually produced (a zip's declared
 * sizes can lie): past `maxBytes` in all, it stops and refuses the file instead of filling memory.
 */
export function inflateEntries(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
  maxBytes: number = ZIP_LIMITS.maxUnpackedBytes,
): Record<string, Uint8Array> {
  const parts = new Map<string, Uint8Array[]>();
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name) || failure) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (err, data) => {
      if (failure) return;
      if (err) failure = err;
      else if ((total += data.length) > maxBytes) {
        failure = new CatalogFileError(
          'zip',
          null,
          `the zip unpacks to more than ${Math.round(maxBytes / (1024 * 1024))} MB; refusing it`,
        );
        file.terminate();
      } else chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const STEP = 64 * 1024; // feed the zip in pieces so a refusal stops the work early
  for (let i = 0; i < zip.length && !failure; i += STEP)
    unzip.push(zip.subarray(i, i + STEP), i + STEP >= zip.length);
  if (failure) throw failure;
  const out: Record<string, Uint8Array> = {};
  for (const [name, chunks] of parts) {
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
    out[name] = bytes;
  }
  return out;
}

/**
 * The catalog file inside a zip. A CMS RVU bundle (RVU25D.zip): its PPRRVU file, CSV preferred, then
 * XLSX, then TXT (GPCI, locality and anesthesia files are ignored). Any other zip (the HCPCS or ASP
 * downloads): the first file that is recognisably HCPCS or ASP, PDFs and crosswalks ignored.
 */
export function pickCatalogEntry(zip: Uint8Array, zipName: string): { name: string; bytes: Uint8Array } {
  return pickCatalogEntries(zip, zipName).picked[0];
}

/**
 * The catalog file(s) to read from a zip and the names left unread. One PPRRVU file, except for a
 * CY2026-style bundle holding a nonQPP and a QPP file: then both (nonQPP first), of the same format.
 */
export function pickCatalogEntries(
  zip: Uint8Array,
  zipName: string,
): { picked: { name: string; bytes: Uint8Array }[]; skipped: string[] } {
  const entries = zipEntries(zip).filter((n) => !n.startsWith('__MACOSX/') && !n.endsWith('/'));
  const extract = (name: string) => ({
    name: baseName(name),
    bytes: inflateEntries(zip, (n) => n === name)[name],
  });
  const rank = (n: string) => EXT_RANK[n.split('.').pop()!.toLowerCase()];
  const pprrvu = entries.filter((n) => /PPRRVU/i.test(baseName(n)) && rank(n) !== undefined);
  pprrvu.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (pprrvu.length > 0) {
    const sameFormat = pprrvu.filter((n) => rank(n) === rank(pprrvu[0]));
    const nonQp = sameFormat.find((n) => qppVariantOf(n) === 'nonQP');
    const qp = sameFormat.find((n) => qppVariantOf(n) === 'QP');
    const names = nonQp && qp ? [nonQp, qp] : [pprrvu[0]];
    return { picked: names.map(extract), skipped: entries.filter((n) => !names.includes(n)).map(baseName) };
  }
  const others = entries
    .filter((n) => rank(n) !== undefined)
    .sort()
    .map(extract)
    .map((e) => ({ ...e, kind: sniffCatalogKind(e.bytes, e.name) }))
    .filter((e) => e.kind === 'HCPCS' || e.kind === 'ASP');
  if (others.length === 0)
    throw new CatalogFileError(
      zipName,
      null,
      'the zip holds no PPRRVU, HCPCS or ASP file (.csv, .xlsx or .txt)',
    );
  return {
    picked: [others[0]],
    skipped: entries.filter((n) => baseName(n) !== others[0].name).map(baseName),
  };
}

export async function parseCatalogFile(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<ParsedCatalogFile> {
  const name = baseName(fileName);
  if (isZip(bytes)) {
    let entries: string[];
    try {
      entries = zipEntries(bytes);
    } catch (err) {
      throw new CatalogFileError(
        name,
        null,
        `not a readable zip file (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    if (entries.includes('xl/workbook.xml')) {
      const workbook = await loadWorkbook(bytes, name);
      if (workbook.worksheets.some(sheetHasPprrvuHeader))
        return { kind: 'PPRRVU', file: parsePprrvuWorkbook(workbook, name, options) };
      return { kind: 'HCPCS', file: parseHcpcsWorkbook(workbook, name) };
    }
    const { picked, skipped } = pickCatalogEntries(bytes, name);
    // A TXT has no title line: the bundle's own name (RVU25D.zip) is a second source of the release.
    const inner = await Promise.all(
      picked.map((entry) =>
        parseCatalogFile(entry.bytes, entry.name, { ...options, containerName: name }).catch(
          (err: unknown) => {
            if (err instanceof CatalogFileError)
              throw new CatalogFileError(`${name}/${err.file}`, err.line, err.reason);
            throw err;
          },
        ),
      ),
    );
    const [first, second] = inner;
    const parsed: ParsedCatalogFile =
      first.kind === 'PPRRVU' && second?.kind === 'PPRRVU'
        ? { kind: 'PPRRVU', file: mergeQppPair(first.file, second.file) }
        : first;
    return { ...parsed, skipped } as ParsedCatalogFile;
  }

  const head = headText(bytes);
  const firstLines = head.split('\n').slice(0, 60);
  if (
    firstLines.some((l) => l.startsWith('HDR ')) ||
    (/\.txt$/i.test(name) && !firstLines.some((l) => l.includes(',')))
  ) {
    return { kind: 'PPRRVU', file: parsePprrvuTxt(bytes, name, options) };
  }
  // Tokenise only the head to look for a header; a cut-off last line there does not matter.
  const headRows = readCsvHead(head, name);
  if (locateHeader(headRows, [], { isAnchor: isAspAnchor, maxScan: 60 })) {
    return { kind: 'ASP', file: parseAspCsv(bytes, name, { quarter: options.releaseId }) };
  }
  if (locateHeader(headRows, RVU_COLUMNS, { isAnchor: isPprrvuAnchor, maxScan: 100 })) {
    return { kind: 'PPRRVU', file: parsePprrvuCsv(bytes, name, options) };
  }
  throw new CatalogFileError(
    name,
    null,
    'not a recognised CMS file: expected a PPRRVU relative value file (CSV, TXT, XLSX or RVU zip), the HCPCS Level II XLSX or the ASP pricing CSV',
  );
}

function readCsvHead(head: string, name: string): string[][] {
  const text = head.slice(0, head.lastIndexOf('\n') + 1);
  try {
    return readCsv(new TextEncoder().encode(text), name).rows;
  } catch {
    return [];
  }
}

/**
 * The kind of a file without parsing it all (to order a folder import: PPRRVU, then HCPCS, then ASP).
 * Null when it is none of them. A workbook is told apart by its shared strings.
 */
export function sniffCatalogKind(bytes: Uint8Array, fileName: string): CatalogKind | null {
  try {
    if (isZip(bytes)) {
      const entries = zipEntries(bytes);
      if (!entries.includes('xl/workbook.xml')) {
        if (entries.some((n) => /PPRRVU/i.test(baseName(n)))) return 'PPRRVU';
        const inner = pickCatalogEntry(bytes, fileName);
        return sniffCatalogKind(inner.bytes, inner.name);
      }
      const strings = inflateEntries(
        bytes,
        (name) => name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet1\.xml$/.test(name),
      );
      const text = Object.values(strings)
        .map((b) => strFromU8(b))
        .join(' ')
        .toUpperCase();
      if (text.includes('LONG DESCRIPTION')) return 'HCPCS';
      return text.includes('HCPCS') && text.includes('WORK') ? 'PPRRVU' : null;
    }
    const head = headText(bytes);
    if (head.split('\n', 60).some((l) => l.startsWith('HDR ') || FIXED_WIDTH_RECORD.test(l))) return 'PPRRVU';
    const rows = readCsvHead(head, fileName);
    if (locateHeader(rows, [], { isAnchor: isAspAnchor, maxScan: 60 })) return 'ASP';
    return locateHeader(rows, [], { isAnchor: isPprrvuAnchor, maxScan: 100 }) ? 'PPRRVU' : null;
  } catch {
    return null;
  }
}
