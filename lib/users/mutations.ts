// Account writes: sign-up, password change, profile. The actor always comes from the session.
import 'server-only';
import { db, Prisma, sqlOf } from '@/lib/db';
import { listBenchmarkSources } from '@/lib/benchmarks/queries';
import { resolveSpecialty } from '@/lib/benchmarks/specialties';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { hashPassword } from '@/lib/auth/password';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { assertSignUpAllowed } from '@/lib/auth/signup-throttle';
import { revokeSessions } from '@/lib/auth/sessions';
import type { Actor } from '@/lib/session';
import type { ChangePasswordInput, ProfileInput, SignUpInput, TimeOffInput } from './schemas';

/**
 * Creates an account. An email that already has one is answered exactly like a new one (same
 * result, same argon2 cost) and changes nothing, so sign-up cannot tell who has an account. Once
 * Benchline sends mail, the owner of the existing account is the one to tell.
 */
export async function createUser(input: SignUpInput): Promise<{ id: string | null; email: string }> {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const [row] = await db.$queryRaw<{ id: string }[]>`
    insert into "User" (id, email, name, "passwordHash", "updatedAt")
    values (${randomUUID()}, ${email}, ${input.name}, ${passwordHash}, now() at time zone 'UTC')
    on conflict (email) do nothing
    returning id`;
  return { id: row?.id ?? null, email };
}

/** Sign-up from a client address: throttled per address and globally, then createUser. */
export async function signUp({ input, ip }: { input: SignUpInput; ip: string }) {
  await assertSignUpAllowed({ ip });
  return createUser(input);
}

/**
 * Changes the password after checking the current one (throttled like sign-in) and ends every
 * session of the account. Returns the new session version so the caller can re-issue its own cookie.
 */
export async function changePassword({
  actor,
  input,
  ip,
}: {
  actor: Actor;
  input: ChangePasswordInput;
  ip: string;
}): Promise<{ sessionVersion: number }> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { email: true, passwordHash: true },
  });
  if (!user) throw new AppError('NOT_FOUND', 'Account not found.');
  await assertCurrentPassword({
    email: user.email,
    passwordHash: user.passwordHash,
    password: input.currentPassword,
    ip,
    field: 'currentPassword',
    wrongMessage: 'Your current password is not correct.',
  });
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await tx.auditEvent.create({
      data: { actorId: actor.id, entityType: 'User', entityId: actor.id, action: 'password.change' },
    });
    const sessionVersion = await revokeSessions({ userId: actor.id }, sqlOf(tx));
    return { sessionVersion: sessionVersion ?? 0 };
  });
}

/** "Sign out everywhere": ends every session of the actor, this one included. */
export async function signOutEverywhere({ actor }: { actor: Actor }): Promise<void> {
  await revokeSessions({ userId: actor.id });
  await db.auditEvent.create({
    data: { actorId: actor.id, entityType: 'User', entityId: actor.id, action: 'sessions.revoke' },
  });
}

export async function updateProfile({ actor, input }: { actor: Actor; input: ProfileInput }) {
  const blank = <T>(v: T | '' | undefined) => (v === '' || v === undefined ? null : v);
  if (input.benchmarkSourceId) {
    // Only a source the actor may read (built-in, or their organisation's) can be chosen.
    const { demo } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { demo: true } });
    // The synthetic demo set is for the demo account only.
    const visible = await listBenchmarkSources({ actor, includeSynthetic: demo });
    if (!visible.some((s) => s.id === input.benchmarkSourceId)) {
      throw new AppError('VALIDATION', 'Choose one of the listed benchmark sources.', {
        benchmarkSourceId: ['Unknown benchmark source.'],
      });
    }
  }
  return db.user.update({
    where: { id: actor.id },
    data: {
      name: input.name,
      specialty: blank(input.specialty),
      careerStage: blank(input.careerStage),
      pgyYear: blank(input.pgyYear),
      clinicalFte: input.clinicalFte,
      fiscalYearStartMonth: input.fiscalYearStartMonth,
      targetPercentile: input.targetPercentile,
      ratePerWrvu: blank(input.ratePerWrvu),
      benchmarkSourceId: input.benchmarkSourceId === undefined ? undefined : blank(input.benchmarkSourceId),
      benchmarkSpecialty:
        input.benchmarkSpecialty === undefined
          ? undefined
          : input.benchmarkSpecialty
            ? resolveSpecialty(input.benchmarkSpecialty)
            : null,
      rateTiers:
        input.rateTiers === undefined
          ? undefined
          : input.rateTiers === null
            ? Prisma.DbNull
            : input.rateTiers,
    },
    select: { id: true },
  });
}

const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);

export async function addTimeOff({ actor, input }: { actor: Actor; input: TimeOffInput }) {
  return db.timeOff.create({
    data: {
      userId: actor.id,
      startDate: dateOf(input.startDate),
      endDate: dateOf(input.endDate),
      note: input.note || null,
    },
    select: { id: true },
  });
}

/** Ownership is part of the delete: another user's id removes nothing and is NOT_FOUND. */
export async function removeTimeOff({ actor, id }: { actor: Actor; id: string }) {
  const { count } = await db.timeOff.deleteMany({ where: { id, userId: actor.id } });
  if (count === 0) throw new AppError('NOT_FOUND', 'That time off does not exist.');
  return { id };
}
