import type { CodePage } from '@/lib/catalog/code-page';
import { dateText, rvuText } from './format';
import { CodeSection } from './code-section';

/** "Work RVU across releases": one row per imported PFS release, newest first. */
export function WorkRvuHistory({ page }: { page: CodePage }) {
  return (
    <CodeSection id="history" title="Work RVU across releases">
      {page.history.length === 0 ? (
        <p>No CMS Physician Fee Schedule release has been imported yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="pb-2 text-left text-xs text-slate-500">
              Work RVU of {page.code} in each imported CMS PFS release
            </caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-500">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Release
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Effective
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  Work RVU
                </th>
                <th scope="col" className="py-2 font-medium">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="tabular">
              {page.history.map((h) => (
                <tr key={h.releaseId} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-4 font-mono font-normal">
                    {h.releaseId}
                  </th>
                  <td className="py-2 pr-4">{dateText(h.effectiveFrom)}</td>
                  <td className="py-2 pr-4 text-right">
                    {h.status === null ? 'Not listed' : rvuText(h.workRvu)}
                  </td>
                  <td className="py-2">{h.status ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </CodeSection>
  );
}
