// Building the starter catalog (pure): parsed CMS files to the compact parts of prisma/seed/starter/
// and back. A PPRRVU part keeps every row of the release as an array of values (the column names
// once), which gzip shrinks to about 360 KB per release; HCPCS and ASP parts are the parsed files.
import type { CuratedCode } from './content/types';
import { STARTER_RVU_FIELDS, type StarterCurated, type StarterPprrvu } from './starter-format';
import type { PprrvuFile, RvuRecord } from './types';

export function toStarterPprrvu(file: PprrvuFile): StarterPprrvu {
  return {
    fileName: file.fileName,
    format: file.format,
    meta: file.meta,
    conversionFactor: file.conversionFactor,
    conversionFactorQp: file.conversionFactorQp,
    qpp: file.qpp,
    fields: STARTER_RVU_FIELDS,
    rows: file.rows.map((r) => STARTER_RVU_FIELDS.map((f) => r[f])),
  };
}

/** A part back to the PprrvuFile the importer writes; refuses a part of another column layout. */
export function fromStarterPprrvu(part: StarterPprrvu): PprrvuFile {
  if (part.fields.join() !== STARTER_RVU_FIELDS.join())
    throw new Error(
      `starter part ${part.meta.id} has columns ${part.fields.join(', ')}; rebuild it with npm run catalog:build-starter`,
    );
  const rows = part.rows.map((values, i) => {
    if (values.length !== STARTER_RVU_FIELDS.length)
      throw new Error(`starter part ${part.meta.id}: row ${i + 1} has ${values.length} values`);
    return Object.fromEntries(STARTER_RVU_FIELDS.map((f, j) => [f, values[j]])) as RvuRecord;
  });
  const { fields: _fields, ...file } = part;
  return { ...file, rows };
}

/** The curated text, as the loader applies it to existing Code rows. */
export function starterCurated(curated: readonly CuratedCode[]): {
  curated: StarterCurated;
  warnings: string[];
} {
  const warnings: string[] = [];
  const byCode = new Map<string, StarterCurated[number]>();
  for (const c of curated) {
    const code = c.code.trim().toUpperCase();
    if (byCode.has(code)) {
      warnings.push(`${code} is curated twice; the first entry is kept`);
      continue;
    }
    byCode.set(code, {
      code,
      synonyms: c.synonyms,
      plainLanguage: c.plainLanguage,
      clinicalContext: c.clinicalContext,
      billingNotes: c.billingNotes ?? null,
      specialties: c.specialties,
      popularity: c.popularity,
    });
  }
  return { curated: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)), warnings };
}
