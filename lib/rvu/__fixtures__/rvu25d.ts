// Test fixtures: real rows of CMS PFS RVU25D (October 2025), copied by hand from
// ../shared/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv (CPT codes and descriptions (c) AMA).
// Values are strings, as Prisma Decimals reach the engine. Columns kept, in file order:
// HCPCS, MOD, DESCRIPTION, STATUS, NOT USED FOR MEDICARE, WORK RVU, PCTC, GLOB DAYS,
// PRE OP, INTRA OP, POST OP, MULT PROC, BILAT SURG, ASST SURG, CO-SURG, TEAM SURG, ENDO BASE.
import type { CatalogLookup, CatalogRow, ProcedureLine } from '../types';

export const RELEASE_ID = 'RVU25D';
/** Dates before this have no release in these fixtures (tests "no release in effect"). */
export const RELEASE_START = '2025-01-01';

function r(
  code: string, modifier: string, description: string, status: string, notUsed: string, work: string,
  pctc: string, glob: string, pre: string, intra: string, post: string,
  mult: string, bilat: string, asst: string, co: string, team: string, endo: string,
): CatalogRow {
  return {
    code, modifier, description, status, notUsedForMedicare: notUsed === '+', workRvu: work,
    pctcIndicator: pctc, globalDays: glob, preOp: pre, intraOp: intra, postOp: post,
    multProc: mult, bilatSurg: bilat, asstSurg: asst, coSurg: co, teamSurg: team, endoBase: endo || null,
  };
}

