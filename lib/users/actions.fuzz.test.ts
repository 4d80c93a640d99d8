// Input hardening of the account server actions without mocked auth: each action's zod schema plus
// its data-layer call, driven by fast-check with 1,000 malformed inputs per action. Invariants: the
// schema never throws; accepted input succeeds or fails with a typed error (a 4xx-class result of
// the action wrapper); a failure changes nothing; another user is never touched.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseActionInput, toResult } from '@/lib/action';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { createTestUser } from '@/lib/testing/factories';
import { addTimeOff, changePassword, createUser, removeTimeOff, updateProfile } from './mutations';
import { changePasswordSchema, profileSchema, signUpSchema, timeOffIdSchema, timeOffSchema } from './schemas';

const RUNS = 1000;
const TYPED = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'RATE_LIMITED']);
const INJECTIONS = [
  `'; drop table "User"; --`,
  `<img src=x onerror=alert(1)>`,
  '\u0000',
  'a\u0000b',
  '__proto__',
  '${7*7}',
];
const odd = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u202E', '🙂', '\uD800', ' '),
);
const badString = fc.oneof(
  odd,
  fc.constantFrom(130, 400, 100_000).map((n) => 'z'.repeat(n)),
  fc.constantFrom(...INJECTIONS),
  fc.string({ maxLength: 40 }),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object({ maxDepth: 1 }),
);
const anyValue = fc.oneof(badString, wrongType);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anyValue);
const date = fc.oneof(
  fc.constantFrom('2025-07-01', '2025-07-04', '2999-01-01', '2025-02-30', '2100-12-31', ''),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  anyValue,
);
const num = fc.oneof(
  fc.constantFrom(-1, 0, 0.05, 1, 1.5, 2, 12, 13, 50, 90, 91, 1e9, '1', ''),
  fc.double(),
  anyValue,
);

let actor: Actor;
let other: Actor;
let otherSnapshot: unknown;
const snapshot = async (id: string) => db.user.findUnique({ where: { id }, include: { timeOff: true } });
beforeAll(async () => {
  actor = await createTestUser();
  other = await createTestUser();
  await addTimeOff({ actor: other, input: { startDate: '2025-07-01', endDate: '2025-07-02' } });
  otherSnapshot = await snapshot(other.id);
});
const rows = async () => ({ user: await snapshot(actor.id), users: await db.user.count() });

async function fuzz<S extends z.ZodType>(
  schema: S,
  arb: fc.Arbitrary<unknown>,
  run: (input: z.infer<S>) => Promise<unknown>,
  seed: number,
) {
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
      const before = await rows();
      try {
        await run(parsed.data);
      } catch (err) {
        const result = toResult(err);
        if (!result.ok) expect(TYPED.has(result.code), `${result.code}: ${result.error}`).toBe(true);
        expect(await rows()).toEqual(before);
      }
    }),
    { numRuns: RUNS, seed },
  );
  expect(await snapshot(other.id)).toEqual(otherSnapshot);
}

describe('account actions: schema + data layer under 1,000 malformed inputs each', () => {
  it('updateProfileAction', async () => {
    const arb = fc.oneof(
      anyValue,
      fc.record(
        {
          name: maybe(fc.constantFrom('Dr. Fuzz')),
          specialty: anyValue,
          careerStage: maybe(fc.constantFrom('RESIDENT', 'ATTENDING', '')),
          pgyYear: num,
          clinicalFte: num,
          fiscalYearStartMonth: num,
          targetPercentile: num,
          ratePerWrvu: num,
          benchmarkSourceId: anyValue,
          rateTiers: fc.oneof(anyValue, fc.array(fc.record({ upTo: num, rate: num }), { maxLength: 3 })),
        },
        { requiredKeys: [] },
      ),
    );
    await fuzz(profileSchema, arb, (input) => updateProfile({ actor, input }), 9101);
  });

  it('addTimeOffAction and removeTimeOffAction', async () => {
    await fuzz(
      timeOffSchema,
      fc.oneof(anyValue, fc.record({ startDate: date, endDate: date, note: anyValue }, { requiredKeys: [] })),
      (input) => addTimeOff({ actor, input }),
      9102,
    );
    const otherId = (await db.timeOff.findFirstOrThrow({ where: { userId: other.id } })).id;
    await fuzz(
      timeOffIdSchema,
      fc.oneof(anyValue, fc.record({ id: fc.oneof(fc.constant(otherId), anyValue) })),
      ({ id }) => removeTimeOff({ actor, id }),
      9103,
    );
  });

  it('changePasswordAction (the password check runs only for input the schema accepts)', async () => {
    const password = fc.oneof(
      fc.constantFrom('correct horse battery staple', 'short', ''),
      badString,
      wrongType,
    );
    const arb = fc.oneof(
      anyValue,
      fc.record(
        { currentPassword: password, newPassword: password, confirmPassword: password },
        { requiredKeys: [] },
      ),
    );
    const hash = (await db.user.findUniqueOrThrow({ where: { id: actor.id } })).passwordHash;
    await fuzz(
      changePasswordSchema,
      arb,
      async (input) => {
        await changePassword({ actor, input, ip: '198.51.100.90' });
        // A successful change would have needed the right current password; put it back.
        await db.user.update({ where: { id: actor.id }, data: { passwordHash: hash } });
      },
      9104,
    );
  });

  it('signUpAction: malformed sign-ups create nothing; an existing email changes nothing', async () => {
    const email = fc.oneof(
      fc.constantFrom(other.email, other.email.toUpperCase(), ` ${other.email} `),
      badString,
      wrongType,
    );
    const arb = fc.oneof(
      anyValue,
      fc.record(
        {
          name: maybe(fc.constantFrom('Dr. New')),
          email,
          password: fc.oneof(fc.constantFrom('a long enough password'), badString),
        },
        { requiredKeys: [] },
      ),
    );
    await fuzz(
      signUpSchema,
      arb,
      async (input) => {
        const created = await createUser(input);
        // An existing email creates nothing (and answers the same); a fresh one is cleaned up so
        // the invariant (user count) holds.
        if (created.id) await db.user.delete({ where: { id: created.id } });
      },
      9105,
    );
    expect(await db.user.count({ where: { email: `fuzz-${randomUUID()}` } })).toBe(0);
  });
});
