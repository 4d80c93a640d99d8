// What the mapping produces, before anything is stored: problems, unreadable rows, skipped rows,
// the period, a sample of the kept columns, and the reconciliation's totals.
import type { ReportPreview } from './preview-types';
import { TotalsCards } from './totals-cards';

export function PreviewSummary({ preview }: { preview: ReportPreview }) {
  const { problems, parsed, totals } = preview;
  if (problems.length)
    return (
      <ul className="list-disc space-y-1 pl-5 text-sm text-amber-800" data-testid="mapping-problems">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    );
  if (!parsed) return null;
  const s = parsed.skipped;
  return (
    <div className="space-y-3 text-sm">
      <p data-testid="preview-lines">
        {parsed.lineCount} procedure lines
        {parsed.period && ` from ${parsed.period.from} to ${parsed.period.to}`}. Skipped: {s.blank} blank,{' '}
        {s.totals} totals or subtotals, {s.otherProviders} of other providers, {s.reversed} reversed.
      </p>
      {parsed.errorCount > 0 && (
        <div className="rounded-lg bg-red-50 p-3 text-red-800" data-testid="row-errors">
          <p className="font-medium">
            {parsed.errorCount} line{parsed.errorCount > 1 ? 's' : ''} cannot be read; fix the mapping or the
            file.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {parsed.errors.map((e) => (
              <li key={`${e.row}-${e.message}`}>
                Line {e.row}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {parsed.sample.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-xs">
            <caption className="mb-1 text-left text-slate-500">First lines, as kept</caption>
            <thead className="text-slate-500">
              <tr>
                <th className="pr-2">Line</th>
                <th className="pr-2">Service date</th>
                <th className="pr-2">Post date</th>
                <th className="pr-2">Code</th>
                <th className="pr-2">Modifiers</th>
                <th className="pr-2">Units</th>
                <th className="pr-2">wRVU</th>
              </tr>
            </thead>
            <tbody>
              {parsed.sample.map((l) => (
                <tr key={l.row} className="border-t border-slate-100">
                  <td className="pr-2">{l.row}</td>
                  <td className="pr-2">{l.dateOfService ?? ''}</td>
                  <td className="pr-2">{l.postDate ?? ''}</td>
                  <td className="pr-2">{l.code}</td>
                  <td className="pr-2">{l.modifiers.join(' ')}</td>
                  <td className="pr-2">{l.units}</td>
                  <td className="pr-2">{l.workRvu ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {totals && <TotalsCards totals={totals} />}
    </div>
  );
}
