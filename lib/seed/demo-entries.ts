// A year of realistic orthopedic surgery entries for the demo account, so the dashboard, the group
// view and "What CMS changed" are alive on first start; plus "Demo Orthopedic Group" with the demo
// user as ADMIN and five synthetic colleagues (unusable random passwords) with their own years.
//
// The week follows a typical joint/sports practice: clinic Mon/Wed/Fri morning (new and
// established E/M visits, joint injections with modifier 25 on the visit, some bilateral -50,
// closed fracture care), OR on Tuesdays (TKA 27447, THA 27130, arthroscopies, hip fractures, now
// and then assisting -80 or co-surgeon -62) and alternate Thursdays at a surgery center, weekend
// call about one weekend in four, and four weeks of time off. Pseudo-random but deterministic: a
// seeded generator per account, so the same day always yields the same data. Every line is priced
// by the real engine (lib/logs/pricing), exactly as a CSV import would be. Needs the catalog
// (the starter release at least) loaded first. Idempotent: an account with entries is left alone.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { addDays, isWeekendDay, toDayNumber, type DateRange } from '@/lib/benchmarks/dates';
import { loadPolicy, loadPricingCatalog, priceWithCatalog, pricedEntryFields } from '@/lib/logs/pricing';
import type { EntryRole } from '@/lib/logs/schemas';
import type { ProcedureLine } from '@/lib/rvu/types';

export const DEMO_ORG_SLUG = 'demo-orthopedic-group';
export const DEMO_ORG_NAME = 'Demo Orthopedic Group';

type Profile = {
  scale: number;
  scopeBias: number;
  clinicDays: number[];
  ascThursdays: boolean;
  seed: string;
};
type Colleague = {
  email: string;
  name: string;
  clinicalFte: number;
  careerStage: 'ATTENDING' | 'FELLOW';
  profile: Omit<Profile, 'seed'>;
};

const DEMO_PROFILE: Omit<Profile, 'seed'> = {
  scale: 1,
  scopeBias: 0.25,
  clinicDays: [1, 3, 5],
  ascThursdays: true,
};

const COLLEAGUES: Colleague[] = [
  {
    email: 'priya.raman@demo-ortho.benchline.local',
    name: 'Dr. Priya Raman',
    clinicalFte: 1,
    careerStage: 'ATTENDING',
    profile: { scale: 0.95, scopeBias: 0.6, clinicDays: [1, 3, 5], ascThursdays: true },
  },
  {
    email: 'marcus.webb@demo-ortho.benchline.local',
    name: 'Dr. Marcus Webb',
    clinicalFte: 1,
    careerStage: 'ATTENDING',
    profile: { scale: 1.25, scopeBias: 0.1, clinicDays: [1, 3, 5], ascThursdays: false },
  },
  {
    email: 'elena.sato@demo-ortho.benchline.local',
    name: 'Dr. Elena Sato',
    clinicalFte: 0.8,
    careerStage: 'ATTENDING',
    profile: { scale: 0.85, scopeBias: 0.35, clinicDays: [1, 3], ascThursdays: true },
  },
  {
    email: 'james.okafor@demo-ortho.benchline.local',
    name: 'Dr. James Okafor',
    clinicalFte: 0.5,
    careerStage: 'ATTENDING',
    profile: { scale: 0.55, scopeBias: 0.2, clinicDays: [2, 4], ascThursdays: false },
  },
  {
    email: 'hannah.cole@demo-ortho.benchline.local',
    name: 'Dr. Hannah Cole',
    clinicalFte: 1,
    careerStage: 'FELLOW',
    profile: { scale: 0.7, scopeBias: 0.4, clinicDays: [1, 3, 5], ascThursdays: true },
  },
];

const SITES = {
  clinic: 'Riverside Orthopedic Clinic',
  hospital: "St. Luke's Hospital",
  asc: 'Northgate Surgery Center',
} as const;
type SiteKey = keyof typeof SITES;

type Planned = {
  date: string;
  code: string;
  modifiers: string[];
  units: number;
  encounter: string;
  site: SiteKey;
  role: EntryRole;
};

/** mulberry32: a tiny, good-enough seeded generator (the same seed always gives the same year). */
function rng(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) if ((r -= w) < 0) return value;
  return weighted[weighted.length - 1][0];
}

const VISITS: [string, number][] = [
  ['99203', 22],
  ['99204', 14],
  ['99205', 2],
  ['99212', 6],
  ['99213', 30],
  ['99214', 23],
  ['99215', 3],
];

