// Prices logged procedures with the wRVU engine: picks the release in effect for each date of
// service, loads the catalog rows (and endoscopy base codes), the ASP drug prices in effect and
// the actor's crediting policy, then runs lib/rvu. Used by every write and by the pricing CLI,
// so the web app and the CLI credit the same numbers.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sqlOf, type Sql } from '@/lib/db';
import { releaseFit, releaseForDate, type ReleaseFit } from '@/lib/catalog/release';
import { priceLines } from '@/lib/rvu/engine';
import {
  DEFAULT_POLICY,
  type CatalogRow,
  type CreditPolicy,
  type LineResult,
  type ProcedureLine,
} from '@/lib/rvu/types';
import { aspDrugReason, type LoadedDrugPrice } from '@/lib/logs/asp';

type Tx = Prisma.TransactionClient;
type Release = { id: string; effectiveFrom: string | Date };
/** Where pricing reads from: a Prisma client or transaction, or a raw SQL runner (lib/db sql). */
export type PricingSource = Tx | Sql;

const sqlFrom = (source: PricingSource): Sql => (typeof source === 'function' ? source : sqlOf(source));

// Numeric columns as text: the engine does its own decimal arithmetic on the published digits.
const ROW_COLUMNS = `r."releaseId", r.code, r.modifier, r.description, r.status, r."notUsedForMedicare", r."workRvu"::text AS "workRvu",
  r."preOp"::text AS "preOp", r."intraOp"::text AS "intraOp", r."postOp"::text AS "postOp", r."multProc", r."bilatSurg", r."asstSurg",
  r."coSurg", r."teamSurg", r."endoBase", r."globalDays", r."pctcIndicator"`;

type RowRecord = Omit<CatalogRow, 'workRvu' | 'preOp' | 'intraOp' | 'postOp'> & {
  releaseId: string;
  workRvu: string | null;
  preOp: string | null;
  intraOp: string | null;
  postOp: string | null;
  isBase: boolean;
};

export type PricingCatalog = {
  releases: Release[];
  /** The release that prices a date and how it fits it (lib/catalog/release.ts releaseForDate). */
  releaseFor: (dateOfService: string) => { release: Release; fit: ReleaseFit } | null;
  rows: Map<string, CatalogRow[]>; // key `${releaseId}|${code}`
  drugPrices: LoadedDrugPrice[];
};

const key = (releaseId: string, code: string) => `${releaseId}|${code}`;
const normCode = (c: string) => c.trim().toUpperCase();

export type PricingCatalogOptions = {
  /** What-if pricing: every line under this release, whatever its date (null for an unknown id). */
  forceReleaseId?: string;
};

const DRUG_COLUMNS = `code, quarter, dosage, "effectiveFrom"::text AS "effectiveFrom", "effectiveTo"::text AS "effectiveTo", "paymentLimit"::text AS "paymentLimit"`;

/**
 * SQL select-list items (scalar subqueries, JSON) that read, for the codes in the text[] parameter
 * `codesParam`, every release, each release's rows of those codes and of their endoscopy base
 * codes, and their ASP prices: the whole pricing catalog of a few lines in the same round trip as
 * other reads. Feed the row to pricingCatalogFromJson.
 */
export function catalogJsonSelect(codesParam: string): string {
  return `(SELECT coalesce(json_agg(x ORDER BY x."effectiveFrom"), '[]'::json) FROM (SELECT id, "effectiveFrom"::text AS "effectiveFrom" FROM "RvuRelease") x) AS "catalogReleases",
  (SELECT coalesce(json_agg(x), '[]'::json) FROM (
     SELECT ${ROW_COLUMNS}, false AS "isBase" FROM "RvuRow" r WHERE r.code = ANY(${codesParam}::text[])
     UNION ALL
     SELECT ${ROW_COLUMNS}, true AS "isBase" FROM "RvuRow" r
     WHERE r.code IN (SELECT upper(btrim(b."endoBase")) FROM "RvuRow" b WHERE b.code = ANY(${codesParam}::text[]) AND btrim(coalesce(b."endoBase", '')) <> '')
       AND NOT r.code = ANY(${codesParam}::text[])
   ) x) AS "catalogRows",
  (SELECT coalesce(json_agg(x), '[]'::json) FROM (SELECT ${DRUG_COLUMNS} FROM "DrugPrice" WHERE code = ANY(${codesParam}::text[])) x) AS "catalogDrugPrices"`;
}

export type CatalogJson = {
  catalogReleases: Release[];
  catalogRows: RowRecord[];
  catalogDrugPrices: LoadedDrugPrice[];
};

/** The catalog read by catalogJsonSelect, for lines whose codes were all in its parameter. */
export function pricingCatalogFromJson(
  json: CatalogJson,
  lines: readonly Pick<ProcedureLine, 'dateOfService' | 'code'>[],
): PricingCatalog {
  return assemble(json.catalogReleases, lines, json.catalogRows, json.catalogDrugPrices);
}

function releaseLookup(releases: Release[], options: PricingCatalogOptions) {
  const forced =
    options.forceReleaseId === undefined
      ? undefined
      : (releases.find((r) => r.id === options.forceReleaseId) ?? null);
  const memo = new Map<string, { release: Release; fit: ReleaseFit } | null>();
  return (d: string) => {
    if (!memo.has(d)) {
      if (forced === undefined) memo.set(d, releaseForDate(d, releases));
      else memo.set(d, forced && { release: forced, fit: releaseFit(d, forced) });
    }
    return memo.get(d) ?? null;
  };
}

