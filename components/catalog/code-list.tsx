import Link from 'next/link';
import { rvuText } from './format';

export type CodeListEntry = {
  code: string;
  shortDescription: string;
  curated: boolean;
  workRvu: number | null;
  aspDrug?: boolean;
};

/** Search results or a category page: code, descriptor and the current work RVU, each linking to its page. */
export function CodeList({ items, label }: { items: CodeListEntry[]; label: string }) {
  return (
    <ul
      aria-label={label}
      className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      {items.map((item) => (
        <li key={item.code}>
          <Link
            href={`/codes/${item.code}`}
            className="flex items-baseline gap-3 px-4 py-3 hover:bg-slate-50"
          >
            <span className="w-14 shrink-0 font-mono text-sm font-semibold text-brand-700">{item.code}</span>
            <span className="min-w-0 flex-1 text-sm text-slate-800">
              {item.shortDescription}
              {item.curated && <span className="sr-only"> (with plain-language notes)</span>}
            </span>
            <span className="tabular shrink-0 text-right text-xs text-slate-500">
              {item.aspDrug
                ? 'ASP drug'
                : item.workRvu !== null
                  ? `${rvuText(item.workRvu)} wRVU`
                  : 'no RVUs'}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
