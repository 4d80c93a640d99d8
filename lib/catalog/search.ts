// Code search for the public catalog and the quick-log typeahead, done in PostgreSQL with pg_trgm
// over Code.searchText (lower-cased code, descriptors and curated synonyms; GIN trigram index).
//
// Ranking, best first:
//   tier 0  the exact code ("j2820")
//   tier 1  codes starting with the query ("992" -> 99202, 99203, ...)
//   tier 2  every word found in searchText, in any order ("knee arthro", "tka", "lap chole")
//   tier 3  typos: every word of 5+ letters one slip from a catalog word ("arthroplsty"), from the
//           in-memory word index (./typo-index, ./search-typo); until that index is built, pg_trgm
//           word similarity. A second statement, run only when tiers 0-2 found nothing, or alone
//           when the index shows that a typed word is in no code (tiers 0-2 cannot match)
// and within a tier: a curated synonym equal to the whole query, curated codes, popularity, then the
// trigram similarity (in tier 3 the similarity, in steps of 0.1, comes before curation: for a typo
// the closer spelling matters more than how common the code is). Each branch is limited before the
// branches are merged, so a broad query ("9", "injection") never scores thousands of rows.
import 'server-only';
import { db, Prisma } from '@/lib/db';
import { typoPlan } from './search-typo';
import { currentTypoIndex, type TypoIndex } from './typo-index';

export const SEARCH_MAX_LIMIT = 50;
export const SEARCH_MAX_QUERY_LENGTH = 100;

export type SearchCodesOptions = { q: string; limit?: number; category?: string };

export type CodeSearchResult = {
  code: string;
  shortDescription: string;
  category: string; // slug; categoryLabel() in ./category gives the label
  curated: boolean;
  workRvu: number | null; // the code's own row (no modifier) in the latest release; null when absent
  aspDrug: boolean; // ASP-priced and no physician work RVU (see ./asp-drug)
};

/**
 * Lower-case, accents folded, punctuation turned into spaces, spaces collapsed, at most 100
 * characters. "  Lap. Chole!! " -> "lap chole"; "27447-50" -> "27447 50".
 */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, SEARCH_MAX_QUERY_LENGTH)
    .trim();
}

// A token that may be (the start of) a CPT or HCPCS code: up to 5 letters/digits with a digit.
const CODE_LIKE = /^(?=.*\d)[a-z0-9]{1,5}$/;
// Rows of the word branch that get a trigram score (x limit); the rest are ranked on cheap keys.
const PRE_RANK = 4;
// Shortest word the typo branch matches approximately; shorter words are too ambiguous.
const FUZZY_MIN = 5;
// The word tier's trigram score reads the start of searchText only (code, descriptors, and synonyms
// when the descriptors are short): pg_trgm's cost grows steeply with length, and a match deep in a
// 4,000-character descriptor is a weak one anyway.
const SCORE_CHARS = 300;

/** One word's exact condition: a word start for 2 characters, anywhere in the text from 3 on. */
function wordCondition(word: string): Prisma.Sql | null {
  if (word.length < 2) return null; // "a", "x": too short to filter on
  // Word start, written as two LIKEs the trigram index can serve (a regex with \m cannot).
  if (word.length === 2)
    return Prisma.sql`("searchText" LIKE ${`${word}%`} OR "searchText" LIKE ${`% ${word}%`})`;
  return Prisma.sql`"searchText" LIKE ${`%${word}%`}`;
}

/**
 * Parts of a typed word of which one slip (a letter missing, extra or wrong, or two neighbours
 * swapped) leaves enough intact: from 11 letters three parts, two of which survive; from 9, two
 * parts, one of which survives. The letters between parts belong to none, so a slip there breaks
 * nothing.
 */
function wordParts(word: string): { parts: string[]; needed: number } {
  const n = word.length;
  if (n >= 11) {
    const a = Math.floor(n / 3);
    const b = Math.floor((2 * n) / 3);
    return { parts: [word.slice(0, a), word.slice(a + 1, b), word.slice(b + 1)], needed: 2 };
  }
  if (n >= 9) {
    const middle = Math.floor(n / 2);
    return { parts: [word.slice(0, middle), word.slice(middle + 1)], needed: 1 };
  }
  // Short words: parts of 4 letters (3 below 7), which may touch or overlap, so a slip at their
  // seam is missed; shorter parts would match most of the catalog.
  const size = n >= 7 ? 4 : 3;
  return { parts: [word.slice(0, size), word.slice(n - size)], needed: 1 };
}

/**
 * A typo'd word as SQL: `match`, a condition the trigram index serves (its intact parts, by LIKE),
 * and `similarity`, its pg_trgm word similarity to the row, computed in a window of the text around
 * the first occurrence of each part rather than on all of searchText: on the longest HCPCS
 * descriptors (up to 4,500 characters) word_similarity costs hundreds of microseconds a row, in a
 * window of three word-lengths well under one.
 */
