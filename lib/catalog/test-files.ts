// Test helpers: the real CMS reference files in ../shared/data/cms (read in place, never copied into
// the project) and small rewrites of them that simulate other years' quirks.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { readCsv } from './parse-util';

export const CMS = {
  rvu25aCsv: 'pfs/RVU25A/PPRRVU25_JAN.csv',
  rvu25bCsv: 'pfs/RVU25B/PPRRVU25_APR.csv',
  rvu25dCsv: 'pfs/RVU25D/PPRRVU2025_Oct.csv',
  rvu25dTxt: 'pfs/RVU25D/PPRRVU2025_Oct.txt',
  gpci: 'pfs/RVU25D/GPCI2025.csv',
  locco: 'pfs/RVU25D/25LOCCO.csv',
  hcpcs: 'hcpcs/HCPC2025_OCT_ANWEB.xlsx',
  asp: 'asp/asp_pricing_oct2025.csv',
} as const;

export function cmsPath(relative: string): string {
  return path.resolve(process.cwd(), '../shared/data/cms', relative);
}

const cache = new Map<string, Uint8Array>();

export function readCms(relative: string): Uint8Array {
  let bytes = cache.get(relative);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(cmsPath(relative)));
    cache.set(relative, bytes);
  }
  return bytes;
}

export function cmsText(relative: string): string {
  return new TextDecoder().decode(readCms(relative));
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A CSV's rows as cells (for rewriting), and back to CRLF CSV bytes. */
export function csvCells(bytes: Uint8Array): string[][] {
  return readCsv(bytes, 'fixture.csv').rows;
}

export function toCsv(rows: string[][], newline = '\r\n'): Uint8Array {
  return encode(Papa.unparse(rows, { newline }));
}

/** 1-based line number of the first line starting with `prefix`. */
export function lineOf(text: string, prefix: string): number {
  return text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(prefix)) + 1;
}

/** A temporary starter folder holding only some parts of prisma/seed/starter (quicker to load). */
export function starterSubsetDir(ids: readonly string[]): string {
  const source = path.resolve(process.cwd(), 'prisma/seed/starter');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'benchline-starter-'));
  const manifest = JSON.parse(readFileSync(path.join(source, 'manifest.json'), 'utf8')) as {
    parts: { id: string; file: string }[];
    curatedFile: string;
  };
  const parts = manifest.parts.filter((p) => ids.includes(p.id));
  for (const file of [...parts.map((p) => p.file), manifest.curatedFile])
    copyFileSync(path.join(source, file), path.join(dir, file));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, parts }));
  return dir;
}

/** The CY2026-layout fixtures (lib/catalog/__fixtures__/cy2026, see its README). */
export function fixture2026(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.resolve(process.cwd(), 'lib/catalog/__fixtures__/cy2026', name)));
}
