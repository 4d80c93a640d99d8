// A small in-memory index of the words of Code.searchText, for typo search (./search). Turning a
// mistyped word into the catalog words one slip away is a scan of ~40,000 short strings in memory
// (about a millisecond), after which the search is an exact word search for those spellings, as
// cheap as any other. It also tells when a word appears nowhere in the catalog, so the exact
// statement (which could only find nothing) is skipped.
//
// The index is built from the database in the background on first use (searches fall back to the
// pg_trgm typo statement until it is ready, about a second) and rebuilt when the catalog changes:
// at most once a minute a search checks the codes' count and latest update, without waiting for it.
import 'server-only';
import { sql } from '@/lib/db';

export type TypoIndex = {
  /** Every token of 5+ characters, newline-separated: `text.includes(word)` = "some token contains it". */
  text: string;
  /** Letter-only tokens of 4+ letters and the number of codes containing each. */
  words: Map<string, number>;
  /** The same words, shortest first, with their counts and head masks (scanned without allocating). */
  list: string[];
  counts: number[];
  /** Per word, a bit per letter a-z among its first 2 and its first 3 letters. */
  head2: Int32Array;
  head3: Int32Array;
};

/** A bit per letter a-z among the first `n` characters (other characters set no bit). */
function headMask(word: string, n: number): number {
  let mask = 0;
  for (let i = 0; i < n && i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

/** The pure part: the index of a list of search texts. */
export function buildTypoIndex(searchTexts: Iterable<string>): TypoIndex {
  const words = new Map<string, number>();
  const long = new Set<string>();
  for (const text of searchTexts) {
    const seen = new Set(text.split(/[^\p{L}\p{N}]+/u));
    for (const token of seen) {
      if (token.length >= 5) long.add(token);
      if (token.length >= 4 && /^\p{L}+$/u.test(token)) words.set(token, (words.get(token) ?? 0) + 1);
    }
  }
  const list = [...words.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return {
    text: [...long].join('\n'),
    words,
    list,
    counts: list.map((w) => words.get(w)!),
    head2: Int32Array.from(list, (w) => headMask(w, 2)),
    head3: Int32Array.from(list, (w) => headMask(w, 3)),
  };
}

// Rows of the banded dynamic programme, reused: queries are at most 100 characters.
const BIG = 1 << 20;
let rows = [new Int32Array(128), new Int32Array(128), new Int32Array(128)];

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours) from `word` to
 * `candidate` and to its prefixes, within `max`: returns [distance to the whole candidate, best
 * distance to a prefix of length word.length - 1 .. word.length + 1 (4 letters or more, shorter
 * than the candidate), that prefix's length]; distances above max come back as max + 1. One pass
 * over a band of 2 * max + 1 cells per row, abandoned as soon as a row has nothing within max.
 */
export function slipDistances(word: string, candidate: string, max: number): [number, number, number] {
  const n = word.length;
  const m = candidate.length;
  const none: [number, number, number] = [max + 1, max + 1, 0];
  if (m < n - max || n + max + 2 > rows[0].length) return none;
  const last = Math.min(m, n + max);
  let [cur, prev, prev2] = rows;
  for (let j = 0; j <= last + 1; j++) prev[j] = j <= max ? j : BIG;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(last, i + max);
    cur[lo - 1] = lo === 1 && i <= max ? i : BIG;
    if (hi + 1 <= last + 1) cur[hi + 1] = BIG;
    let best = BIG;
    const a = word.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const b = candidate.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a === b ? 0 : 1));
      if (i > 1 && j > 1 && a === candidate.charCodeAt(j - 2) && word.charCodeAt(i - 2) === b)
        d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return none;
    const free = prev2;
    prev2 = prev;
    prev = cur;
    cur = free;
  }
  rows = [cur, prev, prev2];
  const at = (j: number) => (j >= Math.max(0, n - max) && j <= last ? Math.min(prev[j], max + 1) : max + 1);
  let prefix = max + 1;
  let prefixLength = 0;
  for (let len = Math.max(4, n - 1); len <= Math.min(n + 1, m - 1); len++)
    if (at(len) < prefix) [prefix, prefixLength] = [at(len), len];
  return [m <= last ? at(m) : max + 1, prefix, prefixLength];
}

export type Correction = { spelling: string; score: number };

