// Built-in hospital medicine sources (MGMA and SHM/MGMA hospitalist surveys, 2009-2016 data), each
// exactly as the cited article states it. See builtin.ts for the inclusion rule.
import { MEAN_ONLY, PRE_2021, realSource, type BuiltinSource } from './builtin-types';

export const HOSPITAL_MEDICINE_SOURCES: BuiltinSource[] = [
  realSource({
    key: 'mgma-2010-hospitalists',
    publisher: 'MGMA',
    survey: 'Physician Compensation and Production Survey 2010',
    dataYear: 2009,
    population: '4,211 hospitalists in 443 groups',
    url: 'https://the-hospitalist.org/hospitalist/article/124267/mgma-releases-compensation-and-productivity-data',
    citation: "The Hospitalist (SHM): 'MGMA releases compensation and productivity data'",
    quality: 'B',
    caveat: `Published again as the SHM/MGMA State of Hospital Medicine 2010 report. ${PRE_2021}`,
    rows: [{ specialty: 'Hospital medicine', segment: 'all', p50: 4107 }],
  }),
  realSource({
    key: 'shm-mgma-soh-2011',
    publisher: 'SHM / MGMA',
    survey: 'State of Hospital Medicine 2011 report',
    dataYear: 2010,
    population: 'Hospitalists, national and Southern region',
    url: 'https://the-hospitalist.org/hospitalist/article/124699/modest-gains/2',
    citation: "The Hospitalist (SHM): 'Modest gains' (page 2)",
    quality: 'B',
    caveat: `The article names the 2011 report; its data year (2010) is inferred, not stated. ${PRE_2021}`,
    rows: [
      { specialty: 'Hospital medicine', segment: 'all', p50: 4166 },
      { specialty: 'Hospital medicine', segment: 'Southern region', p50: 4931 },
    ],
  }),
  realSource({
    key: 'shm-mgma-soh-2010-southern',
    publisher: 'SHM / MGMA',
    survey: 'State of Hospital Medicine 2010 report',
    dataYear: 2009,
    population: 'Hospitalists, Southern region',
    url: 'https://the-hospitalist.org/hospitalist/article/124699/modest-gains/2',
    citation: "The Hospitalist (SHM): 'Modest gains' (page 2), prior-year comparator",
    quality: 'B',
    caveat: `A prior-year regional figure quoted for comparison in an article about the 2011 report. ${PRE_2021}`,
    rows: [{ specialty: 'Hospital medicine', segment: 'Southern region', p50: 5287 }],
  }),
  realSource({
    key: 'mgma-2017-im-hospitalists',
    publisher: 'MGMA',
    survey: 'Provider Compensation 2017',
    dataYear: 2016,
    population: 'Internal medicine hospitalists, national',
    url: 'http://www.the-hospitalist.org/hospitalist/article/149857/thinking-about-productivity-survey-data-2017',
    citation: "The Hospitalist: 'Thinking about productivity: Survey data 2017' (J. Nelson)",
    quality: 'B',
    caveat: `Internal medicine hospitalists only; MGMA reports family medicine hospitalists separately. ${PRE_2021}`,
    rows: [{ specialty: 'Hospital medicine', segment: 'internal medicine hospitalists', p50: 4159 }],
  }),
  realSource({
    key: 'shm-mgma-fy2009-hospitalist-means',
    publisher: 'SHM / MGMA',
    survey: 'Hospitalist survey FY2009 (3,296 hospitalists)',
    dataYear: 2009,
    population: '3,296 hospitalists; pediatric and adult hospitalists reported separately',
    url: 'https://mdedge-cache.qa01.mdedge.com/pediatrics/article/40136/health-policy/pay-still-lags-pediatric-hospitalists-vs-adult-hospitalists',
    citation:
      "Pediatric News/MDedge: 'Pay Still Lags for Pediatric Hospitalists vs. Adult Hospitalists' (poster by J. Percelay, SHM/MGMA data)",
    quality: 'B',
    caveat: `Means per hospitalist per year (FTE basis not stated). The URL is an MDedge cache mirror. ${PRE_2021}`,
    rows: [
      {
        specialty: 'Pediatric hospital medicine',
        segment: 'all',
        mean: 2201,
        note: `${MEAN_ONLY} Many pediatric hospitalists are academic.`,
      },
      { specialty: 'Hospital medicine', segment: 'adult hospitalists', mean: 4303, note: MEAN_ONLY },
    ],
  }),
];
