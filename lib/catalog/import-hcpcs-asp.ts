// Writing the parsed HCPCS Level II and ASP files inside the import transaction.
// HCPCS: one Code per procedure code with its short and long descriptors and add/effective/
// termination dates. Modifiers (RECID 7) are not stored: Code holds procedure codes, and the PFS files
// carry the modifiers that affect RVUs.
// ASP: the quarter's DrugPrice rows (a newer file for the same quarter, such as a CMS correction,
// replaces them), plus a Code row for any priced code the catalog does not know yet, so every priced
// drug has a page.
import 'server-only';
import { upsertCodes, type Tx } from './import-sql';
import type { AspSummary, HcpcsSummary } from './import-summary';
import type { AspFile, HcpcsFile } from './types';

export async function writeHcpcs(tx: Tx, file: HcpcsFile): Promise<HcpcsSummary> {
  const result = await upsertCodes(
    tx,
    file.codes.map((c) => ({
      code: c.code,
      shortDescription: c.shortDescription,
      longDescription: c.longDescription,
      addedOn: c.addedOn,
      effectiveOn: c.effectiveOn,
      terminatedOn: c.terminatedOn,
    })),
    'full',
  );
  return {
    kind: 'HCPCS',
    codes: file.codes.length,
    codesAdded: result.added,
    codesUpdated: result.updated,
    terminated: file.codes.filter((c) => c.terminatedOn !== null).length,
    modifiersSkipped: file.modifiers.length,
  };
}

export async function writeAsp(tx: Tx, file: AspFile): Promise<AspSummary> {
  const removed = await tx.drugPrice.deleteMany({ where: { quarter: file.quarter } });
  await tx.$executeRawUnsafe(
    `INSERT INTO "DrugPrice" (quarter, code, "shortDescription", dosage, "paymentLimit", "effectiveFrom", "effectiveTo")
     SELECT $1, t.code, t.short, t.dosage, t.lim, $2::date, $3::date
     FROM unnest($4::text[], $5::text[], $6::text[], $7::numeric[]) AS t(code, short, dosage, lim)`,
    file.quarter,
    file.effectiveFrom,
    file.effectiveTo,
    file.prices.map((p) => p.code),
    file.prices.map((p) => p.shortDescription),
    file.prices.map((p) => p.dosage),
    file.prices.map((p) => p.paymentLimit),
  );
  const codes = await upsertCodes(
    tx,
    file.prices.map((p) => ({ code: p.code, shortDescription: p.shortDescription ?? p.code })),
    'insert-only',
  );
  return {
    kind: 'ASP',
    quarter: file.quarter,
    effectiveFrom: file.effectiveFrom,
    effectiveTo: file.effectiveTo,
    prices: file.prices.length,
    withoutLimit: file.prices.filter((p) => p.paymentLimit === null).length,
    replacedPrices: removed.count,
    codesAdded: codes.added,
  };
}
