// The embedded PostgreSQL lifecycle that `npm start` relies on: data survives a restart, a second
// process joins the running server, and a server orphaned by a killed owner is replaced cleanly.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, startEmbedded } from './db.mjs';

const dir = mkdtempSync(path.join(process.cwd(), '.data', 'tmp', 'lifecycle-'));
const clusterDir = path.join(dir, 'postgres');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps data across a restart and lets a second process join the live server', async () => {
    const first = await startEmbedded({ clusterDir });
    const url = first.url('lifecycle');
    await ensureDatabase(url);
    await query(url, 'create table kept (v text); insert into kept values ($$still here$$)');

    const joiner = await startEmbedded({ clusterDir });
    expect(joiner.owned).toBe(false);
    expect(await query(joiner.url('lifecycle'), 'select v from kept')).toEqual([{ v: 'still here' }]);
    await joiner.stop(); // a joiner never stops the owner's server
    expect(await query(url, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);

    await first.stop();
    const second = await startEmbedded({ clusterDir });
    expect(second.owned).toBe(true);
    expect(await query(second.url('lifecycle'), 'select v from kept')).toEqual([{ v: 'still here' }]);
    // Simulate a killed owner: the owner file names a dead process while postgres keeps running.
    writeFileSync(`${clusterDir}.owner`, '999999\n');
    const third = await startEmbedded({ clusterDir });
    expect(third.owned).toBe(true);
    expect(await query(third.url('lifecycle'), 'select v from kept')).toEqual([{ v: 'still here' }]);
    await third.stop();
  }, 60_000);
});
