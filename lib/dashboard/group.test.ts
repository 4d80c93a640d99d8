// Group view and member access against PostgreSQL: who may see whom, and the group's numbers.
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/dashboard
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import { canViewMember } from './access';
import { getGroupView } from './group';
import { getDashboard } from './queries';
import { compareReleases } from './reprice';
import {
  addEntries,
  createOrganization,
  createPhysician,
  sum,
  ensureBuiltinBenchmarks,
} from './test-helpers';

const AS_OF = '2026-03-15';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

let adminX: Actor, memberX: Actor, halfX: Actor, adminY: Actor, memberY: Actor, outsider: Actor;
let orgX: { id: string; name: string }, orgY: { id: string; name: string };

beforeAll(async () => {
  await ensureBuiltinBenchmarks();
  adminX = await createPhysician({ specialty: 'Orthopedic Surgery' }, 'Dr. Xavier Admin');
  memberX = await createPhysician(
    { specialty: 'Orthopedic Surgery', fiscalYearStartMonth: 7 },
    'Dr. Xena Member',
  );
  halfX = await createPhysician({ specialty: 'Family Medicine', clinicalFte: 0.5 }, 'Dr. Half Time');
  adminY = await createPhysician({ specialty: 'Orthopedic Surgery' }, 'Dr. Yusuf Admin');
  memberY = await createPhysician({ specialty: 'Orthopedic Surgery' }, 'Dr. Yara Member');
  outsider = await createPhysician({}, 'Dr. Nobody');
  orgX = await createOrganization('Org X', [
    { actor: adminX, role: 'ADMIN' },
    { actor: memberX, role: 'MEMBER' },
    { actor: halfX, role: 'MEMBER' },
  ]);
  orgY = await createOrganization('Org Y', [
    { actor: adminY, role: 'ADMIN' },
    { actor: memberY, role: 'MEMBER' },
  ]);
  await addEntries(adminX.id, [{ date: '2026-02-02', code: '27447', wrvu: 19.6 }]);
  await addEntries(memberX.id, [
    { date: '2025-06-30', code: '99213', wrvu: 1.3 }, // before memberX's July fiscal year
    { date: '2025-07-01', code: '27130', wrvu: 19.6 },
    { date: '2026-01-10', code: '99214', wrvu: 1.92 },
    { date: '2026-01-11', code: '99214', wrvu: 1.92, deleted: true },
  ]);
  await addEntries(halfX.id, [{ date: '2026-03-02', code: '99213', wrvu: 1.3 }]);
  await addEntries(memberY.id, [{ date: '2026-03-02', code: '27447', wrvu: 19.6 }]);
});

describe('canViewMember', () => {
  it('lets an admin view the members of their organisation, and nobody else', async () => {
    expect(await canViewMember(adminX, memberX.id)).toBe(true);
    expect(await canViewMember(adminX, adminX.id)).toBe(true);
    expect(await canViewMember(memberX, memberX.id)).toBe(true);
    expect(await canViewMember(memberX, adminX.id)).toBe(false); // members see only themselves
    expect(await canViewMember(memberX, halfX.id)).toBe(false);
    expect(await canViewMember(adminX, memberY.id)).toBe(false); // another organisation
    expect(await canViewMember(adminX, adminY.id)).toBe(false);
    expect(await canViewMember(adminY, memberX.id)).toBe(false);
    expect(await canViewMember(adminX, outsider.id)).toBe(false);
    expect(await canViewMember(adminX, 'no-such-user')).toBe(false);
  });
});

