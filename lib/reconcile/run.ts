// Runs a reconciliation for the actor: reads their live log over the report's period (widened by
// the matching window), matches, and explains with the engine. Reads only; stores nothing.
import 'server-only';
import { sql } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { explainReconciliation } from './explain';
import { matchLines, type LogLine } from './match';
import { lineDate, type ReportLine } from './parse';
import { loadPricer } from './pricer';
import type { ReconcileResult } from './types';

const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Row = Omit<LogLine, 'creditedWrvu'> & { creditedWrvu: string };

export async function loadLogLines(actor: Actor, from: string, to: string): Promise<LogLine[]> {
  const rows = await sql<Row>(
    `SELECT id, "dateOfService"::text AS "dateOfService", code, modifiers, units, "encounterKey",
            "creditedWrvu"::text AS "creditedWrvu", "releaseId"
       FROM "LogEntry"
      WHERE "userId" = $1 AND "deletedAt" IS NULL AND "dateOfService" BETWEEN $2::date AND $3::date`,
    [actor.id, from, to],
  );
  return rows.map((r) => ({ ...r, creditedWrvu: Number(r.creditedWrvu) }));
}

export async function runReconciliation(input: {
  actor: Actor;
  lines: readonly ReportLine[];
  period: { from: string; to: string };
  windowDays: number;
}): Promise<ReconcileResult> {
  const { actor, lines, period, windowDays } = input;
  const log = await loadLogLines(actor, shift(period.from, -windowDays), shift(period.to, windowDays));
  const pricer = await loadPricer(actor, [
    ...log,
    ...lines.map((l) => ({ dateOfService: lineDate(l), code: l.code })),
  ]);
  const match = matchLines(lines, log, windowDays);
  return explainReconciliation({ match, report: lines, log, period, pricer });
}
