// Account writes against the real test database.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createTestUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { authenticate } from './authenticate';
import { SIGNUP_GLOBAL_KEY, SIGNUP_LIMITS } from '@/lib/auth/signup-throttle';
import { changePassword, createUser, signUp, updateProfile } from './mutations';
import { profileSchema } from './schemas';

describe('accounts', () => {
  it('creates a user with a lower-cased email; an existing email gets the same answer and changes nothing', async () => {
    const email = `Dup-${randomUUID()}@Test.Benchline.local`;
    const user = await createUser({
      name: 'Dr. One',
      email: email.toLowerCase(),
      password: 'long enough password',
    });
    expect(user).toEqual({ id: expect.any(String), email: email.toLowerCase() });
    const before = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    const again = await createUser({
      name: 'Dr. Two',
      email: email.toLowerCase(),
      password: 'another long password',
    });
    // What a caller sees (the email) is the same; nothing of the existing account changed.
    expect(again.email).toBe(user.email);
    expect(await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } })).toEqual(before);
  });

  it('sign-up is throttled per client address and refused before any hashing when over', async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200)}`;
    const results: string[] = [];
    for (let i = 0; i < SIGNUP_LIMITS.perAddress.limit + 2; i++) {
      const input = { name: 'Dr. Flood', email: `flood-${randomUUID()}@test.benchline.local`, password: 'x' };
      // A wrong-looking password is fine here: only the throttle is under test, the hash is skipped
      // when refused, and a short password hashes as quickly as any other.
      results.push(
        await signUp({ input, ip }).then(
          () => 'ok',
          (e: AppError) => e.code,
        ),
      );
    }
    expect(results.slice(0, SIGNUP_LIMITS.perAddress.limit)).toEqual(
      Array(SIGNUP_LIMITS.perAddress.limit).fill('ok'),
    );
    expect(results.slice(-2)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Another address still signs up.
    const other = { name: 'Dr. Fine', email: `fine-${randomUUID()}@test.benchline.local`, password: 'x' };
    expect((await signUp({ input: other, ip: '198.51.100.200' })).id).toEqual(expect.any(String));
  });

  it('above the global sign-up ceiling every address is refused', async () => {
    const before = await db.authThrottle.findUnique({ where: { key: SIGNUP_GLOBAL_KEY } });
    await db.$executeRaw`update "AuthThrottle" set failures = ${SIGNUP_LIMITS.global.limit} where key = ${SIGNUP_GLOBAL_KEY}`;
    try {
      const input = { name: 'Dr. Late', email: `late-${randomUUID()}@test.benchline.local`, password: 'x' };
      await expect(signUp({ input, ip: '198.51.100.201' })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
      expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    } finally {
      await db.$executeRaw`update "AuthThrottle" set failures = ${before?.failures ?? 0} where key = ${SIGNUP_GLOBAL_KEY}`;
    }
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
        ip: '198.51.100.91',
      }),
    ).rejects.toBeInstanceOf(AppError);
    await changePassword({
      actor,
      input: {
        currentPassword: TEST_PASSWORD,
        newPassword: 'a brand new password',
        confirmPassword: 'a brand new password',
      },
      ip: '198.51.100.91',
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
