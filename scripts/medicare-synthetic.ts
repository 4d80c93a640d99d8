// Writes a synthetic CMS "Medicare Physician & Other Practitioners - by Provider and Service" file
// in the 2023 layout, streamed (for scripts/bench-medicare.ts): ~9 lines per NPI, provider types
// in roughly the CMS mix (internal and family medicine, NPs and PAs the largest groups), each with
// a typical set of real HCPCS codes and service counts, plus organisation rows (~3%), drug lines
// (~5%) and codes that have no work RVU. Deterministic (seeded), fake names and addresses.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const HEADER =
  'Rndrng_NPI,Rndrng_Prvdr_Last_Org_Name,Rndrng_Prvdr_First_Name,Rndrng_Prvdr_MI,Rndrng_Prvdr_Crdntls,Rndrng_Prvdr_Ent_Cd,Rndrng_Prvdr_St1,Rndrng_Prvdr_St2,Rndrng_Prvdr_City,Rndrng_Prvdr_State_Abrvtn,Rndrng_Prvdr_State_FIPS,Rndrng_Prvdr_Zip5,Rndrng_Prvdr_RUCA,Rndrng_Prvdr_RUCA_Desc,Rndrng_Prvdr_Cntry,Rndrng_Prvdr_Type,Rndrng_Prvdr_Mdcr_Prtcptg_Ind,HCPCS_Cd,HCPCS_Desc,HCPCS_Drug_Ind,Place_Of_Srvc,Tot_Benes,Tot_Srvcs,Tot_Bene_Day_Srvcs,Avg_Sbmtd_Chrg,Avg_Mdcr_Alowd_Amt,Avg_Mdcr_Pymt_Amt,Avg_Mdcr_Stdzd_Amt';

