// What an import reports: the per-kind summary stored on CatalogImport.summary, and the sentence a
// CLI or the admin page shows for it. Pure, so client components can render stored summaries.
import { formatCount } from '@/lib/format';

export type PprrvuSummary = {
  kind: 'PPRRVU';
  releaseId: string;
  title: string | null;
  effectiveFrom: string;
  releasedOn: string | null;
  rows: number;
  codes: number;
  conversionFactor: number | null;
  conversionFactorQp?: number | null; // CY2026 on: the QP factor
  previousReleaseId: string | null;
  // Rows keyed by (code, modifier), compared with the previous release; without one, all are added.
  added: number;
  changed: number; // work RVU or status differ
  removed: number;
  examples: { added: string[]; changed: string[]; removed: string[] }; // up to 20 each
  codesAdded: number; // new Code rows
  codesUpdated: number; // Code rows whose CMS descriptor changed
  replaced: 'starter' | 'release' | null;
  // The release was there already: 'same' rows again (nothing written), or 'merged' the other file
  // of a CY2026 nonQPP/QPP pair (its conversion factor and any rows the release lacked).
  existing?: 'same' | 'merged';
  existingSource?: string; // the file the release was imported from
  rowsAddedToRelease?: number;
  skipped?: string[]; // other files of the zip, not read
};

export type HcpcsSummary = {
  kind: 'HCPCS';
  codes: number;
  codesAdded: number;
  codesUpdated: number; // existing codes whose descriptors or dates changed
  terminated: number; // codes carrying a termination date
  modifiersSkipped: number;
};

export type AspSummary = {
  kind: 'ASP';
  quarter: string;
  effectiveFrom: string;
  effectiveTo: string;
  prices: number;
  withoutLimit: number; // "N/A" payment limits
  replacedPrices: number; // rows of the same quarter from an earlier file
  codesAdded: number;
};

export type CatalogImportSummary = PprrvuSummary | HcpcsSummary | AspSummary;

const n = formatCount;

/** One or two plain sentences describing an import summary. */
export function describeImportSummary(s: CatalogImportSummary): string {
  switch (s.kind) {
    case 'PPRRVU': {
      const skipped = s.skipped?.length ? ` Not read from the zip: ${s.skipped.join(', ')}.` : '';
      if (s.existing === 'same')
        return `${s.releaseId} is already imported from ${s.existingSource} with the same ${n(s.rows)} rows; nothing changed.${skipped}`;
      if (s.existing === 'merged') {
        const cfs = [
          s.conversionFactor !== null ? `${s.conversionFactor} (non-QP)` : null,
          s.conversionFactorQp ? `${s.conversionFactorQp} (QP)` : null,
        ].filter(Boolean);
        return `${s.releaseId}: added to the release imported from ${s.existingSource}: conversion factor ${cfs.join(' and ')}, ${n(s.rowsAddedToRelease ?? 0)} rows it lacked; no RVU changed.${skipped}`;
      }
      const replaced =
        s.replaced === 'starter'
          ? ' (replacing the starter catalog subset)'
          : s.replaced === 'release'
            ? ' (replacing the earlier import)'
            : '';
      const against = s.previousReleaseId
        ? `Against ${s.previousReleaseId}: ${n(s.added)} added, ${n(s.changed)} changed (work RVU or status), ${n(s.removed)} removed.`
        : 'No earlier release to compare with.';
      return `${s.releaseId}${replaced}: ${n(s.rows)} rows for ${n(s.codes)} codes, effective ${s.effectiveFrom}. ${against}${skipped}`;
    }
    case 'HCPCS':
      return `HCPCS Level II: ${n(s.codes)} codes (${n(s.codesAdded)} new, ${n(s.codesUpdated)} updated, ${n(s.terminated)} with a termination date); ${n(s.modifiersSkipped)} modifiers skipped.`;
    case 'ASP':
      return `ASP ${s.quarter} (${s.effectiveFrom} to ${s.effectiveTo}): ${n(s.prices)} drug prices, ${n(s.withoutLimit)} without a payment limit${s.replacedPrices ? `, replacing ${n(s.replacedPrices)} earlier rows` : ''}; ${n(s.codesAdded)} new codes.`;
  }
}
