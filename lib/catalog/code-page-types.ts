// The shapes of a public code page: the RVU facts of a PFS row, the ASP price, the work RVU across
// releases, the FAQ items and the CodePage itself.
import type { IndicatorExplanation } from '@/lib/rvu/indicators';
import type { Category } from './category';

export type RvuFacts = {
  modifier: string; // '' for the code itself, '26' professional, 'TC' technical component
  description: string;
  status: string;
  statusMeaning: string;
  notUsedForMedicare: boolean;
  workRvu: number | null;
  nonFacPeRvu: number | null;
  facPeRvu: number | null;
  mpRvu: number | null;
  nonFacTotal: number | null;
  facTotal: number | null;
  nonFacNaIndicator: string | null;
  facNaIndicator: string | null;
  globalDays: string | null;
  globalMeaning: string | null;
  indicators: IndicatorExplanation[];
};

export type AspPriceFacts = {
  quarter: string;
  dosage: string | null;
  paymentLimit: number | null; // dollars per dosage unit; null when CMS prints N/A
  effectiveFrom: string; // YYYY-MM-DD
  effectiveTo: string;
  inEffectToday: boolean;
};

export type FaqItem = { question: string; answer: string };

export type ReleaseWorkRvu = {
  releaseId: string;
  effectiveFrom: string;
  workRvu: number | null;
  status: string | null;
};

export type CodePage = {
  code: string;
  kind: 'CPT' | 'HCPCS';
  kindLabel: string; // "CPT" or "HCPCS Level II"
  shortDescription: string;
  description: string; // long descriptor when present, else the short one
  category: Category;
  synonyms: string[];
  plainLanguage: string | null;
  clinicalContext: string | null;
  billingNotes: string | null;
  specialties: string[];
  curated: boolean;
  terminatedOn: string | null;
  release: { id: string; effectiveFrom: string } | null; // the latest imported PFS release
  rvu: RvuFacts | null; // the code's own row in that release
  components: RvuFacts[]; // its 26 / TC rows, when CMS splits it
  history: ReleaseWorkRvu[]; // newest release first; workRvu null when the code is not in a release
  price: AspPriceFacts | null; // in effect today, else the latest published
  aspDrug: boolean;
  aspReason: string | null;
  isDrug: boolean;
  isVaccine: boolean; // CPT vaccines and toxoids: given with 90460-90474/90480, not 96365-96379
  administration: string | null; // 'injection', 'infusion', ... when known
  administrationCodes: { code: string; shortDescription: string; workRvu: number | null }[]; // drugs other than vaccines
  faq: FaqItem[];
};
