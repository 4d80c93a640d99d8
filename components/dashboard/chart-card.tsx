import { Card, CardHeader } from '@/components/ui/card';

/**
 * A chart with its table alternative: the chart is drawn for sighted users (and hidden from
 * assistive technology, which gets the table), and "Show as table" opens the same numbers.
 */
export function ChartCard({
  title,
  description,
  chart,
  table,
  footer,
  testId,
}: {
  title: string;
  description?: React.ReactNode;
  chart: React.ReactNode;
  table: React.ReactNode;
  footer?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Card data-testid={testId} className="min-w-0">
      <CardHeader title={title} description={description} />
      <div className="px-2 pt-4 sm:px-4" aria-hidden="true">
        {chart}
      </div>
      <details className="group border-t border-slate-100 px-4 py-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700 select-none">
          <span className="group-open:hidden">Show as table</span>
          <span className="hidden group-open:inline">Hide table</span>
        </summary>
        <div className="mt-3">{table}</div>
      </details>
      {footer && <div className="border-t border-slate-100 px-4 py-3">{footer}</div>}
    </Card>
  );
}
