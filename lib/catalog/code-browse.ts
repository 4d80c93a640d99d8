// The public category browse: the categories that hold codes, with their counts, and one page of
// a category's codes with the work RVU of the latest release. Public data: no actor.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { allCategories, categoryLabel, type Category } from './category';

export const CODES_PER_PAGE = 50;

export type CategoryCount = Category & { count: number };

/** Categories that hold at least one code, in browse order, with their counts. */
export const getCategoryCounts = cache(async (): Promise<CategoryCount[]> => {
  const groups = await db.code.groupBy({ by: ['category'], _count: { _all: true } });
  const counts = new Map(groups.map((g) => [g.category, g._count._all]));
  return allCategories()
    .map((c) => ({ ...c, count: counts.get(c.slug) ?? 0 }))
    .filter((c) => c.count > 0);
});

export type CodeListItem = {
  code: string;
  shortDescription: string;
  curated: boolean;
  workRvu: number | null;
};
export type CodeListPage = {
  category: Category;
  page: number;
  pageCount: number;
  total: number;
  items: CodeListItem[];
};
export type ListCodesOptions = { category: string; page?: number };

/** One page (50 codes, by code) of a category, with the work RVU of the latest release. */
export async function listCodes({ category, page = 1 }: ListCodesOptions): Promise<CodeListPage> {
  const current = Math.max(1, Math.trunc(page) || 1);
  const [total, items] = await Promise.all([
    db.code.count({ where: { category } }),
    db.$queryRaw<CodeListItem[]>`
      WITH latest AS (SELECT id FROM "RvuRelease" ORDER BY "effectiveFrom" DESC, id DESC LIMIT 1)
      SELECT c.code, c."shortDescription", c.curated, r."workRvu"::float8 AS "workRvu"
      FROM "Code" c
      LEFT JOIN "RvuRow" r ON r."releaseId" = (SELECT id FROM latest) AND r.code = c.code AND r.modifier = ''
      WHERE c.category = ${category}
      ORDER BY c.code
      LIMIT ${CODES_PER_PAGE} OFFSET ${(current - 1) * CODES_PER_PAGE}`,
  ]);
  return {
    category: { slug: category, label: categoryLabel(category) },
    page: current,
    pageCount: Math.max(1, Math.ceil(total / CODES_PER_PAGE)),
    total,
    items: items.map((i) => ({ ...i, workRvu: i.workRvu === null ? null : Number(i.workRvu) })),
  };
}
