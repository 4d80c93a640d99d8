// Account writes: sign-up, password change, profile. The actor always comes from the session.
import 'server-only';
import { db, Prisma } from '@/lib/db';
import { listBenchmarkSources } from '@/lib/benchmarks/queries';
import { resolveSpecialty } from '@/lib/benchmarks/specialties';
import { AppError, isUniqueViolation } from '@/lib/errors';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
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

export async function changePassword({ actor, input }: { actor: Actor; input: ChangePasswordInput }) {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user) throw new AppError('NOT_FOUND', 'Account not found.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION', 'Your current password is not correct.', {
      currentPassword: ['Not correct.'],
    });
  }
  await db.$transaction([
    db.user.update({
      where: { id: actor.id },
      data: { passwordHash: await hashPassword(input.newPassword) },
    }),
    db.auditEvent.create({
      data: { actorId: actor.id, entityType: 'User', entityId: actor.id, action: 'password.change' },
    }),
  ]);
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
