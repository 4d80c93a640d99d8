// Account writes against the real test database.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createTestUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { authenticate } from './authenticate';
import { changePassword, createUser, updateProfile } from './mutations';
import { profileSchema } from './schemas';

describe('accounts', () => {
  it('creates a user with a lower-cased email and refuses a duplicate with a clear error', async () => {
    const email = `Dup-${randomUUID()}@Test.Benchline.local`;
    const user = await createUser({
      name: 'Dr. One',
      email: email.toLowerCase(),
      password: 'long enough password',
    });
    expect(user.email).toBe(email.toLowerCase());
    await expect(
      createUser({ name: 'Dr. Two', email: email.toLowerCase(), password: 'long enough password' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await db.user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  it('authenticates, and answers null alike for a wrong password and an unknown email', async () => {
    const actor = await createTestUser();
    expect(await authenticate({ email: actor.email, password: TEST_PASSWORD, ip: 't' })).toMatchObject({
      id: actor.id,
    });
    expect(await authenticate({ email: actor.email, password: 'wrong password!!', ip: 't' })).toBeNull();
    expect(
      await authenticate({ email: `nobody-${randomUUID()}@x.test`, password: TEST_PASSWORD, ip: 't' }),
    ).toBeNull();
  });

  it('changes the password only with the current one, and audits it', async () => {
    const actor = await createTestUser();
    await expect(
      changePassword({
        actor,
        input: {
          currentPassword: 'wrong',
          newPassword: 'a brand new password',
          confirmPassword: 'a brand new password',
        },
      }),
    ).rejects.toBeInstanceOf(AppError);
    await changePassword({
      actor,
      input: {
        currentPassword: TEST_PASSWORD,
        newPassword: 'a brand new password',
        confirmPassword: 'a brand new password',
      },
    });
    expect(
      await authenticate({ email: actor.email, password: 'a brand new password', ip: 't' }),
    ).not.toBeNull();
    expect(await authenticate({ email: actor.email, password: TEST_PASSWORD, ip: 't' })).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: actor.id, action: 'password.change' } })).toBe(1);
  });

  it("updates only the actor's own profile", async () => {
    const a = await createTestUser();
    const b = await createTestUser({ name: 'Untouched' });
    await updateProfile({
      actor: a,
      input: {
        name: 'Dr. Updated',
        clinicalFte: 0.8,
        fiscalYearStartMonth: 7,
        targetPercentile: 75,
        specialty: 'Cardiology',
      },
    });
    const [ua, ub] = await Promise.all([
      db.user.findUnique({ where: { id: a.id } }),
      db.user.findUnique({ where: { id: b.id } }),
    ]);
    expect(ua).toMatchObject({ name: 'Dr. Updated', fiscalYearStartMonth: 7, specialty: 'Cardiology' });
    expect(ua?.clinicalFte.toString()).toBe('0.8');
    expect(ub?.name).toBe('Untouched');
  });

  it('a blank $/wRVU rate (or PGY year) from the form means "not set", never $0', async () => {
    const a = await createTestUser();
    const form = { name: 'Dr. Rate', clinicalFte: '1', fiscalYearStartMonth: '1', targetPercentile: '50' };
    await updateProfile({ actor: a, input: profileSchema.parse({ ...form, ratePerWrvu: '52.5' }) });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.id } })).ratePerWrvu?.toString()).toBe('52.5');
    await updateProfile({
      actor: a,
      input: profileSchema.parse({ ...form, ratePerWrvu: '  ', pgyYear: '' }),
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: a.id } });
    expect(user.ratePerWrvu).toBeNull();
    expect(user.pgyYear).toBeNull();
    expect(profileSchema.safeParse({ ...form, ratePerWrvu: '0' }).success).toBe(false); // $0 is no rate
  });
});
