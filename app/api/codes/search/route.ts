// Public typeahead endpoint for code search (the quick-log picker and the /codes search box).
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { isDatabaseUnavailable } from '@/lib/errors';
import { describeMissingCode } from '@/lib/catalog/missing-code';
import { searchCodes, SEARCH_MAX_LIMIT } from '@/lib/catalog/search';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  q: z.string().max(200, 'q is at most 200 characters.').default(''),
  limit: z.coerce
    .number({ error: `limit is a whole number from 1 to ${SEARCH_MAX_LIMIT}.` })
    .int(`limit is a whole number from 1 to ${SEARCH_MAX_LIMIT}.`)
    .min(1, `limit is a whole number from 1 to ${SEARCH_MAX_LIMIT}.`)
    .max(SEARCH_MAX_LIMIT, `limit is a whole number from 1 to ${SEARCH_MAX_LIMIT}.`)
    .default(20),
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'category is a category slug, e.g. j-codes.')
    .optional(),
});

export async function GET(request: NextRequest) {
  const params = Object.fromEntries([...request.nextUrl.searchParams].filter(([, v]) => v !== ''));
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    return NextResponse.json(
      { error: 'Invalid search parameters.', fieldErrors: z.flattenError(parsed.error).fieldErrors },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    );
  }
  try {
    const results = await searchCodes(parsed.data);
    // A code with no match is named as such (which releases were searched), not left as "no results".
    const notice = results.length === 0 ? await describeMissingCode(parsed.data.q) : null;
    return NextResponse.json(
      { q: parsed.data.q, results, ...(notice ? { notice } : {}) },
      { headers: { 'cache-control': 'public, max-age=60' } },
    );
  } catch (err) {
    if (isDatabaseUnavailable(err)) {
      return NextResponse.json(
        { error: 'The catalog is unavailable. Try again shortly.' },
        { status: 503, headers: { 'cache-control': 'no-store' } },
      );
    }
    throw err;
  }
}