function typoWord(word: string): { match: Prisma.Sql; similarity: Prisma.Sql } {
  const n = word.length;
  const { parts, needed } = wordParts(word);
  const like = (part: string) => Prisma.sql`"searchText" LIKE ${`%${part}%`}`;
  const match =
    needed === 1
      ? Prisma.sql`(${Prisma.join(parts.map(like), ' OR ')})`
      : Prisma.sql`((${like(parts[0])} AND ${like(parts[1])}) OR (${like(parts[0])} AND ${like(parts[2])}) OR (${like(parts[1])} AND ${like(parts[2])}))`;
  // The first part is looked for at a word start first ("pace" in "pacemaker", not in "space").
  const position = (part: string, i: number) =>
    i === 0
      ? Prisma.sql`coalesce(nullif(strpos("searchText", ${` ${part}`}), 0) + 1, strpos("searchText", ${part}))`
      : Prisma.sql`strpos("searchText", ${part})`;
  const around = (part: string, i: number) =>
    Prisma.sql`CASE WHEN strpos("searchText", ${part}) > 0
      THEN word_similarity(${word}, substr("searchText", greatest(${position(part, i)} - ${n}, 1), ${3 * n})) ELSE 0 END`;
  return { match, similarity: Prisma.sql`greatest(${Prisma.join(parts.map(around))})` };
}

/**
 * Ranks the candidate rows of `hits` (code, tier, synonym, bucket, curated, popularity, score), keeps
 * the best `take` and adds the latest release's work RVU and the ASP drug flag.
 */
function ranked(hits: Prisma.Sql, take: number): Prisma.Sql {
  return Prisma.sql`
    WITH hits AS (${hits}),
    best AS (
      SELECT DISTINCT ON (code) code, tier, synonym, bucket, curated, popularity, score FROM hits ORDER BY code, tier, score DESC
    ),
    top AS (
      SELECT * FROM best ORDER BY tier, synonym DESC, bucket DESC, curated DESC, popularity DESC, score DESC, code LIMIT ${take}
    ),
    latest AS (
      SELECT id FROM "RvuRelease" ORDER BY "effectiveFrom" DESC, id DESC LIMIT 1
    )
    SELECT c.code, c."shortDescription", c.category, c.curated, r."workRvu"::float8 AS "workRvu",
      (EXISTS (SELECT 1 FROM "DrugPrice" d WHERE d.code = c.code)
        AND (r.code IS NULL OR (COALESCE(r."workRvu", 0) = 0 AND r.status NOT IN ('A', 'R', 'T')))) AS "aspDrug"
    FROM top t
    JOIN "Code" c ON c.code = t.code
    LEFT JOIN "RvuRow" r ON r."releaseId" = (SELECT id FROM latest) AND r.code = t.code AND r.modifier = ''
    ORDER BY t.tier, t.synonym DESC, t.bucket DESC, t.curated DESC, t.popularity DESC, t.score DESC, t.code`;
}

export type SearchStatements = {
  exact: Prisma.Sql | null;
  fuzzy: Prisma.Sql | null;
  /** The exact statement cannot match (a typed word is in no code): run the typo statement alone. */
  skipExact: boolean;
};

/**
 * The SQL behind searchCodes: `exact` (tiers 0-2) and `fuzzy` (tier 3), either may be null; null
 * for an empty query. Exported for EXPLAIN in scripts/bench-search.ts. The typo statement is a
 * second round trip, run only when the first found nothing, so a query typed correctly never pays
 * for similarity work over the rows that share a few letters with it.
 */
