import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

/** The call to action: log the code (signed in) or sign up to track it. */
export function TrackCode({ code, signedIn }: { code: string; signedIn: boolean }) {
  return (
    <aside aria-label="Track this code" className="rounded-xl border border-brand-200 bg-brand-50 p-4 sm:p-5">
      <p className="text-sm font-semibold text-brand-900">Track {code} in Benchline</p>
      <p className="mt-1 text-sm text-brand-800">
        Log procedures in seconds, see the wRVUs they earn and compare your pace with your specialty.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        {signedIn ? (
          <Link href={`/log?code=${encodeURIComponent(code)}`} className={buttonClass('primary', 'md')}>
            Log this code
          </Link>
        ) : (
          <>
            <Link href="/signup" className={buttonClass('primary', 'md')}>
              Sign up to track this code
            </Link>
            <Link
              href={`/signin?callbackUrl=${encodeURIComponent(`/codes/${code}`)}`}
              className={buttonClass('secondary', 'md')}
            >
              Sign in
            </Link>
          </>
        )}
      </div>
    </aside>
  );
}