/** The year ending `today`: planned lines and the weeks of time off (Monday to Sunday). */
function planYear(today: string, p: Profile): { lines: Planned[]; timeOff: DateRange[] } {
  const random = rng(p.seed);
  const start = addDays(today, -364);
  const weekday = (d: string) => (((toDayNumber(d) + 4) % 7) + 7) % 7; // 0 = Sunday
  const firstMonday = addDays(start, (8 - weekday(start)) % 7);
  const offWeeks = [6, 22, 30, 46].map((w) => w + Math.floor(random() * 3));
  const timeOff = offWeeks.map((w) => ({
    start: addDays(firstMonday, w * 7),
    end: addDays(firstMonday, w * 7 + 6),
  }));
  const isOff = (d: string) => timeOff.some((t) => d >= t.start && d <= t.end);
  const lines: Planned[] = [];
  const n = (mean: number) => Math.max(0, Math.round(mean * p.scale * (0.8 + random() * 0.4)));
  let encounter = 0;
  const add = (date: string, site: SiteKey, items: Omit<Planned, 'date' | 'encounter' | 'site'>[]) => {
    encounter += 1;
    for (const item of items) lines.push({ date, site, encounter: `demo:${date}:${encounter}`, ...item });
  };
  const line = (code: string, modifiers: string[] = [], role: EntryRole = 'PRIMARY') => ({
    code,
    modifiers,
    units: 1,
    role,
  });

  for (let day = 0; day < 365; day++) {
    const date = addDays(start, day);
    if (isOff(date)) continue;
    const dow = weekday(date);
    const week = Math.floor((toDayNumber(date) - toDayNumber(firstMonday)) / 7);
    if (isWeekendDay(toDayNumber(date))) {
      // Call about one weekend in four: hospital consults and the odd hip fracture.
      if (dow === 6 && week % 4 === 1) {
        for (let i = 0; i < n(3); i++)
          add(date, 'hospital', [
            line(
              pick(random, [
                ['99222', 2],
                ['99223', 1],
              ]),
            ),
          ]);
        if (random() < 0.6)
          add(date, 'hospital', [
            line(
              pick(random, [
                ['27236', 3],
                ['27245', 1],
              ]),
            ),
          ]);
      }
      continue;
    }
    if (p.clinicDays.includes(dow)) {
      const visits = n(dow === 5 ? 9 : 16);
      for (let i = 0; i < visits; i++) {
        const visit = pick(random, VISITS);
        if (random() < 0.2) {
          // Injection at the visit: the E/M carries modifier 25; one in ten injects both knees.
          const bilateral = random() < 0.1;
          add(date, 'clinic', [
            line(visit, ['25']),
            line(random() < 0.85 ? '20610' : '20611', bilateral ? ['50'] : []),
          ]);
        } else if (random() < 0.06) {
          add(date, 'clinic', [line('25600')]);
        } else {
          add(date, 'clinic', [line(visit)]);
        }
      }
    } else if (dow === 2 || (dow === 4 && !p.ascThursdays) || (dow === 4 && week % 2 === 1)) {
      // Hospital OR day: joints first, then fractures and the odd assist or co-surgery.
      for (let i = 0; i < n(3); i++) {
        const r = random();
        if (r < 0.045) add(date, 'hospital', [line('27447', ['80'], 'ASSISTANT')]);
        else if (r < 0.06) add(date, 'hospital', [line('27245', ['62'], 'CO_SURGEON')]);
        else if (r < 0.06 + 0.9 * (1 - p.scopeBias) * 0.55) add(date, 'hospital', [line('27447')]);
        else if (r < 0.06 + 0.9 * (1 - p.scopeBias)) add(date, 'hospital', [line('27130')]);
        else if (r < 0.94)
          add(date, 'hospital', [
            line(
              pick(random, [
                ['29881', 3],
                ['29880', 1],
              ]),
            ),
          ]);
        else add(date, 'hospital', [line('27236')]);
      }
      add(date, 'hospital', [line('99232')]);
    } else if (dow === 4) {
      // Surgery-center Thursday: arthroscopy (shoulder repairs with the acromioplasty add-on), carpal tunnel.
      for (let i = 0; i < n(4 + 2 * p.scopeBias); i++) {
        const r = random();
        if (r < 0.45)
          add(date, 'asc', [
            line(
              pick(random, [
                ['29881', 3],
                ['29880', 2],
              ]),
            ),
          ]);
        else if (r < 0.75) add(date, 'asc', [line('29827'), line('29826')]);
        else if (r < 0.9) add(date, 'asc', [line('64721')]);
        else add(date, 'asc', [line('20680')]);
      }
    }
  }
  return { lines, timeOff: timeOff.filter((t) => t.start <= today) };
}

