import type { CodePage, RvuFacts } from '@/lib/catalog/code-page';
import { globalPeriodLabel } from '@/lib/catalog/code-page';
import { capitalize, dateText, moneyText, rvuText } from './format';
import { CodeSection, Fact } from './code-section';

/** "RVU information": the current release's values and indicators in words, or the ASP drug statement. */
export function RvuInformation({ page }: { page: CodePage }) {
  const { code, release, rvu } = page;
  return (
    <CodeSection id="rvu" title="RVU information">
      {page.aspDrug ? (
        <AspDrugStatement page={page} />
      ) : !release ? (
        <p>No CMS Physician Fee Schedule release has been imported yet, so Benchline has no RVUs to show.</p>
      ) : !rvu ? (
        <p>
          {code} is not in CMS PFS release {release.id}, so it has no RVUs. Supplies, equipment and many HCPCS
          Level II services are paid from other fee schedules or under the payer's contract.
        </p>
      ) : (
        <>
          <p>
            From CMS PFS release {release.id}, effective {dateText(release.effectiveFrom)}. Work RVUs are what
            Benchline credits when you log the code.
          </p>
          <RvuTable code={code} releaseId={release.id} rvu={rvu} />
          <dl className="divide-y divide-slate-100">
            <Fact term="Status">
              {rvu.status}: {rvu.statusMeaning}
            </Fact>
            {rvu.globalDays && (
              <Fact term="Global period">
                {globalPeriodLabel(rvu.globalDays)}:{' '}
                {rvu.globalMeaning ?? 'a value the CMS record layout does not describe'}
              </Fact>
            )}
          </dl>
          <Indicators rvu={rvu} />
          {page.components.length > 0 && <Components page={page} />}
        </>
      )}
      {page.price && !page.aspDrug && <AspPrice page={page} />}
    </CodeSection>
  );
}

function RvuTable({ code, releaseId, rvu }: { code: string; releaseId: string; rvu: RvuFacts }) {
  const rows: [string, string, string][] = [
    ['Work', rvuText(rvu.workRvu), rvuText(rvu.workRvu)],
    [
      'Practice expense',
      rvuText(rvu.nonFacPeRvu, rvu.nonFacNaIndicator),
      rvuText(rvu.facPeRvu, rvu.facNaIndicator),
    ],
    ['Malpractice', rvuText(rvu.mpRvu), rvuText(rvu.mpRvu)],
    ['Total', rvuText(rvu.nonFacTotal, rvu.nonFacNaIndicator), rvuText(rvu.facTotal, rvu.facNaIndicator)],
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="pb-2 text-left text-xs text-slate-500">
          RVUs of {code} in {releaseId}. NA: CMS sets no practice-expense value because the service is rarely
          or never done in that setting.
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-500">
            <th scope="col" className="py-2 pr-4 font-medium">
              RVU
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Non-facility (office)
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Facility
            </th>
          </tr>
        </thead>
        <tbody className="tabular">
          {rows.map(([label, nonFac, fac]) => (
            <tr key={label} className="border-b border-slate-100 last:border-0">
              <th
                scope="row"
                className={
                  label === 'Total' ? 'py-2 pr-4 font-semibold text-slate-900' : 'py-2 pr-4 font-normal'
                }
              >
                {label}
              </th>
              <td className="py-2 pr-4 text-right">{nonFac}</td>
              <td className="py-2 text-right">{fac}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Indicators({ rvu }: { rvu: RvuFacts }) {
  const items = rvu.indicators.filter((i) => i.label !== 'Global period');
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="pt-2 text-base font-semibold text-slate-900">Payment indicators</h3>
      <dl className="divide-y divide-slate-100" data-testid="indicators">
        {items.map((i) => (
          <Fact
            key={i.label}
            term={
              <>
                {i.label} <span className="font-mono text-xs font-normal text-slate-500">{i.value}</span>
              </>
            }
          >
            {capitalize(i.meaning)}
          </Fact>
        ))}
      </dl>
    </>
  );
}

function Components({ page }: { page: CodePage }) {
  return (
    <>
      <h3 className="pt-2 text-base font-semibold text-slate-900">Professional and technical components</h3>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="pb-2 text-left text-xs text-slate-500">
            {page.code}-26 is the physician's interpretation; {page.code}-TC is the equipment and staff.
            Release {page.release?.id}.
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-500">
              <th scope="col" className="py-2 pr-4 font-medium">
                Modifier
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">
                Work
              </th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">
                Non-facility total
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Facility total
              </th>
            </tr>
          </thead>
          <tbody className="tabular">
            {page.components.map((c) => (
              <tr key={c.modifier} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-2 pr-4 font-mono font-normal">
                  {c.modifier}
                </th>
                <td className="py-2 pr-4 text-right">{rvuText(c.workRvu)}</td>
                <td className="py-2 pr-4 text-right">{rvuText(c.nonFacTotal, c.nonFacNaIndicator)}</td>
                <td className="py-2 text-right">{rvuText(c.facTotal, c.facNaIndicator)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AspDrugStatement({ page }: { page: CodePage }) {
  return (
    <>
      <p
        data-testid="asp-drug-statement"
        className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-900"
      >
        No physician work RVU is assigned to {page.code}. It is a drug: payment follows its Average Sales
        Price (ASP) limit, a fee schedule or the payer's contract instead of RVUs, so logging it adds 0 wRVU
        to your totals.
      </p>
      <AspPrice page={page} />
      {page.rvu && (
        <p className="text-xs text-slate-500">
          In CMS PFS release {page.release?.id} its status is {page.rvu.status}: {page.rvu.statusMeaning}.
        </p>
      )}
    </>
  );
}

function AspPrice({ page }: { page: CodePage }) {
  const price = page.price!;
  return (
    <dl className="divide-y divide-slate-100" data-testid="asp-price">
      <Fact term="ASP payment limit">
        <span className="tabular font-semibold text-slate-900">{moneyText(price.paymentLimit)}</span>
        {price.dosage && <> per {price.dosage}</>}
      </Fact>
      <Fact term="Billing unit (dosage)">{price.dosage ?? 'Not stated'}</Fact>
      <Fact term="Quarter">
        {price.quarter} ({dateText(price.effectiveFrom)} to {dateText(price.effectiveTo)})
        {!price.inEffectToday && <span className="text-slate-500">: the latest quarter imported</span>}
      </Fact>
    </dl>
  );
}
