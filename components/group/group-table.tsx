import Link from 'next/link';
import { formatWhole, formatWrvu } from '@/lib/format';
import type { GroupSort, GroupView } from '@/lib/dashboard/group';
import { cn } from '@/lib/cn';

const COLUMNS: { key: GroupSort | null; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Member' },
  { key: null, label: 'Specialty' },
  { key: 'fte', label: 'FTE', numeric: true },
  { key: 'ytd', label: 'YTD wRVUs', numeric: true },
  { key: 'pace', label: 'Pace per 1.0 FTE', numeric: true },
  { key: 'percentile', label: 'Percentile', numeric: true },
];

/** The members table, sortable through the URL (?sort=ytd&dir=desc), with group totals in the footer. */
export function GroupTable({ view }: { view: GroupView }) {
  const href = (key: GroupSort) => {
    const dir =
      view.sort === key && view.dir === 'asc'
        ? 'desc'
        : view.sort === key
          ? 'asc'
          : key === 'name'
            ? 'asc'
            : 'desc';
    return `/group?${new URLSearchParams({ org: view.organization.id, sort: key, dir }).toString()}`;
  };
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-max text-sm" data-testid="group-table">
        <caption className="sr-only">
          Members of {view.organization.name}, sorted by {view.sort}{' '}
          {view.dir === 'asc' ? 'ascending' : 'descending'}
        </caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-500">
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={cn('px-3 py-2 font-medium', c.numeric && 'text-right')}
                aria-sort={
                  c.key && view.sort === c.key ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                {c.key ? (
                  <Link href={href(c.key)} className="hover:text-slate-900">
                    {c.label}
                    {view.sort === c.key ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </Link>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.members.map((m) => (
            <tr key={m.id} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/group/${m.id}`} className="text-brand-700 hover:underline">
                  {m.name}
                </Link>
                {m.role === 'ADMIN' && (
                  <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-[10px] text-slate-600 uppercase">
                    admin
                  </span>
                )}
              </th>
              <td className="px-3 py-2 text-slate-700">{m.specialty ?? '-'}</td>
              <td className="tabular px-3 py-2 text-right">{m.clinicalFte.toFixed(2)}</td>
              <td className="tabular px-3 py-2 text-right">{formatWrvu(m.ytdWrvu)}</td>
              <td className="tabular px-3 py-2 text-right">{formatWhole(m.pace)}</td>
              <td className="tabular px-3 py-2 text-right">
                {m.rankLabel ?? '-'}
                {m.benchmark?.synthetic && <span title="Synthetic demo data - not survey data"> †</span>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-300 font-semibold text-slate-900">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              Group ({view.totals.members})
            </th>
            <td className="px-3 py-2" />
            <td className="tabular px-3 py-2 text-right">{view.totals.clinicalFte.toFixed(2)}</td>
            <td className="tabular px-3 py-2 text-right" data-testid="group-total-ytd">
              {formatWrvu(view.totals.ytdWrvu)}
            </td>
            <td className="tabular px-3 py-2 text-right">
              {view.totals.pacePerFte === null ? '-' : formatWhole(view.totals.pacePerFte)}
            </td>
            <td className="px-3 py-2" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
