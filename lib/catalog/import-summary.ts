// What an import reports: the per-kind summary stored on CatalogImport.summary, and the sentence a
// CLI or the admin page shows for it. Pure, so client components can render stored summaries.

export type PprrvuSummary = {
  kind: 'PPRRVU';
  releaseId: string;
  title: string | null;
  effectiveFrom: string;
  releasedOn: string | null;
  rows: number;
  codes: number;
  conversionFactor: number | null;
  previousReleaseId: string | null;
  // Rows keyed by (code, modifier), compared with the previous release; without one, all are added.
  added: number;
  changed: number; // work RVU or status differ
  removed: number;
  examples: { added: string[]; changed: string[]; removed: string[] }; // up to 20 each
  codesAdded: number; // new Code rows
  codesUpdated: number; // Code rows whose CMS descriptor changed
  replaced: 'starter' | 'release' | null;
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

const n = (x: number) => x.toLocaleString('en-US');

/** One or two plain sentences describing an import summary. */
export function describeImportSummary(s: CatalogImportSummary): string {
  switch (s.kind) {
    case 'PPRRVU': {
      const replaced =
        s.replaced === 'starter'
          ? ' (replacing the starter catalog subset)'
          : s.replaced === 'release'
            ? ' (replacing the earlier import)'
            : '';
      const against = s.previousReleaseId
        ? `Against ${s.previousReleaseId}: ${n(s.added)} added, ${n(s.changed)} changed (work RVU or status), ${n(s.removed)} removed.`
        : 'No earlier release to compare with.';
      return `${s.releaseId}${replaced}: ${n(s.rows)} rows for ${n(s.codes)} codes, effective ${s.effectiveFrom}. ${against}`;
    }
    case 'HCPCS':
      return `HCPCS Level II: ${n(s.codes)} codes (${n(s.codesAdded)} new, ${n(s.codesUpdated)} updated, ${n(s.terminated)} with a termination date); ${n(s.modifiersSkipped)} modifiers skipped.`;
    case 'ASP':
      return `ASP ${s.quarter} (${s.effectiveFrom} to ${s.effectiveTo}): ${n(s.prices)} drug prices, ${n(s.withoutLimit)} without a payment limit${s.replacedPrices ? `, replacing ${n(s.replacedPrices)} earlier rows` : ''}; ${n(s.codesAdded)} new codes.`;
  }
}
