import { cn } from '@/lib/cn';

export type Column = { label: string; numeric?: boolean };

/** A table as plain data (serialisable from the server to the browser). */
export type TableData = {
  caption: string;
  columns: Column[];
  rows: string[][];
  foot?: string[];
  testId?: string;
};

/** The accessible table alternative of a chart: a caption, header cells with scope, same numbers. */
export function DataTable({
  caption,
  columns,
  rows,
  foot,
  testId,
}: {
  caption: string;
  columns: Column[];
  rows: React.ReactNode[][];
  foot?: React.ReactNode[];
  testId?: string;
}) {
  return (
    // A keyboard user can scroll a table wider than the screen (focusable region, named by its caption).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-max text-sm" data-testid={testId}>
        <caption className="pb-2 text-left text-xs text-slate-500">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={cn('px-2 py-1.5 font-medium', c.numeric && 'text-right')}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i} className="border-b border-slate-100 last:border-0">
              {cells.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="px-2 py-1.5 text-left font-normal text-slate-800">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={j}
                    className={cn('px-2 py-1.5 text-slate-700', columns[j]?.numeric && 'tabular text-right')}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr className="border-t border-slate-300 font-semibold text-slate-900">
              {foot.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="px-2 py-1.5 text-left">
                    {cell}
                  </th>
                ) : (
                  <td key={j} className={cn('px-2 py-1.5', columns[j]?.numeric && 'tabular text-right')}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
