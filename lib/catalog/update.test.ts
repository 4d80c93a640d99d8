// catalog:update against a loopback HTTP server started here, serving fixture zips in the CY2026
// layout (lib/catalog/__fixtures__/cy2026) with the archive table pointed at it. Needs the database.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { PfsArchive } from './pfs-archives';
import { fixture2026 } from './test-files';
import { updateCatalog } from './update';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const rvu26a = zipSync({
  'PPRRVU2026_Jan_nonQPP.csv': fixture2026('PPRRVU2026_Jan_nonQPP.csv'),
  'PPRRVU2026_Jan_QPP.csv': fixture2026('PPRRVU2026_Jan_QPP.csv'),
  'PPRRVU2026_Jan_nonQPP.txt': fixture2026('PPRRVU2026_Jan_nonQPP.txt'),
});
const rvu26b = zipSync({ 'PPRRVU2026_Apr_nonQPP.csv': fixture2026('PPRRVU2026_Apr_nonQPP.csv') });
const A: PfsArchive = { release: 'RVU26A', file: 'rvu26a.zip', sha256: sha(rvu26a) };
const B: PfsArchive = { release: 'RVU26B', file: 'rvu26b.zip', sha256: sha(rvu26b) };

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');
const nothingChanged = async () => {
  expect(await db.rvuRelease.count()).toBe(0);
  expect(await db.catalogImport.count()).toBe(0);
};

describe.skipIf(!process.env.DATABASE_URL)('updateCatalog (loopback server, database)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = req.url === '/cms/rvu26a.zip' ? rvu26a : req.url === '/cms/rvu26b.zip' ? rvu26b : null;
      if (req.url === '/cms/cut.zip') {
        // Announces the whole archive, sends half of it and hangs up.
        res.writeHead(200, { 'content-length': String(rvu26a.length), 'content-type': 'application/zip' });
        res.write(Buffer.from(rvu26a.subarray(0, rvu26a.length >> 1)), () => res.destroy());
        return;
      }
      if (!body) return void res.writeHead(404).end('Not Found');
      res.writeHead(200, { 'content-length': String(body.length), 'content-type': 'application/zip' });
      res.end(Buffer.from(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cms/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await reset();
  });
  beforeEach(reset);

  it('downloads, verifies and imports the year in order, then skips what it has', async () => {
    const notes: string[] = [];
    const result = await updateCatalog({
      year: 2026,
      archives: [A, B],
      baseUrl: base,
      onProgress: (p) => notes.push(p.phase),
    });
    expect(result.imported.map((i) => [i.release, i.result.status])).toEqual([
      ['RVU26A', 'imported'],
      ['RVU26B', 'imported'],
    ]);
    expect(notes).toContain('download');
    const releases = await db.rvuRelease.findMany({
      select: { id: true, effectiveFrom: true, conversionFactor: true, conversionFactorQp: true },
      orderBy: { effectiveFrom: 'asc' },
    });
    expect(
      releases.map((r) => [
        r.id,
        r.effectiveFrom.toISOString().slice(0, 10),
        r.conversionFactor?.toString(),
        r.conversionFactorQp?.toString(),
      ]),
    ).toEqual([
      ['RVU26A', '2026-01-01', '33.4009', '33.5675'],
      ['RVU26B', '2026-04-01', '33.4009', undefined],
    ]);
    const again = await updateCatalog({ year: 2026, archives: [A, B], baseUrl: base });
    expect(again).toEqual({ skipped: ['RVU26A', 'RVU26B'], imported: [] });
  });

  it('fails on a checksum mismatch and imports nothing, not even the good archive before it', async () => {
    await expect(
      updateCatalog({ year: 2026, archives: [A, { ...B, sha256: sha(rvu26a) }], baseUrl: base }),
    ).rejects.toThrow(
      /RVU26B: checksum mismatch for http:\/\/127\.0\.0\.1:\d+\/cms\/rvu26b\.zip: expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}; nothing was imported/,
    );
    await nothingChanged();
  });

  it('fails on a 404 and imports nothing', async () => {
    await expect(
      updateCatalog({ year: 2026, archives: [A, { ...B, file: 'gone.zip' }], baseUrl: base }),
    ).rejects.toThrow(/RVU26B: Download failed: .*gone\.zip answered 404/);
    await nothingChanged();
  });

  it('fails on a truncated download and imports nothing', async () => {
    await expect(
      updateCatalog({ year: 2026, archives: [A, { ...B, file: 'cut.zip' }], baseUrl: base }),
    ).rejects.toThrow(/RVU26B: .*(cut off|truncated)/);
    await nothingChanged();
  });

  it('says when it knows no archives for a year', async () => {
    await expect(updateCatalog({ year: 2031 })).rejects.toThrow(/No CMS PFS archives known for 2031/);
  });
});
