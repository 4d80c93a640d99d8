// The export form: a plain GET form (works without JavaScript, keyboard-first). "Update preview"
// submits to the page itself; each download button submits the same fields to the download route
// with formAction, so the browser downloads the file and stays on the page.
import { buttonClass } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { ReportContent, ReportLayout } from '@/lib/reports/schemas';

export type ReportFormValues = {
  range: 'fytd' | '12m' | 'custom';
  from: string;
  to: string;
  contents: ReportContent[];
  layout: ReportLayout;
};

const RANGES = [
  { value: 'fytd', label: 'Fiscal year to date' },
  { value: '12m', label: 'Last 12 months' },
  { value: 'custom', label: 'Custom dates' },
] as const;

const CONTENT_OPTIONS: { value: ReportContent; label: string; hint: string }[] = [
  { value: 'entries', label: 'Entries', hint: 'every procedure with its credited wRVU' },
  { value: 'summary', label: 'Summary', hint: 'by month, code, category and site' },
  { value: 'benchmarks', label: 'Benchmark comparison', hint: 'percentile rank with the source and year' },
];

const LAYOUT_OPTIONS: { value: ReportLayout; label: string; hint: string }[] = [
  { value: 'standard', label: 'Standard', hint: 'wRVUs, sites, settings and notes' },
  {
    value: 'case-log',
    label: "Residents' case log",
    hint: 'date, CPT code, description and role, for ACGME Case Log entry',
  },
];

const legend = 'text-sm font-semibold text-slate-900';
const option =
  'flex items-start gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50';
const control = 'mt-0.5 h-4 w-4 shrink-0 accent-brand-600';

export function ReportForm({
  values,
  error,
  today,
}: {
  values: ReportFormValues;
  error?: string;
  today: string;
}) {
  return (
    <form method="get" action="/reports" className="space-y-6" aria-describedby="report-form-error">
      <fieldset className="space-y-2">
        <legend className={legend}>Period</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {RANGES.map((r) => (
            <label key={r.value} className={option}>
              <input
                type="radio"
                name="range"
                value={r.value}
                defaultChecked={values.range === r.value}
                className={control}
              />
              <span>{r.label}</span>
            </label>
          ))}
        </div>
        <div className="grid gap-3 sm:max-w-md sm:grid-cols-2">
          <label className="text-xs font-medium text-slate-600">
            From (custom)
            <Input type="date" name="from" defaultValue={values.from} max={today} className="mt-1" />
          </label>
          <label className="text-xs font-medium text-slate-600">
            To (custom)
            <Input type="date" name="to" defaultValue={values.to} max={today} className="mt-1" />
          </label>
        </div>
        <p className="text-xs text-slate-500">
          The dates apply when "Custom dates" is chosen. Fiscal years follow the start month in your settings.
        </p>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className={legend}>Contents</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {CONTENT_OPTIONS.map((c) => (
            <label key={c.value} className={option}>
              <input
                type="checkbox"
                name="contents"
                value={c.value}
                defaultChecked={values.contents.includes(c.value)}
                className={control}
              />
              <span>
                <span className="font-medium text-slate-900">{c.label}</span>
                <span className="block text-xs text-slate-600">{c.hint}</span>
              </span>
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500">
          A CSV holds one table: the entries, or the summary when entries are unchecked. XLSX puts each part
          on its own sheet; the PDF has them all.
        </p>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className={legend}>Layout</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {LAYOUT_OPTIONS.map((l) => (
            <label key={l.value} className={option}>
              <input
                type="radio"
                name="layout"
                value={l.value}
                defaultChecked={values.layout === l.value}
                className={control}
              />
              <span>
                <span className="font-medium text-slate-900">{l.label}</span>
                <span className="block text-xs text-slate-600">{l.hint}</span>
              </span>
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500">
          The case-log layout applies to CSV and XLSX; the PDF is always the full report.
        </p>
      </fieldset>

      <p
        id="report-form-error"
        aria-live="polite"
        className="text-sm text-red-600"
        data-testid="report-error"
      >
        {error}
      </p>

      <div className="flex flex-wrap gap-2">
        <button type="submit" formAction="/api/reports/csv" className={buttonClass()}>
          Download CSV
        </button>
        <button type="submit" formAction="/api/reports/xlsx" className={buttonClass()}>
          Download XLSX
        </button>
        <button type="submit" formAction="/api/reports/pdf" className={buttonClass()}>
          Download PDF
        </button>
        <button type="submit" className={buttonClass('secondary')}>
          Update preview
        </button>
      </div>
    </form>
  );
}
