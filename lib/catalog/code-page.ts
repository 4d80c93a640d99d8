// Read side of the public code catalog: everything a code page shows (facts from the latest PFS
// release, the work RVU across releases, the ASP price and drug status, the administration codes
// for drugs, generated FAQ), the paged category browse and the category counts. Public data: no
// actor. Each page costs two rounds of parallel queries, whatever the code.
// The pieces: code-page-types.ts (the shapes), code-facts.ts (a PFS row as facts), billing-text.ts
// (administration codes, prices, global periods), code-faq.ts (the FAQ), code-browse.ts (the browse).
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { aspDrugStatus } from './asp-drug';
import { ADMINISTRATION_CODES, administrationOf, isVaccineCode } from './billing-text';
import { categoryLabel } from './category';
import { buildFaq } from './code-faq';
import { day, num, rowSelect, toFacts } from './code-facts';
import type { AspPriceFacts, CodePage } from './code-page-types';

export {
  ADMINISTRATION_CODES,
  describeAspPrice,
  globalPeriodLabel,
  IMMUNIZATION_ADMINISTRATION,
} from './billing-text';
export { CODES_PER_PAGE, getCategoryCounts, listCodes } from './code-browse';
export type { CategoryCount, CodeListItem, CodeListPage, ListCodesOptions } from './code-browse';
export { buildFaq } from './code-faq';
export type { AspPriceFacts, CodePage, FaqItem, ReleaseWorkRvu, RvuFacts } from './code-page-types';

const today = (): string => new Date().toISOString().slice(0, 10);
const CODE = /^[A-Z0-9]{5}$/;

/** The latest imported PFS release (effective date, then id), or null for an empty catalog. */
export const getLatestRelease = cache(async (): Promise<{ id: string; effectiveFrom: string } | null> => {
  const release = await db.rvuRelease.findFirst({
    orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }],
    select: { id: true, effectiveFrom: true },
  });
  return release ? { id: release.id, effectiveFrom: day(release.effectiveFrom) } : null;
});

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
  const isVaccine = isDrug && isVaccineCode(code);
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
