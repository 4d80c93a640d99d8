// Adds a reconciliation's unlogged lines (report-only) to the log as one reviewed entry import:
// the page lists the lines, the user confirms exactly that list, and the lines go through the
// entry import (lib/logs/import: priced by the engine, all-or-nothing, never imported twice).
import 'server-only';
import Papa from 'papaparse';
import { AppError } from '@/lib/errors';
import { commitImport } from '@/lib/logs/import';
import { MODIFIER_BY_CODE } from '@/lib/rvu/modifiers';
import type { Actor } from '@/lib/session';
import { getReconciliationResult } from './queries';
import type { Discrepancy } from './types';

/** The entry-import CSV (Benchline template) for report-only lines; one encounter per day. */
export function unloggedCsv(lines: Discrepancy[]): string {
  return Papa.unparse({
    fields: ['date_of_service', 'code', 'modifiers', 'units', 'encounter', 'site', 'setting', 'role', 'note'],
    data: lines.map((d) => [
      d.date,
      d.code,
      (d.reportModifiers ?? []).filter((m) => MODIFIER_BY_CODE.has(m)).join(' '),
      d.reportUnits ?? 1,
      `reconcile-${d.date}`,
      '',
      '',
      '',
      `From productivity report line ${d.row}`,
    ]),
  });
}

export async function addUnloggedToLog({ actor, id, rows }: { actor: Actor; id: string; rows: number[] }) {
  const { summary, result } = await getReconciliationResult({ actor, id });
  const unlogged = result.discrepancies.filter((d) => d.category === 'report-only');
  const now = unlogged.map((d) => d.row).sort((a, b) => a! - b!);
  const reviewed = [...rows].sort((a, b) => a - b);
  if (!unlogged.length) throw new AppError('CONFLICT', 'Every line of the report is in your log already.');
  if (now.length !== reviewed.length || now.some((r, i) => r !== reviewed[i]))
    throw new AppError(
      'CONFLICT',
      'The unlogged lines changed since you reviewed them. Review the list again.',
    );
  return commitImport({
    actor,
    text: unloggedCsv(unlogged),
    fileName: `reconciliation ${summary.periodFrom} to ${summary.periodTo}.csv`,
  });
}
