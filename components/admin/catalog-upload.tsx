'use client';
// Upload one CMS file; shows parse/write progress streamed by /api/admin/catalog.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { formatCount } from '@/lib/format';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; phase: string; done: number; total: number }
  | { kind: 'done'; message: string; recompute?: string }
  | { kind: 'error'; message: string };

export function CatalogUpload() {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = new FormData(e.currentTarget);
    setState({ kind: 'running', phase: 'upload', done: 0, total: 1 });
    const res = await fetch('/api/admin/catalog', { method: 'POST', body });
    if (!res.ok || !res.body) {
      setState({
        kind: 'error',
        message:
          ((await res.json().catch(() => null)) as { error?: string } | null)?.error ?? 'Upload failed.',
      });
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
        if (m.type === 'progress')
          setState({ kind: 'running', phase: m.phase, done: m.done, total: m.total });
        if (m.type === 'done') setState({ kind: 'done', message: m.message, recompute: m.recompute });
        if (m.type === 'error') setState({ kind: 'error', message: m.message });
      }
    }
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <label htmlFor="cms-file" className="block text-sm font-medium text-slate-700">
        CMS file: PPRRVU (CSV, TXT, XLSX or the RVU zip), HCPCS Level II (ANWEB XLSX) or ASP pricing (CSV)
      </label>
      <input
        id="cms-file"
        name="file"
        type="file"
        required
        className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-600 file:px-4 file:py-2 file:text-white"
      />
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="replace" /> Replace a release that is already imported (a corrected file)
      </label>
      <Button type="submit" disabled={state.kind === 'running'}>
        {state.kind === 'running' ? 'Importing…' : 'Import'}
      </Button>
      <div aria-live="polite" className="text-sm" data-testid="catalog-upload-status">
        {state.kind === 'running' && (
          <>
            <p className="text-slate-600">
              {state.phase === 'write'
                ? `Writing rows ${formatCount(state.done)} of ${formatCount(state.total)}…`
                : 'Reading the file…'}
            </p>
            <progress
              className="mt-1 h-2 w-full accent-brand-600"
              value={state.done}
              max={state.total || 1}
            />
          </>
        )}
        {state.kind === 'done' && (
          <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900">
            {state.message}
            {state.recompute && <span className="block">{state.recompute}</span>}
          </p>
        )}
        {state.kind === 'error' && (
          <p className="rounded-lg bg-red-50 px-3 py-2 text-red-700">{state.message}</p>
        )}
      </div>
    </form>
  );
}
