// The engine for reconciliation: the actor's crediting policy, the catalog of the release in
// effect for every line, and one forced catalog per other imported release (to recognise a report
// that applied, say, last year's RVUs). Loaded in a handful of statements whatever the line count.
import 'server-only';
import { db } from '@/lib/db';
import { loadPolicy, loadPricingCatalog, priceWithCatalog, type PricingCatalog } from '@/lib/logs/pricing';
import type { ProcedureLine } from '@/lib/rvu/types';
import type { Actor } from '@/lib/session';
import type { Pricer } from './types';

export async function loadPricer(
  actor: Actor,
  lines: readonly Pick<ProcedureLine, 'dateOfService' | 'code'>[],
): Promise<Pricer> {
  // One line per distinct (date, code) is all the catalog loader needs.
  const distinct = new Map<string, Pick<ProcedureLine, 'dateOfService' | 'code'>>();
  for (const l of lines) distinct.set(`${l.dateOfService}|${l.code}`, l);
  const needed = [...distinct.values()];
  const [current, policy] = await Promise.all([loadPricingCatalog(db, needed), loadPolicy(db, actor.id)]);
  const releases = current.releases.map((r) => r.id);
  const codes = [...new Set(needed.map((l) => l.code))].map((code) => ({
    dateOfService: '2000-01-01',
    code,
  }));
  const forced = new Map<string, PricingCatalog>();
  for (const id of releases)
    forced.set(id, await loadPricingCatalog(db, codes, current.releases, { forceReleaseId: id }));
  return {
    releases,
    price: (priceLines, options = {}) =>
      priceWithCatalog(priceLines, options.releaseId ? (forced.get(options.releaseId) ?? current) : current, {
        ...policy,
        ...options.policy,
      }),
  };
}
