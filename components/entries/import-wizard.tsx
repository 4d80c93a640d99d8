'use client';
// Upload -> preview (per-row errors, credited wRVUs) -> confirm -> commit with a progress bar.
// Nothing is written until the user confirms, and a file with any bad row cannot be committed.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { ReleaseFitBadge } from '@/components/entries/release-fit-badge';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ImportPreview } from '@/lib/logs/import';
import { formatCount, formatWrvu } from '@/lib/format';

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'done'; imported: number; already: boolean };

export function ImportWizard() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  async function check(f: File) {
    setFile(f);
    setError(null);
    setPhase({ kind: 'checking' });
    const body = new FormData();
    body.set('file', f);
    try {
      const res = await fetch('/api/entries/import/preview', { method: 'POST', body });
      const data = await res.json();
      if (!res.ok) throw new Error((data as { error?: string }).error ?? 'The file could not be checked.');
      setPhase({ kind: 'preview', preview: data as ImportPreview });
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The file could not be checked.');
      setPhase({ kind: 'idle' });
    }
  }

  async function commit() {
    if (!file || phase.kind !== 'preview') return;
    const total = phase.preview.lineCount;
    setPhase({ kind: 'saving', done: 0, total });
    const body = new FormData();
    body.set('file', file);
    const res = await fetch('/api/entries/import', { method: 'POST', body }).catch(() => null);
    if (!res || !res.ok || !res.body) {
      setError(
        ((await res?.json().catch(() => null)) as { error?: string } | null)?.error ??
          'The import failed; nothing was saved.',
      );
      setPhase({ kind: 'idle' });
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const msg = JSON.parse(line) as {
          type: string;
          done?: number;
          total?: number;
          imported?: number;
          alreadyImported?: boolean;
          message?: string;
        };
        if (msg.type === 'progress') setPhase({ kind: 'saving', done: msg.done!, total: msg.total! });
        if (msg.type === 'done') {
          setPhase({ kind: 'done', imported: msg.imported!, already: Boolean(msg.alreadyImported) });
          router.refresh();
        }
        if (msg.type === 'error') {
          setError(msg.message ?? 'The import failed; nothing was saved.');
          setPhase({ kind: 'idle' });
        }
      }
    }
  }

  return (
    <div className="space-y-5">
      <Card className="p-5">
        <label htmlFor="csv" className="block text-sm font-medium text-slate-700">
          CSV file
        </label>
        <input
          id="csv"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => e.target.files?.[0] && check(e.target.files[0])}
          className="mt-2 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-600 file:px-4 file:py-2 file:text-white"
          data-testid="import-file"
        />
        <p className="mt-2 text-xs text-slate-500">
          Benchline's template (
          <a href="/api/entries/template" download className="text-brand-700 underline">
            download
          </a>
          ) or an RVU Wallet export. Up to 15 MB. Files must not contain patient identifiers.
        </p>
        {error && (
          <p
            className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700"
            aria-live="assertive"
            data-testid="import-error"
          >
            {error}
          </p>
        )}
      </Card>

      {phase.kind === 'checking' && (
        <p className="text-sm text-slate-600" aria-live="polite">
          Checking every row and pricing it…
        </p>
      )}

      {phase.kind === 'preview' && <Preview preview={phase.preview} onConfirm={commit} />}

      {phase.kind === 'saving' && (
        <div aria-live="polite">
          <p className="mb-2 text-sm text-slate-700">
            Importing {formatCount(phase.done)} of {formatCount(phase.total)}…
          </p>
          <progress className="h-2 w-full accent-brand-600" value={phase.done} max={phase.total} />
        </div>
      )}

      {phase.kind === 'done' && (
        <div
          className="rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm text-brand-900"
          data-testid="import-done"
        >
          {phase.already
            ? 'This file was already imported; nothing was added.'
            : `Imported ${formatCount(phase.imported)} procedures.`}{' '}
          <Link href="/entries" className="font-medium underline">
            See entries
          </Link>
        </div>
      )}
    </div>
  );
}

