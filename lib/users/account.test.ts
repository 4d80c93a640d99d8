// "Download my data" and "Delete my account" against real PostgreSQL: the export holds everything
// of the actor and nothing of anyone else; deletion needs the password, removes the personal data,
// and leaves an audit trail of ids only. Another user's data is untouched throughout.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createSite, addFavorite } from '@/lib/logs/favorites';
import { commitImport } from '@/lib/logs/import';
import { createEntries, deleteEntry, updateEntry } from '@/lib/logs/mutations';
import { accountKey, recordSignInFailure } from '@/lib/auth/throttle';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser, TEST_PASSWORD } from '@/lib/testing/factories';
import type { Actor } from '@/lib/session';
import { deleteAccount, exportAccountDataText, EXPORT_FORMAT } from './account';
import { addTimeOff } from './mutations';

beforeAll(async () => {
  await ensureCatalog('RVU25D');
}, 120_000);

async function populate(actor: Actor, note: string) {
  const site = await createSite({ actor, name: `Site of ${actor.name}` });
  const fav = await addFavorite({ actor, code: '99213', modifiers: [] });
  const ids = [randomUUID(), randomUUID(), randomUUID()];
  await createEntries({
    actor,
    entries: ids.map((id, i) => ({
      id,
      dateOfService: '2025-10-15',
      code: i ? '99213' : '27447',
      modifiers: [],
      units: 1,
      setting: 'FACILITY' as const,
      siteId: site.id,
      note,
    })),
  });
  await updateEntry({ actor, input: { id: ids[0], note: `${note} (edited)` } });
  await deleteEntry({ actor, id: ids[2] });
  const off = await addTimeOff({
    actor,
    input: { startDate: '2025-12-22', endDate: '2025-12-26', note: 'Holidays' },
  });
  const csv = `date_of_service,code,modifiers,units,encounter\n2025-10-16,99214,,1,e1\n2025-10-16,99213,,1,e2\n`;
  const imported = await commitImport({ actor, text: csv, fileName: `my-${actor.id}.csv` });
  return { site, fav, ids, off, importId: imported.importId };
}

describe('download my data', () => {
  it('exports the profile, entries (with deleted ones), sites, favorites, time off, imports and audit events, never the hash or another user', async () => {
    const a = await createTestUser({ name: 'Dr. Export Alpha' });
    const b = await createTestUser({ name: 'Dr. Export Bravo' });
    const mine = await populate(a, 'alpha private note');
    await populate(b, 'bravo private note');
    const text = await exportAccountDataText({ actor: a });
    const data = JSON.parse(text);
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.profile).toMatchObject({ id: a.id, email: a.email, name: 'Dr. Export Alpha' });
    expect(data.sites.map((s: { id: string }) => s.id)).toEqual([mine.site.id]);
    expect(data.favorites.map((f: { id: string }) => f.id)).toEqual([mine.fav.id]);
    expect(data.timeOff).toEqual([
      { id: mine.off.id, startDate: '2025-12-22', endDate: '2025-12-26', note: 'Holidays' },
    ]);
    expect(data.imports.map((i: { id: string }) => i.id)).toEqual([mine.importId]);
    expect(data.entries).toHaveLength(5); // 3 by hand (one deleted) + 2 imported
    expect(data.entries.find((e: { id: string }) => e.id === mine.ids[2]).deletedAt).not.toBeNull();
    expect(data.entries.find((e: { id: string }) => e.id === mine.ids[0])).toMatchObject({
      note: 'alpha private note (edited)',
      creditedWrvu: '19.60',
      dateOfService: '2025-10-15',
    });
    const actions = data.auditEvents.map((e: { action: string }) => e.action).sort();
    expect(actions).toEqual(
      expect.arrayContaining(['entry.create', 'entry.update', 'entry.delete', 'entries.import']),
    );
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain(b.id);
    expect(text).not.toContain(b.email);
    expect(text).not.toContain('bravo private note');
  });
});

