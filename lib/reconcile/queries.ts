// Reads of a user's reconciliations. Every query names the actor: another user's reconciliation is
// NOT_FOUND, exactly like one that does not exist.
import 'server-only';
import { db, sql } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import type { ColumnMapping } from './fields';
import type { ReportLine } from './parse';
import { runReconciliation } from './run';
import type { ReconcileResult, Totals } from './types';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function findSavedMapping({ actor, headerKey }: { actor: Actor; headerKey: string }) {
  const saved = await db.reconcileMapping.findUnique({
    where: { userId_headerKey: { userId: actor.id, headerKey } },
    select: { mapping: true },
  });
  return (saved?.mapping as ColumnMapping | undefined) ?? null;
}

export type ReconciliationSummary = {
  id: string;
  fileName: string;
  format: string;
  periodFrom: string;
  periodTo: string;
  provider: string | null;
  windowDays: number;
  lineCount: number;
  totals: Totals;
  ranAt: Date;
  createdAt: Date;
};

const SUMMARY_SELECT = {
  id: true,
  fileName: true,
  format: true,
  periodFrom: true,
  periodTo: true,
  provider: true,
  windowDays: true,
  lineCount: true,
  summary: true,
  ranAt: true,
  createdAt: true,
} as const;

type SummaryRow = { periodFrom: Date; periodTo: Date; summary: unknown } & Omit<
  ReconciliationSummary,
  'periodFrom' | 'periodTo' | 'totals'
>;
const toSummary = ({ summary, periodFrom, periodTo, ...rest }: SummaryRow): ReconciliationSummary => ({
  ...rest,
  periodFrom: isoDay(periodFrom),
  periodTo: isoDay(periodTo),
  totals: summary as Totals,
});

export async function listReconciliations({ actor }: { actor: Actor }): Promise<ReconciliationSummary[]> {
  const rows = await db.reconciliation.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: SUMMARY_SELECT,
  });
  return rows.map(toSummary);
}

export async function getReconciliationSummary({ actor, id }: { actor: Actor; id: string }) {
  const row = await db.reconciliation.findFirst({ where: { id, userId: actor.id }, select: SUMMARY_SELECT });
  if (!row) throw new AppError('NOT_FOUND', 'No such reconciliation.');
  return toSummary(row);
}

type LineRow = Omit<ReportLine, 'workRvu' | 'totalRvu'> & { workRvu: string | null; totalRvu: string | null };

/** The stored lines, only after the reconciliation is known to be the actor's. */
export async function getReconciliationLines({ actor, id }: { actor: Actor; id: string }) {
  const summary = await getReconciliationSummary({ actor, id });
  const rows = await sql<LineRow>(
    `SELECT l.row, l."dateOfService"::text AS "dateOfService", l."postDate"::text AS "postDate", l.code, l.modifiers,
            l.units, l."workRvu"::text AS "workRvu", l."totalRvu"::text AS "totalRvu", l.location
       FROM "ReconcileLine" l JOIN "Reconciliation" r ON r.id = l."reconciliationId"
      WHERE l."reconciliationId" = $1 AND r."userId" = $2
      ORDER BY l.row`,
    [id, actor.id],
  );
  const lines: ReportLine[] = rows.map((r) => ({
    ...r,
    workRvu: r.workRvu === null ? null : Number(r.workRvu),
    totalRvu: r.totalRvu === null ? null : Number(r.totalRvu),
  }));
  return { summary, lines };
}

/** The reconciliation against the log as it is now (fixing the log changes the result). */
export async function getReconciliationResult({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<{ summary: ReconciliationSummary; lines: ReportLine[]; result: ReconcileResult }> {
  const { summary, lines } = await getReconciliationLines({ actor, id });
  const result = await runReconciliation({
    actor,
    lines,
    period: { from: summary.periodFrom, to: summary.periodTo },
    windowDays: summary.windowDays,
  });
  return { summary, lines, result };
}
