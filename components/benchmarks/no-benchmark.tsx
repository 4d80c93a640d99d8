import Link from 'next/link';
import { cn } from '@/lib/cn';

const linkClass = 'font-medium text-brand-700 underline';

/**
 * What a real user sees when no published source has their specialty: no number computed from
 * anything invented, and the ways forward (the synthetic demo set is for the demo account only).
 */
export function NoBenchmark({
  specialty,
  links = true,
  className,
}: {
  specialty: string | null;
  links?: boolean;
  className?: string;
}) {
  const to = (href: string, text: string) =>
    links ? (
      <Link href={href} className={linkClass}>
        {text}
      </Link>
    ) : (
      text
    );
  if (!specialty) {
    return (
      <p className={cn('text-xs text-slate-600', className)} data-testid="no-benchmark">
        Set your specialty in {to('/settings', 'Settings')} to compare with a published benchmark.
      </p>
    );
  }
  return (
    <div className={cn('space-y-1 text-xs text-slate-600', className)} data-testid="no-benchmark">
      <p className="font-medium text-slate-800">No published benchmark for {specialty} in Benchline yet.</p>
      <ul className="list-disc space-y-0.5 pl-4">
        <li>
          Import your organisation&apos;s licensed table with the{' '}
          {links ? (
            <a href="/benchmarks/template" download className={linkClass}>
              template
            </a>
          ) : (
            'template'
          )}{' '}
          on {to('/benchmarks#import', 'Benchmarks')}.
        </li>
        <li>
          Or choose a related specialty&apos;s published source explicitly in {to('/settings', 'Settings')}.
        </li>
        <li>
          Or, once a site admin has built one from CMS&apos;s public data, choose the Medicare-derived
          distribution in {to('/settings', 'Settings')} (Medicare fee-for-service volume only, not
          FTE-adjusted).
        </li>
      </ul>
    </div>
  );
}
