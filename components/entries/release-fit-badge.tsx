import { releaseFitLabel, type ReleaseFit } from '@/lib/rvu/release-fit';

/** The mark of an entry priced with a release from another year (nothing when it fits). */
export function ReleaseFitBadge({
  fit,
  className = '',
}: {
  fit: ReleaseFit | null | undefined;
  className?: string;
}) {
  const label = releaseFitLabel(fit);
  if (!label) return null;
  return (
    <span
      data-testid="release-fit"
      data-fit={fit}
      className={`inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 ${className}`}
    >
      {label}
    </span>
  );
}