// Spellings kept per typed word: the closest first, then the ones more codes contain.
const MAX_CORRECTIONS = 8;
// A typed word found in at least this many codes is taken as meant; a rarer one may itself be a
// typo in a CMS descriptor ("replacment"), so its near spellings are searched as well.
const COMMON = 5;

/**
 * Catalog spellings one slip away from a typed word (two from 9 letters): whole words, or the start
 * of a longer word ("colonscop" -> "colonoscop"), each scored 1 - distance / length. The typed word
 * itself, when the catalog has it, comes first with score 1; of the others only the closest
 * distance found is kept.
 */
export function corrections(index: TypoIndex, word: string): Correction[] {
  const own = index.words.get(word) ?? 0;
  if (own >= COMMON) return [{ spelling: word, score: 1 }];
  const max = word.length >= 9 ? 2 : 1;
  const found = new Map<string, { distance: number; codes: number }>();
  // Within `max` slips, one of the word's first max + 1 letters is among the candidate's first
  // max + 1 (an unedited letter moves by at most max): a bit test that skips most candidates.
  // Candidates shorter than word.length - max cannot be close: the list is sorted by length.
  const head = headMask(word, max + 1);
  const heads = max === 1 ? index.head2 : index.head3;
  let lo = 0;
  for (let hi = index.list.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (index.list[mid].length < word.length - max) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < index.list.length; k++) {
    if ((heads[k] & head) === 0) continue;
    const candidate = index.list[k];
    const codes = index.counts[k];
    if (candidate === word) continue;
    const [whole, prefix, prefixLength] = slipDistances(word, candidate, max);
    const [distance, spelling] =
      whole <= prefix ? [whole, candidate] : [prefix, candidate.slice(0, prefixLength)];
    if (distance > max || spelling === word) continue;
    const known = found.get(spelling);
    if (!known || known.distance > distance) found.set(spelling, { distance, codes });
    else if (known.distance === distance) known.codes += codes;
  }
  const closest = Math.min(...[...found.values()].map((f) => f.distance));
  const near = [...found]
    .filter(([, f]) => f.distance === closest)
    .sort((a, b) => b[1].codes - a[1].codes || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CORRECTIONS)
    .map(([spelling, f]) => ({ spelling, score: 1 - f.distance / word.length }));
  return own > 0 ? [{ spelling: word, score: 1 }, ...near] : near;
}

// ─── The process's index ───────────────────────────────────────────────────

const CHECK_EVERY_MS = 60_000;
const state = globalThis as unknown as {
  benchlineTypo?: { index: TypoIndex | null; version: string; checkedAt: number; busy: boolean };
};

async function refresh() {
  const s = state.benchlineTypo!;
  s.busy = true;
  try {
    const [v] = await sql<{ version: string }>(
      `SELECT count(*) || '@' || coalesce(max("updatedAt")::text, '') AS version FROM "Code"`,
    );
    if (v.version !== s.version || !s.index) {
      const rows = await sql<{ searchText: string }>(`SELECT "searchText" FROM "Code"`);
      s.index = buildTypoIndex(rows.map((r) => r.searchText));
      s.version = v.version;
    }
  } catch {
    // The database is unavailable: keep the index there is (or none) and try again later.
  } finally {
    s.checkedAt = Date.now();
    s.busy = false;
  }
}

/** The index when built (null before), starting a build or a freshness check when one is due. */
export function currentTypoIndex(now = Date.now()): TypoIndex | null {
  state.benchlineTypo ??= { index: null, version: '', checkedAt: 0, busy: false };
  const s = state.benchlineTypo;
  if (!s.busy && now - s.checkedAt >= (s.index ? CHECK_EVERY_MS : 5_000)) void refresh();
  return s.index;
}

/** Builds (or rebuilds) the index now and waits for it: for tests and warm-up. */
export async function loadTypoIndex(): Promise<TypoIndex | null> {
  state.benchlineTypo ??= { index: null, version: '', checkedAt: 0, busy: false };
  state.benchlineTypo.version = '';
  await refresh();
  return state.benchlineTypo.index;
}

/**
 * Forgets the index after this process changed the catalog (an import): typo search uses the
 * pg_trgm statement, which never skips the exact one, until the index is rebuilt from the new codes.
 */
export function invalidateTypoIndex(): void {
  if (state.benchlineTypo) Object.assign(state.benchlineTypo, { index: null, version: '', checkedAt: 0 });
}
