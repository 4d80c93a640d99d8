// Account reads. Only the actor's own profile, with a narrow select (never the password hash).
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';

export async function getProfile({ actor }: { actor: Actor }) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      specialty: true,
      careerStage: true,
      pgyYear: true,
      clinicalFte: true,
      fiscalYearStartMonth: true,
      targetPercentile: true,
      ratePerWrvu: true,
    },
  });
}
