// The preview route's answer, as the upload wizard reads it.
import type { ColumnMapping } from '@/lib/reconcile/fields';
import type { ReportLine, RowError, Skipped } from '@/lib/reconcile/parse';
import type { MappingSource } from '@/lib/reconcile/prepare';
import type { Totals } from '@/lib/reconcile/types';

export type ReportPreview = {
  format: 'csv' | 'xlsx';
  headers: string[];
  mapping: ColumnMapping;
  mappingSource: MappingSource;
  problems: string[];
  providers: string[];
  provider: string | null;
  parsed: {
    lineCount: number;
    errors: RowError[];
    errorCount: number;
    skipped: Skipped;
    period: { from: string; to: string } | null;
    sample: ReportLine[];
  } | null;
  totals: Totals | null;
};
