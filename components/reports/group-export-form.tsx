// Group summary download for organisation admins: one plain GET form per page, the organisation
// chosen in a select; the route checks the ADMIN membership again on every download.
import { buttonClass } from '@/components/ui/button';
import { Select } from '@/components/ui/field';

export function GroupExportForm({ groups }: { groups: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/api/reports/csv" className="space-y-4">
      <label className="block max-w-sm text-sm font-medium text-slate-700">
        Group
        <Select name="scope" className="mt-1" defaultValue={`group:${groups[0]?.id}`}>
          {groups.map((g) => (
            <option key={g.id} value={`group:${g.id}`}>
              {g.name}
            </option>
          ))}
        </Select>
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" formAction="/api/reports/csv" className={buttonClass('secondary')}>
          Download group CSV
        </button>
        <button type="submit" formAction="/api/reports/xlsx" className={buttonClass('secondary')}>
          Download group XLSX
        </button>
      </div>
    </form>
  );
}
