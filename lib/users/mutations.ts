// Account writes: sign-up, password change, profile. The actor always comes from the session.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, isUniqueViolation } from '@/lib/errors';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/session';
import type { ChangePasswordInput, ProfileInput, SignUpInput } from './schemas';

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
    throw new AppError('VALIDATION', 'Your current password is not correct.', { currentPassword: ['Not correct.'] });
  }
  await db.$transaction([
    db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.newPassword) } }),
    db.auditEvent.create({ data: { actorId: actor.id, entityType: 'User', entityId: actor.id, action: 'password.change' } }),
  ]);
}

export async function updateProfile({ actor, input }: { actor: Actor; input: ProfileInput }) {
  const blank = <T,>(v: T | '' | undefined) => (v === '' || v === undefined ? null : v);
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
    },
    select: { id: true },
  });
}
