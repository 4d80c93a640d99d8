import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardHeader } from '@/components/ui/card';
import { GroupExportForm } from '@/components/reports/group-export-form';
import { ReportForm, type ReportFormValues } from '@/components/reports/report-form';
import { describeEntryCount, formatCount, formatWrvu } from '@/lib/format';
import { parseDashboardParams, periodText, todayIso } from '@/lib/dashboard/range';
import { getReportPreview } from '@/lib/reports/preview';
import { CONTENTS, LAYOUTS, type ReportContent, type ReportLayout } from '@/lib/reports/schemas';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Reports' };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser('/reports');
  const raw = await searchParams;
  // The same range parameters as the dashboard (range, from, to); invalid values fall back.
  const { range } = parseDashboardParams({
    range: first(raw.range),
    from: first(raw.from),
    to: first(raw.to),
  });
  const preview = await getReportPreview({ actor, range });
  const contents = all(raw.contents).filter((c): c is ReportContent =>
    (CONTENTS as readonly string[]).includes(c),
  );
  const layout = first(raw.layout);
  // Keep the kind the user picked even when its dates were missing (the preview then falls back).
  const picked = first(raw.range);
  const values: ReportFormValues = {
    range: picked === 'fytd' || picked === '12m' || picked === 'custom' ? picked : range.kind,
    from: range.kind === 'custom' ? range.from : (first(raw.from) ?? ''),
    to: range.kind === 'custom' ? range.to : (first(raw.to) ?? ''),
    contents: contents.length ? contents : [...CONTENTS],
    layout:
      layout && (LAYOUTS as readonly string[]).includes(layout)
        ? (layout as ReportLayout)
        : preview.defaultLayout,
  };
  const error = first(raw.error)?.slice(0, 300);

  return (
    <>
      <PageHeader
        title="Reports"
        description="Download your log and productivity for contract talks, program directors or finance."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Export" description="Choose the period and what to include, then download." />
          <div className="space-y-6 p-5">
            <div
              className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700"
              data-testid="report-preview"
            >
              <p className="font-medium text-slate-900">{periodText(preview.period)}</p>
              <p className="mt-0.5">
                <span className="tabular font-semibold text-slate-900" data-testid="report-entries">
                  {formatCount(preview.entries)}
                </span>{' '}
                {describeEntryCount(preview).replace(/^[\d,]+ /, '')} ·{' '}
                <span className="tabular font-semibold text-slate-900" data-testid="report-total">
                  {formatWrvu(Number(preview.wrvu))}
                </span>{' '}
                wRVUs
              </p>
            </div>
            <ReportForm values={values} error={error} today={todayIso()} />
            <p className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900">
              Exports contain no patient identifiers: Benchline stores no patient names, record numbers or
              dates of birth. Notes are exported as you wrote them, so keep them free of identifiers.
            </p>
          </div>
        </Card>

        {preview.groups.length > 0 && (
          <Card>
            <CardHeader
              title="Group summary"
              description="For group admins: each member's fiscal-year-to-date wRVUs, pace per 1.0 FTE, percentile rank and clinical FTE, as in the group view."
            />
            <div className="p-5">
              <GroupExportForm groups={preview.groups} />
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
