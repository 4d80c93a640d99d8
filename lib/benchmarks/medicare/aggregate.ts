// The Medicare wRVU computation, pure and streaming: rows go in one at a time, per-NPI sums live in
// growable typed arrays (about 30 bytes per provider plus the NPI key: ~1M NPIs fit in well under
// 100 MB), and distributions come out. Nothing per NPI leaves this module.
import type { ColumnIndexes } from './columns';

export type WorkRvuLookup = ReadonlyMap<string, number>;

export type MedicareDistribution = {
  providerType: string;
  /** null = national; else the provider state abbreviation (only where n >= STATE_MIN_N). */
  state: string | null;
  n: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  mean: number;
};

export type MedicareStats = {
  rows: number;
  organisationRows: number;
  drugRows: number;
  drugServices: number;
  pricedServices: number;
  unpricedServices: number;
  unpricedCodes: number;
  providers: number;
  providersBelowMinimum: number;
};

export const STATE_MIN_N = 30;

/** percentile_cont (linear interpolation between closest ranks) on ascending values. */
export function percentileCont(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export class MedicareAccumulator {
  private index = new Map<string, number>();
  private wrvu = new Float64Array(1 << 16);
  private services = new Float64Array(1 << 16);
  private type = new Uint16Array(1 << 16);
  private state = new Uint16Array(1 << 16);
  private types: string[] = [];
  private typeIds = new Map<string, number>();
  private states: string[] = [];
  private stateIds = new Map<string, number>();
  private unpricedCodeSet = new Set<string>();
  readonly stats: MedicareStats = {
    rows: 0,
    organisationRows: 0,
    drugRows: 0,
    drugServices: 0,
    pricedServices: 0,
    unpricedServices: 0,
    unpricedCodes: 0,
    providers: 0,
    providersBelowMinimum: 0,
  };

  constructor(
    private readonly workRvu: WorkRvuLookup,
    private readonly cols: ColumnIndexes,
  ) {}

  private intern(value: string, list: string[], ids: Map<string, number>): number {
    let id = ids.get(value);
    if (id === undefined) {
      id = list.push(value) - 1;
      ids.set(value, id);
    }
    return id;
  }

  private slot(npi: string, row: readonly string[]): number {
    let i = this.index.get(npi);
    if (i !== undefined) return i;
    i = this.index.size;
    if (i === this.wrvu.length) this.grow();
    this.index.set(npi, i);
    this.type[i] = this.intern(row[this.cols.providerType].trim(), this.types, this.typeIds);
    this.state[i] = this.intern(row[this.cols.state].trim().toUpperCase(), this.states, this.stateIds);
    return i;
  }

  private grow() {
    const size = this.wrvu.length * 2;
    const copy = <T extends Float64Array | Uint16Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.wrvu = copy(this.wrvu, (n) => new Float64Array(n));
    this.services = copy(this.services, (n) => new Float64Array(n));
    this.type = copy(this.type, (n) => new Uint16Array(n));
    this.state = copy(this.state, (n) => new Uint16Array(n));
  }

  /** One data row of the file (already split into fields). */
  add(row: readonly string[]): void {
    this.stats.rows++;
    if (row[this.cols.entity]?.trim().toUpperCase() !== 'I') {
      this.stats.organisationRows++;
      return;
    }
    const count = Number(row[this.cols.services]);
    if (!Number.isFinite(count) || count < 0)
      throw new Error(`Data row ${this.stats.rows}: Tot_Srvcs "${row[this.cols.services]}" is not a number.`);
    if (row[this.cols.drug]?.trim().toUpperCase() === 'Y') {
      this.stats.drugRows++;
      this.stats.drugServices += count;
      return;
    }
    const i = this.slot(row[this.cols.npi].trim(), row);
    this.services[i] += count;
    const code = row[this.cols.hcpcs].trim().toUpperCase();
    const rvu = this.workRvu.get(code);
    if (rvu === undefined) {
      this.stats.unpricedServices += count;
      this.unpricedCodeSet.add(code);
      return;
    }
    this.stats.pricedServices += count;
    this.wrvu[i] += count * rvu;
  }

  /** Distributions per provider type (and per type and state where n >= STATE_MIN_N). */
  finish(minServices: number): MedicareDistribution[] {
    const n = this.index.size;
    this.index.clear(); // the NPIs are not needed any more
    this.stats.providers = n;
    this.stats.unpricedCodes = this.unpricedCodeSet.size;
    const groups = new Map<string, number[]>();
    const push = (key: string, i: number) => {
      const g = groups.get(key);
      if (g) g.push(i);
      else groups.set(key, [i]);
    };
    for (let i = 0; i < n; i++) {
      if (this.services[i] < minServices) {
        this.stats.providersBelowMinimum++;
        continue;
      }
      push(`${this.type[i]}|`, i);
      push(`${this.type[i]}|${this.state[i]}`, i);
    }
    const out: MedicareDistribution[] = [];
    for (const [key, members] of groups) {
      const [t, s] = key.split('|');
      if (s !== '' && members.length < STATE_MIN_N) continue;
      const values = Float64Array.from(members, (i) => this.wrvu[i]).sort();
      let sum = 0;
      for (const v of values) sum += v;
      out.push({
        providerType: this.types[Number(t)],
        state: s === '' ? null : this.states[Number(s)],
        n: values.length,
        p10: percentileCont(values, 0.1),
        p25: percentileCont(values, 0.25),
        p50: percentileCont(values, 0.5),
        p75: percentileCont(values, 0.75),
        p90: percentileCont(values, 0.9),
        mean: sum / values.length,
      });
    }
    out.sort(
      (a, b) => a.providerType.localeCompare(b.providerType) || (a.state ?? '').localeCompare(b.state ?? ''),
    );
    return out;
  }
}
