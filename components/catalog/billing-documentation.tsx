import Link from 'next/link';
import type { CodePage } from '@/lib/catalog/code-page';
import { ADMINISTRATION_CODES, IMMUNIZATION_ADMINISTRATION } from '@/lib/catalog/code-page';
import { rvuText } from './format';
import { CodeSection } from './code-section';

const ROUTE_WORDS: Record<string, string> = {
  injection: 'injection (state the site: subcutaneous, intramuscular or intravenous push)',
  infusion: 'infusion (state intravenous or subcutaneous, with start and stop times)',
  oral: 'by mouth',
  topical: 'topical application',
  inhalation: 'inhalation',
  implant: 'implant',
};

/** "Billing & documentation": the curated notes, and for drugs what the claim needs plus the administration codes. */
export function BillingDocumentation({ page }: { page: CodePage }) {
  return (
    <CodeSection id="billing" title="Billing & documentation">
      {page.billingNotes && <p>{page.billingNotes}</p>}
      {page.isDrug ? (
        <DrugBilling page={page} />
      ) : (
        !page.billingNotes && (
          <p>
            Benchline has no code-specific billing notes for {page.code} yet. Document the service as its
            descriptor defines it
            {page.rvu ? ', and check the payment indicators above for the modifiers CMS allows.' : '.'}
          </p>
        )
      )}
    </CodeSection>
  );
}

function DrugBilling({ page }: { page: CodePage }) {
  const { code, price, release } = page;
  return (
    <>
      <p>
        {code} reports the drug itself. For each dose given, the medical record and the claim should show:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <span className="font-medium text-slate-900">Drug name</span>: {page.shortDescription}, as described
          by {code}.
        </li>
        <li>
          <span className="font-medium text-slate-900">Dosage</span>: the amount given; units billed = dose
          given ÷{' '}
          {price?.dosage ? `${price.dosage} (the HCPCS billing unit)` : 'the amount in the code descriptor'}.
        </li>
        <li>
          <span className="font-medium text-slate-900">Route</span>:{' '}
          {page.administration ? ROUTE_WORDS[page.administration] : 'how the drug was given'}.
        </li>
        <li>
          <span className="font-medium text-slate-900">Medical necessity</span>: the diagnosis and the reason
          for giving the drug.
        </li>
        <li>
          <span className="font-medium text-slate-900">NDC</span>: most payers want the 11-digit National Drug
          Code of the product used, with its quantity, on the claim line.
        </li>
      </ul>
      {page.isVaccine ? (
        <p>
          Giving the vaccine is billed separately with an immunization administration code,{' '}
          {IMMUNIZATION_ADMINISTRATION}.
        </p>
      ) : (
        <p>
          Giving the drug is billed separately with a drug administration code ({ADMINISTRATION_CODES.from}-
          {ADMINISTRATION_CODES.to}); these are the codes that carry work RVUs:
        </p>
      )}
      {page.administrationCodes.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="pb-2 text-left text-xs text-slate-500">
              Drug administration codes and their work RVUs{release ? ` in ${release.id}` : ''}
            </caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-500">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Code
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Description
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Work RVU
                </th>
              </tr>
            </thead>
            <tbody>
              {page.administrationCodes.map((a) => (
                <tr key={a.code} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link
                      href={`/codes/${a.code}`}
                      className="font-mono font-semibold text-brand-700 hover:underline"
                    >
                      {a.code}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{a.shortDescription}</td>
                  <td className="tabular py-2 text-right">{rvuText(a.workRvu)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
