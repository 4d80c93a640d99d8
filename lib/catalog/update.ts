// Catching up with CMS: download a year's PFS archives from their published addresses
// (pfs-archives.ts), verify each one's sha256, then import them in order and re-price the entries
// they affect (the ordinary import + recompute path). Every archive is downloaded and verified
// before anything is imported, so a 404, a truncated download or a checksum mismatch fails with
// the archive's name and changes nothing. Archives already imported (by sha256) are skipped.
import 'server-only';
import { db } from '@/lib/db';
import { describeRecompute, recomputeForRelease } from '@/lib/logs/recompute';
import { importCatalogFile, sha256Hex, type ImportCatalogResult } from './import';
import { downloadFile } from './import-source';
import { archiveUrl, pfsArchiveTable, type PfsArchive } from './pfs-archives';

export type UpdateProgress =
  | { phase: 'download'; release: string; received: number; total: number | null }
  | { phase: 'import'; release: string; index: number; count: number }
  | { phase: 'note'; message: string };

export type UpdateCatalogOptions = {
  year: number;
  archives?: readonly PfsArchive[]; // defaults to the table's year
  baseUrl?: string; // defaults to CMS_PFS_ARCHIVE_BASE_URL or cms.gov
  importedBy?: string;
  onProgress?: (p: UpdateProgress) => void;
};

export type UpdateCatalogResult = {
  skipped: string[]; // releases already imported from these exact archives
  imported: { release: string; result: ImportCatalogResult; recompute: string | null }[];
};

export class CatalogUpdateError extends Error {}

export async function updateCatalog(options: UpdateCatalogOptions): Promise<UpdateCatalogResult> {
  const { year, onProgress } = options;
  const archives = options.archives ?? pfsArchiveTable()[String(year)];
  if (!archives?.length)
    throw new CatalogUpdateError(
      `No CMS PFS archives known for ${year}. Download them from cms.gov (PFS Relative Value Files) and use npm run catalog:import, or set CMS_PFS_ARCHIVES.`,
    );
  const result: UpdateCatalogResult = { skipped: [], imported: [] };
  const pending: PfsArchive[] = [];
  for (const archive of archives) {
    const done = await db.catalogImport.findFirst({
      where: { sha256: archive.sha256 },
      select: { id: true },
    });
    if (done) {
      result.skipped.push(archive.release);
      onProgress?.({ phase: 'note', message: `${archive.release}: already imported from ${archive.file}` });
    } else pending.push(archive);
  }

  const downloaded: { archive: PfsArchive; fileName: string; buffer: Uint8Array }[] = [];
  for (const archive of pending) {
    const url = archiveUrl(archive, options.baseUrl);
    let file: { fileName: string; buffer: Uint8Array };
    let expected: number | null = null;
    try {
      file = await downloadFile(url, (received, total) => {
        expected = total;
        onProgress?.({ phase: 'download', release: archive.release, received, total });
      });
    } catch (err) {
      throw new CatalogUpdateError(
        `${archive.release}: ${err instanceof Error ? err.message : String(err)} (the download was cut off or refused); nothing was imported.`,
      );
    }
    if (expected !== null && file.buffer.byteLength !== expected)
      throw new CatalogUpdateError(
        `${archive.release}: the download of ${url} is truncated (${file.buffer.byteLength} of ${expected} bytes); nothing was imported.`,
      );
    const sha256 = sha256Hex(file.buffer);
    if (sha256 !== archive.sha256)
      throw new CatalogUpdateError(
        `${archive.release}: checksum mismatch for ${url}: expected sha256 ${archive.sha256}, got ${sha256}; nothing was imported.`,
      );
    downloaded.push({ archive, fileName: archive.file, buffer: file.buffer });
  }

  for (const [index, { archive, fileName, buffer }] of downloaded.entries()) {
    onProgress?.({ phase: 'import', release: archive.release, index, count: downloaded.length });
    const imported = await importCatalogFile({
      buffer,
      fileName,
      importedBy: options.importedBy ?? 'catalog:update',
    });
    const recompute =
      imported.status === 'imported' && imported.kind === 'PPRRVU' && imported.releaseId
        ? describeRecompute(await recomputeForRelease({ releaseId: imported.releaseId }))
        : null;
    result.imported.push({ release: archive.release, result: imported, recompute });
  }
  return result;
}
