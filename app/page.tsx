import Link from 'next/link';
import { Activity, BarChart3, FileDown, Search, ShieldCheck, Smartphone } from 'lucide-react';
import { buttonClass } from '@/components/ui/button';
import { Logo } from '@/components/ui/logo';
import { getCurrentUser } from '@/lib/session';

const FEATURES = [
  {
    icon: Smartphone,
    title: 'Log in seconds',
    body: 'Favorites, recents and a code search that understands “tka”, “lap chole” and typos. Built for the minute between cases.',
  },
  {
    icon: Activity,
    title: 'wRVUs you can explain',
    body: 'Every number comes from an imported CMS fee-schedule release, the one in effect on the date of service when it is imported, with each modifier and multiple-procedure rule shown. An entry priced with another year’s release says so.',
  },
  {
    icon: BarChart3,
    title: 'Benchmarks with sources',
    body: 'See your pace and percentile where a published source covers your specialty; where none does, Benchline says so instead of inventing one. Every comparison names its survey and year; your group can import its licensed tables.',
  },
  {
    icon: FileDown,
    title: 'Reports for the meeting',
    body: 'CSV, Excel and PDF exports that match your dashboard to the decimal, for contract talks or your program director.',
  },
  {
    icon: Search,
    title: 'A public code catalog',
    body: 'Every code in the CMS releases Benchline ships and imports, with its RVUs and CMS descriptors; plain-language explanations and billing notes for common codes. Drugs paid by ASP are clearly marked.',
  },
  {
    icon: ShieldCheck,
    title: 'No patient data',
    body: 'Benchline stores procedures, not patients. Free-text notes warn you never to enter identifiers.',
  },
];

export default async function LandingPage() {
  // Signed in: the way back into the app replaces "Sign in / Get started".
  const user = await getCurrentUser();
  return (
    <div className="min-h-dvh bg-white">
      <header className="mx-auto flex max-w-6xl items-center justify-between px-4 py-5 sm:px-6">
        <Logo className="text-lg" />
        <nav className="flex items-center gap-2 text-sm">
          <Link
            href="/codes"
            className="hidden rounded-lg px-3 py-2 text-slate-600 hover:text-slate-900 sm:block"
          >
            Code catalog
          </Link>
          {user ? (
            <Link href="/dashboard" className={buttonClass('primary', 'sm')} data-testid="open-dashboard">
              Open your dashboard
            </Link>
          ) : (
            <>
              <Link href="/signin" className={buttonClass('ghost', 'sm')}>
                Sign in
              </Link>
              <Link href="/signup" className={buttonClass('primary', 'sm')}>
                Get started
              </Link>
            </>
          )}
        </nav>
      </header>
      <main>
        <section className="mx-auto max-w-6xl px-4 pt-10 pb-16 sm:px-6 sm:pt-20">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
            For physicians, APPs and trainees
          </p>
          <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight text-slate-900 sm:text-5xl">
            Know the work you do. Benchline turns your procedure log into wRVUs and benchmarks.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-600">
            Log procedures from your phone, see the work RVUs each one earns under the CMS Physician Fee
            Schedule releases Benchline ships and imports, and track your pace against published percentiles
            for your specialty where a source exists, with the source of every number in plain view.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {user ? (
              <>
                <Link href="/log" className={buttonClass('primary', 'lg')}>
                  Log a procedure
                </Link>
                <Link href="/dashboard" className={buttonClass('secondary', 'lg')}>
                  Go to the dashboard
                </Link>
              </>
            ) : (
              <Link href="/signup" className={buttonClass('primary', 'lg')}>
                Create a free account
              </Link>
            )}
            <Link href="/codes" className={buttonClass('secondary', 'lg')}>
              Browse CPT codes
            </Link>
          </div>
        </section>
        <section className="border-t border-slate-100 bg-slate-50">
          <div className="mx-auto grid max-w-6xl gap-6 px-4 py-14 sm:grid-cols-2 sm:px-6 lg:grid-cols-3">
            {FEATURES.map(({ icon: Icon, title, body }) => (
              <div key={title} className="rounded-xl border border-slate-200 bg-white p-5">
                <Icon aria-hidden className="h-6 w-6 text-brand-600" />
                <h2 className="mt-3 font-semibold text-slate-900">{title}</h2>
                <p className="mt-1 text-sm text-slate-600">{body}</p>
              </div>
            ))}
          </div>
        </section>
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-8 text-xs text-slate-500 sm:px-6">
        CPT® is a registered trademark of the American Medical Association. RVUs from the CMS Medicare
        Physician Fee Schedule relative value files.
      </footer>
    </div>
  );
}
