// The user's own data: "Download my data" (everything stored about the actor, as one JSON document)
// and "Delete my account" (confirmed with the current password).
//
// What deletion removes and keeps (the rule, stated once):
// - Removed: the User row and, by cascade, memberships, procedure entries (live and soft-deleted),
//   sites, favorites, time off, imports, reconciliations (with their lines and saved column
//   mappings) and the personal credit policy; the account's sign-in
//   throttle counter (it is keyed by the email address); the email in "imported by" of catalog
//   imports the user uploaded as a site admin.
// - Audit trail: rows are kept so totals and history stay explainable, but only as identifiers.
//   Every audit event the user performed, every event about the user, one of their entries or one
//   of their imports, and every event whose before/after mentions their email loses its
//   before/after JSON (entries hold notes, dates of service and codes; imports hold file names).
//   id, entityType, entityId, action and createdAt are kept, and so is actorId: an opaque id that no
//   longer matches any account. A final "user.delete" event (ids only) records the deletion.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { forgetSessionTokens } from '@/lib/auth/session-token';
import type { Actor } from '@/lib/session';

export const EXPORT_FORMAT = 'benchline-account-export/1';
const PAGE = 1_000;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The actor's data as a JSON document, produced in chunks (entries are paged) so an account with
 * hundreds of thousands of imported entries is not built in memory at once. Never the password hash.
 */
export async function* exportAccountData({ actor }: { actor: Actor }): AsyncGenerator<string> {
  const profile = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      specialty: true,
      careerStage: true,
      pgyYear: true,
      clinicalFte: true,
      fiscalYearStartMonth: true,
      targetPercentile: true,
      ratePerWrvu: true,
      rateTiers: true,
      benchmarkSourceId: true,
      createdAt: true,
      updatedAt: true,
      memberships: {
        select: { role: true, createdAt: true, organization: { select: { id: true, name: true } } },
      },
      policy: {
        select: {
          multipleProcedureReduction: true,
          modifier22Factor: true,
          modifier52Factor: true,
          creditNotPaidByMedicare: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!profile) throw new AppError('NOT_FOUND', 'Account not found.');
  const [sites, favorites, timeOff, imports, reconciliations] = await Promise.all([
    db.site.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true, createdAt: true },
    }),
    db.favorite.findMany({
      where: { userId: actor.id },
      orderBy: { position: 'asc' },
      select: { id: true, code: true, modifiers: true, position: true, createdAt: true },
    }),
    db.timeOff.findMany({
      where: { userId: actor.id },
      orderBy: { startDate: 'asc' },
      select: { id: true, startDate: true, endDate: true, note: true },
    }),
    db.entryImport.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, fileName: true, sha256: true, format: true, rowCount: true, createdAt: true },
    }),
    db.reconciliation.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        fileName: true,
        periodFrom: true,
        periodTo: true,
        provider: true,
        windowDays: true,
        lineCount: true,
        summary: true,
        createdAt: true,
      },
    }),
  ]);
  const { memberships, policy, ...user } = profile;
  const head = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    profile: {
      ...user,
      clinicalFte: user.clinicalFte.toString(),
      ratePerWrvu: user.ratePerWrvu?.toString() ?? null,
    },
    memberships: memberships.map((m) => ({
      organizationId: m.organization.id,
      organization: m.organization.name,
      role: m.role,
      since: m.createdAt,
    })),
    creditPolicy: policy
      ? {
          ...policy,
          modifier22Factor: policy.modifier22Factor.toString(),
          modifier52Factor: policy.modifier52Factor.toString(),
        }
      : null,
    sites,
    favorites,
    timeOff: timeOff.map((t) => ({ ...t, startDate: iso(t.startDate), endDate: iso(t.endDate) })),
    imports,
    reconciliations: reconciliations.map((r) => ({
      ...r,
      periodFrom: iso(r.periodFrom),
      periodTo: iso(r.periodTo),
    })),
  };
  // The head object without its closing brace, then the paged arrays.
  yield JSON.stringify(head).slice(0, -1);

  yield ',"entries":[';
  let cursor: string | undefined;
  let first = true;
  for (;;) {
    const page = await db.logEntry.findMany({
      where: { userId: actor.id },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        dateOfService: true,
        code: true,
        modifiers: true,
        units: true,
        encounterKey: true,
        siteId: true,
        setting: true,
        role: true,
        note: true,
        releaseId: true,
        status: true,
        baseWorkRvu: true,
        creditedWrvu: true,
        excluded: true,
        explanation: true,
        policy: true,
        importId: true,
        deletedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    });
    for (const e of page) {
      yield (
        (first ? '' : ',') +
        JSON.stringify({
          ...e,
          dateOfService: iso(e.dateOfService),
          baseWorkRvu: e.baseWorkRvu.toFixed(2),
          creditedWrvu: e.creditedWrvu.toFixed(2),
        })
      );
      first = false;
    }
    if (page.length < PAGE) break;
    cursor = page[page.length - 1].id;
  }

  yield '],"auditEvents":[';
  let auditCursor: string | undefined;
  first = true;
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: { OR: [{ actorId: actor.id }, { entityType: 'User', entityId: actor.id }] },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(auditCursor ? { cursor: { id: auditCursor }, skip: 1 } : {}),
      select: {
        id: true,
        entityType: true,
        entityId: true,
        action: true,
        before: true,
        after: true,
        createdAt: true,
      },
    });
    for (const a of page) {
      yield (first ? '' : ',') + JSON.stringify(a);
      first = false;
    }
    if (page.length < PAGE) break;
    auditCursor = page[page.length - 1].id;
  }
  yield ']}';
}

