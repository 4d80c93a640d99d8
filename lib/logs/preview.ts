// Prices lines without saving them: the quick-log form shows the credited wRVU and the reasons
// before the user commits, and the CSV import previews every row the same way. For a drug paid by
// ASP (0 wRVU) it suggests the administration code that does carry physician work.
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import type { LineResult, ProcedureLine } from '@/lib/rvu/types';
import { administrationCodeFor } from './administration';
import { loadPolicy, loadPricingCatalog, priceWithCatalog } from './pricing';

export type PreviewResult = LineResult & { suggestion?: { code: string; label: string } };

export async function previewLines({
  actor,
  lines,
}: {
  actor: Actor;
  lines: ProcedureLine[];
}): Promise<PreviewResult[]> {
  if (!lines.length) return [];
  const [catalog, policy] = await Promise.all([loadPricingCatalog(db, lines), loadPolicy(db, actor.id)]);
  return priceWithCatalog(lines, catalog, policy).map((r) => {
    const isDrug = r.excluded && catalog.drugPrices.some((p) => p.code === r.code);
    return isDrug ? { ...r, suggestion: administrationCodeFor(r.code) } : r;
  });
}
