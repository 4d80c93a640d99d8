// Bridges the pricing context to the catalog's ASP drug rule (lib/catalog/asp-drug.ts).
import { aspDrugStatus, type AspPriceRow } from '@/lib/catalog/asp-drug';
import type { CatalogRow } from '@/lib/rvu/types';

export type LoadedDrugPrice = AspPriceRow & { code: string };

export function aspDrugReason(input: {
  code: string;
  dateOfService: string;
  rows: CatalogRow[];
  drugPrices: readonly LoadedDrugPrice[];
}): string | null {
  const own = input.rows.find((r) => r.modifier === '') ?? null;
  const status = aspDrugStatus({
    code: input.code,
    dateOfService: input.dateOfService,
    rvu: own ? { status: own.status, workRvu: own.workRvu } : null,
    prices: input.drugPrices.filter((p) => p.code === input.code),
  });
  return status.aspDrug ? status.reason : null;
}
