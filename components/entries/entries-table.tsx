'use client';
// The entries list's table, rendered from a compact list of lines (the server sends the data once,
// not a tree of markup per line). The explanation of a line ("why this number") is not part of the
// list: "Why?" opens the line's own page, which loads it on demand.
import Link from 'next/link';
import type { EntryListRow } from '@/lib/logs/list-entries';
import { DeleteEntryButton, TrashIconSprite } from './delete-entry-button';

// Cell styles are set once on the body by position (Tailwind child variants), not on every cell:
// 1 date, 2 code and description, 3 site (from md up), 4 wRVU, 5 actions.
const BODY = [
  'divide-y divide-slate-100 [&_td]:px-4 [&_td]:py-3',
  '[&_td:nth-child(1)]:tabular-nums [&_td:nth-child(1)]:whitespace-nowrap [&_td:nth-child(1)]:text-slate-600',
  '[&_td:nth-child(3)]:hidden [&_td:nth-child(3)]:text-slate-600 md:[&_td:nth-child(3)]:table-cell',
  '[&_td:nth-child(4)]:tabular-nums [&_td:nth-child(4)]:text-right [&_td:nth-child(4)]:font-medium',
  '[&_td:nth-child(5)]:px-2 [&_td:nth-child(5)]:text-right [&_td:nth-child(5)]:whitespace-nowrap',
  '[&_code]:font-mono [&_code]:font-semibold [&_i]:text-slate-500 [&_i]:not-italic',
  '[&_small]:block [&_small]:max-w-xs [&_small]:truncate [&_small]:text-xs [&_small]:text-slate-500',
  '[&_td:nth-child(4)_small]:font-normal',
  '[&_td:nth-child(5)>*]:inline-flex [&_td:nth-child(5)>*]:items-center [&_td:nth-child(5)>*]:gap-2',
  '[&_td:nth-child(5)>*]:rounded-lg [&_td:nth-child(5)>*]:px-3 [&_td:nth-child(5)>*]:py-1.5 [&_td:nth-child(5)>*]:align-middle',
  '[&_td:nth-child(5)>*]:font-medium [&_td:nth-child(5)>*]:text-slate-700 [&_td:nth-child(5)>*:hover]:bg-slate-100',
  '[&_button:disabled]:text-slate-400 [&_svg]:h-4 [&_svg]:w-4 [&_button_span]:sr-only sm:[&_button_span]:not-sr-only',
].join(' ');

export function EntriesTable({ rows }: { rows: EntryListRow[] }) {
  return (
    <>
      <TrashIconSprite />
      <table className="w-full text-sm">
        <caption className="sr-only">Logged procedures</caption>
        <thead className="bg-slate-50 text-left text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2">
              Date
            </th>
            <th scope="col" className="px-4 py-2">
              Code
            </th>
            <th scope="col" className="hidden px-4 py-2 md:table-cell">
              Site
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              wRVU
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className={BODY}>
          {rows.map((e) => (
            <tr key={e.id} data-testid="entry-row">
              <td>{e.date}</td>
              <td>
                <code>{e.code}</code>
                {e.modifiers && <i>-{e.modifiers.join('-')}</i>}
                {e.units && <i> ×{e.units}</i>}
                <small>{e.description}</small>
              </td>
              <td>{e.site ?? '-'}</td>
              <td>
                {e.wrvu}
                {e.excluded && <small>excluded</small>}
              </td>
              <td>
                <Link href={`/entries/${e.id}`} prefetch={false}>
                  Why?
                </Link>
                <DeleteEntryButton id={e.id} code={e.code} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
