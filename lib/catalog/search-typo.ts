// The typo tier of code search (./search) when the in-memory word index (./typo-index) is ready:
// every mistyped word becomes the catalog spellings one slip away, and the rows are found and
// ranked like an exact word search for them (the trigram index serves each LIKE), so a typo costs
// what a correctly typed query costs. Scores: 1 - edit distance / word length per typed word, the
// mean over the words, in steps of 0.1 ranked before curation (the closer spelling matters more
// than how common the code is), as in the pg_trgm typo statement it replaces.
import 'server-only';
import { Prisma } from '@/lib/db';
import { corrections, type Correction, type TypoIndex } from './typo-index';

export type TypoPlan = {
  /** False when a typed word appears in no code: the exact statement can only find nothing. */
  exactCanMatch: boolean;
  /** The hits (code, tier, synonym, bucket, curated, popularity, score), or null: nothing is close. */
  hits: Prisma.Sql | null;
};

export function typoPlan({
  index,
  words,
  fuzzyWords,
  take,
  preRank,
  scoreChars,
  inCategory,
  wordCondition,
}: {
  index: TypoIndex;
  words: string[];
  fuzzyWords: string[];
  take: number;
  preRank: number;
  scoreChars: number;
  inCategory: Prisma.Sql;
  wordCondition: (word: string) => Prisma.Sql | null;
}): TypoPlan {
  const exactCanMatch = fuzzyWords.every((w) => index.text.includes(w));
  const fixes = new Map<string, Correction[]>(fuzzyWords.map((w) => [w, corrections(index, w)]));
  if ([...fixes.values()].some((list) => list.length === 0)) return { exactCanMatch, hits: null };

  const like = (s: string) => Prisma.sql`"searchText" LIKE ${`%${s}%`}`;
  const conditions = words
    .map((w) => {
      const list = fixes.get(w);
      return list
        ? Prisma.sql`(${Prisma.join(
            list.map((c) => like(c.spelling)),
            ' OR ',
          )})`
        : wordCondition(w);
    })
    .filter((c) => c !== null);
  // Each typed word's score on a row: the best-scored spelling it contains (lists are closest first).
  // Usually every spelling of a word has the same score (one distance is kept), and the row, which
  // must contain one of them, gets it without testing which.
  const scores = fuzzyWords.map((w) => {
    const list = fixes.get(w)!;
    if (list.every((c) => c.score === list[0].score)) return Prisma.sql`${list[0].score}::float8`;
    return Prisma.sql`CASE ${Prisma.join(
      list.map((c) => Prisma.sql`WHEN ${like(c.spelling)} THEN ${c.score}::float8`),
      ' ',
    )} ELSE 0 END`;
  });
  // The query as most likely meant, for the synonym, phrase and similarity keys of the word tier.
  const meant = words.map((w) => fixes.get(w)?.[0].spelling ?? w).join(' ');
  const phrase = words.length > 1 ? Prisma.sql`"searchText" LIKE ${`%${meant}%`} DESC,` : Prisma.empty;
  const hits = Prisma.sql`SELECT code, 3 AS tier, synonym, bucket, curated, popularity,
      word_similarity(${meant}, left("searchText", ${scoreChars}))::float8 AS score
    FROM (
      SELECT code, "searchText", synonym, floor(score * 10 + 1e-9)::int AS bucket, curated, popularity FROM (
        SELECT code, "searchText", ${meant} = ANY(synonyms) AS synonym, curated, popularity,
          (${Prisma.join(scores, ' + ')}) / ${fuzzyWords.length}::float8 AS score
        FROM "Code" WHERE ${Prisma.join(conditions, ' AND ')} ${inCategory}
      ) s
      ORDER BY synonym DESC, bucket DESC, curated DESC, popularity DESC, ${phrase} length("searchText"), code
      LIMIT ${take * preRank}
    ) t`;
  return { exactCanMatch, hits };
}
