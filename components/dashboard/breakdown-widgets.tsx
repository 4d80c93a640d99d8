import { formatCount, formatWrvu } from '@/lib/format';
import { periodText } from '@/lib/dashboard/range';
import { getBreakdowns, type DashboardOptions } from '@/lib/dashboard/queries';
import { roundWrvu } from '@/lib/rvu/rounding';
import { ChartCard } from './chart-card';
import { BarListChart } from './charts/lazy';

const share = (part: number, total: number) => (total > 0 ? `${Math.round((part / total) * 100)}%` : '-');

/** Top codes by credited wRVUs, with the categories (Code.category) they add up to. */
export async function TopCodesWidget({ options }: { options: DashboardOptions }) {
  const { breakdowns, range } = await getBreakdowns(options);
  const { topCodes, categories, total } = breakdowns;
  return (
    <ChartCard
      testId="chart-top-codes"
      title="Top codes"
      description={`${periodText(range)}: the ${topCodes.length} codes that earned the most wRVUs.`}
      chart={<BarListChart data={topCodes.map((c) => ({ label: c.code, wrvu: roundWrvu(c.wrvu) }))} />}
      tables={[
        {
          testId: 'table-top-codes',
          caption: `Top ${topCodes.length} codes by credited wRVUs, ${periodText(range)}.`,
          columns: [
            { label: 'Code' },
            { label: 'Description' },
            { label: 'Entries', numeric: true },
            { label: 'wRVUs', numeric: true },
            { label: 'Share', numeric: true },
          ],
          rows: topCodes.map((c) => [
            c.code,
            c.description,
            formatCount(c.entries),
            formatWrvu(c.wrvu),
            share(c.wrvu, total),
          ]),
        },
        {
          testId: 'table-categories',
          caption: `wRVUs by code category, ${periodText(range)}.`,
          columns: [
            { label: 'Category' },
            { label: 'Entries', numeric: true },
            { label: 'wRVUs', numeric: true },
            { label: 'Share', numeric: true },
          ],
          rows: categories.map((c) => [
            c.label,
            formatCount(c.entries),
            formatWrvu(c.wrvu),
            share(c.wrvu, total),
          ]),
          foot: ['Total', formatCount(categories.reduce((s, c) => s + c.entries, 0)), formatWrvu(total), ''],
        },
      ]}
      footer={
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Share by category">
          {categories.slice(0, 4).map((c) => (
            <li key={c.category}>
              {c.label}: <span className="tabular font-medium text-slate-900">{share(c.wrvu, total)}</span>
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** wRVUs by site of service (entries without a site are counted as such). */
export async function SitesWidget({ options }: { options: DashboardOptions }) {
  const { breakdowns, range } = await getBreakdowns(options);
  const { sites, total } = breakdowns;
  return (
    <ChartCard
      testId="chart-sites"
      title="By site"
      description={periodText(range)}
      chart={
        <BarListChart
          color="#0f766e"
          data={sites.map((s) => ({
            label: s.name,
            wrvu: roundWrvu(s.wrvu),
          }))}
        />
      }
      tables={[
        {
          testId: 'table-sites',
          caption: `wRVUs by site, ${periodText(range)}.`,
          columns: [
            { label: 'Site' },
            { label: 'Entries', numeric: true },
            { label: 'wRVUs', numeric: true },
            { label: 'Share', numeric: true },
          ],
          rows: sites.map((s) => [s.name, formatCount(s.entries), formatWrvu(s.wrvu), share(s.wrvu, total)]),
          foot: ['Total', formatCount(sites.reduce((s, x) => s + x.entries, 0)), formatWrvu(total), ''],
        },
      ]}
    />
  );
}
