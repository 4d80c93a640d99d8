// Account writes: sign-up, password change, profile. The actor always comes from the session.
import 'server-only';
import { db, Prisma, sqlOf } from '@/lib/db';
import { listBenchmarkSources } from '@/lib/benchmarks/queries';
import { AppError, isUniqueViolation } from '@/lib/errors';
import { hashPassword } from '@/lib/auth/password';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { revokeSessions } from '@/lib/auth/sessions';
import type { Actor } from '@/lib/session';
import type { ChangePasswordInput, ProfileInput, SignUpInput, TimeOffInput } from './schemas';

export async function createUser(input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email.toLowerCase(), name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('CONFLICT', 'An account with this email already exists. Sign in instead.', {
        email: ['An account with this email already exists.'],
      });
    }
    throw err;
  }
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
    const visible = await listBenchmarkSources({ actor });
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
