// Every discrepancy of a reconciliation (or the filtered ones): date, code, modifiers on each
// side, both wRVUs, the difference and its cause in words.
import { CAUSE_LABELS, CATEGORY_LABELS, type Discrepancy } from '@/lib/reconcile/types';

const f = (n: number | null) => (n === null ? '-' : n.toFixed(2));
const mods = (m: string[] | null) => (m === null ? '-' : m.join(' ') || 'none');
export const MAX_ROWS_SHOWN = 500;

export function DiscrepancyTable({ rows }: { rows: Discrepancy[] }) {
  if (!rows.length) return <p className="text-sm text-slate-500">No discrepancies here.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="discrepancies">
        <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-3 py-2">Date</th>
            <th className="px-3 py-2">Code</th>
            <th className="px-3 py-2">Modifiers (report / log)</th>
            <th className="px-3 py-2 text-right">Report wRVU</th>
            <th className="px-3 py-2 text-right">Log wRVU</th>
            <th className="px-3 py-2 text-right">Difference</th>
            <th className="px-3 py-2">Cause</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS_SHOWN).map((d, i) => (
            <tr
              key={`${d.row ?? ''}-${d.entryId ?? ''}-${i}`}
              className="border-t border-slate-100 align-top"
              data-testid="discrepancy"
              data-category={d.category}
              data-cause={d.cause}
              data-code={d.code}
              data-date={d.date}
            >
              <td className="px-3 py-2 whitespace-nowrap">{d.date}</td>
              <td className="px-3 py-2 font-medium">{d.code}</td>
              <td className="px-3 py-2">
                {mods(d.reportModifiers)} / {mods(d.logModifiers)}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{f(d.reportWrvu)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{f(d.logWrvu)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {d.difference > 0 ? `+${f(d.difference)}` : f(d.difference)}
              </td>
              <td className="px-3 py-2">
                <span className="font-medium">{CAUSE_LABELS[d.cause]}</span>
                <span className="block text-xs text-slate-500">{CATEGORY_LABELS[d.category]}</span>
                <span className="block text-xs text-slate-600">{d.detail}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS_SHOWN && (
        <p className="p-3 text-sm text-slate-500">
          The first {MAX_ROWS_SHOWN} of {rows.length} are shown; the exports hold every one.
        </p>
      )}
    </div>
  );
}
