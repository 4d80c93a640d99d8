'use client';
import { useState } from 'react';
import { DataTable, type TableData } from './data-table';

/** "Show as table": the chart's numbers as accessible tables, rendered when first opened. */
export function TableDisclosure({ tables }: { tables: TableData[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="group border-t border-slate-100 px-4 py-3"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none">
        <span className="group-open:hidden">Show as table</span>
        <span className="hidden group-open:inline">Hide table</span>
      </summary>
      {open && (
        <div className="mt-3 space-y-5">
          {tables.map((t) => (
            <DataTable key={t.testId ?? t.caption} {...t} />
          ))}
        </div>
      )}
    </details>
  );
}
