// Integration test of start-up provisioning (needs the database; see import.test.ts).
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ensureCatalog } from './bootstrap';
import { CMS, cmsPath, starterSubsetDir } from './test-files';

describe.skipIf(!process.env.DATABASE_URL)('ensureCatalog (database)', () => {
  let dir: string;
  const starterDir = starterSubsetDir(['RVU25D', '2025Q4']); // two parts of the starter: quicker
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'benchline-cms-dir-'));
    await symlink(cmsPath(CMS.rvu25dCsv), path.join(dir, 'PPRRVU2025_Oct.csv'));
  });
  const reset = () =>
    db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(starterDir, { recursive: true, force: true });
    await reset();
  });
  beforeEach(reset);

  it('loads the starter catalog when nothing is configured, prints its load time, and only once', async () => {
    const lines: string[] = [];
    const first = await ensureCatalog({ dataDir: '', starterDir, log: (l) => lines.push(l) });
    expect(first.starter.releasesLoaded).toEqual(['RVU25D']);
    expect(await db.rvuRelease.findMany({ select: { id: true, starter: true } })).toEqual([
      { id: 'RVU25D', starter: false },
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^catalog: \[1\/2\] PPRRVU RVU25D: 19,090 rows in \d+\.\d s$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^catalog: starter catalog loaded in \d+\.\d s: RVU25D/),
    );
    expect((await ensureCatalog({ dataDir: '', starterDir })).starter.loaded).toEqual([]);
  });

  it('imports the configured folder instead of the starter, and survives a missing source', async () => {
    const lines: string[] = [];
    const result = await ensureCatalog({
      dataDir: dir,
      starterDir,
      urls: ['/no/such/folder'],
      log: (l) => lines.push(l),
    });
    expect(result.outcomes.map((o) => [o.fileName, o.status])).toEqual([['PPRRVU2025_Oct.csv', 'imported']]);
    expect(result.starter.releasesLoaded).toEqual([]); // the same CMS file: the starter's copy is skipped
    expect(result.starter.curatedApplied).toBeGreaterThan(0);
    expect(await db.rvuRelease.findMany({ select: { id: true, starter: true } })).toEqual([
      { id: 'RVU25D', starter: false },
    ]);
    expect(lines.some((l) => l.includes('could not read /no/such/folder'))).toBe(true);
    expect((await ensureCatalog({ dataDir: dir, starterDir })).outcomes[0].status).toBe('already-imported');
  });
});
