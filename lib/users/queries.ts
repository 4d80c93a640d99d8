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
      rateTiers: true,
      benchmarkSourceId: true,
      benchmarkSpecialty: true,
      demo: true,
    },
  });
}

/** The actor's time off, most recent first, as calendar dates. */
export async function listTimeOff({ actor }: { actor: Actor }) {
  const rows = await db.timeOff.findMany({
    where: { userId: actor.id },
    orderBy: { startDate: 'desc' },
    select: { id: true, startDate: true, endDate: true, note: true },
  });
  return rows.map((r) => ({
    id: r.id,
    startDate: r.startDate.toISOString().slice(0, 10),
    endDate: r.endDate.toISOString().slice(0, 10),
    note: r.note,
  }));
}
