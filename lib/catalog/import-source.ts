// Importing from where the files are: one file, a folder of CMS files, or a URL (downloaded with
// progress). A folder imports every recognised file in a safe order: PPRRVU releases oldest first
// (one file per release: CSV before XLSX, zip, TXT), then HCPCS, then ASP. Used by the CLI and by
// first-run start-up; each file is its own transaction through importCatalogFile.
import 'server-only';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { importCatalogFile, type ImportCatalogResult, type ImportProgress } from './import';
import { sniffCatalogKind, type CatalogKind } from './parse';
import { releaseMetaFromFileName } from './release';

export type SourceFileOutcome =
  | { fileName: string; status: 'imported' | 'already-imported'; result: ImportCatalogResult }
  | { fileName: string; status: 'skipped' | 'failed'; message: string };

export type ImportSourceOptions = {
  source: string; // a file, a folder or an http(s) URL
  releaseId?: string; // only for a single file or URL
  replace?: boolean;
  importedBy?: string;
  onFile?: (fileName: string, index: number, total: number) => void;
  onProgress?: (fileName: string, progress: ImportProgress) => void;
  onDownload?: (received: number, total: number | null) => void;
  onOutcome?: (outcome: SourceFileOutcome) => void; // as each file finishes (or is skipped)
};

const MAX_DOWNLOAD = 512 * 1024 * 1024;
const KIND_ORDER: Record<CatalogKind, number> = { PPRRVU: 0, HCPCS: 1, ASP: 2 };
const FORMAT_RANK = (name: string) =>
  ({ csv: 0, xlsx: 1, zip: 2, txt: 3 })[name.split('.').pop()!.toLowerCase()] ?? 4;

/** Download a URL into memory, reporting bytes received. */
export async function downloadFile(
  url: string,
  onDownload?: ImportSourceOptions['onDownload'],
): Promise<{ fileName: string; buffer: Uint8Array }> {
  const response = await fetch(url, { redirect: 'follow' }).catch((err: unknown) => {
    const cause =
      err instanceof Error && err.cause instanceof Error
        ? err.cause.message
        : err instanceof Error
          ? err.message
          : String(err);
    throw new Error(`Download failed: ${url} (${cause})`);
  });
  if (!response.ok || !response.body)
    throw new Error(`Download failed: ${url} answered ${response.status} ${response.statusText}`);
  const total = Number(response.headers.get('content-length')) || null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    received += chunk.value.byteLength;
    if (received > MAX_DOWNLOAD)
      throw new Error(`Download too large: ${url} is over ${MAX_DOWNLOAD / 1024 / 1024} MB`);
    chunks.push(chunk.value);
    onDownload?.(received, total);
  }
  const disposition = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(
    response.headers.get('content-disposition') ?? '',
  )?.[1];
  const fromPath = decodeURIComponent(new URL(response.url || url).pathname.split('/').pop() ?? '');
  return { fileName: disposition ?? (fromPath || 'download'), buffer: Buffer.concat(chunks) };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat();
}

async function importOne(
  buffer: Uint8Array,
  fileName: string,
  options: ImportSourceOptions,
): Promise<SourceFileOutcome> {
  try {
    const result = await importCatalogFile({
      buffer,
      fileName,
      releaseId: options.releaseId,
      replace: options.replace,
      importedBy: options.importedBy,
      onProgress: (p) => options.onProgress?.(fileName, p),
    });
    return { fileName, status: result.status, result };
  } catch (err) {
    return { fileName, status: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

export async function importCatalogSource(options: ImportSourceOptions): Promise<SourceFileOutcome[]> {
  const outcomes: SourceFileOutcome[] = [];
  const record = (outcome: SourceFileOutcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  const { source } = options;
  if (/^https?:\/\//i.test(source)) {
    const { fileName, buffer } = await downloadFile(source, options.onDownload);
    options.onFile?.(fileName, 0, 1);
    record(await importOne(buffer, fileName, options));
    return outcomes;
  }
  const info = await stat(source).catch(() => null);
  if (!info) throw new Error(`No such file or folder: ${source}`);
  if (!info.isDirectory()) {
    options.onFile?.(path.basename(source), 0, 1);
    record(await importOne(new Uint8Array(await readFile(source)), path.basename(source), options));
    return outcomes;
  }
  if (options.releaseId) throw new Error('--release applies to a single file or URL, not to a folder');

  const found: { file: string; name: string; kind: CatalogKind; buffer: Uint8Array }[] = [];
  for (const file of await listFiles(source)) {
    const buffer = new Uint8Array(await readFile(file));
    const name = path.basename(file);
    const kind = sniffCatalogKind(buffer, name);
    if (kind) found.push({ file, name, kind, buffer });
    else record({ fileName: name, status: 'skipped', message: 'not a PPRRVU, HCPCS or ASP file' });
  }
  const releaseStart = (name: string) => releaseMetaFromFileName(name)?.effectiveFrom ?? '9999';
  found.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      releaseStart(a.name).localeCompare(releaseStart(b.name)) ||
      FORMAT_RANK(a.name) - FORMAT_RANK(b.name) ||
      a.name.localeCompare(b.name),
  );

  // The same release often ships as CSV, XLSX and TXT side by side: import the first one only.
  const imported = new Map<string, string>();
  for (const [index, f] of found.entries()) {
    const release = f.kind === 'PPRRVU' ? releaseMetaFromFileName(f.name)?.id : undefined;
    if (release && imported.has(release)) {
      record({
        fileName: f.name,
        status: 'skipped',
        message: `${release} already taken from ${imported.get(release)}`,
      });
      continue;
    }
    options.onFile?.(f.name, index, found.length);
    const outcome = await importOne(f.buffer, f.name, options);
    if (release && outcome.status !== 'failed') imported.set(release, f.name);
    record(outcome);
  }
  return outcomes;
}
