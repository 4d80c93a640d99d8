'use client';
// The column-mapping step: one select per field the report may hold (the only columns ever kept),
// up to four modifier columns, the provider when the report lists several, the matching window.
import { Select } from '@/components/ui/field';
import { FIELD_LABELS, SINGLE_FIELDS, type ColumnMapping, type SingleField } from '@/lib/reconcile/fields';

const MOD_SLOTS = 4;

export function MappingForm({
  headers,
  mapping,
  onChange,
}: {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (m: ColumnMapping) => void;
}) {
  const options = (
    <>
      <option value="">- not in this report -</option>
      {headers.map((h, i) => (
        <option key={i} value={i}>
          {h}
        </option>
      ))}
    </>
  );
  const setField = (field: SingleField, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  const setModifier = (slot: number, value: string) => {
    const mods = [...mapping.modifiers];
    mods[slot] = value === '' ? -1 : Number(value);
    onChange({ ...mapping, modifiers: mods.filter((m) => m !== undefined && m >= 0) });
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {SINGLE_FIELDS.map((field) => (
        <label key={field} className="block text-sm">
          <span className="font-medium text-slate-700">{FIELD_LABELS[field]}</span>
          <Select
            className="mt-1"
            data-testid={`map-${field}`}
            value={mapping[field] ?? ''}
            onChange={(e) => setField(field, e.target.value)}
          >
            {options}
          </Select>
        </label>
      ))}
      {Array.from({ length: MOD_SLOTS }, (_, slot) => (
        <label key={`mod-${slot}`} className="block text-sm">
          <span className="font-medium text-slate-700">
            {FIELD_LABELS.modifiers} column {slot + 1}
          </span>
          <Select
            className="mt-1"
            data-testid={`map-modifier-${slot + 1}`}
            value={mapping.modifiers[slot] ?? ''}
            onChange={(e) => setModifier(slot, e.target.value)}
          >
            {options}
          </Select>
        </label>
      ))}
    </div>
  );
}