function entryId(userId: string, index: number): string {
  const h = createHash('sha256').update(`demo:${userId}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const CHUNK = 2_000;

/** Prices and writes one account's year, with its sites and time off, in one transaction. */
async function seedYear(userId: string, profile: Profile, today: string): Promise<number> {
  if (await db.logEntry.findFirst({ where: { userId }, select: { id: true } })) return 0;
  const { lines: planned, timeOff } = planYear(today, profile);
  const lines: ProcedureLine[] = planned.map((l, i) => ({
    id: entryId(userId, i),
    dateOfService: l.date,
    code: l.code,
    modifiers: l.modifiers,
    units: l.units,
    encounterKey: l.encounter,
  }));
  const [catalog, policy] = await Promise.all([loadPricingCatalog(db, lines), loadPolicy(db, userId)]);
  const results = priceWithCatalog(lines, catalog, policy);
  const unpriced = results.filter((r) => r.status === null).length;
  if (unpriced > lines.length / 10)
    throw new Error(
      `Demo entries: ${unpriced} of ${lines.length} lines found no catalog row; load the catalog before seeding demo entries.`,
    );
  await db.$transaction(
    async (tx) => {
      await tx.site.createMany({
        data: Object.values(SITES).map((name) => ({ userId, name })),
        skipDuplicates: true,
      });
      const sites = new Map(
        (
          await tx.site.findMany({
            where: { userId, name: { in: Object.values(SITES) } },
            select: { id: true, name: true },
          })
        ).map((s) => [s.name, s.id]),
      );
      if ((await tx.timeOff.count({ where: { userId } })) === 0) {
        await tx.timeOff.createMany({
          data: timeOff.map((t) => ({
            userId,
            startDate: new Date(`${t.start}T00:00:00Z`),
            endDate: new Date(`${t.end}T00:00:00Z`),
            note: 'Vacation',
          })),
        });
      }
      for (let start = 0; start < lines.length; start += CHUNK) {
        await tx.logEntry.createMany({
          data: lines.slice(start, start + CHUNK).map((line, j) => {
            const plan = planned[start + j];
            const r = results[start + j];
            return {
              id: line.id,
              userId,
              dateOfService: new Date(`${line.dateOfService}T00:00:00Z`),
              code: line.code,
              modifiers: line.modifiers,
              units: line.units,
              encounterKey: line.encounterKey,
              siteId: sites.get(SITES[plan.site]) ?? null,
              setting: plan.site === 'clinic' ? ('NON_FACILITY' as const) : ('FACILITY' as const),
              role: plan.role,
              note: null,
              ...pricedEntryFields(r, policy),
            };
          }),
        });
      }
      await tx.auditEvent.create({
        data: {
          actorId: null,
          entityType: 'User',
          entityId: userId,
          action: 'demo.entries',
          after: { entries: lines.length, through: today },
        },
      });
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  return lines.length;
}

async function ensureColleague(c: Colleague): Promise<string> {
  const existing = await db.user.findUnique({ where: { email: c.email }, select: { id: true } });
  if (existing) return existing.id;
  // Nobody knows this password: the colleagues exist to be looked at, never signed in as.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const user = await db.user.create({
    data: {
      email: c.email,
      name: c.name,
      passwordHash,
      demo: true,
      specialty: 'Orthopedic Surgery',
      careerStage: c.careerStage,
      clinicalFte: c.clinicalFte,
      fiscalYearStartMonth: 1,
      targetPercentile: 50,
    },
    select: { id: true },
  });
  return user.id;
}

export type SeedDemoEntriesResult = {
  demoEntries: number;
  colleagueEntries: number;
  organizationId: string;
  colleagues: number;
};

export async function seedDemoEntries({
  userId,
  today = new Date().toISOString().slice(0, 10),
}: {
  userId: string;
  today?: string;
}): Promise<SeedDemoEntriesResult> {
  const demoEntries = await seedYear(userId, { ...DEMO_PROFILE, seed: 'benchline-demo:demo-account' }, today);
  const org = await db.organization.upsert({
    where: { slug: DEMO_ORG_SLUG },
    create: { name: DEMO_ORG_NAME, slug: DEMO_ORG_SLUG },
    update: {},
    select: { id: true },
  });
  await db.membership.upsert({
    where: { userId_organizationId: { userId, organizationId: org.id } },
    create: { userId, organizationId: org.id, role: 'ADMIN' },
    update: { role: 'ADMIN' },
  });
  let colleagueEntries = 0;
  for (const c of COLLEAGUES) {
    const id = await ensureColleague(c);
    await db.membership.upsert({
      where: { userId_organizationId: { userId: id, organizationId: org.id } },
      create: { userId: id, organizationId: org.id, role: 'MEMBER' },
      update: {},
    });
    colleagueEntries += await seedYear(id, { ...c.profile, seed: `benchline-demo:${c.email}` }, today);
  }
  return { demoEntries, colleagueEntries, organizationId: org.id, colleagues: COLLEAGUES.length };
}
