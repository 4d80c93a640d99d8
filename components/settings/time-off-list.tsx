'use client';
import { useState } from 'react';
import { toast } from 'sonner';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { addTimeOffAction, removeTimeOffAction } from '@/lib/users/actions';

export type TimeOffItem = { id: string; startDate: string; endDate: string; note: string | null };

/** Time off (holidays, leave, conferences): weekdays inside these ranges are not worked days. */
export function TimeOffList({ items }: { items: TimeOffItem[] }) {
  const router = useRouter();
  const [form, setForm] = useState({ startDate: '', endDate: '', note: '' });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const result = await addTimeOffAction({ ...form, note: form.note || undefined });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      toast.error(result.error);
      return;
    }
    setErrors({});
    setForm({ startDate: '', endDate: '', note: '' });
    toast.success('Time off added');
    router.refresh();
  }

  async function remove(id: string) {
    const result = await removeTimeOffAction({ id });
    if (result.ok) {
      toast.success('Time off removed');
      router.refresh();
    } else toast.error(result.error);
  }

  return (
    <div className="space-y-4">
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">
          No time off marked. Add holidays and leave so your worked-day pace stays honest.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Time off">
          {items.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span>
                <span className="tabular font-medium text-slate-900">
                  {t.startDate}
                  {t.endDate !== t.startDate ? ` to ${t.endDate}` : ''}
                </span>
                {t.note && <span className="text-slate-500"> · {t.note}</span>}
              </span>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => remove(t.id)}
                aria-label={`Remove time off from ${t.startDate}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={add}
        className="grid gap-3 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-start"
        noValidate
        aria-label="Add time off"
      >
        <Field label="First day" htmlFor="timeoff-start" errors={errors.startDate}>
          <Input
            id="timeoff-start"
            type="date"
            value={form.startDate}
            onChange={(e) => setForm((f) => ({ ...f, startDate: e.target.value }))}
            required
          />
        </Field>
        <Field label="Last day" htmlFor="timeoff-end" errors={errors.endDate}>
          <Input
            id="timeoff-end"
            type="date"
            value={form.endDate}
            min={form.startDate || undefined}
            onChange={(e) => setForm((f) => ({ ...f, endDate: e.target.value }))}
            required
          />
        </Field>
        <Field label="Note (optional)" htmlFor="timeoff-note" errors={errors.note}>
          <Input
            id="timeoff-note"
            value={form.note}
            maxLength={200}
            onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))}
            placeholder="e.g. Vacation"
          />
        </Field>
        <Button type="submit" variant="secondary" className="sm:mt-6" disabled={pending}>
          {pending ? 'Adding…' : 'Add time off'}
        </Button>
      </form>
    </div>
  );
}
