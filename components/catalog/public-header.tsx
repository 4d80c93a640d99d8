import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Logo } from '@/components/ui/logo';
import { cn } from '@/lib/cn';

/** Header of the public pages: the catalog link, and sign-in or the way back into the app. */
export function PublicHeader({ signedIn }: { signedIn: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="text-base text-slate-900 sm:text-lg" aria-label="Benchline home">
          <Logo />
        </Link>
        <nav aria-label="Site" className="flex items-center gap-1 text-sm sm:gap-2">
          {/* Below sm the breadcrumb and the page's own search lead back to the catalog. */}
          <Link
            href="/codes"
            className="hidden rounded-lg px-3 py-2 font-medium whitespace-nowrap text-slate-600 hover:text-slate-900 sm:block"
          >
            Code catalog
          </Link>
          {signedIn ? (
            <Link href="/dashboard" className={buttonClass('primary', 'sm')}>
              Dashboard
            </Link>
          ) : (
            <>
              <Link href="/signin" className={cn(buttonClass('ghost', 'sm'), 'whitespace-nowrap')}>
                Sign in
              </Link>
              <Link href="/signup" className={cn(buttonClass('primary', 'sm'), 'whitespace-nowrap')}>
                Get started
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
