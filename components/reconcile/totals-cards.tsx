// Report wRVUs, logged wRVUs, matched, and the net difference split by cause.
import { CAUSES, CAUSE_LABELS, type Totals } from '@/lib/reconcile/types';

const f = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = (n: number) => (n > 0 ? `+${f(n)}` : f(n));

export function TotalsCards({ totals }: { totals: Totals }) {
  const cards = [
    { label: 'Report wRVUs', value: f(totals.reportWrvu), note: `${totals.reportLines} lines` },
    { label: 'Logged wRVUs', value: f(totals.loggedWrvu), note: `${totals.logEntries} entries` },
    {
      label: 'Matched',
      value: String(totals.matchedLines),
      note: `${f(totals.matchedReportWrvu)} wRVU in the report`,
    },
    { label: 'Net difference', value: signed(totals.net), note: 'report minus log' },
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {cards.map((c) => (
          <div key={c.label} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-xs font-medium text-slate-500 uppercase">{c.label}</dt>
            <dd
              className="mt-1 text-xl font-semibold text-slate-900 tabular-nums"
              data-testid={`total-${c.label}`}
            >
              {c.value}
            </dd>
            <dd className="text-xs text-slate-500">{c.note}</dd>
          </div>
        ))}
      </dl>
      <table className="w-full text-sm" data-testid="net-by-cause">
        <caption className="mb-1 text-left text-sm font-medium text-slate-700">
          Net difference by cause
        </caption>
        <tbody>
          {CAUSES.filter((c) => totals.byCause[c].count).map((c) => (
            <tr key={c} className="border-t border-slate-100">
              <th scope="row" className="py-1 text-left font-normal text-slate-600">
                {CAUSE_LABELS[c]} ({totals.byCause[c].count})
              </th>
              <td className="py-1 text-right tabular-nums">{signed(totals.byCause[c].wrvu)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
