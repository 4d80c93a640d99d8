// What to say about a well-formed code the catalog does not have: which releases were searched,
// so "not found" never reads as a format error. Pure text (for pages and the search API) plus the
// one query for the release ids.
import 'server-only';
import { db } from '@/lib/db';

const CODE = /^[A-Z0-9]{5}$/;

/** A five-character CPT/HCPCS code (after trimming and upper-casing), or null. */
export function codeShaped(text: string): string | null {
  const code = text.trim().toUpperCase();
  return CODE.test(code) ? code : null;
}

/** "27570 is not in any imported release (RVU23A to RVU25D) ..." from release ids oldest first. */
export function notInCatalogMessage(code: string, releaseIds: readonly string[]): string {
  if (releaseIds.length === 0)
    return `${code} is not in the catalog: no CMS fee-schedule release is imported yet.`;
  const range =
    releaseIds.length === 1 ? releaseIds[0] : `${releaseIds[0]} to ${releaseIds[releaseIds.length - 1]}`;
  return `${code} is not in any imported CMS fee-schedule release (${range}) nor in the imported HCPCS Level II and ASP files. If CMS added it later, import the newer release (npm run catalog:update, or a site admin at /admin/catalog).`;
}

/** The message for a well-formed code with no Code row, or null when the text is no code. */
export async function describeMissingCode(text: string): Promise<string | null> {
  const code = codeShaped(text);
  if (!code) return null;
  const releases = await db.rvuRelease.findMany({
    select: { id: true },
    orderBy: [{ effectiveFrom: 'asc' }, { id: 'asc' }],
  });
  return notInCatalogMessage(
    code,
    releases.map((r) => r.id),
  );
}
