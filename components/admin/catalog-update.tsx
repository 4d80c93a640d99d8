'use client';
// "Catch up with CMS": runs the catalog update for a year through /api/admin/catalog/update and
// shows its progress (downloads, verification, imports) as it streams back.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';

type Progress =
  | { phase: 'download'; release: string; received: number; total: number | null }
  | { phase: 'import'; release: string; index: number; count: number }
  | { phase: 'note'; message: string };
type Done = { skipped: string[]; imported: { release: string; message: string; recompute: string | null }[] };
type State =
  | { kind: 'idle' }
  | { kind: 'running'; notes: string[]; current: Progress | null }
  | { kind: 'done'; notes: string[]; result: Done }
  | { kind: 'error'; notes: string[]; message: string };

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString()} KB`;

export function CatalogUpdate({ years }: { years: number[] }) {
  const router = useRouter();
  const [year, setYear] = useState(years[0]);
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function run() {
    const notes: string[] = [];
    setState({ kind: 'running', notes, current: null });
    const res = await fetch('/api/admin/catalog/update', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ year }),
    });
    if (!res.ok || !res.body) {
      const error = ((await res.json().catch(() => null)) as { error?: string } | null)?.error;
      setState({ kind: 'error', notes, message: error ?? 'The update could not start.' });
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += value;
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const m = JSON.parse(line);
        if (m.type === 'progress') {
          if (m.phase === 'note') notes.push(m.message);
          setState({ kind: 'running', notes: [...notes], current: m });
        }
        if (m.type === 'done') setState({ kind: 'done', notes: [...notes], result: m });
        if (m.type === 'error') setState({ kind: 'error', notes: [...notes], message: m.message });
      }
    }
    router.refresh();
  }

  const current = state.kind === 'running' ? state.current : null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium text-slate-700">
          Calendar year
          <select
            className="mt-1 block rounded-lg border border-slate-300 px-3 py-2 text-sm"
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            disabled={state.kind === 'running'}
          >
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <Button type="button" onClick={run} disabled={state.kind === 'running'}>
          {state.kind === 'running' ? 'Updating…' : 'Download and import from CMS'}
        </Button>
      </div>
      <div aria-live="polite" className="space-y-1 text-sm" data-testid="catalog-update-status">
        {state.kind !== 'idle' &&
          state.notes.map((n) => (
            <p key={n} className="text-slate-600">
              {n}
            </p>
          ))}
        {current?.phase === 'download' && (
          <>
            <p className="text-slate-600">
              Downloading {current.release}: {kb(current.received)}
              {current.total ? ` of ${kb(current.total)}` : ''}
            </p>
            <progress
              className="h-2 w-full accent-brand-600"
              value={current.received}
              max={current.total ?? 0}
            />
          </>
        )}
        {current?.phase === 'import' && (
          <p className="text-slate-600">
            Importing {current.release} ({current.index + 1} of {current.count})…
          </p>
        )}
        {state.kind === 'done' && (
          <div className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900">
            {state.result.imported.length === 0 && (
              <p>The catalog already has every {year} release Benchline knows of.</p>
            )}
            {state.result.imported.map((i) => (
              <p key={i.release}>
                {i.message}
                {i.recompute && <span className="block">{i.recompute}</span>}
              </p>
            ))}
          </div>
        )}
        {state.kind === 'error' && (
          <p className="rounded-lg bg-red-50 px-3 py-2 text-red-700">{state.message}</p>
        )}
      </div>
    </div>
  );
}