function assemble(
  releases: Release[],
  lines: readonly Pick<ProcedureLine, 'dateOfService' | 'code'>[],
  found: RowRecord[],
  drugPrices: LoadedDrugPrice[],
  options: PricingCatalogOptions = {},
): PricingCatalog {
  const releaseFor = releaseLookup(releases, options);
  const rows = new Map<string, CatalogRow[]>();
  for (const line of lines) {
    const found = releaseFor(line.dateOfService);
    if (found) rows.set(key(found.release.id, normCode(line.code)), []);
  }
  for (const { isBase, ...r } of found) {
    const k = key(r.releaseId, r.code);
    if (!rows.has(k)) {
      if (!isBase) continue; // another release's row of a logged code: not needed for these dates
      rows.set(k, []);
    }
    rows.get(k)!.push(r);
  }
  return { releases, releaseFor, rows, drugPrices };
}

/**
 * Loads what the engine needs for these lines in one statement (not one per line). Callers may
 * pass the releases to choose among (the pricing CLI's --release passes a single one).
 */
export async function loadPricingCatalog(
  source: PricingSource,
  lines: readonly Pick<ProcedureLine, 'dateOfService' | 'code'>[],
  preloadedReleases?: Release[],
  options: PricingCatalogOptions = {},
): Promise<PricingCatalog> {
  const codes = [...new Set(lines.map((l) => normCode(l.code)))];
  const [json] = await sqlFrom(source)<CatalogJson>(`SELECT ${catalogJsonSelect('$1')}`, [codes]);
  return assemble(
    preloadedReleases ?? json.catalogReleases,
    lines,
    json.catalogRows,
    json.catalogDrugPrices,
    options,
  );
}

export type PolicyRecord = {
  id: string;
  userId: string | null;
  multipleProcedureReduction: boolean;
  modifier22Factor: string;
  modifier52Factor: string;
  creditNotPaidByMedicare: boolean;
};

const policySelect = (
  userParam: string,
) => `SELECT p.id, p."userId", p."multipleProcedureReduction", p."modifier22Factor"::text AS "modifier22Factor",
       p."modifier52Factor"::text AS "modifier52Factor", p."creditNotPaidByMedicare"
     FROM "CreditPolicy" p
     WHERE p."userId" = ${userParam} OR p."organizationId" IN (SELECT m."organizationId" FROM "Membership" m WHERE m."userId" = ${userParam})
     ORDER BY p."userId" ASC NULLS LAST, p.id ASC LIMIT 1`;

/** A select-list item reading the user's policy record as JSON (null when none): see policyFrom. */
export const policyJsonSelect = (userParam: string) =>
  `(SELECT row_to_json(x) FROM (${policySelect(userParam)}) x) AS "policyRecord"`;

/** The crediting policy a record read by policyJsonSelect (or loadPolicy) stands for. */
export function policyFrom(own: PolicyRecord | null | undefined): CreditPolicy {
  if (!own) return DEFAULT_POLICY;
  return {
    id: own.id,
    name: own.userId ? 'Personal policy' : 'Organisation policy',
    multipleProcedureReduction: own.multipleProcedureReduction,
    modifier22Factor: Number(own.modifier22Factor),
    modifier52Factor: Number(own.modifier52Factor),
    creditNotPaidByMedicare: own.creditNotPaidByMedicare,
  };
}

/** The actor's crediting policy: their own, else their first organisation's, else CMS-adjusted. */
export async function loadPolicy(source: PricingSource, userId: string): Promise<CreditPolicy> {
  const [own] = await sqlFrom(source)<PolicyRecord>(policySelect('$1'), [userId]);
  return policyFrom(own);
}

/** Runs the engine over lines already grouped as the caller wants (encounters are found by key). */
export function priceWithCatalog(
  lines: readonly ProcedureLine[],
  catalog: PricingCatalog,
  policy: CreditPolicy,
): LineResult[] {
  const lookup = (line: ProcedureLine) => {
    const found = catalog.releaseFor(line.dateOfService);
    if (!found) return null;
    const { release, fit } = found;
    return { releaseId: release.id, fit, rows: catalog.rows.get(key(release.id, normCode(line.code))) ?? [] };
  };
  return priceLines({
    lines,
    policy,
    catalogFor: lookup,
    isAspDrug: (line) =>
      aspDrugReason({
        code: normCode(line.code),
        dateOfService: line.dateOfService,
        rows: lookup(line)?.rows ?? [],
        drugPrices: catalog.drugPrices,
      }),
  });
}

/**
 * Stores prices computed by the engine on existing entries, in one statement: the jsonb array
 * parameter holds `{ id, ...pricedEntryFields(result, policy) }` per entry. Used by the create
 * path (the encounter's other lines) and by the recompute after a corrected release.
 */
export function updatePricesSql(param: string, extraWhere = ''): string {
  return `UPDATE "LogEntry" e SET "releaseId" = u."releaseId", "releaseFit" = u."releaseFit"::"ReleaseFit", status = u.status, "baseWorkRvu" = u."baseWorkRvu", "creditedWrvu" = u."creditedWrvu",
      excluded = u.excluded, explanation = u.explanation, policy = u.policy, "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${param}::jsonb) AS u(id text, "releaseId" text, "releaseFit" text, status text, "baseWorkRvu" numeric, "creditedWrvu" numeric,
      excluded boolean, explanation jsonb, policy jsonb)
    WHERE e.id = u.id${extraWhere}`;
}

/** The columns a priced line stores on its LogEntry: the one mapping every writer uses. */
export function pricedEntryFields(r: LineResult, policy: CreditPolicy) {
  return {
    releaseId: r.releaseId,
    releaseFit: r.releaseFit,
    status: r.status,
    baseWorkRvu: r.baseWorkRvu,
    creditedWrvu: r.creditedWrvu,
    excluded: r.excluded,
    explanation: r as unknown as Prisma.InputJsonValue, // plain data: serialised as it is
    policy: { ...policy } as Prisma.InputJsonValue,
  };
}
