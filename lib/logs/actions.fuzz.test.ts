// Input hardening of the procedure-log server actions (and the benchmark import action), without
// mocked auth: each action is its zod schema plus a data-layer call, so fast-check drives exactly
// those two with 1,000 malformed inputs per action (wrong types, huge strings, odd Unicode incl.
// NUL, negative/huge units, far-future dates, injection strings). Invariants: the schema never
// throws; an accepted input either succeeds or fails with a typed error that the action wrapper
// turns into a 4xx-class result (never UNAVAILABLE/internal); a failure writes nothing.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseActionInput, toResult } from '@/lib/action';
import { importBenchmarkCsv } from '@/lib/benchmarks/mutations';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import { addFavorite, createSite } from './favorites';
import { createEntries, deleteEntry, restoreEntry, updateEntry } from './mutations';
import { updateCreditPolicy } from './policy';
import { previewLines } from './preview';
import {
  createEntriesSchema,
  creditPolicySchema,
  entryFieldsSchema,
  entryIdSchema,
  favoriteSchema,
  siteSchema,
  updateEntrySchema,
} from './schemas';

const RUNS = 1000;
const TYPED = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'RATE_LIMITED']);

// ─── Arbitraries (shared shapes with e2e/fuzz.spec.ts) ──────────────────────
const INJECTIONS = [
  `'; drop table "LogEntry"; --`,
  `" or 1=1 --`,
  `<script>alert(1)</script>`,
  `\${7*7}`,
  `../../etc/passwd`,
  '\u0000',
  'a\u0000b',
  '__proto__',
  '1e309',
  'NaN',
];
const odd = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u202Eevil', '\u200B', '🙂👨‍👩‍👧', '\uD800', ' 99213 ', '\t'),
);
const huge = fc.constantFrom(600, 5_000, 100_000).map((n) => 'y'.repeat(n));
const badString = fc.oneof(odd, huge, fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 60 }));
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const anyValue = fc.oneof(badString, wrongType);
const date = fc.oneof(
  fc.constantFrom('2025-10-15', '2999-12-31', '2025-02-30', '1999-12-31', '2025-1-5', ''),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  anyValue,
);
const units = fc.oneof(fc.constantFrom(-1, 0, 1, 2, 99, 100, 1e9, 1.5, '3', 'ten'), fc.integer(), anyValue);
const code = fc.oneof(
  fc.constantFrom('99213', '20610', '27447', 'J2820', 'ZZZZZ', '9921', ''),
  badString,
  wrongType,
);
const modifiers = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom('25', '59', 'LT', '50', '22', 'XX'), badString), { maxLength: 5 }),
  anyValue,
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anyValue);
const entryFields = {
  dateOfService: date,
  code,
  modifiers,
  units,
  encounterKey: maybe(fc.constantFrom('enc-1', 'enc-2')),
  siteId: anyValue,
  setting: maybe(fc.constantFrom('FACILITY', 'NON_FACILITY')),
  role: maybe(fc.constantFrom('PRIMARY', 'ASSISTANT', 'CO_SURGEON')),
  note: maybe(fc.constantFrom('ok note')),
};

let actor: Actor;
let entryIds: string[];
beforeAll(async () => {
  await ensureCatalog('RVU25D');
  actor = await createTestUser();
  entryIds = [randomUUID(), randomUUID()];
  await createEntries({
    actor,
    entries: entryIds.map((id) => ({
      id,
      dateOfService: '2025-10-15',
      code: '99213',
      modifiers: [],
      units: 1,
      setting: 'FACILITY' as const,
    })),
  });
}, 120_000);

const rows = async () => {
  const [entries, audit, sites, favorites] = await Promise.all([
    db.logEntry.count({ where: { userId: actor.id } }),
    db.auditEvent.count({ where: { actorId: actor.id } }),
    db.site.count({ where: { userId: actor.id } }),
    db.favorite.count({ where: { userId: actor.id } }),
  ]);
  return { entries, audit, sites, favorites };
};

/** The action's contract, minus the session: parse, call, map errors like authedAction does. */
async function fuzz<S extends z.ZodType>(
  schema: S,
  arb: fc.Arbitrary<unknown>,
  run: (input: z.infer<S>) => Promise<unknown>,
  seed: number,
) {
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (raw) => {
      // Exactly what authedAction does before its handler: storable text, then the schema.
      let parsed: ReturnType<typeof parseActionInput<S>>;
      try {
        parsed = parseActionInput(schema, raw);
      } catch (err) {
        expect(toResult(err).ok === false && toResult(err)).toMatchObject({ code: 'VALIDATION' });
        return;
      }
      if (!parsed.ok) return;
      accepted++;
      const before = await rows();
      try {
        await run(parsed.data);
      } catch (err) {
        const result = toResult(err);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(
            TYPED.has(result.code),
            `${result.code}: ${result.error} for ${JSON.stringify(raw)?.slice(0, 300)}`,
          ).toBe(true);
        expect(await rows()).toEqual(before);
      }
    }),
    { numRuns: RUNS, seed },
  );
  return accepted;
}

