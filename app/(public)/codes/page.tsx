import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { CategorySections } from '@/components/catalog/category-sections';
import { CodeList } from '@/components/catalog/code-list';
import { CodeSearchBox } from '@/components/catalog/code-search-box';
import { Pagination } from '@/components/catalog/pagination';
import { EmptyState } from '@/components/ui/card';
import { allCategories } from '@/lib/catalog/category';
import { getCategoryCounts, listCodes } from '@/lib/catalog/code-page';
import { searchCodes } from '@/lib/catalog/search';
import { describeMissingCode } from '@/lib/catalog/missing-code';
import { formatCount } from '@/lib/format';

export const dynamic = 'force-dynamic';

const SLUGS = new Set(allCategories().map((c) => c.slug));
const paramsSchema = z.object({
  q: z.string().trim().max(200).catch(''),
  category: z
    .string()
    .refine((s) => SLUGS.has(s))
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readParams(searchParams: SearchParams) {
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return paramsSchema.parse({
    q: first(raw.q) ?? '',
    category: first(raw.category),
    page: first(raw.page) ?? 1,
  });
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { q, category } = await readParams(searchParams);
  if (q) return { title: `Codes matching "${q}"`, robots: { index: false } };
  const label = category ? allCategories().find((c) => c.slug === category)?.label : null;
  return {
    title: label ? `${label} codes` : 'CPT and HCPCS code lookup',
    description:
      'Look up any CPT or HCPCS code: work RVUs from the CMS Physician Fee Schedule, indicators in plain words, ASP drug prices and billing notes.',
  };
}

export default async function CodesPage({ searchParams }: { searchParams: SearchParams }) {
  const { q, category, page } = await readParams(searchParams);
  const categories = await getCategoryCounts();

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
          CPT and HCPCS code lookup
        </h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          Search by code, words in any order or the abbreviations clinicians use. Every page shows the code's
          work RVUs from the CMS Physician Fee Schedule with each indicator explained.
        </p>
      </div>
      <CodeSearchBox defaultValue={q} />
      {categories.length === 0 ? (
        <EmptyState title="The code catalog is empty">
          No CMS files have been imported yet. An administrator can import the fee-schedule, HCPCS and ASP
          files with <code className="font-mono">npm run catalog:import</code>.
        </EmptyState>
      ) : q ? (
        <SearchResults q={q} />
      ) : category ? (
        <CategoryPage category={category} page={page} />
      ) : (
        <CategorySections categories={categories} />
      )}
    </div>
  );
}

async function SearchResults({ q }: { q: string }) {
  const results = await searchCodes({ q, limit: 50 });
  const missing = results.length === 0 ? await describeMissingCode(q) : null;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-3 text-base font-semibold text-slate-900">
        {results.length === 0 ? `No codes match "${q}"` : `Codes matching "${q}"`}
      </h2>
      {results.length === 0 ? (
        <EmptyState title="Nothing found">
          {missing && (
            <span className="mb-2 block" data-testid="code-not-in-catalog">
              {missing}
            </span>
          )}
          Try a code (99213), its first digits (992), words from the descriptor (knee arthroplasty) or a
          common abbreviation (tka, egd).{' '}
          <Link href="/codes" className="font-medium text-brand-700 hover:underline">
            Browse by category
          </Link>
          .
        </EmptyState>
      ) : (
        <CodeList items={results} label={`Codes matching ${q}`} />
      )}
    </section>
  );
}

async function CategoryPage({ category, page }: { category: string; page: number }) {
  const list = await listCodes({ category, page });
  return (
    <section aria-labelledby="category-heading">
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/codes" className="hover:text-brand-700">
          All categories
        </Link>
      </nav>
      <h2 id="category-heading" className="mb-3 text-lg font-semibold text-slate-900">
        {list.category.label}{' '}
        <span className="text-sm font-normal text-slate-500">({formatCount(list.total)} codes)</span>
      </h2>
      {list.items.length === 0 ? (
        <EmptyState title="No codes on this page">
          <Link href={`/codes?category=${category}`} className="font-medium text-brand-700 hover:underline">
            Go to the first page
          </Link>
        </EmptyState>
      ) : (
        <CodeList items={list.items} label={`${list.category.label}, page ${list.page}`} />
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        href={(p) => `/codes?category=${category}&page=${p}`}
      />
    </section>
  );
}
