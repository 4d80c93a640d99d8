// Read side of the public code catalog: everything a code page shows (facts from the latest PFS
// release, the work RVU across releases, the ASP price and drug status, the administration codes
// for drugs, generated FAQ), the paged category browse and the category counts. Public data: no
// actor. Each page costs two rounds of parallel queries, whatever the code.
import 'server-only';
import { cache } from 'react';
import { db, Prisma } from '@/lib/db';
import {
  explainIndicators,
  explainStatus,
  GLOBAL_DAYS_MEANINGS,
  type IndicatorExplanation,
} from '@/lib/rvu/indicators';
import { aspDrugStatus } from './asp-drug';
import { allCategories, categoryLabel, type Category } from './category';
import { curatedContent } from './content';

export const CODES_PER_PAGE = 50;
export const ADMINISTRATION_CODES = { from: '96365', to: '96379' } as const;
// CPT vaccines and toxoids (90476-90759, and the 913xx COVID-19/RSV products); giving them is
// reported with the immunization administration codes instead of 96365-96379.
const VACCINE_RANGES: [string, string][] = [
  ['90476', '90759'],
  ['91300', '91399'],
];
export const IMMUNIZATION_ADMINISTRATION =
  '90460-90474 or 90480 (G0008-G0010 for Medicare influenza, pneumococcal and hepatitis B vaccines)';

export type RvuFacts = {
  modifier: string; // '' for the code itself, '26' professional, 'TC' technical component
  description: string;
  status: string;
  statusMeaning: string;
  notUsedForMedicare: boolean;
  workRvu: number | null;
  nonFacPeRvu: number | null;
  facPeRvu: number | null;
  mpRvu: number | null;
  nonFacTotal: number | null;
  facTotal: number | null;
  nonFacNaIndicator: string | null;
  facNaIndicator: string | null;
  globalDays: string | null;
  globalMeaning: string | null;
  indicators: IndicatorExplanation[];
};

export type AspPriceFacts = {
  quarter: string;
  dosage: string | null;
  paymentLimit: number | null; // dollars per dosage unit; null when CMS prints N/A
  effectiveFrom: string; // YYYY-MM-DD
  effectiveTo: string;
  inEffectToday: boolean;
};

export type FaqItem = { question: string; answer: string };

export type ReleaseWorkRvu = {
  releaseId: string;
  effectiveFrom: string;
  workRvu: number | null;
  status: string | null;
};

export type CodePage = {
  code: string;
  kind: 'CPT' | 'HCPCS';
  kindLabel: string; // "CPT" or "HCPCS Level II"
  shortDescription: string;
  description: string; // long descriptor when present, else the short one
  category: Category;
  synonyms: string[];
  plainLanguage: string | null;
  clinicalContext: string | null;
  billingNotes: string | null;
  specialties: string[];
  curated: boolean;
  terminatedOn: string | null;
  release: { id: string; effectiveFrom: string } | null; // the latest imported PFS release
  rvu: RvuFacts | null; // the code's own row in that release
  components: RvuFacts[]; // its 26 / TC rows, when CMS splits it
  history: ReleaseWorkRvu[]; // newest release first; workRvu null when the code is not in a release
  price: AspPriceFacts | null; // in effect today, else the latest published
  aspDrug: boolean;
  aspReason: string | null;
  isDrug: boolean;
  isVaccine: boolean; // CPT vaccines and toxoids: given with 90460-90474/90480, not 96365-96379
  administration: string | null; // 'injection', 'infusion', ... when known
  administrationCodes: { code: string; shortDescription: string; workRvu: number | null }[]; // drugs other than vaccines
  faq: FaqItem[];
};

const num = (v: Prisma.Decimal | null): number | null => (v === null ? null : v.toNumber());
const day = (d: Date): string => d.toISOString().slice(0, 10);
const today = (): string => new Date().toISOString().slice(0, 10);
const CODE = /^[A-Z0-9]{5}$/;
const curatedAdministration = new Map(
  curatedContent.filter((c) => c.administration).map((c) => [c.code, c.administration!]),
);

/** The latest imported PFS release (effective date, then id), or null for an empty catalog. */
export const getLatestRelease = cache(async (): Promise<{ id: string; effectiveFrom: string } | null> => {
  const release = await db.rvuRelease.findFirst({
    orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }],
    select: { id: true, effectiveFrom: true },
  });
  return release ? { id: release.id, effectiveFrom: day(release.effectiveFrom) } : null;
});

