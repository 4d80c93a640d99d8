// Writes of reconciliation, each all-or-nothing in one transaction: saving a confirmed report
// (its mapping for next time, the reconciliation, its kept columns only, an audit row) and re-running. Adding the unlogged lines to the log goes through the entry import (lib/logs/import).
import 'server-only';
import { db, type Prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import type { PreparedReport } from './prepare';
import type { Totals } from './types';

const CHUNK = 5_000;
const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function createReconciliation(input: {
  actor: Actor;
  prepared: PreparedReport;
  fileName: string;
  windowDays: number;
  totals: Totals;
}): Promise<{ id: string }> {
  const { actor, prepared, windowDays, totals } = input;
  const parsed = prepared.parsed;
  if (!parsed || prepared.problems.length)
    throw new AppError('VALIDATION', prepared.problems[0] ?? 'Map the columns first.');
  if (parsed.errorCount)
    throw new AppError(
      'VALIDATION',
      `The report has ${parsed.errorCount} line${parsed.errorCount > 1 ? 's' : ''} that cannot be read; nothing was saved.`,
    );
  if (!parsed.period) throw new AppError('VALIDATION', 'The report has no procedure lines.');
  const period = parsed.period;
  return db.$transaction(
    async (tx) => {
      await tx.reconcileMapping.upsert({
        where: { userId_headerKey: { userId: actor.id, headerKey: prepared.headerKey } },
        create: {
          userId: actor.id,
          headerKey: prepared.headerKey,
          headers: prepared.headers.map((h) => h.slice(0, 80)),
          mapping: prepared.mapping as Prisma.InputJsonValue,
        },
        update: { mapping: prepared.mapping as Prisma.InputJsonValue },
      });
      const rec = await tx.reconciliation.create({
        data: {
          userId: actor.id,
          fileName: input.fileName.slice(0, 200),
          format: prepared.format,
          periodFrom: asDate(period.from)!,
          periodTo: asDate(period.to)!,
          provider: prepared.provider?.slice(0, 200) ?? null,
          windowDays,
          lineCount: parsed.lines.length,
          summary: totals as unknown as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      for (let start = 0; start < parsed.lines.length; start += CHUNK) {
        await tx.reconcileLine.createMany({
          data: parsed.lines.slice(start, start + CHUNK).map((l) => ({
            reconciliationId: rec.id,
            row: l.row,
            dateOfService: asDate(l.dateOfService),
            postDate: asDate(l.postDate),
            code: l.code,
            modifiers: l.modifiers,
            units: l.units,
            workRvu: l.workRvu,
            totalRvu: l.totalRvu,
            location: l.location,
          })),
        });
      }
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          entityType: 'Reconciliation',
          entityId: rec.id,
          action: 'reconciliation.create',
          after: { lines: parsed.lines.length, from: period.from, to: period.to },
        },
      });
      return rec;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export async function saveRerun(input: { actor: Actor; id: string; windowDays: number; totals: Totals }) {
  const { count } = await db.reconciliation.updateMany({
    where: { id: input.id, userId: input.actor.id },
    data: {
      windowDays: input.windowDays,
      summary: input.totals as unknown as Prisma.InputJsonValue,
      ranAt: new Date(),
    },
  });
  if (!count) throw new AppError('NOT_FOUND', 'No such reconciliation.');
}
