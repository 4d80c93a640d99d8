// Header-driven column mapping for CMS's "Medicare Physician & Other Practitioners - by Provider and
// Service" file. Names are those of CMS's data dictionary (../shared/data/cms/medicare-puf); CMS
// renamed every column when the data set moved to data.cms.gov (data year 2019 on), so the names of
// the older "Physician and Other Supplier" files are accepted too. Matching ignores case and spacing.
// Only these columns are read: name, address and payment columns are never looked at or stored.

export const MEDICARE_COLUMNS = {
  npi: ['Rndrng_NPI', 'npi'],
  entity: ['Rndrng_Prvdr_Ent_Cd', 'nppes_entity_code'],
  providerType: ['Rndrng_Prvdr_Type', 'provider_type'],
  state: ['Rndrng_Prvdr_State_Abrvtn', 'nppes_provider_state'],
  hcpcs: ['HCPCS_Cd', 'hcpcs_code'],
  drug: ['HCPCS_Drug_Ind', 'hcpcs_drug_indicator'],
  services: ['Tot_Srvcs', 'line_srvc_cnt'],
} as const;

export type MedicareField = keyof typeof MEDICARE_COLUMNS;
export type ColumnIndexes = Record<MedicareField, number>;

export type ColumnMapping =
  | { ok: true; indexes: ColumnIndexes; matched: Record<MedicareField, string> }
  | { ok: false; missing: string[]; message: string };

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** Maps the header row by name. A field with none of its known names is reported by its 2023 name. */
export function mapMedicareColumns(header: readonly string[]): ColumnMapping {
  const position = new Map<string, number>();
  header.forEach((h, i) => {
    if (!position.has(norm(h))) position.set(norm(h), i);
  });
  const indexes = {} as ColumnIndexes;
  const matched = {} as Record<MedicareField, string>;
  const missing: string[] = [];
  for (const [field, names] of Object.entries(MEDICARE_COLUMNS) as [MedicareField, readonly string[]][]) {
    const name = names.find((n) => position.has(norm(n)));
    if (name === undefined) missing.push(names[0]);
    else {
      indexes[field] = position.get(norm(name))!;
      matched[field] = header[indexes[field]].trim();
    }
  }
  if (missing.length > 0)
    return {
      ok: false,
      missing,
      message:
        `This file cannot be read as CMS "Medicare Physician & Other Practitioners - by Provider and Service": ` +
        `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (or a known older name). Nothing was stored.`,
    };
  return { ok: true, indexes, matched };
}
