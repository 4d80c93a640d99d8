'use client';
// Upload -> map columns (recognised or saved, editable) -> preview (nothing stored) -> confirm.
// The file stays in the browser between steps and is sent again on confirm; the server keeps only
// the mapped columns of the lines and never the file.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import type { ColumnMapping } from '@/lib/reconcile/fields';
import { MappingForm } from './mapping-form';
import type { ReportPreview } from './preview-types';
import { PreviewSummary } from './preview-summary';

export function UploadWizard() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [provider, setProvider] = useState('');
  const [windowDays, setWindowDays] = useState(3);
  const [busy, setBusy] = useState<'checking' | 'saving' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const form = (f: File, m: ColumnMapping | null, p: string) => {
    const body = new FormData();
    body.set('file', f);
    if (m) body.set('mapping', JSON.stringify(m));
    if (p) body.set('provider', p);
    body.set('windowDays', String(windowDays));
    return body;
  };

  async function check(f: File, m: ColumnMapping | null, p: string) {
    setError(null);
    setBusy('checking');
    try {
      const res = await fetch('/api/reconcile/preview', { method: 'POST', body: form(f, m, p) });
      const data = await res.json();
      if (!res.ok) throw new Error((data as { error?: string }).error ?? 'The report could not be read.');
      const next = data as ReportPreview;
      setPreview(next);
      setMapping(next.mapping);
      setProvider(next.provider ?? p);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The report could not be read.');
      setPreview(null);
    } finally {
      setBusy(null);
    }
  }

  async function confirm() {
    if (!file || !mapping) return;
    setError(null);
    setBusy('saving');
    const res = await fetch('/api/reconcile', { method: 'POST', body: form(file, mapping, provider) }).catch(
      () => null,
    );
    const data = (await res?.json().catch(() => null)) as { id?: string; error?: string } | null;
    if (!res?.ok || !data?.id) {
      setError(data?.error ?? 'The reconciliation could not be saved; nothing was stored.');
      setBusy(null);
      return;
    }
    router.push(`/reconcile/${data.id}`);
  }

  const ready = preview && !preview.problems.length && preview.parsed && !preview.parsed.errorCount;
  return (
    <div className="space-y-4">
      <Card className="space-y-3 p-5">
        <label className="block text-sm font-medium text-slate-700" htmlFor="report-file">
          Productivity report (CSV or XLSX)
        </label>
        <input
          id="report-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full text-sm"
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            setFile(f);
            setPreview(null);
            if (f) void check(f, null, '');
          }}
        />
        <p className="text-sm text-slate-600" data-testid="privacy-note">
          Privacy: only the columns you map below are read and kept (dates, code, modifiers, units, RVUs,
          location, provider). Everything else in the report, such as patient names, MRNs, dates of birth and
          account numbers, is dropped while the file is read, and the file itself is never stored.
        </p>
      </Card>
      {error && (
        <p
          role="status"
          aria-live="polite"
          className="rounded-lg bg-red-50 p-3 text-sm text-red-800"
          data-testid="reconcile-error"
        >
          {error}
        </p>
      )}
      {busy === 'checking' && <p className="text-sm text-slate-500">Reading the report...</p>}
      {preview && mapping && file && (
        <Card className="space-y-4 p-5">
          <h2 className="text-base font-semibold text-slate-900">Map the columns</h2>
          <p className="text-sm text-slate-500">
            {preview.mappingSource === 'saved'
              ? 'Your saved mapping for reports with these headers.'
              : preview.mappingSource === 'recognised'
                ? 'Recognised from the headers: check it.'
                : 'Your mapping.'}
          </p>
          <MappingForm headers={preview.headers} mapping={mapping} onChange={setMapping} />
          <div className="grid gap-3 sm:grid-cols-2">
            {preview.providers.length > 1 && (
              <label className="block text-sm">
                <span className="font-medium text-slate-700">Your lines are those of</span>
                <Select
                  className="mt-1"
                  data-testid="provider"
                  value={provider}
                  onChange={(e) => setProvider(e.target.value)}
                >
                  <option value="">- choose the provider -</option>
                  {preview.providers.map((p) => (
                    <option key={p}>{p}</option>
                  ))}
                </Select>
              </label>
            )}
            <label className="block text-sm">
              <span className="font-medium text-slate-700">Match lines up to this many days apart</span>
              <Input
                className="mt-1"
                type="number"
                min={0}
                max={31}
                data-testid="window-days"
                value={windowDays}
                onChange={(e) => setWindowDays(Number(e.target.value))}
              />
            </label>
          </div>
          <Button variant="secondary" disabled={busy !== null} onClick={() => check(file, mapping, provider)}>
            Update preview
          </Button>
          <PreviewSummary preview={preview} />
          <Button disabled={!ready || busy !== null} onClick={confirm} data-testid="confirm-reconcile">
            {busy === 'saving' ? 'Reconciling...' : 'Confirm and reconcile'}
          </Button>
        </Card>
      )}
    </div>
  );
}
