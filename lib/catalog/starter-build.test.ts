// The starter catalog's parts: built from the real CMS files, they give back exactly what the
// parsers read from those files, and the committed manifest names each CMS file by its sha256.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CuratedCode } from './content/types';
import { parsePprrvuCsv } from './pprrvu';
import { fromStarterPprrvu, starterCurated, toStarterPprrvu } from './starter-build';
import { starterManifestSchema, STARTER_RVU_FIELDS } from './starter-format';
import { CMS, cmsPath, readCms } from './test-files';
import { readFileSync } from 'node:fs';

const STARTER = path.resolve(process.cwd(), 'prisma/seed/starter');

describe('starter catalog parts', () => {
  it('round-trips a whole release: every row and column as the CSV parser read it', () => {
    const file = parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'PPRRVU2025_Oct.csv');
    const part = toStarterPprrvu(file);
    expect(part.rows).toHaveLength(19090);
    expect(fromStarterPprrvu(JSON.parse(JSON.stringify(part)))).toEqual(file);
  });

  it('refuses a part of another column layout', () => {
    const part = toStarterPprrvu(parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'PPRRVU2025_Oct.csv'));
    expect(() => fromStarterPprrvu({ ...part, fields: STARTER_RVU_FIELDS.slice(1) })).toThrow(/rebuild it/);
  });

  it('keeps one curated entry per code and warns about duplicates', () => {
    const entry: CuratedCode = {
      code: '27447',
      synonyms: ['tka'],
      plainLanguage: 'Replacing the knee joint.',
      clinicalContext: 'End-stage arthritis.',
      specialties: ['Orthopedic Surgery'],
      popularity: 80,
    };
    const { curated, warnings } = starterCurated([entry, { ...entry, popularity: 1 }]);
    expect(curated).toEqual([{ ...entry, billingNotes: null }]);
    expect(warnings).toEqual(['27447 is curated twice; the first entry is kept']);
  });

  it('ships every release back to 2023, HCPCS and ASP, each naming its CMS file by sha256', () => {
    const manifest = starterManifestSchema.parse(
      JSON.parse(readFileSync(path.join(STARTER, 'manifest.json'), 'utf8')),
    );
    expect(manifest.parts.map((p) => [p.kind, p.id, p.records])).toEqual([
      ['PPRRVU', 'RVU23A', 18010],
      ['PPRRVU', 'RVU24B', 18534],
      ['PPRRVU', 'RVU25A', 18865],
      ['PPRRVU', 'RVU25B', 18923],
      ['PPRRVU', 'RVU25D', 19090],
      ['HCPCS', 'HCPC2025_OCT_ANWEB.xlsx', 8463],
      ['ASP', '2025Q4', 1012],
    ]);
    const sources: Record<string, string> = {
      'PPRRVU23_JAN.csv': 'pfs/RVU23A/PPRRVU23_JAN.csv',
      'RVU24B.zip': 'pfs/RVU24B/RVU24B.zip',
      'PPRRVU25_JAN.csv': CMS.rvu25aCsv,
      'PPRRVU25_APR.csv': CMS.rvu25bCsv,
      'PPRRVU2025_Oct.csv': CMS.rvu25dCsv,
      'HCPC2025_OCT_ANWEB.xlsx': CMS.hcpcs,
      'asp_pricing_oct2025.csv': CMS.asp,
    };
    for (const part of manifest.parts) {
      const sha = createHash('sha256')
        .update(readFileSync(cmsPath(sources[part.sourceFile])))
        .digest('hex');
      expect(part.sourceSha256, part.sourceFile).toBe(sha);
    }
    // Only the compact parts ship, never the CMS files themselves.
    expect(readdirSync(STARTER).every((f) => f === 'manifest.json' || f.endsWith('.json.gz'))).toBe(true);
  });
});
