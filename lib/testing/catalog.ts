// Loads real CMS files from ../shared/data into the test database (once per file: the importer is
// idempotent by sha256), so integration tests price against genuine RVU25A/B/D, HCPCS and ASP data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importCatalogFile } from '@/lib/catalog/import';

export const CMS_FILES = {
  RVU23A: 'pfs/RVU23A/PPRRVU23_JAN.csv',
  RVU25A: 'pfs/RVU25A/PPRRVU25_JAN.csv',
  RVU25B: 'pfs/RVU25B/PPRRVU25_APR.csv',
  RVU25D: 'pfs/RVU25D/PPRRVU2025_Oct.csv',
  HCPCS: 'hcpcs/HCPC2025_OCT_ANWEB.xlsx',
  ASP: 'asp/asp_pricing_oct2025.csv',
} as const;

const loaded = new Map<string, Promise<unknown>>();

export function cmsFile(name: keyof typeof CMS_FILES): string {
  return path.resolve(process.cwd(), '../shared/data/cms', CMS_FILES[name]);
}

export async function ensureCatalog(...names: (keyof typeof CMS_FILES)[]): Promise<void> {
  for (const name of names) {
    if (!loaded.has(name)) {
      const file = cmsFile(name);
      loaded.set(
        name,
        importCatalogFile({ buffer: new Uint8Array(readFileSync(file)), fileName: path.basename(file) }),
      );
    }
    await loaded.get(name);
  }
}