const rowSelect = {
  releaseId: true,
  modifier: true,
  description: true,
  status: true,
  notUsedForMedicare: true,
  workRvu: true,
  nonFacPeRvu: true,
  nonFacNaIndicator: true,
  facPeRvu: true,
  facNaIndicator: true,
  mpRvu: true,
  nonFacTotal: true,
  facTotal: true,
  pctcIndicator: true,
  globalDays: true,
  preOp: true,
  intraOp: true,
  postOp: true,
  multProc: true,
  bilatSurg: true,
  asstSurg: true,
  coSurg: true,
  teamSurg: true,
  endoBase: true,
  physicianSupervision: true,
  diagnosticImagingFamily: true,
} satisfies Prisma.RvuRowSelect;
type RowRecord = Prisma.RvuRowGetPayload<{ select: typeof rowSelect }>;

function toFacts(code: string, row: RowRecord): RvuFacts {
  const values = {
    workRvu: num(row.workRvu),
    nonFacPeRvu: num(row.nonFacPeRvu),
    facPeRvu: num(row.facPeRvu),
    mpRvu: num(row.mpRvu),
    nonFacTotal: num(row.nonFacTotal),
    facTotal: num(row.facTotal),
  };
  const indicators = explainIndicators({
    ...row,
    code,
    workRvu: values.workRvu,
    preOp: num(row.preOp),
    intraOp: num(row.intraOp),
    postOp: num(row.postOp),
  }).filter((i) => i.label !== 'Work RVU' && i.label !== 'Status');
  return {
    modifier: row.modifier,
    description: row.description,
    status: row.status,
    statusMeaning: explainStatus(row.status),
    notUsedForMedicare: row.notUsedForMedicare,
    ...values,
    nonFacNaIndicator: row.nonFacNaIndicator,
    facNaIndicator: row.facNaIndicator,
    globalDays: row.globalDays,
    globalMeaning: row.globalDays ? (GLOBAL_DAYS_MEANINGS[row.globalDays] ?? null) : null,
    indicators,
  };
}

/** How a drug is given, from the curated content or else the words of its descriptor. */
function administrationOf(code: string, description: string): string | null {
  const curated = curatedAdministration.get(code);
  if (curated) return curated;
  const text = description.toLowerCase();
  if (/\binfusion\b/.test(text)) return 'infusion';
  if (/\b(inj|injection|injectable)\b/.test(text)) return 'injection';
  if (/\binhal/.test(text)) return 'inhalation';
  if (/\boral\b/.test(text)) return 'oral';
  if (/\bimplant/.test(text)) return 'implant';
  return null;
}

/** Everything /codes/[code] shows, or null when the catalog does not know the code. */
export const getCodePage = cache(async (rawCode: string): Promise<CodePage | null> => {
  const code = rawCode.trim().toUpperCase();
  if (!CODE.test(code)) return null;

  const [record, releases, rows, prices] = await Promise.all([
    db.code.findUnique({
      where: { code },
      select: {
        code: true,
        kind: true,
        shortDescription: true,
        longDescription: true,
        category: true,
        synonyms: true,
        plainLanguage: true,
        clinicalContext: true,
        billingNotes: true,
        specialties: true,
        curated: true,
        terminatedOn: true,
      },
    }),
    db.rvuRelease.findMany({
      orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }],
      select: { id: true, effectiveFrom: true },
    }),
    db.rvuRow.findMany({ where: { code, modifier: { in: ['', '26', 'TC'] } }, select: rowSelect }),
    db.drugPrice.findMany({ where: { code }, orderBy: [{ effectiveFrom: 'desc' }, { quarter: 'desc' }] }),
  ]);
  if (!record) return null;

  const latest = releases[0] ?? null;
  const own = rows.filter((r) => r.modifier === '');
  const current = latest ? rows.filter((r) => r.releaseId === latest.id) : [];
  const currentOwn = current.find((r) => r.modifier === '') ?? null;

  const now = today();
  const todays = prices.find((p) => day(p.effectiveFrom) <= now && now <= day(p.effectiveTo));
  const chosen = todays ?? prices[0] ?? null;
  const price: AspPriceFacts | null = chosen && {
    quarter: chosen.quarter,
    dosage: chosen.dosage,
    paymentLimit: num(chosen.paymentLimit),
    effectiveFrom: day(chosen.effectiveFrom),
    effectiveTo: day(chosen.effectiveTo),
    inEffectToday: chosen === todays,
  };
  const asp = price
    ? aspDrugStatus({
        code,
        dateOfService: price.inEffectToday ? now : price.effectiveFrom,
        rvu: currentOwn && { workRvu: num(currentOwn.workRvu), status: currentOwn.status },
        prices: [price],
      })
    : null;

  const description = record.longDescription?.trim() || record.shortDescription;
  const isDrug = price !== null || record.category === 'j-codes';
  const isVaccine =
    isDrug && /^\d{5}$/.test(code) && VACCINE_RANGES.some(([from, to]) => code >= from && code <= to);
  const administrationCodes = isDrug && !isVaccine && latest ? await getAdministrationCodes(latest.id) : [];

  const page: Omit<CodePage, 'faq'> = {
    code,
    kind: record.kind,
    kindLabel: record.kind === 'CPT' ? 'CPT' : 'HCPCS Level II',
    shortDescription: record.shortDescription,
    description,
    category: { slug: record.category, label: categoryLabel(record.category) },
    synonyms: record.synonyms,
    plainLanguage: record.plainLanguage,
    clinicalContext: record.clinicalContext,
    billingNotes: record.billingNotes,
    specialties: record.specialties,
    curated: record.curated,
    terminatedOn: record.terminatedOn ? day(record.terminatedOn) : null,
    release: latest && { id: latest.id, effectiveFrom: day(latest.effectiveFrom) },
    rvu: currentOwn && toFacts(code, currentOwn),
    components: current
      .filter((r) => r.modifier !== '')
      .sort((a, b) => a.modifier.localeCompare(b.modifier))
      .map((r) => toFacts(code, r)),
    history: releases.map((release) => {
      const row = own.find((r) => r.releaseId === release.id);
      return {
        releaseId: release.id,
        effectiveFrom: day(release.effectiveFrom),
        workRvu: row ? num(row.workRvu) : null,
        status: row?.status ?? null,
      };
    }),
    price,
    aspDrug: asp?.aspDrug ?? false,
    aspReason: asp?.aspDrug ? asp.reason : null,
    isDrug,
    isVaccine,
    administration: isDrug ? administrationOf(code, description) : null,
    administrationCodes,
  };
  return { ...page, faq: buildFaq(page) };
});