const EM = ['99213', '99214', '99215', '99212', '99204', '99203', 'G2211'];
const HOSP = ['99223', '99232', '99233', '99239', '99238', '99291'];
// [provider type, weight (share of NPIs), typical codes]
const TYPES: [string, number, string[]][] = [
  ['Nurse Practitioner', 18, [...EM, '99308', '99309', 'G0439']],
  ['Internal Medicine', 10, [...EM, ...HOSP, 'G0439', '36415', '93000']],
  ['Family Practice', 9, [...EM, 'G0439', 'G0438', '36415', '93000', '20610']],
  ['Physician Assistant', 10, [...EM, '20610', '11042', '17110']],
  ['Physical Therapist in Private Practice', 5, ['97110', '97140', '97530', '97112', '97161']],
  ['Diagnostic Radiology', 4, ['71046', '74177', '70450', '77067', '73721', '76700']],
  ['Emergency Medicine', 4, ['99285', '99284', '99283', '99291', '93010']],
  ['Anesthesiology', 3, ['64447', '62323', '64483', '36556']],
  ['Cardiology', 3, [...EM, '93306', '93000', '78452', '93458', '93010']],
  ['Hospitalist', 2, [...HOSP, '99222', '99231']],
  ['Orthopedic Surgery', 2, [...EM, '20610', '27447', '27130', '29881', '73030']],
  ['Ophthalmology', 2, ['92014', '92012', '66984', '67028', '92134']],
  ['Dermatology', 1.5, [...EM, '17000', '17003', '11102', '17311', '11104']],
  ['General Surgery', 1.5, [...EM, '44970', '47562', '49505', '19083']],
  ['Gastroenterology', 1.5, [...EM, '45380', '43239', '45385', '45378']],
  ['Neurology', 1.2, [...EM, '95886', '95910', '64615']],
  ['Psychiatry', 1.2, ['99214', '90833', '90836', '90792', '99213']],
  ['Urology', 1, [...EM, '52000', '55700', '51798']],
  ['Obstetrics & Gynecology', 1, [...EM, '58558', '57454', '99395']],
  ['Pulmonary Disease', 1, [...EM, '94010', '94060', '31624', ...HOSP]],
  ['Nephrology', 0.8, [...EM, '90960', '90970', ...HOSP]],
  ['Hematology-Oncology', 0.8, [...EM, '96413', '96415', '38221']],
  ['Chiropractic', 2, ['98941', '98940', '98942']],
  ['Podiatry', 1.5, ['11721', '11720', '11055', '99213']],
  ['Optometry', 1.5, ['92014', '92012', '92134']],
  ['Critical Care (Intensivists)', 0.5, ['99291', '99292', ...HOSP]],
  ['Infectious Disease', 0.4, [...HOSP, ...EM]],
  ['Rheumatology', 0.4, [...EM, '20610']],
  ['Endocrinology', 0.5, [...EM, '95251']],
  ['Vascular Surgery', 0.3, ['37228', '36475', '93970', '99214']],
];
const DRUGS = ['J1100', 'J3301', 'J0897', 'J9271', 'J2505', 'J1885'];
const UNPRICED = ['87635', '0001U', 'G9918'];
const STATES: [string, string][] = [
  ['CA', '06'],
  ['TX', '48'],
  ['FL', '12'],
  ['NY', '36'],
  ['PA', '42'],
  ['OH', '39'],
  ['IL', '17'],
  ['MI', '26'],
  ['GA', '13'],
  ['NC', '37'],
  ['WA', '53'],
  ['VT', '50'],
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function writeSyntheticMedicareFile(file: string, rows: number, seed = 2023): Promise<number> {
  const random = rng(seed);
  const total = TYPES.reduce((s, t) => s + t[1], 0);
  const pickType = () => {
    let x = random() * total;
    for (const t of TYPES) if ((x -= t[1]) < 0) return t;
    return TYPES[0];
  };
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  out.write(HEADER + '\n');
  let written = 0;
  let npi = 1_000_000_000;
  let buffer: string[] = [];
  while (written < rows) {
    npi++;
    const organisation = random() < 0.03;
    const [type, , codes] = organisation
      ? (['Clinical Laboratory', 0, ['80053', '85025', '36415']] as const)
      : pickType();
    const [state, fips] = STATES[Math.floor(random() * random() * STATES.length)];
    const lines = 1 + Math.floor(random() * random() * 34); // mean ~9, long tail like CMS
    const volume = Math.exp(random() * 4); // provider-level volume factor, ~1-55
    const person = organisation
      ? `"GENERIC LAB ${npi % 9973}, LLC",,,,O`
      : `SMITH${npi % 997},JORDAN,${String.fromCharCode(65 + (npi % 26))},M.D.,I`;
    const prefix = `${npi},${person},"${npi % 9000} MAIN ST","STE ${npi % 300}",SPRINGFIELD,${state},${fips},${10000 + (npi % 89999)},1,"Metropolitan area core: primary flow within an urbanized area of 50,000 and greater",US,${type},Y,`;
    for (let l = 0; l < lines && written < rows; l++, written++) {
      const r = random();
      const drug = !organisation && r < 0.05;
      const code = drug
        ? DRUGS[Math.floor(random() * DRUGS.length)]
        : r < 0.07
          ? UNPRICED[Math.floor(random() * UNPRICED.length)]
          : codes[Math.floor(random() * codes.length)];
      const services = Math.max(11, Math.round(volume * (5 + random() * 60) * (drug ? 5 : 1)));
      const benes = Math.max(11, Math.round(services / (1 + random() * 3)));
      buffer.push(
        `${prefix}${code},"Description of ${code}, as CMS words it",${drug ? 'Y' : 'N'},${random() < 0.6 ? 'O' : 'F'},${benes},${services},${benes},${(150 * random()).toFixed(2)},${(90 * random()).toFixed(2)},${(70 * random()).toFixed(2)},${(70 * random()).toFixed(2)}`,
      );
    }
    if (buffer.length >= 5000) {
      if (!out.write(buffer.join('\n') + '\n')) await once(out, 'drain');
      buffer = [];
    }
  }
  if (buffer.length) out.write(buffer.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
  return npi - 1_000_000_000;
}
