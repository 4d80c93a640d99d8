import Link from 'next/link';
import { sourceAgeNote, sourceLine } from '@/lib/format';
import { cn } from '@/lib/cn';

export type SourceNoteBenchmark = {
  citation: string;
  dataYear: number;
  synthetic: boolean;
  specialty?: string;
  segment?: string;
  note?: string | null;
  kind?: 'SURVEY' | 'MEDICARE_DERIVED';
  caveat?: string | null;
};

export type SourceNoteProps = {
  benchmark: SourceNoteBenchmark | null;
  className?: string;
  link?: boolean;
  /** Named in the message when there is no benchmark. */
  specialty?: string | null;
};

/**
 * "Source: <citation>, <data year>" under a comparison. The synthetic demo set's citation is its
 * label ("Synthetic demo data - not survey data"), so the label is printed wherever it is used.
 */
export function SourceNote({ benchmark, className, link = true, specialty }: SourceNoteProps) {
  if (!benchmark) {
    return (
      <p className={cn('text-xs text-slate-500', className)}>
        {specialty
          ? `No published benchmark for ${specialty} in Benchline yet.`
          : 'No published benchmark for this specialty in Benchline yet.'}{' '}
        {link && (
          <Link href="/benchmarks" className="font-medium text-brand-700 underline">
            See benchmark sources
          </Link>
        )}
      </p>
    );
  }
  return (
    <div className={cn('space-y-0.5 text-xs', className)}>
      <p
        className={benchmark.synthetic ? 'font-medium text-amber-800' : 'text-slate-500'}
        data-testid="source-citation"
      >
        {sourceLine(benchmark)}
        {benchmark.specialty && !benchmark.synthetic && (
          <span className="text-slate-500">
            {' '}
            ({benchmark.specialty}
            {benchmark.segment && benchmark.segment !== 'all' ? `, ${benchmark.segment}` : ''})
          </span>
        )}
      </p>
      {benchmark.kind === 'MEDICARE_DERIVED' && benchmark.caveat && (
        <p className="font-medium text-amber-800" data-testid="source-caveat">
          {benchmark.caveat}
        </p>
      )}
      {sourceAgeNote(benchmark.dataYear) && (
        <p className="text-amber-800" data-testid="source-age">
          {sourceAgeNote(benchmark.dataYear)}
        </p>
      )}
      {benchmark.note && <p className="text-slate-500">{benchmark.note}</p>}
    </div>
  );
}