/** The whole export as one string (tests, small accounts). */
export async function exportAccountDataText({ actor }: { actor: Actor }): Promise<string> {
  let out = '';
  for await (const chunk of exportAccountData({ actor })) out += chunk;
  return out;
}

export type DeleteAccountInput = { actor: Actor; password: string; ip: string };

/**
 * Deletes the actor's account after checking the current password. A wrong password counts as a
 * failed sign-in for the account (a stolen session cannot guess the password here unthrottled).
 */
export async function deleteAccount({ actor, password, ip }: DeleteAccountInput): Promise<{ deleted: true }> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user) throw new AppError('NOT_FOUND', 'Account not found.');
  await assertCurrentPassword({
    email: user.email,
    passwordHash: user.passwordHash,
    password,
    ip,
    field: 'password',
    wrongMessage: 'Your password is not correct. Nothing was deleted.',
  });
  await db.$transaction(
    async (tx) => {
      // Audit rows first (they are found through the entries and imports about to go).
      await tx.$executeRaw`
        update "AuditEvent" set before = null, after = null
        where "actorId" = ${user.id}
           or ("entityType" = 'User' and "entityId" = ${user.id})
           or ("entityType" = 'LogEntry' and "entityId" in (select id from "LogEntry" where "userId" = ${user.id}))
           or ("entityType" = 'EntryImport' and "entityId" in (select id from "EntryImport" where "userId" = ${user.id}))
           or strpos(lower(coalesce(before::text, '') || coalesce(after::text, '')), lower(${user.email})) > 0`;
      await tx.catalogImport.updateMany({ where: { importedBy: user.email }, data: { importedBy: null } });
      await tx.authThrottle.deleteMany({ where: { key: `account:${user.email.toLowerCase()}` } });
      await tx.user.delete({ where: { id: user.id } });
      await tx.auditEvent.create({
        data: { actorId: user.id, entityType: 'User', entityId: user.id, action: 'user.delete' },
      });
    },
    { timeout: 120_000 },
  );
  // The account is gone, so every session token of it is refused (lib/auth/sessions.ts).
  forgetSessionTokens(user.id);
  return { deleted: true };
}
