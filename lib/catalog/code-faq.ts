// The generated FAQ of a code page. Curated codes answer from their original content; every other
// code answers only from its data (descriptor, category, status, global period, RVUs, ASP price):
// no clinical claim is invented.
import {
  ADMINISTRATION_CODES,
  describeAspPrice,
  globalPeriodLabel,
  IMMUNIZATION_ADMINISTRATION,
  ROUTE,
} from './billing-text';
import type { CodePage, FaqItem } from './code-page-types';

const sentence = (text: string) => {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};
const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const rvu = (n: number) => n.toFixed(2);

function globalSentence(page: Omit<CodePage, 'faq'>): string {
  const g = page.rvu?.globalDays;
  if (!g || !page.rvu?.globalMeaning) return '';
  if (g === 'XXX') return ' The global surgery period does not apply to it.';
  return ` Its global period is ${globalPeriodLabel(g)}: ${sentence(page.rvu.globalMeaning)}`;
}

function statusSentence(page: Omit<CodePage, 'faq'>): string {
  if (!page.release) return '';
  if (!page.rvu) {
    return ` It is not in CMS PFS release ${page.release.id}, so it has no RVUs; where it is covered, payment comes from another fee schedule or the payer's contract.`;
  }
  return ` In CMS PFS release ${page.release.id} its status is ${page.rvu.status}: ${sentence(page.rvu.statusMeaning)}`;
}

function whatIs(page: Omit<CodePage, 'faq'>): FaqItem {
  const { code, kindLabel } = page;
  let answer = `${code} (${page.shortDescription}) is a ${kindLabel} code in the ${page.category.label} category. Its descriptor reads: "${page.description}".`;
  if (page.plainLanguage) answer += ` In plain language: ${sentence(page.plainLanguage)}`;
  if (page.terminatedOn) answer += ` CMS terminated the code effective ${page.terminatedOn}.`;
  return { question: `What is ${kindLabel === 'CPT' ? 'CPT' : 'HCPCS'} code ${code}?`, answer };
}

function how(page: Omit<CodePage, 'faq'>): FaqItem {
  const { code } = page;
  const specialties = page.specialties.length
    ? ` Specialties that commonly report it: ${list(page.specialties)}.`
    : '';
  if (page.isDrug) {
    const route = page.administration ? ROUTE[page.administration] : undefined;
    const given = route
      ? `${code} is a drug given ${route} by a healthcare provider.`
      : `${code} is a drug supplied by a healthcare provider; its descriptor does not name the route, so record the route actually used.`;
    const units = page.price?.dosage
      ? ` It is billed in units of ${page.price.dosage}: the units on the claim are the dose given divided by that amount.`
      : '';
    const admin = page.isVaccine
      ? ` The code covers the vaccine only; giving it is reported with an immunization administration code, ${IMMUNIZATION_ADMINISTRATION}.`
      : ` The drug code covers the drug only; giving it is reported with a drug administration code (${ADMINISTRATION_CODES.from}-${ADMINISTRATION_CODES.to}).`;
    return { question: `How is ${code} administered?`, answer: `${given}${units}${admin}${specialties}` };
  }
  const what = page.plainLanguage
    ? sentence(page.plainLanguage)
    : `The ${page.kindLabel} descriptor defines the service: "${page.description}". Benchline has no plain-language summary for this code yet, so this answer keeps to the published data.`;
  // "Performed" suits procedures; HCPCS Level II also covers supplies and equipment, which are provided.
  const verb = page.kind === 'CPT' ? 'performed' : 'provided';
  return { question: `How is ${code} ${verb}?`, answer: `${what}${globalSentence(page)}${specialties}` };
}

function when(page: Omit<CodePage, 'faq'>): FaqItem {
  const { code } = page;
  let answer: string;
  if (page.clinicalContext) answer = sentence(page.clinicalContext);
  else if (page.isDrug)
    answer = `${code} is reported when a clinician gives this drug and documents the dose, route and reason for treatment.`;
  else
    answer = `${code} is reported when the service its descriptor names is provided and documented in the medical record.`;
  return { question: `When is ${code} used?`, answer: `${answer}${statusSentence(page)}` };
}

function workRvus(page: Omit<CodePage, 'faq'>): FaqItem | null {
  const { code, release } = page;
  if (!release) return null;
  const question = `How many work RVUs is ${code}?`;
  if (page.aspDrug) {
    const price = page.price ? ` The latest ASP payment limit is ${describeAspPrice(page.price)}.` : '';
    return {
      question,
      answer: `None: no physician work RVU is assigned to ${code}. It is a drug paid by Average Sales Price (ASP), other fee schedules or payer contracts, not through RVUs.${price}`,
    };
  }
  if (!page.rvu)
    return { question, answer: `${code} is not in CMS PFS release ${release.id}, so it has no work RVUs.` };
  const { workRvu, nonFacTotal, facTotal } = page.rvu;
  if (workRvu === null)
    return { question, answer: `CMS PFS release ${release.id} lists ${code} without a work RVU.` };
  const totals = [
    nonFacTotal !== null && page.rvu.nonFacNaIndicator !== 'NA'
      ? `${rvu(nonFacTotal)} total RVUs in an office (non-facility) setting`
      : null,
    facTotal !== null && page.rvu.facNaIndicator !== 'NA' ? `${rvu(facTotal)} in a facility` : null,
  ].filter((t): t is string => t !== null);
  return {
    question,
    answer: `In CMS PFS release ${release.id}, ${code} carries ${rvu(workRvu)} work RVUs${totals.length ? `, with ${totals.join(' and ')}` : ''}.`,
  };
}

/** The page's questions and answers (also published as FAQPage JSON-LD). */
export function buildFaq(page: Omit<CodePage, 'faq'>): FaqItem[] {
  return [whatIs(page), how(page), when(page), workRvus(page)].filter((f): f is FaqItem => f !== null);
}
