'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { importBenchmarkAction } from '@/app/(app)/benchmarks/actions';
import { Button, buttonClass } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';

type CsvError = { line: number; column?: string; message: string };
const FIELDS = [
  ['publisher', 'Publisher', 'e.g. MGMA', true],
  ['survey', 'Survey', 'e.g. Provider Compensation and Production Survey', true],
  ['dataYear', 'Data year', 'e.g. 2024', true],
  ['rvuBasisYear', 'RVU basis year', 'optional', false],
  ['population', 'Population', 'optional, e.g. all practices', false],
  ['url', 'URL', 'optional', false],
  ['citation', 'Citation', 'optional: composed from the fields above if blank', false],
  ['licenceNote', 'Licence note', 'optional: who may see these figures', false],
] as const;

/** Organisation admins import their licensed percentile table; every row error is listed, nothing is written on error. */
export function BenchmarkImportForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const router = useRouter();
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? '');
  const [source, setSource] = useState<Record<string, string>>({});
  const [csvText, setCsvText] = useState('');
  const [replace, setReplace] = useState(false);
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [rowErrors, setRowErrors] = useState<CsvError[]>([]);

  async function onFile(file: File | undefined) {
    if (file) setCsvText(await file.text());
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const result = await importBenchmarkAction({ organizationId, source, csvText, replace });
    setPending(false);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors ?? {});
      setRowErrors([]);
      toast.error(result.error);
      return;
    }
    setFieldErrors({});
    if (!result.data.ok) {
      setRowErrors(result.data.errors);
      toast.error(
        `Nothing was imported: ${result.data.errors.length} problem${result.data.errors.length > 1 ? 's' : ''} in the file.`,
      );
      return;
    }
    setRowErrors([]);
    toast.success(
      `Imported ${result.data.rowCount} rows${result.data.replaced ? ' (replacing the previous figures)' : ''}.`,
    );
    router.push(`/benchmarks?source=${result.data.sourceId}`);
    router.refresh();
  }

  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label="Import a benchmark table"
    >
      <Field label="Organisation" htmlFor="bm-org" errors={fieldErrors.organizationId}>
        <Select id="bm-org" value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name || 'Everyone on this installation'}
            </option>
          ))}
        </Select>
      </Field>
      {FIELDS.map(([key, label, placeholder, required]) => (
        <Field
          key={key}
          label={`${label}${required ? '' : ' (optional)'}`}
          htmlFor={`bm-${key}`}
          errors={fieldErrors[key]}
        >
          <Input
            id={`bm-${key}`}
            value={source[key] ?? ''}
            placeholder={placeholder}
            inputMode={key.endsWith('Year') ? 'numeric' : undefined}
            aria-invalid={fieldErrors[key] ? true : undefined}
            onChange={(e) => setSource((s) => ({ ...s, [key]: e.target.value }))}
          />
        </Field>
      ))}
      <div className="space-y-1.5 sm:col-span-2">
        <label htmlFor="bm-file" className="block text-sm font-medium text-slate-700">
          CSV file
        </label>
        <input
          id="bm-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => onFile(e.target.files?.[0])}
          className="block text-sm"
        />
        <p className="text-xs text-slate-500">
          Use the{' '}
          <a href="/benchmarks/template" className="font-medium text-brand-700 underline" download>
            CSV template
          </a>
          : one row per specialty and segment, the percentiles your survey publishes (never estimated ones).
        </p>
      </div>
      <Field label="Or paste the CSV" htmlFor="bm-csv" errors={fieldErrors.csvText}>
        <Textarea
          id="bm-csv"
          rows={5}
          value={csvText}
          onChange={(e) => setCsvText(e.target.value)}
          className="font-mono text-xs"
        />
      </Field>
      <label className="flex items-center gap-2 self-start text-sm text-slate-700 sm:mt-7">
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
        Replace an earlier import of the same survey and year
      </label>
      <div aria-live="polite" className="sm:col-span-2">
        {rowErrors.length > 0 && (
          <div
            className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900"
            data-testid="benchmark-import-errors"
          >
            <p className="font-medium">Nothing was imported. Fix these rows and upload again:</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {rowErrors.slice(0, 100).map((err, i) => (
                <li key={i}>
                  Line {err.line}
                  {err.column ? `, ${err.column}` : ''}: {err.message}
                </li>
              ))}
            </ul>
            {rowErrors.length > 100 && <p className="mt-1">…and {rowErrors.length - 100} more.</p>}
          </div>
        )}
      </div>
      <div className="flex flex-wrap gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Importing…' : 'Import table'}
        </Button>
        <a href="/benchmarks/template" className={buttonClass('secondary')} download>
          Download template
        </a>
      </div>
    </form>
  );
}
