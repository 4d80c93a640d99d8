import Link from 'next/link';
import type { CategoryCount } from '@/lib/catalog/code-page';

// The catalog front page: the single-category CPT sections and drugs as tiles, then the
// categories that come in families (surgery by body system, HCPCS Level II letters) as lists.
const TILES = ['em', 'anesthesia', 'radiology', 'pathology-lab', 'medicine', 'j-codes'];

type Family = { title: string; match: (slug: string) => boolean; short: (label: string) => string };
const FAMILIES: Family[] = [
  {
    title: 'Surgery by body system',
    match: (s) => s.startsWith('surgery-'),
    short: (l) => l.replace(/^Surgery: /, ''),
  },
  {
    title: 'Other CPT codes',
    match: (s) => s === 'category-ii' || s === 'category-iii' || s === 'cpt-other',
    short: (l) => l,
  },
  {
    title: 'Other HCPCS Level II codes',
    match: (s) => s.startsWith('hcpcs-') || s === 'other',
    short: (l) => l.replace(/^HCPCS ([A-Z]): /, '$1 · '),
  },
];

const number = new Intl.NumberFormat('en-US');
const count = (n: number) => `${number.format(n)} ${n === 1 ? 'code' : 'codes'}`;

export function CategorySections({ categories }: { categories: CategoryCount[] }) {
  const tiles = TILES.map((slug) => categories.find((c) => c.slug === slug)).filter((c) => c !== undefined);
  return (
    <div className="space-y-6">
      {tiles.length > 0 && (
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading" className="mb-3 text-base font-semibold text-slate-900">
            Main sections
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {tiles.map((c) => (
              <li key={c.slug}>
                <Link
                  href={`/codes?category=${c.slug}`}
                  className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300 hover:bg-brand-50"
                >
                  <span className="font-medium text-slate-900">{c.label}</span>
                  <span className="tabular mt-1 text-xs text-slate-500">{count(c.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="gap-6 md:columns-2">
        {FAMILIES.map((family) => {
          const items = categories.filter((c) => family.match(c.slug));
          if (items.length === 0) return null;
          const id = `family-${family.title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
          return (
            <section
              key={family.title}
              aria-labelledby={id}
              className="mb-6 break-inside-avoid rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            >
              <h2 id={id} className="text-base font-semibold text-slate-900">
                {family.title}
              </h2>
              <ul className="mt-2 divide-y divide-slate-100">
                {items.map((c) => (
                  <li key={c.slug}>
                    <Link
                      href={`/codes?category=${c.slug}`}
                      className="flex items-baseline justify-between gap-3 py-2 text-sm text-slate-700 hover:text-brand-700"
                    >
                      <span>{family.short(c.label)}</span>
                      <span className="tabular shrink-0 text-xs text-slate-500">{count(c.count)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
