// Site admins: nobody by default (the demo account is an ordinary user, and an old install's admin
// demo account is demoted), granted and revoked only through setSiteAdmin (npm run admin).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DEMO_EMAIL, ensureDemoAccount } from '@/lib/seed/demo-account';
import { createTestUser } from '@/lib/testing/factories';
import { listSiteAdmins, setSiteAdmin } from './site-admins';

describe('site admins', () => {
  it('the demo account is created as an ordinary user, and an admin demo account is demoted', async () => {
    const demo = await ensureDemoAccount();
    expect((await db.user.findUniqueOrThrow({ where: { id: demo.id } })).role).toBe('USER');
    await db.user.update({ where: { email: DEMO_EMAIL }, data: { role: 'ADMIN' } }); // an old install
    await ensureDemoAccount();
    expect((await db.user.findUniqueOrThrow({ where: { id: demo.id } })).role).toBe('USER');
    expect(await listSiteAdmins()).not.toContain(DEMO_EMAIL);
  });

  it('grant and revoke change the role of that account only, with an audit row each', async () => {
    const [a, b] = [await createTestUser(), await createTestUser()];
    expect(await setSiteAdmin({ email: ` ${a.email.toUpperCase()} `, admin: true })).toMatchObject({
      role: 'ADMIN',
      changed: true,
    });
    expect(await listSiteAdmins()).toContain(a.email);
    expect((await db.user.findUniqueOrThrow({ where: { id: b.id } })).role).toBe('USER');
    expect((await setSiteAdmin({ email: a.email, admin: true })).changed).toBe(false);
    await setSiteAdmin({ email: a.email, admin: false });
    expect(await listSiteAdmins()).not.toContain(a.email);
    expect(
      await db.auditEvent.count({
        where: { entityId: a.id, action: { in: ['admin.grant', 'admin.revoke'] } },
      }),
    ).toBe(2);
    await expect(setSiteAdmin({ email: 'nobody@nowhere.test', admin: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
