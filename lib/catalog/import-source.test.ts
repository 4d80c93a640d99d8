// Integration tests of folder and URL imports (needs the database; see import.test.ts). The folder is
// a temporary directory of symlinks to the shared reference files, so nothing is copied.
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { importCatalogSource } from './import-source';
import { CMS, cmsPath, readCms } from './test-files';

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');

describe.skipIf(!process.env.DATABASE_URL)('importCatalogSource (database)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'benchline-cms-'));
    await mkdir(path.join(dir, 'RVU25A'));
    const links: [string, string][] = [
      [CMS.asp, 'asp_pricing_oct2025.csv'],
      [CMS.hcpcs, 'HCPC2025_OCT_ANWEB.xlsx'],
      [CMS.rvu25dTxt, 'PPRRVU2025_Oct.txt'],
      [CMS.rvu25dCsv, 'PPRRVU2025_Oct.csv'],
      [CMS.gpci, 'GPCI2025.csv'],
      [CMS.rvu25aCsv, 'RVU25A/PPRRVU25_JAN.csv'],
    ];
    for (const [from, to] of links) await symlink(cmsPath(from), path.join(dir, to));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await reset();
  });
  beforeEach(reset);

  it('imports a folder in order (PPRRVU oldest first, then HCPCS, then ASP), one file per release', async () => {
    const started: string[] = [];
    const outcomes = await importCatalogSource({ source: dir, onFile: (name) => started.push(name) });
    expect(started).toEqual([
      'PPRRVU25_JAN.csv',
      'PPRRVU2025_Oct.csv',
      'HCPC2025_OCT_ANWEB.xlsx',
      'asp_pricing_oct2025.csv',
    ]);
    const byName = Object.fromEntries(outcomes.map((o) => [o.fileName, o.status]));
    expect(byName).toEqual({
      'GPCI2025.csv': 'skipped',
      'PPRRVU25_JAN.csv': 'imported',
      'PPRRVU2025_Oct.csv': 'imported',
      'PPRRVU2025_Oct.txt': 'skipped',
      'HCPC2025_OCT_ANWEB.xlsx': 'imported',
      'asp_pricing_oct2025.csv': 'imported',
    });
    const oct = outcomes.find((o) => o.fileName === 'PPRRVU2025_Oct.csv');
    expect(oct && 'result' in oct && oct.result.summary).toMatchObject({ previousReleaseId: 'RVU25A' });
    expect(
      (await importCatalogSource({ source: dir })).filter((o) => o.status === 'already-imported'),
    ).toHaveLength(4);
  });

  it('imports one file with a release override, and refuses an override for a folder', async () => {
    const [outcome] = await importCatalogSource({
      source: path.join(dir, 'PPRRVU2025_Oct.txt'),
      releaseId: 'RVU25C',
    });
    expect(outcome.status).toBe('imported');
    expect(await db.rvuRelease.findUnique({ where: { id: 'RVU25C' }, select: { rowCount: true } })).toEqual({
      rowCount: 19090,
    });
    await expect(importCatalogSource({ source: dir, releaseId: 'RVU25C' })).rejects.toThrow(/single file/);
    await expect(importCatalogSource({ source: path.join(dir, 'nope.csv') })).rejects.toThrow(
      /No such file or folder/,
    );
  });

  it('downloads a URL with progress and imports it; a failed file is reported, not thrown', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/files/asp_pricing_oct2025.csv') {
        const body = readCms(CMS.asp);
        res.writeHead(200, { 'content-length': body.length, 'content-type': 'text/csv' }).end(body);
      } else if (req.url === '/bad.csv') res.writeHead(200).end('HCPCS Code,Payment Limit\nJ2820,lots\n');
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const progress: [number, number | null][] = [];
      const [ok] = await importCatalogSource({
        source: `${base}/files/asp_pricing_oct2025.csv`,
        onDownload: (r, t) => progress.push([r, t]),
      });
      expect(ok).toMatchObject({ fileName: 'asp_pricing_oct2025.csv', status: 'imported' });
      expect(progress.at(-1)).toEqual([readCms(CMS.asp).length, readCms(CMS.asp).length]);
      expect(await db.drugPrice.count()).toBe(1012);

      const [bad] = await importCatalogSource({ source: `${base}/bad.csv`, releaseId: '2025Q4' });
      expect(bad).toMatchObject({
        status: 'failed',
        message: 'bad.csv, line 2: Payment Limit is not a number: "lots"',
      });
      await expect(importCatalogSource({ source: `${base}/missing.csv` })).rejects.toThrow(/answered 404/);
    } finally {
      server.close();
    }
  });
});
