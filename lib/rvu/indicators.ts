// Explains a catalog row's CMS indicators in plain language for the public code page and the
// engine's messages. The wording lives in indicator-meanings.ts; this module picks the right
// table for each field and says so honestly when CMS uses a value the layout does not describe.
import {
  ASST_MEANINGS,
  BILAT_MEANINGS,
  CO_SURG_MEANINGS,
  GLOBAL_DAYS_MEANINGS,
  IMAGING_FAMILY_MEANINGS,
  MULT_PROC_MEANINGS,
  NA_MEANINGS,
  PCTC_MEANINGS,
  STATUS_MEANINGS,
  SUPERVISION_MEANINGS,
  TEAM_SURG_MEANINGS,
  type MeaningTable,
} from './indicator-meanings';
import { formatRvu, toRvu } from './rounding';
import type { CatalogRow } from './types';

export * from './indicator-meanings';

export interface IndicatorExplanation {
  label: string;
  value: string;
  meaning: string;
}

const UNKNOWN = 'a value the CMS record layout does not describe';

function lookup(table: MeaningTable, value: string | null | undefined): string {
  const key = (value ?? '').trim().toUpperCase();
  return table[key] ?? UNKNOWN;
}

/** Plain-language meaning of a CMS status code, e.g. 'E' -> "excluded from the fee schedule by regulation". */
export function explainStatus(status: string | null | undefined): string {
  return lookup(STATUS_MEANINGS, status);
}

function share(value: CatalogRow['preOp']): string {
  const n = toRvu(value);
  return n === null ? '' : `${Math.round(n * 100)} %`;
}

/** Every indicator of the row, in the order of the CMS file, skipping fields the row leaves blank. */
export function explainIndicators(row: CatalogRow): IndicatorExplanation[] {
  const out: IndicatorExplanation[] = [];
  const add = (label: string, value: string | null | undefined, meaning: string) => {
    const v = (value ?? '').trim();
    if (v !== '') out.push({ label, value: v, meaning });
  };
  const field = (label: string, value: string | null | undefined, table: MeaningTable) =>
    add(label, value, lookup(table, value));

  field('Status', row.status, STATUS_MEANINGS);
  if (row.notUsedForMedicare) {
    add(
      'Not used for Medicare payment',
      '+',
      'CMS publishes these RVUs for reference, but Medicare does not pay them',
    );
  }
  const work = toRvu(row.workRvu);
  if (work !== null)
    add('Work RVU', formatRvu(work), 'the physician work in the service, relative to all others');
  field('Non-facility NA indicator', row.nonFacNaIndicator, NA_MEANINGS);
  field('Facility NA indicator', row.facNaIndicator, NA_MEANINGS);
  field('PC/TC indicator', row.pctcIndicator, PCTC_MEANINGS);
  field('Global period', row.globalDays, GLOBAL_DAYS_MEANINGS);
  const [pre, intra, post] = [share(row.preOp), share(row.intraOp), share(row.postOp)];
  if ([pre, intra, post].some((s) => s !== '' && s !== '0 %')) {
    add(
      'Global package split',
      `${pre} / ${intra} / ${post}`,
      'pre-operative / intra-operative (with in-hospital post-operative) / office post-operative shares, used by modifiers 56, 54 and 55',
    );
  }
  field('Multiple procedures (51)', row.multProc, MULT_PROC_MEANINGS);
  field('Bilateral surgery (50)', row.bilatSurg, BILAT_MEANINGS);
  field('Assistant at surgery (80, 81, 82, AS)', row.asstSurg, ASST_MEANINGS);
  field('Co-surgeons (62)', row.coSurg, CO_SURG_MEANINGS);
  field('Team surgery (66)', row.teamSurg, TEAM_SURG_MEANINGS);
  add(
    'Endoscopic base code',
    row.endoBase,
    `the family's base (diagnostic) endoscopy; its value is part of every other endoscopy in the family`,
  );
  field('Physician supervision', row.physicianSupervision, SUPERVISION_MEANINGS);
  field('Diagnostic imaging family', row.diagnosticImagingFamily, IMAGING_FAMILY_MEANINGS);
  return out;
}
