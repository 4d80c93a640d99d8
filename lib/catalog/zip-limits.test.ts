// Catalog zips are unpacked as a stream with caps on entries and unpacked bytes: a zip bomb (a
// small zip of a huge file) is refused after the cap, without ever holding the huge file.
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { inflateEntries, pickCatalogEntry, ZIP_LIMITS } from './parse';

const saved = { ...ZIP_LIMITS };
afterEach(() => Object.assign(ZIP_LIMITS, saved));

describe('catalog zip limits', () => {
  it('refuses a zip whose file unpacks past the cap (counting real bytes), with a clear reason', () => {
    const bomb = zipSync({ 'PPRRVU2025_Oct.csv': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024); // a small upload...
    ZIP_LIMITS.maxUnpackedBytes = 8 * 1024 * 1024; // ...and a cap well under what it unpacks to
    expect(() => pickCatalogEntry(bomb, 'bomb.zip')).toThrow(/unpacks to more than 8 MB/);
  });

  it('refuses a zip with more entries than the cap, and unpacks a normal zip in full', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, new Uint8Array([1])]));
    ZIP_LIMITS.maxEntries = 20;
    expect(() => pickCatalogEntry(zipSync(many), 'many.zip')).toThrow(/more than 20 files/);
    const text = new TextEncoder().encode('HCPC,MOD\n99213,\n'.repeat(10_000));
    const out = inflateEntries(zipSync({ 'a/PPRRVU.csv': text }), (n) => n.endsWith('.csv'));
    expect(out['a/PPRRVU.csv']).toEqual(text);
  });
});
