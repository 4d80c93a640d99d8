// The code, category and site breakdowns: the range statement's GROUPING SETS rows turned into the
// top codes (TOP_CODES), categories and sites, each by wRVU, and their exact total.
import { categoryLabel } from '@/lib/catalog/category';
import { TOP_CODES, type Breakdowns } from './types';

export type BreakdownRow = {
  kind: 'code' | 'category' | 'site';
  code: string | null;
  description: string | null;
  category: string | null;
  codeCategory: string | null;
  siteId: string | null;
  site: string | null;
  wrvu: number;
  entries: number;
  units: number;
};

/** One scan of the range's entries, grouped three ways at once (GROUPING SETS). */
export function breakdownsOf(rows: BreakdownRow[]): Breakdowns {
  const byWrvu = <T extends { wrvu: number }>(a: T, b: T) => b.wrvu - a.wrvu;
  const label = (slug: string | null) => (slug ? categoryLabel(slug) : 'Not in the catalog');
  const codes = rows.filter((r) => r.kind === 'code');
  return {
    topCodes: codes
      .map((r) => ({
        code: r.code ?? '',
        description: r.description ?? '',
        category: r.codeCategory ?? 'unknown',
        categoryLabel: label(r.codeCategory),
        wrvu: r.wrvu,
        entries: r.entries,
        units: r.units,
      }))
      .sort((a, b) => byWrvu(a, b) || a.code.localeCompare(b.code))
      .slice(0, TOP_CODES),
    categories: rows
      .filter((r) => r.kind === 'category')
      .map((r) => ({
        category: r.category ?? 'unknown',
        label: label(r.category),
        wrvu: r.wrvu,
        entries: r.entries,
      }))
      .sort(byWrvu),
    sites: rows
      .filter((r) => r.kind === 'site')
      .map((r) => ({
        siteId: r.siteId,
        name: r.site ?? 'No site recorded',
        wrvu: r.wrvu,
        entries: r.entries,
      }))
      .sort(byWrvu),
    // Exact: summed in hundredths (the values are Decimal(8,2)).
    total: codes.reduce((sum, r) => sum + Math.round(r.wrvu * 100), 0) / 100,
  };
}
