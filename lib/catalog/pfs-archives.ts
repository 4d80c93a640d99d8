// The CMS PFS relative value archives Benchline knows how to fetch, by calendar year: where CMS
// publishes each release's zip and its sha256 (as published by CMS and pinned by
// seen-institute/worth; see ../shared/data/README.md). `npm run catalog:update` downloads them.
// CMS_PFS_ARCHIVE_BASE_URL replaces the cms.gov base (a mirror, or a test server); CMS_PFS_ARCHIVES
// (a JSON file of the same shape) replaces the whole table.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { env } from '@/lib/env';

export const CMS_ZIP_BASE = 'https://www.cms.gov/files/zip/';

const archiveSchema = z.object({
  release: z.string().regex(/^RVU\d{2}[A-D]/),
  file: z.string().min(1), // under the base URL
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PfsArchive = z.infer<typeof archiveSchema>;
export const pfsArchiveTableSchema = z.record(z.string().regex(/^\d{4}$/), z.array(archiveSchema));
export type PfsArchiveTable = z.infer<typeof pfsArchiveTableSchema>;

export const PFS_ARCHIVES: PfsArchiveTable = {
  '2026': [
    {
      release: 'RVU26A',
      file: 'rvu26a-updated-12-29-2025.zip',
      sha256: '91b9bdd5459bc4c19d4f8203410b29a672db37def2e70f01ef627b8b18fc7482',
    },
    {
      release: 'RVU26B',
      file: 'rvu26b-updated-05-01-2026.zip',
      sha256: '7d9a398769fc4da406aa99284f3ab1a56eb609696fcf2f6f166387574edd5728',
    },
    {
      release: 'RVU26C',
      file: 'rvu26c-updated-06-30-2026.zip',
      sha256: 'd45a158e02694c1539e7f88192c611883e377181eda86dc213359707bcacbacb',
    },
    {
      release: 'RVU26D',
      file: 'rvu26d-updated-08-26-2026.zip',
      sha256: '521ff0f4ecbf13b5d99dc1dc04d9f82e5361e55c6b4b6b3033043598bf8406e6',
    },
  ],
};

/** The table in use: CMS_PFS_ARCHIVES (a JSON file) when set, otherwise the built-in one. */
export function pfsArchiveTable(): PfsArchiveTable {
  if (!env.CMS_PFS_ARCHIVES) return PFS_ARCHIVES;
  return pfsArchiveTableSchema.parse(JSON.parse(readFileSync(env.CMS_PFS_ARCHIVES, 'utf8')));
}

export function archiveUrl(archive: PfsArchive, base = env.CMS_PFS_ARCHIVE_BASE_URL ?? CMS_ZIP_BASE): string {
  return new URL(archive.file, base.endsWith('/') ? base : `${base}/`).toString();
}
