// <option> lists shared by the quick log and the entry edit form, so both offer the same choices.
import { ROLES } from '@/lib/logs/schemas';

export function RoleOptions() {
  return (
    <>
      <option value="">Not specified</option>
      {ROLES.map((r) => (
        <option key={r.value} value={r.value}>
          {r.label}
        </option>
      ))}
    </>
  );
}

export function SiteOptions({ sites }: { sites: { id: string; name: string }[] }) {
  return (
    <>
      <option value="">No site</option>
      {sites.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </>
  );
}