// CMS PFS RVU25D (October 2025)
export const RVU25D_ROWS: CatalogRow[] = [
  r('27447', '', 'Total knee arthroplasty', 'A', '', '19.60', '0', '090', '0.10', '0.69', '0.21', '2', '1', '2', '1', '0', ''),
  r('27130', '', 'Total hip arthroplasty', 'A', '', '19.60', '0', '090', '0.10', '0.69', '0.21', '2', '1', '2', '1', '0', ''),
  r('22612', '', 'Arthrd pst tq 1ntrspc lumbar', 'A', '', '23.53', '0', '090', '0.10', '0.69', '0.21', '2', '0', '2', '2', '0', ''),
  r('22614', '', 'Arthrd pst tq 1ntrspc ea add', 'A', '', '6.43', '0', 'ZZZ', '0.00', '0.00', '0.00', '0', '0', '2', '2', '0', ''),
  r('47562', '', 'Laparoscopic cholecystectomy', 'A', '', '10.47', '0', '090', '0.09', '0.81', '0.10', '2', '0', '2', '1', '0', ''),
  r('15756', '', 'Free myo/skin flap microvasc', 'A', '', '36.94', '0', '090', '0.10', '0.71', '0.19', '2', '0', '2', '2', '0', ''),
  r('22818', '', 'Kyphectomy 1-2 segments', 'A', '', '34.33', '0', '090', '0.11', '0.76', '0.13', '2', '0', '2', '2', '2', ''),
  r('22836', '', 'Ant thrc vrt body tethrg <7', 'A', '', '32.00', '0', '090', '0.10', '0.69', '0.21', '2', '0', '0', '2', '1', ''),
  r('64721', '', 'Carpal tunnel surgery', 'A', '', '4.97', '0', '090', '0.11', '0.76', '0.13', '2', '1', '1', '0', '0', ''),
  r('11042', '', 'Dbrdmt subq tis 1st 20sqcm/<', 'A', '', '1.01', '0', '000', '0.00', '0.00', '0.00', '2', '0', '1', '0', '0', ''),
  r('11045', '', 'Dbrdmt subq tiss each addl', 'A', '', '0.50', '0', 'ZZZ', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('11300', '', 'Shave skin lesion 0.5 cm/<', 'A', '', '0.60', '0', '000', '0.00', '0.00', '0.00', '2', '9', '0', '0', '0', ''),
  r('29870', '', 'Knee arthroscopy dx', 'A', '', '5.19', '0', '090', '0.10', '0.69', '0.21', '2', '1', '1', '1', '0', ''),
  r('29880', '', 'Knee arthroscopy/surgery', 'A', '', '7.39', '0', '090', '0.10', '0.69', '0.21', '3', '1', '0', '1', '0', '29870'),
  r('29881', '', 'Knee arthroscopy/surgery', 'A', '', '7.03', '0', '090', '0.10', '0.69', '0.21', '3', '1', '0', '0', '0', '29870'),
  r('43235', '', 'Egd diagnostic brush wash', 'A', '', '2.09', '0', '000', '0.00', '0.00', '0.00', '2', '0', '1', '0', '0', ''),
  r('43239', '', 'Egd biopsy single/multiple', 'A', '', '2.39', '0', '000', '0.00', '0.00', '0.00', '3', '0', '1', '0', '0', '43235'),
  r('43249', '', 'Esoph egd dilation <30 mm', 'A', '', '2.67', '0', '000', '0.00', '0.00', '0.00', '3', '0', '1', '0', '0', '43235'),
  r('45378', '', 'Diagnostic colonoscopy', 'A', '', '3.26', '0', '000', '0.00', '0.00', '0.00', '2', '0', '1', '0', '0', ''),
  r('45378', '53', 'Diagnostic colonoscopy', 'A', '', '1.63', '0', '000', '0.00', '0.00', '0.00', '2', '0', '1', '0', '0', ''),
  r('45380', '', 'Colonoscopy and biopsy', 'A', '', '3.56', '0', '000', '0.00', '0.00', '0.00', '3', '0', '1', '0', '0', '45378'),
  r('45385', '', 'Colonoscopy w/lesion removal', 'A', '', '4.57', '0', '000', '0.00', '0.00', '0.00', '3', '0', '1', '0', '0', '45378'),
  r('71046', '', 'X-ray exam chest 2 views', 'A', '', '0.22', '1', 'XXX', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('71046', '26', 'X-ray exam chest 2 views', 'A', '', '0.22', '1', 'XXX', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('71046', 'TC', 'X-ray exam chest 2 views', 'A', '', '0.00', '1', 'XXX', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('73000', '', 'X-ray exam of collar bone', 'A', '', '0.16', '1', 'XXX', '0.00', '0.00', '0.00', '0', '3', '0', '0', '0', ''),
  r('73000', '26', 'X-ray exam of collar bone', 'A', '', '0.16', '1', 'XXX', '0.00', '0.00', '0.00', '0', '3', '0', '0', '0', ''),
  r('73000', 'TC', 'X-ray exam of collar bone', 'A', '', '0.00', '1', 'XXX', '0.00', '0.00', '0.00', '0', '3', '0', '0', '0', ''),
  r('77067', '', 'Scr mammo bi incl cad', 'A', '', '0.76', '1', 'XXX', '0.00', '0.00', '0.00', '0', '2', '0', '0', '0', ''),
  r('77067', '26', 'Scr mammo bi incl cad', 'A', '', '0.76', '1', 'XXX', '0.00', '0.00', '0.00', '0', '2', '0', '0', '0', ''),
  r('77067', 'TC', 'Scr mammo bi incl cad', 'A', '', '0.00', '1', 'XXX', '0.00', '0.00', '0.00', '0', '2', '0', '0', '0', ''),
  r('74176', '', 'Ct abd & pelvis w/o contrast', 'A', '', '1.74', '1', 'XXX', '0.00', '0.00', '0.00', '4', '0', '9', '0', '0', ''),
  r('74176', '26', 'Ct abd & pelvis w/o contrast', 'A', '', '1.74', '1', 'XXX', '0.00', '0.00', '0.00', '4', '0', '9', '0', '0', ''),
  r('74176', 'TC', 'Ct abd & pelvis w/o contrast', 'A', '', '0.00', '1', 'XXX', '0.00', '0.00', '0.00', '4', '0', '9', '0', '0', ''),
  r('74177', '', 'Ct abd & pelvis w/contrast', 'A', '', '1.82', '1', 'XXX', '0.00', '0.00', '0.00', '4', '0', '9', '0', '0', ''),
  r('74177', '26', 'Ct abd & pelvis w/contrast', 'A', '', '1.82', '1', 'XXX', '0.00', '0.00', '0.00', '4', '0', '9', '0', '0', ''),
  r('74177', 'TC', 'Ct abd & pelvis w/contrast', 'A', '', '0.00', '1', 'XXX', '0.00', '0.00', '0.00', '4', '0', '9', '0', '0', ''),
  r('93306', '', 'Tte w/doppler complete', 'A', '', '1.46', '1', 'XXX', '0.00', '0.00', '0.00', '6', '0', '0', '0', '0', ''),
  r('93306', '26', 'Tte w/doppler complete', 'A', '', '1.46', '1', 'XXX', '0.00', '0.00', '0.00', '6', '0', '0', '0', '0', ''),
  r('93306', 'TC', 'Tte w/doppler complete', 'A', '', '0.00', '1', 'XXX', '0.00', '0.00', '0.00', '6', '0', '0', '0', '0', ''),
  r('76510', '', 'Oph us dx b-scan&quan a-scan', 'A', '', '0.70', '1', 'XXX', '0.00', '0.00', '0.00', '7', '3', '0', '0', '0', ''),
  r('76510', '26', 'Oph us dx b-scan&quan a-scan', 'A', '', '0.70', '1', 'XXX', '0.00', '0.00', '0.00', '7', '3', '0', '0', '0', ''),
  r('76510', 'TC', 'Oph us dx b-scan&quan a-scan', 'A', '', '0.00', '1', 'XXX', '0.00', '0.00', '0.00', '7', '3', '0', '0', '0', ''),
  r('92507', '', 'Tx sp lang voice comm indiv', 'A', '', '1.30', '7', 'XXX', '0.00', '0.00', '0.00', '5', '0', '0', '0', '0', ''),
  r('93010', '', 'Electrocardiogram report', 'A', '', '0.17', '2', 'XXX', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('77427', '', 'Radiation tx management x5', 'A', '', '3.37', '2', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('99213', '', 'Office o/p est low 20 min', 'A', '', '1.30', '0', 'XXX', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('99203', '', 'Office o/p new low 30 min', 'A', '', '1.60', '0', 'XXX', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('G2211', '', 'Complex e/m visit add on', 'A', '', '0.33', '0', 'ZZZ', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('36598', '', 'Inj w/fluor eval cv device', 'T', '', '0.74', '9', '000', '0.00', '0.00', '0.00', '2', '1', '0', '0', '0', ''),
  r('11055', '', 'Paring/cutg b9 hyprker les 1', 'R', '', '0.35', '0', '000', '0.00', '0.00', '0.00', '2', '0', '1', '0', '0', ''),
  r('99381', '', 'Init pm e/m new pat infant', 'N', '+', '1.50', '9', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('27215', '', 'Treat pelvic fracture(s)', 'I', '+', '10.45', '9', '090', '0.10', '0.69', '0.21', '9', '9', '9', '9', '9', ''),
  r('J2820', '', 'Sargramostim injection', 'E', '', '0.00', '9', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('20930', '', 'Sp bone algrft morsel add-on', 'B', '', '0.00', '9', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('0042T', '', 'Ct perfusion w/contrast cbf', 'C', '', '0.00', '0', 'XXX', '0.00', '0.00', '0.00', '0', '0', '0', '0', '0', ''),
  r('0500F', '', 'Initial prenatal care visit', 'M', '', '0.00', '9', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('A4211', '', 'Supp for self-adm injections', 'P', '', '0.00', '9', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('32850', '', 'Donor pneumonectomy', 'X', '', '0.00', '9', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('00100', '', 'Anesth salivary gland', 'J', '', '0.00', '9', 'XXX', '0.00', '0.00', '0.00', '9', '9', '9', '9', '9', ''),
  r('59400', '', 'Obstetrical care', 'A', '', '37.00', '0', 'MMM', '0.00', '0.00', '0.00', '2', '0', '1', '0', '0', ''),
];

const BY_CODE = new Map<string, CatalogRow[]>();
for (const row of RVU25D_ROWS) BY_CODE.set(row.code, [...(BY_CODE.get(row.code) ?? []), row]);

export const FIXTURE_CODES = [...BY_CODE.keys()];

/** catalogFor over the fixture rows: RVU25D for every date from RELEASE_START on. */
export const catalogFor: CatalogLookup = (line) =>
  line.dateOfService < RELEASE_START ? null : { releaseId: RELEASE_ID, rows: BY_CODE.get(line.code.toUpperCase()) ?? [] };

/** The fixture row for code (and modifier), for expectations computed from catalog values. */
export function fixtureRow(code: string, modifier = ''): CatalogRow {
  const row = BY_CODE.get(code)?.find((x) => x.modifier === modifier);
  if (!row) throw new Error(`no fixture row ${code}-${modifier}`);
  return row;
}

let nextId = 0;
/** A line on 2025-10-15 in encounter "e1" unless overridden; modifiers as a space-separated string. */
export function line(code: string, modifiers = '', overrides: Partial<ProcedureLine> = {}): ProcedureLine {
  nextId += 1;
  return {
    id: `line-${nextId}`,
    dateOfService: '2025-10-15',
    code,
    modifiers: modifiers.split(/\s+/).filter(Boolean),
    units: 1,
    encounterKey: 'e1',
    ...overrides,
  };
}
