// Integration test of start-up provisioning (needs the database; see import.test.ts).
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ensureCatalog } from './bootstrap';
import { CMS, cmsPath } from './test-files';

describe.skipIf(!process.env.DATABASE_URL)('ensureCatalog (database)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'benchline-cms-dir-'));
    await symlink(cmsPath(CMS.rvu25dCsv), path.join(dir, 'PPRRVU2025_Oct.csv'));
  });
  const reset = () =>
    db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await reset();
  });
  beforeEach(reset);

  it('loads the starter catalog when nothing is configured, and only once', async () => {
    const first = await ensureCatalog({ dataDir: '' });
    expect(first.starter.releaseLoaded).toBe('RVU25D');
    expect(await db.rvuRelease.findMany({ select: { id: true, starter: true } })).toEqual([
      { id: 'RVU25D', starter: true },
    ]);
    expect((await ensureCatalog({ dataDir: '' })).starter.releaseLoaded).toBeNull();
  });

  it('imports the configured folder instead of the starter, and survives a missing source', async () => {
    const lines: string[] = [];
    const result = await ensureCatalog({
      dataDir: dir,
      urls: ['/no/such/folder'],
      log: (l) => lines.push(l),
    });
    expect(result.outcomes.map((o) => [o.fileName, o.status])).toEqual([['PPRRVU2025_Oct.csv', 'imported']]);
    expect(result.starter.releaseLoaded).toBeNull();
    expect(result.starter.curatedApplied).toBeGreaterThan(0);
    expect(await db.rvuRelease.findMany({ select: { id: true, starter: true } })).toEqual([
      { id: 'RVU25D', starter: false },
    ]);
    expect(lines.some((l) => l.includes('could not read /no/such/folder'))).toBe(true);
    expect((await ensureCatalog({ dataDir: dir })).outcomes[0].status).toBe('already-imported');
  });
});
