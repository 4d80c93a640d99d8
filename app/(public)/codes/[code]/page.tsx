import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BillingDocumentation } from '@/components/catalog/billing-documentation';
import { CodeFaq } from '@/components/catalog/code-faq';
import { CodeNotInCatalog } from '@/components/catalog/code-not-in-catalog';
import { CodeSection } from '@/components/catalog/code-section';
import { KeyFacts } from '@/components/catalog/key-facts';
import { RvuInformation } from '@/components/catalog/rvu-information';
import { TrackCode } from '@/components/catalog/track-code';
import { WorkRvuHistory } from '@/components/catalog/work-rvu-history';
import { getCodePage } from '@/lib/catalog/code-page';
import { describeMissingCode } from '@/lib/catalog/missing-code';
import { getCurrentUser } from '@/lib/session';

// Reads the catalog at request time (the build needs no database); getCodePage is cached per
// request, so the metadata and the page share one set of queries.
export const dynamic = 'force-dynamic';

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const raw = decodeURIComponent((await params).code);
  const page = await getCodePage(raw);
  if (!page)
    return {
      title: (await describeMissingCode(raw))
        ? `${raw.trim().toUpperCase()} is not in the catalog`
        : 'Code not found',
      robots: { index: false },
    };
  const work = page.aspDrug
    ? 'no work RVU (ASP drug)'
    : page.rvu && page.rvu.workRvu !== null
      ? `${page.rvu.workRvu.toFixed(2)} work RVUs`
      : null;
  const lead = page.plainLanguage ?? page.description;
  return {
    title: `${page.code} ${page.shortDescription}`,
    description:
      `${page.kindLabel === 'CPT' ? 'CPT' : 'HCPCS'} ${page.code}: ${lead}${work ? ` ${work} in ${page.release?.id}.` : ''}`.slice(
        0,
        300,
      ),
    alternates: { canonical: `/codes/${page.code}` },
  };
}

export default async function CodePageRoute({ params }: { params: Params }) {
  const raw = decodeURIComponent((await params).code);
  const [page, user] = await Promise.all([getCodePage(raw), getCurrentUser()]);
  if (!page) {
    // A well-formed code the catalog lacks is named with the releases searched; anything else is a 404.
    const missing = await describeMissingCode(raw);
    if (!missing) notFound();
    return <CodeNotInCatalog code={raw.trim().toUpperCase()} message={missing} />;
  }

  return (
    <article className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/codes" className="hover:text-brand-700">
              Codes
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li>
            <Link href={`/codes?category=${page.category.slug}`} className="hover:text-brand-700">
              {page.category.label}
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li aria-current="page" className="font-mono text-slate-700">
            {page.code}
          </li>
        </ol>
      </nav>

      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
          <span className="font-mono text-brand-700">{page.code}</span> {page.shortDescription}
        </h1>
        <p className="flex flex-wrap gap-2 text-xs">
          <span className="rounded-full bg-slate-100 px-2.5 py-1 font-medium text-slate-700">
            {page.category.label}
          </span>
          <span className="rounded-full bg-slate-100 px-2.5 py-1 font-medium text-slate-700">
            {page.kindLabel}
          </span>
          {page.aspDrug && (
            <span className="rounded-full bg-amber-100 px-2.5 py-1 font-medium text-amber-900">
              ASP-priced drug
            </span>
          )}
          {page.terminatedOn && (
            <span className="rounded-full bg-red-50 px-2.5 py-1 font-medium text-red-700">
              Terminated {page.terminatedOn}
            </span>
          )}
        </p>
        {page.synonyms.length > 0 && (
          <p className="text-sm text-slate-600">
            <span className="font-medium text-slate-900">Also known as:</span> {page.synonyms.join(', ')}
          </p>
        )}
        <p className="max-w-3xl text-base leading-7 text-slate-700">{page.description}</p>
      </header>

      <KeyFacts page={page} />

      <div className="grid gap-5 lg:grid-cols-[1fr_18rem] lg:items-start">
        <div className="min-w-0 space-y-5">
          <CodeSection id="plain-language" title="In plain language">
            <p>
              {page.plainLanguage ??
                `Benchline has not written a plain-language summary for ${page.code} yet; the descriptor above is the official definition.`}
            </p>
          </CodeSection>
          <CodeSection id="clinical-context" title="Clinical context">
            <p>
              {page.clinicalContext ??
                `No clinical summary for ${page.code} yet. It belongs to ${page.category.label}; the RVU information below shows what CMS publishes for it.`}
            </p>
          </CodeSection>
          <RvuInformation page={page} />
          <BillingDocumentation page={page} />
          <CodeSection id="specialties" title="Specialties">
            {page.specialties.length > 0 ? (
              <ul className="flex flex-wrap gap-2">
                {page.specialties.map((s) => (
                  <li
                    key={s}
                    className="rounded-full border border-slate-200 bg-slate-50 px-3 py-1 text-slate-700"
                  >
                    {s}
                  </li>
                ))}
              </ul>
            ) : (
              <p>No specialties recorded for {page.code} yet.</p>
            )}
          </CodeSection>
          <CodeFaq items={page.faq} />
          <WorkRvuHistory page={page} />
        </div>
        <div className="lg:sticky lg:top-6">
          <TrackCode code={page.code} signedIn={user !== null} />
        </div>
      </div>
    </article>
  );
}
