// The billing wording of a code page: the drug and immunization administration codes, vaccine
// ranges, how a drug is given, the ASP price as CMS publishes it and the global period label.
import { curatedContent } from './content';
import type { AspPriceFacts } from './code-page-types';

export const ADMINISTRATION_CODES = { from: '96365', to: '96379' } as const;
// CPT vaccines and toxoids (90476-90759, and the 913xx COVID-19/RSV products); giving them is
// reported with the immunization administration codes instead of 96365-96379.
const VACCINE_RANGES: [string, string][] = [
  ['90476', '90759'],
  ['91300', '91399'],
];
export const IMMUNIZATION_ADMINISTRATION =
  '90460-90474 or 90480 (G0008-G0010 for Medicare influenza, pneumococcal and hepatitis B vaccines)';

/** CPT vaccines and toxoids, by code. */
export function isVaccineCode(code: string): boolean {
  return /^\d{5}$/.test(code) && VACCINE_RANGES.some(([from, to]) => code >= from && code <= to);
}

const curatedAdministration = new Map(
  curatedContent.filter((c) => c.administration).map((c) => [c.code, c.administration!]),
);

/** How a drug is given, from the curated content or else the words of its descriptor. */
export function administrationOf(code: string, description: string): string | null {
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

export const ROUTE: Record<string, string> = {
  injection: 'by injection',
  infusion: 'by infusion',
  oral: 'by mouth',
  topical: 'on the skin or a mucous membrane',
  inhalation: 'by inhalation',
  implant: 'as an implant',
};

/** "$50.365 per 50 MCG (2025Q4)", as CMS publishes it (3 decimals). */
export function describeAspPrice(price: AspPriceFacts): string {
  if (price.paymentLimit === null) return `no published payment limit (N/A) for ${price.quarter}`;
  return `$${price.paymentLimit.toFixed(3)}${price.dosage ? ` per ${price.dosage}` : ''} (${price.quarter})`;
}

/** "90 days", "0 days", or the CMS code for the special values (XXX, ZZZ, ...). */
export function globalPeriodLabel(globalDays: string): string {
  return /^\d{3}$/.test(globalDays) ? `${Number(globalDays)} days` : globalDays;
}
