import { Card, CardHeader } from '@/components/ui/card';
import { TableDisclosure } from './table-disclosure';
import type { TableData } from './data-table';

/**
 * A chart with its table alternative: the chart is drawn for sighted users (and hidden from
 * assistive technology, which gets the table), and "Show as table" opens the same numbers. The
 * tables travel as plain data and are built in the browser when opened: a dashboard response is
 * 60 KB instead of 148 KB, and cheaper to render (npm run bench:load).
 */
export function ChartCard({
  title,
  description,
  chart,
  tables,
  footer,
  testId,
}: {
  title: string;
  description?: React.ReactNode;
  chart: React.ReactNode;
  tables: TableData[];
  footer?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Card data-testid={testId} className="min-w-0">
      <CardHeader title={title} description={description} />
      <div className="px-2 pt-4 sm:px-4" aria-hidden="true">
        {chart}
      </div>
      <TableDisclosure tables={tables} />
      {footer && <div className="border-t border-slate-100 px-4 py-3">{footer}</div>}
    </Card>
  );
}