function Preview({ preview, onConfirm }: { preview: ImportPreview; onConfirm: () => void }) {
  const blocked = preview.errors.length > 0 || preview.lineCount === 0;
  return (
    <div className="space-y-4" data-testid="import-preview">
      <p className="text-sm text-slate-700">
        {preview.format === 'rvu-wallet' ? 'RVU Wallet export' : 'Benchline template'} ·{' '}
        {formatCount(preview.rowCount)} rows · {formatCount(preview.lineCount)} procedures ·{' '}
        <span className="tabular font-semibold">{formatWrvu(preview.totalWrvu)}</span> wRVU
      </p>
      {preview.alreadyImported && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          You already imported this exact file. Importing it again adds nothing.
        </p>
      )}
      {preview.errors.length > 0 && (
        <div className="rounded-xl border border-red-200 bg-red-50 p-4" data-testid="import-errors">
          <p className="text-sm font-medium text-red-800">
            {preview.errors.length} row{preview.errors.length > 1 ? 's' : ''} need fixing. Nothing will be
            imported until every row is valid.
          </p>
          <ul className="mt-2 max-h-60 space-y-1 overflow-auto text-sm text-red-700">
            {preview.errors.slice(0, 500).map((e, i) => (
              <li key={i}>
                Row {e.row}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(preview.releaseFit.older > 0 || preview.releaseFit.newer > 0) && (
        <p
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
          data-testid="import-release-fit"
        >
          {preview.releaseFit.older > 0 &&
            `${formatCount(preview.releaseFit.older)} of ${formatCount(preview.lineCount)} procedures will be priced with an older fee schedule (their year's CMS release is not imported). `}
          {preview.releaseFit.newer > 0 &&
            `${formatCount(preview.releaseFit.newer)} are dated before the earliest imported release and will be priced with it (priced with a newer fee schedule). `}
          They are re-priced when the missing releases are imported.
        </p>
      )}
      {preview.sample.length > 0 && (
        <Card className="max-md:border-0 max-md:bg-transparent max-md:shadow-none">
          <table className="w-full text-sm max-md:block">
            <caption className="px-4 py-2 text-left text-xs text-slate-500 max-md:block max-md:px-1">
              First {preview.sample.length} of {formatCount(preview.lineCount)} procedures, priced
            </caption>
            <thead className="bg-slate-50 text-left text-xs text-slate-500 uppercase max-md:hidden">
              <tr>
                <th className="px-3 py-2">Row</th>
                <th className="px-3 py-2">Date</th>
                <th className="px-3 py-2">Code</th>
                <th className="px-3 py-2">Encounter</th>
                <th className="px-3 py-2 text-right">wRVU</th>
              </tr>
            </thead>
            {/* Below md each line is a compact card: date and row, code + modifiers, description, wRVU. */}
            <tbody className="divide-slate-100 max-md:block max-md:space-y-2 md:divide-y">
              {preview.sample.map((s, i) => (
                <tr
                  key={i}
                  data-testid="import-line"
                  className="max-md:grid max-md:grid-cols-[1fr_auto] max-md:gap-x-3 max-md:rounded-xl max-md:border max-md:border-slate-200 max-md:bg-white max-md:px-3 max-md:py-2"
                >
                  <td className="px-3 py-1.5 text-slate-500 max-md:hidden">{s.row}</td>
                  <td className="tabular max-md:text-xs max-md:text-slate-500 md:px-3 md:py-1.5">
                    {s.dateOfService}
                    <span className="md:hidden"> · row {s.row}</span>
                  </td>
                  <td className="min-w-0 max-md:col-start-1 md:px-3 md:py-1.5">
                    <span className="font-mono font-semibold md:font-normal">
                      {s.code}
                      {s.modifiers.length ? `-${s.modifiers.join('-')}` : ''}
                    </span>
                    {s.description && (
                      <span className="block truncate text-xs text-slate-500 md:max-w-xs">
                        {s.description}
                      </span>
                    )}
                  </td>
                  <td className="truncate text-xs text-slate-500 max-md:col-start-1 md:max-w-[8rem] md:px-3 md:py-1.5 md:text-sm">
                    <span className="md:hidden">Encounter </span>
                    {s.encounter}
                  </td>
                  <td
                    className="tabular text-right font-medium max-md:col-start-2 max-md:row-span-3 max-md:row-start-1 max-md:self-center max-md:text-base md:px-3 md:py-1.5 md:font-normal"
                    title={s.reason}
                    data-testid="import-line-wrvu"
                  >
                    {formatWrvu(s.creditedWrvu)}
                    <ReleaseFitBadge fit={s.releaseFit} className="ml-2" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <div className="flex gap-3">
        <Button onClick={onConfirm} disabled={blocked} data-testid="import-confirm">
          Import {formatCount(preview.lineCount)} procedures
        </Button>
        <Link href="/entries" className={buttonClass('ghost')}>
          Cancel
        </Link>
      </div>
    </div>
  );
}
