'use client';
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { RoleOptions, SiteOptions } from '@/components/entries/entry-options';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { updateEntryAction } from '@/lib/logs/actions';
import { parseModifiers } from '@/lib/rvu/modifiers';

type Values = {
  id: string;
  dateOfService: string;
  code: string;
  modifiers: string;
  units: string;
  siteId: string;
  setting: string;
  role: string;
  note: string;
};

export function EditEntryForm({
  initial,
  sites,
}: {
  initial: Values;
  sites: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const set =
    (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setV((x) => ({ ...x, [k]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const mods = parseModifiers(v.modifiers);
    if (mods.errors.length) {
      setErrors({ modifiers: mods.errors });
      return;
    }
    start(async () => {
      const result = await updateEntryAction({
        id: v.id,
        dateOfService: v.dateOfService,
        code: v.code,
        modifiers: mods.modifiers,
        units: Number(v.units),
        siteId: v.siteId || null,
        setting: v.setting as 'FACILITY' | 'NON_FACILITY',
        role: (v.role || null) as never,
        note: v.note,
      });
      if (result.ok) {
        setErrors({});
        toast.success(`Saved · ${result.data.creditedWrvu} wRVU`);
        router.refresh();
      } else {
        setErrors(result.fieldErrors ?? { _form: [result.error] });
        toast.error(result.error);
      }
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <Field label="Date of service" htmlFor="dateOfService" errors={errors.dateOfService}>
        <Input id="dateOfService" type="date" value={v.dateOfService} onChange={set('dateOfService')} />
      </Field>
      <Field label="Code" htmlFor="code" errors={errors.code}>
        <Input id="code" value={v.code} onChange={set('code')} className="font-mono uppercase" />
      </Field>
      <Field
        label="Modifiers"
        htmlFor="modifiers"
        errors={errors.modifiers}
        hint="Separated by spaces or hyphens, e.g. 50 or 80-LT."
      >
        <Input id="modifiers" value={v.modifiers} onChange={set('modifiers')} className="uppercase" />
      </Field>
      <Field label="Units" htmlFor="units" errors={errors.units}>
        <Input id="units" type="number" min={1} max={99} value={v.units} onChange={set('units')} />
      </Field>
      <Field label="Site" htmlFor="siteId" errors={errors.siteId}>
        <Select id="siteId" value={v.siteId} onChange={set('siteId')}>
          <SiteOptions sites={sites} />
        </Select>
      </Field>
      <Field label="Setting" htmlFor="setting">
        <Select id="setting" value={v.setting} onChange={set('setting')}>
          <option value="FACILITY">Facility</option>
          <option value="NON_FACILITY">Non-facility</option>
        </Select>
      </Field>
      <Field label="Your role" htmlFor="role">
        <Select id="role" value={v.role} onChange={set('role')}>
          <RoleOptions />
        </Select>
      </Field>
      <Field
        label="Note"
        htmlFor="note"
        errors={errors.note}
        hint="Never enter patient names, MRNs, dates of birth or other identifiers."
      >
        <Textarea id="note" rows={2} maxLength={500} value={v.note} onChange={set('note')} />
      </Field>
      {errors._form && <p className="text-sm text-red-600 sm:col-span-2">{errors._form.join(' ')}</p>}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
