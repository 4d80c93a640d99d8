// Filters by category and by cause, as links (the page is a server component; no client state).
import Link from 'next/link';
import { cn } from '@/lib/cn';
import { CATEGORIES, CATEGORY_LABELS, CAUSES, CAUSE_LABELS, type Totals } from '@/lib/reconcile/types';

const chip = (active: boolean) =>
  cn(
    'inline-flex items-center rounded-full border px-3 py-1 text-xs font-medium',
    active
      ? 'border-brand-600 bg-brand-50 text-brand-800'
      : 'border-slate-300 text-slate-600 hover:bg-slate-50',
  );

export function ResultFilters({
  base,
  category,
  cause,
  counts,
  totals,
}: {
  base: string;
  category?: string;
  cause?: string;
  counts: Record<string, number>;
  totals: Totals;
}) {
  return (
    <nav aria-label="Filters" className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Link href={base} className={chip(!category && !cause)}>
          All
        </Link>
        {CATEGORIES.map((c) => (
          <Link
            key={c}
            href={`${base}?category=${c}`}
            className={chip(category === c)}
            data-testid={`filter-${c}`}
          >
            {CATEGORY_LABELS[c]} ({counts[c] ?? 0})
          </Link>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        {CAUSES.filter((c) => totals.byCause[c].count).map((c) => (
          <Link
            key={c}
            href={`${base}?cause=${c}`}
            className={chip(cause === c)}
            data-testid={`filter-cause-${c}`}
          >
            {CAUSE_LABELS[c]} ({totals.byCause[c].count})
          </Link>
        ))}
      </div>
    </nav>
  );
}
