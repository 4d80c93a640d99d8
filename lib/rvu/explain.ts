// Turns an engine result into the lines of "Why this number": the base value and where it comes
// from, each factor with its reason, the credited total, then any warnings. Used by the quick-log
// preview, the entries page, the pricing CLI and reports, so the wording is the same everywhere.
import { formatFactor, formatRvu } from './rounding';
import type { LineResult } from './types';

function source(result: LineResult): string {
  const code = result.rowModifier ? `${result.code}-${result.rowModifier}` : result.code;
  return result.releaseId ? `${result.releaseId}, ${code}` : code;
}

/**
 * e.g. ["Base work RVU 19.60 (RVU25D, 27447)",
 *       "x 0.5 - multiple procedure: second-ranked procedure in this encounter", "= 9.80 wRVU"]
 */
export function explainResult(result: LineResult): string[] {
  const lines: string[] = [];
  if (result.releaseId && result.status !== null) {
    lines.push(`Base work RVU ${formatRvu(result.baseWorkRvu)} (${source(result)})`);
  }
  if (result.excluded) {
    lines.push(`Not credited: ${result.reason ?? 'no work RVU applies'}`);
  } else {
    for (const f of result.factors) lines.push(`x ${formatFactor(f.factor)} - ${f.label}: ${f.reason}`);
  }
  lines.push(`= ${formatRvu(result.creditedWrvu)} wRVU`);
  for (const w of result.warnings) lines.push(`Note: ${w}`);
  return lines;
}

/** One-line summary for CSV output: "bilateral x1.5; multiple procedure x0.5". */
export function summarizeFactors(result: LineResult): string {
  return result.factors.map((f) => `${f.label} x${formatFactor(f.factor)}`).join('; ');
}
