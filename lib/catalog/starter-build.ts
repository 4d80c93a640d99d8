// Building the starter catalog (pure): from a parsed PPRRVU release, the HCPCS Level II file and an
// ASP file, keep the curated codes plus the drug administration codes (96365-96379), with their RVU
// rows, CMS descriptors and ASP limits, and merge in the curated text. scripts/build-starter-catalog.ts
// feeds it the reference files and writes prisma/seed/starter-catalog.json.
import { categorize, codeKind } from './category';
import type { CuratedCode } from './content/types';
import type { StarterCatalog, StarterCode } from './starter-format';
import type { AspFile, HcpcsFile, PprrvuFile } from './types';

/** Infusion, injection and push administration codes: every drug page links to them. */
export const ADMINISTRATION_CODES = Array.from({ length: 96379 - 96365 + 1 }, (_, i) => String(96365 + i));

export type BuildStarterInput = {
  pprrvu: PprrvuFile;
  hcpcs: HcpcsFile | null;
  asp: AspFile | null;
  curated: readonly CuratedCode[];
  extraCodes?: readonly string[]; // defaults to ADMINISTRATION_CODES
};

export type BuildStarterResult = { catalog: StarterCatalog; warnings: string[] };

export function buildStarterCatalog(input: BuildStarterInput): BuildStarterResult {
  const warnings: string[] = [];
  const curated = new Map<string, CuratedCode>();
  for (const entry of input.curated) {
    const code = entry.code.trim().toUpperCase();
    if (curated.has(code)) warnings.push(`${code} is curated twice; the first entry is kept`);
    else curated.set(code, entry);
  }
  const wanted = new Set([...curated.keys(), ...(input.extraCodes ?? ADMINISTRATION_CODES)]);

  const rows = input.pprrvu.rows.filter((r) => wanted.has(r.code));
  const pfsName = new Map<string, string>();
  for (const r of rows) if (!pfsName.has(r.code) || r.modifier === '') pfsName.set(r.code, r.description);
  const hcpcs = new Map((input.hcpcs?.codes ?? []).map((c) => [c.code, c]));
  const prices = new Map((input.asp?.prices ?? []).map((p) => [p.code, p]));

  const codes: StarterCode[] = [];
  for (const code of [...wanted].sort()) {
    const level2 = hcpcs.get(code);
    const shortDescription =
      pfsName.get(code) ?? level2?.shortDescription ?? prices.get(code)?.shortDescription;
    const c = curated.get(code);
    if (!shortDescription) {
      // Only worth a warning for curated codes; the administration range has gaps (96378 is unused).
      if (c) warnings.push(`${code} is curated but in no CMS file given (PPRRVU, HCPCS or ASP); left out`);
      continue;
    }
    codes.push({
      code,
      kind: codeKind(code),
      shortDescription,
      longDescription: level2?.longDescription ?? null,
      category: categorize(code).slug,
      addedOn: level2?.addedOn ?? null,
      effectiveOn: level2?.effectiveOn ?? null,
      terminatedOn: level2?.terminatedOn ?? null,
      curated: c !== undefined,
      synonyms: c?.synonyms ?? [],
      plainLanguage: c?.plainLanguage ?? null,
      clinicalContext: c?.clinicalContext ?? null,
      billingNotes: c?.billingNotes ?? null,
      specialties: c?.specialties ?? [],
      popularity: c?.popularity ?? 0,
    });
  }

  const { meta } = input.pprrvu;
  return {
    warnings,
    catalog: {
      format: 'benchline-starter-catalog/1',
      notice: `A subset of the CMS Physician Fee Schedule release ${meta.id}, HCPCS Level II and ASP files, for use without network access. CPT codes and descriptions are copyright American Medical Association; RVU values and indicators are facts published by CMS. Synonyms, plain-language text, clinical context and billing notes are original Benchline content. Import the full CMS files with npm run catalog:import.`,
      release: {
        id: meta.id,
        year: meta.year,
        quarter: meta.quarter,
        effectiveFrom: meta.effectiveFrom,
        releasedOn: meta.releasedOn,
        conversionFactor: input.pprrvu.conversionFactor,
        title: meta.title,
        sourceFile: input.pprrvu.fileName,
      },
      rows,
      codes,
      drugPrices: input.asp
        ? {
            quarter: input.asp.quarter,
            effectiveFrom: input.asp.effectiveFrom,
            effectiveTo: input.asp.effectiveTo,
            sourceFile: input.asp.fileName,
            prices: input.asp.prices.filter((p) => curated.has(p.code)),
          }
        : null,
    },
  };
}

/** The JSON text: one row/code/price per line, so the file diffs well when regenerated. */
export function starterCatalogJson(catalog: StarterCatalog): string {
  const list = (items: unknown[]) =>
    items.length ? `[\n    ${items.map((i) => JSON.stringify(i)).join(',\n    ')}\n  ]` : '[]';
  const prices = catalog.drugPrices ? { ...catalog.drugPrices, prices: '__PRICES__' } : null;
  return [
    '{',
    `  "format": ${JSON.stringify(catalog.format)},`,
    `  "notice": ${JSON.stringify(catalog.notice)},`,
    `  "release": ${JSON.stringify(catalog.release)},`,
    `  "rows": ${list(catalog.rows)},`,
    `  "codes": ${list(catalog.codes)},`,
    `  "drugPrices": ${prices ? JSON.stringify(prices).replace('"__PRICES__"', list(catalog.drugPrices!.prices)) : 'null'}`,
    '}',
    '',
  ].join('\n');
}