async function getAdministrationCodes(releaseId: string) {
  return db.$queryRaw<{ code: string; shortDescription: string; workRvu: number | null }[]>`
    SELECT c.code, c."shortDescription", r."workRvu"::float8 AS "workRvu"
    FROM "Code" c
    LEFT JOIN "RvuRow" r ON r."releaseId" = ${releaseId} AND r.code = c.code AND r.modifier = ''
    WHERE c.code BETWEEN ${ADMINISTRATION_CODES.from} AND ${ADMINISTRATION_CODES.to} AND c.code ~ '^[0-9]{5}$'
    ORDER BY c.code`;
}

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

// ─── Generated FAQ ───────────────────────────────────────────────────────────
// Curated codes answer from their original content; every other code answers only from its data
// (descriptor, category, status, global period, RVUs, ASP price): no clinical claim is invented.

const ROUTE: Record<string, string> = {
  injection: 'by injection',
  infusion: 'by infusion',
  oral: 'by mouth',
  topical: 'on the skin or a mucous membrane',
  inhalation: 'by inhalation',
  implant: 'as an implant',
};

const sentence = (text: string) => {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};
const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const rvu = (n: number) => n.toFixed(2);

/** "$50.365 per 50 MCG (2025Q4)", as CMS publishes it (3 decimals). */
export function describeAspPrice(price: AspPriceFacts): string {
  if (price.paymentLimit === null) return `no published payment limit (N/A) for ${price.quarter}`;
  return `$${price.paymentLimit.toFixed(3)}${price.dosage ? ` per ${price.dosage}` : ''} (${price.quarter})`;
}

/** "90 days", "0 days", or the CMS code for the special values (XXX, ZZZ, ...). */
export function globalPeriodLabel(globalDays: string): string {
  return /^\d{3}$/.test(globalDays) ? `${Number(globalDays)} days` : globalDays;
}

function globalSentence(page: Omit<CodePage, 'faq'>): string {
  const g = page.rvu?.globalDays;
  if (!g || !page.rvu?.globalMeaning) return '';
  if (g === 'XXX') return ' The global surgery period does not apply to it.';
  return ` Its global period is ${globalPeriodLabel(g)}: ${sentence(page.rvu.globalMeaning)}`;
}

function statusSentence(page: Omit<CodePage, 'faq'>): string {
  if (!page.release) return '';
  if (!page.rvu) {
    return ` It is not in CMS PFS release ${page.release.id}, so it has no RVUs; where it is covered, payment comes from another fee schedule or the payer's contract.`;
  }
  return ` In CMS PFS release ${page.release.id} its status is ${page.rvu.status}: ${sentence(page.rvu.statusMeaning)}`;
}

