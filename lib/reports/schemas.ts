// The export request contract, shared by the Reports page (form field names) and the route handler
// (authoritative parse). The actor is never part of it: who is exporting comes from the session.
import { z } from 'zod';
import { RANGE_KINDS } from '@/lib/dashboard/range';

export const FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export const CONTENTS = ['entries', 'summary', 'benchmarks'] as const;
export type ReportContent = (typeof CONTENTS)[number];

export const LAYOUTS = ['standard', 'case-log'] as const;
export type ReportLayout = (typeof LAYOUTS)[number];

/** The dashboard's range kinds: fiscal year to date, the last 12 months, custom from/to. */
export const PERIODS = RANGE_KINDS;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const dateSchema = z
  .string()
  .trim()
  .regex(ISO, 'Use a date like 2025-10-14.')
  .refine(isRealDate, 'That date does not exist.')
  .refine((s) => s >= '2000-01-01' && s <= '2100-12-31', 'Choose a date between 2000 and 2100.');

// An empty form field ("") means "not given".
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

export const scopeSchema = z
  .string()
  .trim()
  .regex(/^(me|group:[A-Za-z0-9_-]{1,64})$/, 'Scope is "me" or "group:<organisation id>".')
  .transform((s) =>
    s === 'me'
      ? ({ kind: 'me' } as const)
      : ({ kind: 'group', organizationId: s.slice('group:'.length) } as const),
  );
export type ReportScope = z.output<typeof scopeSchema>;

export const reportQuerySchema = z
  .object({
    format: z.enum(FORMATS, 'Format is csv, xlsx or pdf.'),
    range: z.preprocess(blankToUndefined, z.enum(PERIODS, 'Range is fytd, 12m or custom.').optional()),
    from: z.preprocess(blankToUndefined, dateSchema.optional()),
    to: z.preprocess(blankToUndefined, dateSchema.optional()),
    contents: z
      .array(z.enum(CONTENTS, 'Contents are entries, summary and/or benchmarks.'))
      .max(CONTENTS.length)
      .transform((list) => CONTENTS.filter((c) => list.includes(c)))
      .refine((list) => list.length > 0, 'Choose at least one of entries, summary or benchmarks.'),
    layout: z.preprocess(
      blankToUndefined,
      z.enum(LAYOUTS, 'Layout is standard or case-log.').default('standard'),
    ),
    scope: z.preprocess((v) => blankToUndefined(v) ?? 'me', scopeSchema),
  })
  .superRefine((q, ctx) => {
    // Dates without a period name mean a custom period (the API's short form).
    const kind = q.range ?? (q.from || q.to ? 'custom' : 'fytd');
    if (kind === 'custom') {
      if (!q.from)
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'Choose the first day of the period.' });
      if (!q.to)
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'Choose the last day of the period.' });
      if (q.from && q.to && q.from > q.to)
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period ends before it starts.' });
    }
  })
  .transform(({ range, ...q }) => ({ ...q, range: range ?? (q.from || q.to ? 'custom' : 'fytd') }) as const);
export type ReportQuery = z.output<typeof reportQuerySchema>;

/**
 * Reads the query string of an export URL into the schema's input shape: `contents` may repeat
 * (checkboxes) or be comma-separated; defaults to every content when absent.
 */
export function queryInput(format: string, params: URLSearchParams): Record<string, unknown> {
  const contents = params
    .getAll('contents')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return {
    format,
    range: params.get('range') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    contents: contents.length ? contents : [...CONTENTS],
    layout: params.get('layout') ?? undefined,
    scope: params.get('scope') ?? undefined,
  };
}
