// "Why this number": the engine's explanation of a line's credited wRVU, and the administration
// code it suggests adding, if any.
import { Info } from 'lucide-react';
import { ReleaseFitBadge } from '@/components/entries/release-fit-badge';
import { Button } from '@/components/ui/button';
import type { PreviewResult } from '@/lib/logs/preview';
import { explainResult } from '@/lib/rvu/explain';

export function LineExplanation({
  result,
  onAdd,
}: {
  result: PreviewResult;
  onAdd: (code: string, label: string) => void;
}) {
  return (
    <div
      className="mt-3 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-600"
      data-testid="line-explanation"
    >
      <p className="flex items-center gap-1 font-medium text-slate-700">
        <Info aria-hidden className="h-3.5 w-3.5" /> Why this number
        <ReleaseFitBadge fit={result.releaseFit} className="ml-auto" />
      </p>
      <ul className="mt-1 space-y-0.5">
        {explainResult(result).map((line, i) => (
          <li
            key={i}
            className={
              line.startsWith('Note:')
                ? 'text-amber-700'
                : line.startsWith('Not credited')
                  ? 'font-medium text-slate-800'
                  : undefined
            }
          >
            {line}
          </li>
        ))}
      </ul>
      {result.suggestion && (
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => onAdd(result.suggestion!.code, result.suggestion!.label)}
        >
          Add administration code {result.suggestion.code} ({result.suggestion.label})
        </Button>
      )}
    </div>
  );
}
