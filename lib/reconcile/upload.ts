// A report upload from a multipart request (file, mapping, provider, windowDays), shared by the
// preview and the confirmed save; and what both do with it. The bytes are never written anywhere.
import 'server-only';
import { AppError } from '@/lib/errors';
import { assertStorableText } from '@/lib/action';
import type { Actor } from '@/lib/session';
import { prepareReport, type PreparedReport } from './prepare';
import { findSavedMapping } from './queries';
import { MAX_REPORT_BYTES } from './read-file';
import { runReconciliation } from './run';
import { reportOptionsSchema, type ReportOptions } from './schemas';
import type { ReconcileResult } from './types';

export async function readReportUpload(request: Request) {
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0)
    throw new AppError('VALIDATION', 'Choose a CSV or XLSX report.', { file: ['Choose a file.'] });
  if (file.size > MAX_REPORT_BYTES)
    throw new AppError('VALIDATION', 'Reports up to 25 MB. Export one month or quarter at a time.');
  const raw = {
    mapping: form?.get('mapping') ?? undefined,
    provider: form?.get('provider') ?? undefined,
    windowDays: form?.get('windowDays') ?? undefined,
  };
  assertStorableText(raw);
  const options: ReportOptions = reportOptionsSchema.parse(raw);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), options };
}

export type PreparedRun = { prepared: PreparedReport; result: ReconcileResult | null };

/** Parses with the chosen (or saved, or recognised) mapping and, when it is usable, reconciles. */
export async function prepareAndRun(
  actor: Actor,
  bytes: Uint8Array,
  options: ReportOptions,
): Promise<PreparedRun> {
  const prepared = await prepareReport({
    bytes,
    mapping: options.mapping,
    provider: options.provider,
    savedMapping: (headerKey) => findSavedMapping({ actor, headerKey }),
  });
  const parsed = prepared.parsed;
  if (!parsed || prepared.problems.length || parsed.errorCount || !parsed.period)
    return { prepared, result: null };
  const result = await runReconciliation({
    actor,
    lines: parsed.lines,
    period: parsed.period,
    windowDays: options.windowDays,
  });
  return { prepared, result };
}
