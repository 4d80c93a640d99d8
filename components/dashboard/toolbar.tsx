'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { formatDate } from '@/lib/format';

export type ToolbarProps = {
  basePath: string;
  range: { kind: 'fytd' | '12m' | 'custom'; from: string; to: string };
  releaseId: string | null;
  releases: { id: string; label: string }[];
};

/** Date-range and release selectors. A plain GET form (works without JavaScript); JS applies selects at once. */
export function DashboardToolbar({ basePath, range, releaseId, releases }: ToolbarProps) {
  const router = useRouter();
  const [kind, setKind] = useState(range.kind);
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [release, setRelease] = useState(releaseId ?? '');

  function go(next: { kind?: string; release?: string } = {}) {
    const k = next.kind ?? kind;
    const params = new URLSearchParams();
    if (k !== 'fytd') params.set('range', k);
    if (k === 'custom') {
      params.set('from', from);
      params.set('to', to);
    }
    const r = next.release ?? release;
    if (r) params.set('release', r);
    const qs = params.toString();
    router.push(qs ? `${basePath}?${qs}` : basePath);
  }

  return (
    <form
      method="get"
      action={basePath}
      onSubmit={(e) => {
        e.preventDefault();
        go();
      }}
      className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3"
      aria-label="Dashboard period and release"
    >
      <label className="text-xs font-medium text-slate-600">
        Period
        <Select
          name="range"
          value={kind}
          className="mt-1 w-44"
          onChange={(e) => {
            const value = e.target.value as ToolbarProps['range']['kind'];
            setKind(value);
            if (value !== 'custom') go({ kind: value });
          }}
        >
          <option value="fytd">Fiscal year to date</option>
          <option value="12m">Last 12 months</option>
          <option value="custom">Custom dates</option>
        </Select>
      </label>
      {kind === range.kind && kind !== 'custom' && (
        <p className="pb-2.5 text-xs text-slate-600" data-testid="period-dates">
          {formatDate(range.from)} - {formatDate(range.to)}
        </p>
      )}
      {kind === 'custom' && (
        <>
          <label className="text-xs font-medium text-slate-600">
            From
            <Input
              type="date"
              name="from"
              value={from}
              max={to}
              onChange={(e) => setFrom(e.target.value)}
              className="mt-1 w-40"
              required
            />
          </label>
          <label className="text-xs font-medium text-slate-600">
            To
            <Input
              type="date"
              name="to"
              value={to}
              min={from}
              onChange={(e) => setTo(e.target.value)}
              className="mt-1 w-40"
              required
            />
          </label>
          <Button type="submit" variant="secondary">
            Apply
          </Button>
        </>
      )}
      <label className="text-xs font-medium text-slate-600">
        Compare with CMS release
        <Select
          name="release"
          value={release}
          className="mt-1 w-56"
          onChange={(e) => {
            setRelease(e.target.value);
            go({ release: e.target.value });
          }}
        >
          <option value="">None (as credited)</option>
          {releases.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </Select>
      </label>
    </form>
  );
}
