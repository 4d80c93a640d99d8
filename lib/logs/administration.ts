// Which drug-administration code to offer beside a drug paid by ASP (which itself earns 0 wRVU):
// the curated route of the drug picks the matching CPT administration service.
import { curatedContent } from '@/lib/catalog/content';

const BY_ROUTE = {
  infusion: { code: '96365', label: 'IV infusion, initial hour' },
  injection: { code: '96372', label: 'Therapeutic injection, SC or IM' },
} as const;

const routes = new Map(curatedContent.map((c) => [c.code, c.administration]));

export function administrationCodeFor(drugCode: string): { code: string; label: string } {
  return routes.get(drugCode) === 'infusion' ? BY_ROUTE.infusion : BY_ROUTE.injection;
}
