// All curated code content (original text for the most-billed codes), merged for the catalog:
// code pages, the offline starter catalog and search synonyms.
import type { CuratedCode } from './types';
import { emCodes } from './em';
import { medicineCodes } from './medicine';
import { radiologyCodes } from './radiology';
import { pathologyCodes } from './pathology';
import { drugCodes, hcpcsCodes } from './drugs';
import { orthoCodes } from './surgery-ortho';
import { generalSurgeryCodes } from './surgery-general';
import { giCodes } from './surgery-gi';
import { cardiovascularCodes } from './surgery-cardiovascular';
import { urologyObgynCodes } from './surgery-urology-obgyn';
import { entEyeCodes } from './surgery-ent-eye';
import { neuroPainCodes } from './surgery-neuro-pain';
import { otherSurgeryCodes } from './surgery-other';

export type { CuratedCode } from './types';

export const curatedContent: CuratedCode[] = [
  ...emCodes,
  ...medicineCodes,
  ...radiologyCodes,
  ...pathologyCodes,
  ...drugCodes,
  ...hcpcsCodes,
  ...orthoCodes,
  ...generalSurgeryCodes,
  ...giCodes,
  ...cardiovascularCodes,
  ...urologyObgynCodes,
  ...entEyeCodes,
  ...neuroPainCodes,
  ...otherSurgeryCodes,
];