export function searchCodesSql(
  { q, limit = 20, category }: SearchCodesOptions,
  typoIndex: TypoIndex | null = null,
): SearchStatements | null {
  const query = normalizeQuery(q);
  if (query === '') return null;
  const take = Math.min(Math.max(Math.trunc(limit) || 20, 1), SEARCH_MAX_LIMIT);
  const words = [...new Set(query.split(' '))];
  const inCategory = category ? Prisma.sql`AND category = ${category}` : Prisma.empty;
  const loneCode = words.length === 1 && CODE_LIKE.test(words[0]);

  const branches: Prisma.Sql[] = [];
  if (CODE_LIKE.test(words[0])) {
    // The exact code and, for a partial code, the codes starting with it. The range lets the
    // primary-key index serve the prefix under any collation (codes are [0-9A-Z] only); LIKE keeps
    // the match exact.
    const code = words[0].toUpperCase();
    branches.push(Prisma.sql`(SELECT code, 0 AS tier, false AS synonym, 0 AS bucket, curated, popularity, 1::float8 AS score
        FROM "Code" WHERE code = ${code} ${inCategory})`);
    if (code.length < 5) {
      branches.push(Prisma.sql`(SELECT code, 1 AS tier, false AS synonym, 0 AS bucket, curated, popularity, 0::float8 AS score
          FROM "Code" WHERE code > ${code} AND code <= ${`${code}ZZZZZ`} AND code LIKE ${`${code}%`} ${inCategory}
          ORDER BY curated DESC, popularity DESC, code LIMIT ${take})`);
    }
  }

  // Every word in searchText. A lone code-like token ("992", "b12") searches the text only when no
  // code starts with it: its digits in descriptors are noise otherwise. Broad words match thousands
  // of rows, so they are pre-ranked on cheap keys (the whole query as a phrase, shorter text first)
  // and only the best few get a trigram score.
  const conditions = words.map(wordCondition).filter((c) => c !== null);
  if (conditions.length > 0) {
    const phrase = words.length > 1 ? Prisma.sql`"searchText" LIKE ${`%${query}%`} DESC,` : Prisma.empty;
    const gate = loneCode
      ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Code" WHERE code >= ${words[0].toUpperCase()} AND code <= ${`${words[0].toUpperCase()}ZZZZZ`} AND code LIKE ${`${words[0].toUpperCase()}%`} ${inCategory})`
      : Prisma.empty;
    branches.push(Prisma.sql`(SELECT code, 2 AS tier, synonym, 0 AS bucket, curated, popularity, word_similarity(${query}, left("searchText", ${SCORE_CHARS}))::float8 AS score
        FROM (
          SELECT code, "searchText", ${query} = ANY(synonyms) AS synonym, curated, popularity
          FROM "Code" WHERE ${Prisma.join(conditions, ' AND ')} ${inCategory} ${gate}
          ORDER BY synonym DESC, curated DESC, popularity DESC, ${phrase} length("searchText"), code
          LIMIT ${take * PRE_RANK}
        ) w)`);
  }

  // Typos: each word of 5+ letters close to part of searchText by pg_trgm word similarity (at least
  // pg_trgm.word_similarity_threshold, default 0.6), shorter words matched exactly as above. The
  // trigram index narrows the rows before any similarity is computed. Words with digits are never
  // fuzzy: a mistyped number is not a near miss of another code.
  const fuzzyWords = [...new Set(words.filter((w) => w.length >= FUZZY_MIN && /^\p{L}+$/u.test(w)))];
  let fuzzy: Prisma.Sql | null = null;
  let skipExact = false;
  if (fuzzyWords.length > 0 && typoIndex) {
    // With the in-memory word index: the spellings one slip away, searched like exact words.
    const plan = typoPlan({
      index: typoIndex,
      words,
      fuzzyWords,
      take,
      preRank: PRE_RANK,
      scoreChars: SCORE_CHARS,
      inCategory,
      wordCondition,
    });
    fuzzy = plan.hits ? ranked(plan.hits, take) : null;
    skipExact = !plan.exactCanMatch && !CODE_LIKE.test(words[0]);
  } else if (fuzzyWords.length > 0) {
    const typos = new Map(fuzzyWords.map((w) => [w, typoWord(w)]));
    const candidates = words.map((w) => typos.get(w)?.match ?? wordCondition(w)).filter((c) => c !== null);
    // Each word's similarity is computed once per candidate (OFFSET 0 keeps the planner from
    // inlining it into every sort key); the score is their mean.
    const similarities = fuzzyWords.map((w) => typos.get(w)!.similarity);
    fuzzy = ranked(
      Prisma.sql`SELECT code, 3 AS tier, synonym, floor(score * 10)::int AS bucket, curated, popularity, score
        FROM (
          SELECT code, synonym, curated, popularity, (SELECT avg(x) FROM unnest(sims) x)::float8 AS score
          FROM (
            SELECT code, ${query} = ANY(synonyms) AS synonym, curated, popularity, ARRAY[${Prisma.join(similarities)}]::float4[] AS sims
            FROM "Code" WHERE ${Prisma.join(candidates, ' AND ')} ${inCategory}
            OFFSET 0
          ) c
          WHERE coalesce(nullif(current_setting('pg_trgm.word_similarity_threshold', true), '')::float4, 0.6) <= ALL (sims)
          OFFSET 0
        ) f
        ORDER BY synonym DESC, bucket DESC, curated DESC, popularity DESC, score DESC, code LIMIT ${take}`,
      take,
    );
  }

  return {
    exact: branches.length > 0 && !skipExact ? ranked(Prisma.join(branches, ' UNION ALL '), take) : null,
    fuzzy,
    skipExact,
  };
}

type Row = CodeSearchResult;

/** Codes matching a clinician's query, best first; [] for an empty query. Public data: no actor. */
export async function searchCodes(options: SearchCodesOptions): Promise<CodeSearchResult[]> {
  const statements = searchCodesSql(options, currentTypoIndex());
  if (!statements) return [];
  let rows = statements.exact && !statements.skipExact ? await db.$queryRaw<Row[]>(statements.exact) : [];
  if (rows.length === 0 && statements.fuzzy) rows = await db.$queryRaw<Row[]>(statements.fuzzy);
  return rows.map((r) => ({ ...r, workRvu: r.workRvu === null ? null : Number(r.workRvu) }));
}
