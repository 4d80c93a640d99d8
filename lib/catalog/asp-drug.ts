// The ASP-drug rule: a code with a Part B drug ASP payment limit in effect on the date of service and
// no physician work RVU (absent from the PFS release, or work RVU 0 with a status that is not paid
// under the fee schedule) is a drug paid by Average Sales Price. It earns 0 wRVU everywhere and is
// flagged with the reason in words. Pure: callers pass the release row and price rows they loaded.

export type AspPriceRow = {
  quarter: string;
  paymentLimit: number | string | null; // Decimal from the database arrives as a string-like value
  dosage?: string | null;
  effectiveFrom: string | Date;
  effectiveTo: string | Date;
};

export type AspDrugInput = {
  code: string;
  dateOfService: string; // YYYY-MM-DD
  rvu: { workRvu: number | string | null; status: string } | null; // row in the release in effect
  prices: readonly AspPriceRow[];
};

export type AspDrugResult = { aspDrug: boolean; reason: string; price: AspPriceRow | null };

// Only RVUs of codes with these statuses are used for Medicare payment (PFS layout, Attachment A).
const PAYABLE = new Set(['A', 'R', 'T']);

const STATUS_WORDS: Record<string, string> = {
  B: 'bundled into other services',
  C: 'priced by the Medicare contractor',
  D: 'deleted',
  E: 'excluded from the fee schedule by regulation',
  I: 'not valid for Medicare purposes',
  M: 'a measurement code',
  N: 'not covered by Medicare',
  P: 'bundled or excluded',
  X: 'excluded from the fee schedule by statute',
};

const iso = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/**
 * The price in effect on the date, else the latest quarter published before it: ASP files are
 * quarterly and a log often runs ahead of the newest file imported (as with fee-schedule releases).
 */
function priceInEffect(prices: readonly AspPriceRow[], date: string): AspPriceRow | null {
  const byStart = [...prices].sort((a, b) => iso(b.effectiveFrom).localeCompare(iso(a.effectiveFrom)));
  return (
    byStart.find((p) => iso(p.effectiveFrom) <= date && date <= iso(p.effectiveTo)) ??
    byStart.find((p) => iso(p.effectiveFrom) <= date) ??
    null
  );
}

function describeLimit(price: AspPriceRow): string {
  if (price.paymentLimit === null)
    return `lists it on the ASP file for ${price.quarter} without a published payment limit (N/A)`;
  const dosage = price.dosage ? ` per ${price.dosage}` : '';
  return `publishes an ASP payment limit of $${Number(price.paymentLimit).toFixed(3)}${dosage} for ${price.quarter}`;
}

export function aspDrugStatus(input: AspDrugInput): AspDrugResult {
  const { code, dateOfService, rvu } = input;
  const price = priceInEffect(input.prices, dateOfService);
  if (!price)
    return {
      aspDrug: false,
      price: null,
      reason: `${code} has no ASP payment limit in effect on ${dateOfService}.`,
    };

  const work = rvu?.workRvu === null || rvu?.workRvu === undefined ? 0 : Number(rvu.workRvu);
  if (rvu && work > 0) {
    return {
      aspDrug: false,
      price,
      reason: `${code} has a physician work RVU of ${work.toFixed(2)} in the release in effect, so it is credited by RVU.`,
    };
  }
  if (rvu && PAYABLE.has(rvu.status)) {
    return {
      aspDrug: false,
      price,
      reason: `${code} is paid under the physician fee schedule (status ${rvu.status}), so it is credited by RVU.`,
    };
  }
  const why = rvu
    ? `has no physician work RVU (status ${rvu.status}: ${STATUS_WORDS[rvu.status] ?? 'not paid under the fee schedule'})`
    : 'is not in the physician fee schedule release in effect';
  return {
    aspDrug: true,
    price,
    reason: `${code} is a drug paid by Average Sales Price: CMS ${describeLimit(price)} and the code ${why}. It earns no work RVUs; reimbursement follows the ASP limit, fee schedules or payer contracts.`,
  };
}
