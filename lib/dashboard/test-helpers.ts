// Test helpers for the dashboard's integration tests: entries written straight into "LogEntry"
// with known credits (the dashboard only sums creditedWrvu; pricing has its own tests), profiles
// and organisations. Never imported by application code.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { createTestUser } from '@/lib/testing/factories';
import { BUILTIN_SOURCES } from '@/lib/benchmarks/builtin';
import { seedBuiltinBenchmarks } from '@/lib/benchmarks/seed';

export type TestEntry = {
  date: string;
  code: string;
  wrvu: number;
  units?: number;
  siteId?: string | null;
  deleted?: boolean;
  excluded?: boolean;
};

export async function addEntries(userId: string, entries: TestEntry[]): Promise<string[]> {
  const ids = entries.map(() => randomUUID());
  await db.logEntry.createMany({
    data: entries.map((e, i) => ({
      id: ids[i],
      userId,
      dateOfService: new Date(`${e.date}T00:00:00Z`),
      code: e.code,
      modifiers: [],
      units: e.units ?? 1,
      encounterKey: ids[i],
      siteId: e.siteId ?? null,
      baseWorkRvu: e.wrvu,
      creditedWrvu: e.wrvu,
      excluded: e.excluded ?? false,
      deletedAt: e.deleted ? new Date() : null,
    })),
  });
  return ids;
}

export type ProfileOverrides = {
  specialty?: string | null;
  clinicalFte?: number;
  fiscalYearStartMonth?: number;
  targetPercentile?: number;
  ratePerWrvu?: number | null;
  rateTiers?: { upTo: number | null; rate: number }[] | null;
  benchmarkSourceId?: string | null;
  benchmarkSpecialty?: string | null;
  /** The demo account's flag: only demo users are compared with the synthetic set. */
  demo?: boolean;
};

export async function createPhysician(profile: ProfileOverrides = {}, name?: string): Promise<Actor> {
  const actor = await createTestUser(name ? { name } : {});
  const { rateTiers, ...rest } = profile;
  await db.user.update({
    where: { id: actor.id },
    data: { ...rest, ...(rateTiers !== undefined ? { rateTiers: rateTiers ?? undefined } : {}) },
  });
  return actor;
}

export async function createSiteFor(userId: string, name: string): Promise<string> {
  return (await db.site.create({ data: { userId, name }, select: { id: true } })).id;
}

export async function createOrganization(
  name: string,
  members: { actor: Actor; role: 'ADMIN' | 'MEMBER' }[],
) {
  return db.organization.create({
    data: {
      name,
      slug: `org-${randomUUID()}`,
      memberships: { create: members.map((m) => ({ userId: m.actor.id, role: m.role })) },
    },
    select: { id: true, name: true },
  });
}

/** Sum of a list of 2-decimal values, exactly (in hundredths). */
export const sum = (values: number[]) => values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;

/**
 * Seeds the built-in benchmarks unless they are already there. Re-seeding rewrites every row, which
 * reorders the table for tests elsewhere that read rows without an ORDER BY, so seed once per run.
 */
export async function ensureBuiltinBenchmarks(): Promise<void> {
  const present = await db.benchmarkSource.count({
    where: { builtIn: true, key: { in: BUILTIN_SOURCES.map((s) => s.key) } },
  });
  if (present !== BUILTIN_SOURCES.length) await seedBuiltinBenchmarks();
}