describe('member dashboards', () => {
  it("shows an admin a member's dashboard read-only, and 404s across organisations", async () => {
    const d = await getDashboard({ actor: adminX, viewUserId: memberX.id, asOf: AS_OF });
    expect(d.subject).toMatchObject({ id: memberX.id, readOnly: true });
    expect(d.summary.ytdWrvu).toBe(sum([19.6, 1.92]));
    expect((await getDashboard({ actor: memberX, asOf: AS_OF })).subject.readOnly).toBe(false);

    expect((await rejection(getDashboard({ actor: adminX, viewUserId: memberY.id, asOf: AS_OF }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await rejection(getDashboard({ actor: memberX, viewUserId: adminX.id, asOf: AS_OF }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await rejection(getDashboard({ actor: adminX, viewUserId: 'no-such-user', asOf: AS_OF }))).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await rejection(
          compareReleases({
            actor: adminX,
            viewUserId: memberY.id,
            releaseId: 'RVU25D',
            from: '2026-01-01',
            to: AS_OF,
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('getGroupView', () => {
  it('is not found for members and people outside any organisation', async () => {
    expect((await rejection(getGroupView({ actor: memberX, asOf: AS_OF }))).code).toBe('NOT_FOUND');
    expect((await rejection(getGroupView({ actor: outsider, asOf: AS_OF }))).code).toBe('NOT_FOUND');
  });

  it("shows an admin of X nothing of Y, even when asked for Y's id", async () => {
    const view = await getGroupView({ actor: adminX, asOf: AS_OF });
    expect(view.organizations).toEqual([{ id: orgX.id, name: 'Org X' }]);
    expect(view.members.map((m) => m.id).sort()).toEqual([adminX.id, memberX.id, halfX.id].sort());
    expect(
      (await rejection(getGroupView({ actor: adminX, organizationId: orgY.id, asOf: AS_OF }))).code,
    ).toBe('NOT_FOUND');
    const y = await getGroupView({ actor: adminY, asOf: AS_OF });
    expect(y.members.map((m) => m.id).sort()).toEqual([adminY.id, memberY.id].sort());
  });

  it("gives each member's YTD in their own fiscal year, pace per FTE, rank and group totals", async () => {
    const view = await getGroupView({ actor: adminX, asOf: AS_OF, sort: 'ytd', dir: 'desc' });
    const byId = new Map(view.members.map((m) => [m.id, m]));
    expect(byId.get(adminX.id)).toMatchObject({
      ytdWrvu: 19.6,
      entries: 1,
      role: 'ADMIN',
      fiscalYearLabel: 2026,
      clinicalFte: 1,
    });
    expect(byId.get(memberX.id)).toMatchObject({
      ytdWrvu: sum([19.6, 1.92]),
      entries: 2,
      role: 'MEMBER',
      fiscalYearLabel: 2026,
    });
    expect(byId.get(halfX.id)).toMatchObject({ ytdWrvu: 1.3, clinicalFte: 0.5 });
    // halfX: Jan 1 - Mar 15 2026 has 52 weekdays of 261; per 1.0 FTE the pace doubles.
    expect(byId.get(halfX.id)!.pace).toBeCloseTo(((1.3 / 52) * 261) / 0.5, 9);
    // Orthopaedics has no published source: no rank from the synthetic set for a real member.
    expect(byId.get(adminX.id)!.rankLabel).toBeNull();
    expect(byId.get(adminX.id)!.benchmark).toBeNull();
    expect(byId.get(halfX.id)!.benchmark).toMatchObject({ synthetic: false, dataYear: 2013 });

    expect(view.members.map((m) => m.id)).toEqual([memberX.id, adminX.id, halfX.id]);
    expect(view.totals).toMatchObject({
      members: 3,
      clinicalFte: 2.5,
      ytdWrvu: sum([19.6, 19.6, 1.92, 1.3]),
      entries: 4,
    });
    const weighted = view.members.reduce((s, m) => s + m.pace * m.clinicalFte, 0) / 2.5;
    expect(view.totals.pacePerFte).toBeCloseTo(weighted, 9);

    const byName = await getGroupView({ actor: adminX, asOf: AS_OF, sort: 'name', dir: 'asc' });
    expect(byName.members.map((m) => m.name)).toEqual([
      'Dr. Half Time',
      'Dr. Xavier Admin',
      'Dr. Xena Member',
    ]);
    const byFte = await getGroupView({ actor: adminX, asOf: AS_OF, sort: 'fte', dir: 'asc' });
    expect(byFte.members[0].id).toBe(halfX.id);
  });
});