describe('procedure-log actions: schema + data layer under 1,000 malformed inputs each', () => {
  it('createEntriesAction', async () => {
    const entry = fc.record({ id: maybe(fc.uuid()), ...entryFields }, { requiredKeys: [] });
    const arb = fc.oneof(
      anyValue,
      fc.record({ entries: fc.oneof(anyValue, fc.array(entry, { maxLength: 55 })) }),
    );
    await fuzz(createEntriesSchema, arb, ({ entries }) => createEntries({ actor, entries }), 8101);
  });

  it('updateEntryAction', async () => {
    const arb = fc.oneof(
      anyValue,
      fc.record(
        { id: fc.oneof(fc.constantFrom(...entryIds), anyValue), ...entryFields },
        { requiredKeys: ['id'] },
      ),
    );
    await fuzz(updateEntrySchema, arb, (input) => updateEntry({ actor, input }), 8102);
  });

  it('deleteEntryAction and restoreEntryAction', async () => {
    const arb = fc.oneof(anyValue, fc.record({ id: fc.oneof(fc.constantFrom(...entryIds), anyValue) }));
    await fuzz(
      entryIdSchema,
      arb,
      async ({ id }) => {
        await deleteEntry({ actor, id });
        await restoreEntry({ actor, id });
      },
      8103,
    );
  }, 180_000); // 1,000 delete + restore round trips: ~10 s on an idle machine, ~50 s under load

  it('previewLinesAction (nothing is ever written)', async () => {
    const schema = entryFieldsSchema.pick({ dateOfService: true, code: true, modifiers: true, units: true });
    const arb = fc.array(fc.record({ dateOfService: date, code, modifiers, units }, { requiredKeys: [] }), {
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(arb, async (lines) => {
        let parsed;
        try {
          parsed = lines.map((l) => parseActionInput(schema, l));
        } catch {
          return; // not storable text: refused before the schema
        }
        if (!parsed.every((p) => p.ok)) return;
        const before = await rows();
        await previewLines({
          actor,
          lines: parsed.map((p, i) => ({
            ...(p as { data: z.infer<typeof schema> }).data,
            id: String(i),
            encounterKey: 'preview',
          })),
        });
        expect(await rows()).toEqual(before);
      }),
      { numRuns: RUNS, seed: 8104 },
    );
  });

  it('addFavoriteAction, createSiteAction', async () => {
    await fuzz(
      favoriteSchema,
      fc.oneof(anyValue, fc.record({ code, modifiers }, { requiredKeys: [] })),
      (input) => addFavorite({ actor, ...input }),
      8105,
    );
    await fuzz(
      siteSchema,
      fc.oneof(anyValue, fc.record({ name: badString })),
      ({ name }) => createSite({ actor, name }),
      8106,
    );
  });

  it('PUT /api/credit-policy: creditPolicySchema + updateCreditPolicy', async () => {
    const factor = fc.oneof(fc.constantFrom(0, 0.5, 1, 1.25, 2, 2.5, -1, '1.5', 'x'), fc.double(), anyValue);
    const arb = fc.oneof(
      anyValue,
      fc.record(
        {
          multipleProcedureReduction: maybe(fc.boolean()),
          modifier22Factor: factor,
          modifier52Factor: factor,
          creditNotPaidByMedicare: maybe(fc.boolean()),
        },
        { requiredKeys: [] },
      ),
    );
    await fuzz(creditPolicySchema, arb, (input) => updateCreditPolicy({ actor, input }), 8107);
    const policy = await db.creditPolicy.findUnique({ where: { userId: actor.id } });
    if (policy) {
      expect(policy.modifier22Factor.toNumber()).toBeGreaterThanOrEqual(1);
      expect(policy.modifier52Factor.toNumber()).toBeLessThanOrEqual(1);
    }
  });

  it('importBenchmarkAction: garbage sources and CSVs as an organisation admin write nothing or one whole table', async () => {
    const org = await db.organization.create({ data: { name: 'Fuzz Org', slug: `fuzz-${randomUUID()}` } });
    await db.membership.create({ data: { userId: actor.id, organizationId: org.id, role: 'ADMIN' } });
    const line = fc
      .tuple(
        fc.oneof(fc.constantFrom('Orthopedic Surgery', 'Family Medicine'), badString),
        anyValue,
        anyValue,
      )
      .map((cols) => cols.map((c) => String(c)).join(','));
    const csv = fc.oneof(
      badString,
      fc.array(line, { maxLength: 8 }).map((l) => ['specialty,p25,p50', ...l].join('\n')),
    );
    const source = fc.oneof(
      anyValue,
      fc.record(
        {
          publisher: maybe(fc.constantFrom('Pub')),
          survey: maybe(fc.constantFrom('Survey')),
          dataYear: fc.oneof(fc.constantFrom(2024, 1900, 3000, '2025'), anyValue),
          url: anyValue,
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(source, csv, async (src, csvText) => {
        const before = await db.benchmarkSource.count({ where: { organizationId: org.id } });
        try {
          const result = await importBenchmarkCsv({
            actor,
            organizationId: org.id,
            source: src,
            csvText,
            replace: true,
          });
          const after = await db.benchmarkSource.count({ where: { organizationId: org.id } });
          expect(after - before).toBe(result.ok && !result.replaced ? 1 : 0);
        } catch (err) {
          const result = toResult(err);
          if (!result.ok) expect(TYPED.has(result.code), result.error).toBe(true);
          expect(await db.benchmarkSource.count({ where: { organizationId: org.id } })).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: 8108 },
    );
  });
});
