// The day under the log form: the actor's own encounters of that date, lines in the order added,
// encounter and day totals. CMS PFS RVU25D: 27447 work 19.60, 20610 work 0.79 (halved as second: 0.40).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import { getDayLog } from './day';
import { createEntries, deleteEntry } from './mutations';

beforeAll(async () => {
  await ensureCatalog('RVU25D');
}, 120_000);

const line = (code: string, encounterKey: string, dateOfService = '2025-10-15') => ({
  id: randomUUID(),
  dateOfService,
  code,
  modifiers: [],
  units: 1,
  setting: 'FACILITY' as const,
  encounterKey,
});

describe('getDayLog', () => {
  it("lists one day's encounters of the actor only, with encounter and day totals", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const knee = [line('27447', 'k'), line('20610', 'k')];
    const visit = line('99213', 'v');
    const gone = line('99214', 'g');
    await createEntries({ actor: me, entries: [...knee, line('27447', 'x', '2025-10-16')] });
    await createEntries({ actor: me, entries: [visit, gone] });
    await deleteEntry({ actor: me, id: gone.id });
    await createEntries({ actor: other, entries: [line('27447', 'o')] });

    const day = await getDayLog({ actor: me, date: '2025-10-15' });
    expect(day.encounters.map((e) => e.lines.map((l) => l.code))).toEqual([['99213'], ['27447', '20610']]);
    expect(day.encounters[1].wrvu).toBe(20);
    expect(day.entries).toBe(3);
    expect(day.wrvu).toBe(21.3); // 19.60 + 0.40 + 1.30
    expect((await getDayLog({ actor: other, date: '2025-10-15' })).entries).toBe(1);
  });
});