describe('delete my account', () => {
  it('refuses a wrong password: nothing is deleted, and the failure counts against the account', async () => {
    const a = await createTestUser();
    await populate(a, 'keep me');
    await expect(
      deleteAccount({ actor: a, password: 'not my password', ip: '192.0.2.50' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await db.user.count({ where: { id: a.id } })).toBe(1);
    expect(await db.logEntry.count({ where: { userId: a.id } })).toBe(5);
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(a.email) } })).failures).toBe(
      1,
    );
  });

  it('is refused while the account must wait (throttled like sign-in)', async () => {
    const a = await createTestUser();
    for (let i = 0; i < 10; i++) await recordSignInFailure({ email: a.email, ip: '192.0.2.51' });
    const err = await deleteAccount({ actor: a, password: TEST_PASSWORD, ip: '192.0.2.51' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('RATE_LIMITED');
    expect((err as AppError).message).toMatch(/^Too many attempts\. Try again in \d+ (seconds?|minutes)\.$/);
    expect(await db.user.count({ where: { id: a.id } })).toBe(1);
  });

  it('removes the user and all personal data; the audit trail keeps ids only; another user is untouched', async () => {
    const a = await createTestUser({ name: 'Dr. Delete Alpha' });
    const b = await createTestUser({ name: 'Dr. Delete Bravo' });
    const mine = await populate(a, 'alpha secret note');
    await populate(b, 'bravo note');
    const catalogRow = await db.catalogImport.create({
      data: { kind: 'ASP', sourceFile: 'x.csv', sha256: randomUUID(), summary: {}, importedBy: a.email },
    });
    await recordSignInFailure({ email: a.email, ip: '192.0.2.52' });
    const bBefore = await counts(b.id);
    const auditIdsBefore = (await db.auditEvent.findMany({ where: { actorId: a.id }, select: { id: true } }))
      .map((e) => e.id)
      .sort();

    expect(await deleteAccount({ actor: a, password: TEST_PASSWORD, ip: '192.0.2.52' })).toEqual({
      deleted: true,
    });

    expect(await db.user.count({ where: { id: a.id } })).toBe(0);
    expect(await counts(a.id)).toEqual({
      entries: 0,
      sites: 0,
      favorites: 0,
      timeOff: 0,
      imports: 0,
      memberships: 0,
      daily: 0,
    });
    expect(await db.authThrottle.count({ where: { key: accountKey(a.email) } })).toBe(0);
    expect(
      (await db.catalogImport.findUniqueOrThrow({ where: { id: catalogRow.id } })).importedBy,
    ).toBeNull();
    // Audit rows survive as ids: same rows, no before/after, nothing that names the person.
    const audit = await db.auditEvent.findMany({ where: { actorId: a.id }, orderBy: { createdAt: 'asc' } });
    expect(
      audit
        .filter((e) => e.action !== 'user.delete')
        .map((e) => e.id)
        .sort(),
    ).toEqual(auditIdsBefore);
    expect(audit.every((e) => e.before === null && e.after === null)).toBe(true);
    expect(audit.at(-1)).toMatchObject({ action: 'user.delete', entityType: 'User', entityId: a.id });
    const aboutEntries = await db.auditEvent.findMany({
      where: { entityId: { in: [...mine.ids, mine.importId] } },
    });
    expect(aboutEntries.length).toBeGreaterThan(0);
    expect(aboutEntries.every((e) => e.before === null && e.after === null)).toBe(true);
    const [{ leaks }] = await db.$queryRaw<{ leaks: bigint }[]>`
      select count(*) as leaks from "AuditEvent" where coalesce(before::text, '') || coalesce(after::text, '') ilike ${'%' + a.email + '%'}
        or coalesce(before::text, '') || coalesce(after::text, '') ilike '%alpha secret note%'`;
    expect(Number(leaks)).toBe(0);
    // The other user is exactly as before.
    expect(await counts(b.id)).toEqual(bBefore);
    expect(await db.user.count({ where: { id: b.id } })).toBe(1);
  });
});

async function counts(userId: string) {
  const [entries, sites, favorites, timeOff, imports, memberships, daily] = await Promise.all([
    db.logEntry.count({ where: { userId } }),
    db.site.count({ where: { userId } }),
    db.favorite.count({ where: { userId } }),
    db.timeOff.count({ where: { userId } }),
    db.entryImport.count({ where: { userId } }),
    db.membership.count({ where: { userId } }),
    db.dailyWrvu.count({ where: { userId } }),
  ]);
  return { entries, sites, favorites, timeOff, imports, memberships, daily };
}