function whatIs(page: Omit<CodePage, 'faq'>): FaqItem {
  const { code, kindLabel } = page;
  let answer = `${code} (${page.shortDescription}) is a ${kindLabel} code in the ${page.category.label} category. Its descriptor reads: "${page.description}".`;
  if (page.plainLanguage) answer += ` In plain language: ${sentence(page.plainLanguage)}`;
  if (page.terminatedOn) answer += ` CMS terminated the code effective ${page.terminatedOn}.`;
  return { question: `What is ${kindLabel === 'CPT' ? 'CPT' : 'HCPCS'} code ${code}?`, answer };
}

function how(page: Omit<CodePage, 'faq'>): FaqItem {
  const { code } = page;
  const specialties = page.specialties.length
    ? ` Specialties that commonly report it: ${list(page.specialties)}.`
    : '';
  if (page.isDrug) {
    const route = page.administration ? ROUTE[page.administration] : undefined;
    const given = route
      ? `${code} is a drug given ${route} by a healthcare provider.`
      : `${code} is a drug supplied by a healthcare provider; its descriptor does not name the route, so record the route actually used.`;
    const units = page.price?.dosage
      ? ` It is billed in units of ${page.price.dosage}: the units on the claim are the dose given divided by that amount.`
      : '';
    const admin = page.isVaccine
      ? ` The code covers the vaccine only; giving it is reported with an immunization administration code, ${IMMUNIZATION_ADMINISTRATION}.`
      : ` The drug code covers the drug only; giving it is reported with a drug administration code (${ADMINISTRATION_CODES.from}-${ADMINISTRATION_CODES.to}).`;
    return { question: `How is ${code} administered?`, answer: `${given}${units}${admin}${specialties}` };
  }
  const what = page.plainLanguage
    ? sentence(page.plainLanguage)
    : `The ${page.kindLabel} descriptor defines the service: "${page.description}". Benchline has no plain-language summary for this code yet, so this answer keeps to the published data.`;
  // "Performed" suits procedures; HCPCS Level II also covers supplies and equipment, which are provided.
  const verb = page.kind === 'CPT' ? 'performed' : 'provided';
  return { question: `How is ${code} ${verb}?`, answer: `${what}${globalSentence(page)}${specialties}` };
}

function when(page: Omit<CodePage, 'faq'>): FaqItem {
  const { code } = page;
  let answer: string;
  if (page.clinicalContext) answer = sentence(page.clinicalContext);
  else if (page.isDrug)
    answer = `${code} is reported when a clinician gives this drug and documents the dose, route and reason for treatment.`;
  else
    answer = `${code} is reported when the service its descriptor names is provided and documented in the medical record.`;
  return { question: `When is ${code} used?`, answer: `${answer}${statusSentence(page)}` };
}

function workRvus(page: Omit<CodePage, 'faq'>): FaqItem | null {
  const { code, release } = page;
  if (!release) return null;
  const question = `How many work RVUs is ${code}?`;
  if (page.aspDrug) {
    const price = page.price ? ` The latest ASP payment limit is ${describeAspPrice(page.price)}.` : '';
    return {
      question,
      answer: `None: no physician work RVU is assigned to ${code}. It is a drug paid by Average Sales Price (ASP), other fee schedules or payer contracts, not through RVUs.${price}`,
    };
  }
  if (!page.rvu)
    return { question, answer: `${code} is not in CMS PFS release ${release.id}, so it has no work RVUs.` };
  const { workRvu, nonFacTotal, facTotal } = page.rvu;
  if (workRvu === null)
    return { question, answer: `CMS PFS release ${release.id} lists ${code} without a work RVU.` };
  const totals = [
    nonFacTotal !== null && page.rvu.nonFacNaIndicator !== 'NA'
      ? `${rvu(nonFacTotal)} total RVUs in an office (non-facility) setting`
      : null,
    facTotal !== null && page.rvu.facNaIndicator !== 'NA' ? `${rvu(facTotal)} in a facility` : null,
  ].filter((t): t is string => t !== null);
  return {
    question,
    answer: `In CMS PFS release ${release.id}, ${code} carries ${rvu(workRvu)} work RVUs${totals.length ? `, with ${totals.join(' and ')}` : ''}.`,
  };
}

/** The page's questions and answers (also published as FAQPage JSON-LD). */
export function buildFaq(page: Omit<CodePage, 'faq'>): FaqItem[] {
  return [whatIs(page), how(page), when(page), workRvus(page)].filter((f): f is FaqItem => f !== null);
}
