// Built-in sources outside hospital medicine: family medicine and gastroenterology (MGMA),
// cardiology (AMGA, MedAxiom) and academic radiology (SCARD). One entry per survey and citing
// article, values exactly as quoted. See builtin.ts for the inclusion rule.
import { MEAN_ONLY, PRE_2021, realSource, type BuiltinSource } from './builtin-types';

export const OTHER_SPECIALTY_SOURCES: BuiltinSource[] = [
  realSource({
    key: 'mgma-2014-family-medicine',
    publisher: 'MGMA',
    survey: 'Physician Compensation and Production Survey 2014 report',
    dataYear: 2013,
    population: 'MGMA national, all practices; family medicine (without OB) physicians',
    url: 'http://www.integratedhealthcarestrategies.com/Library/KnowledgeCenter/articles/understanding-the-market-relationship-between-physician-compensation-and-production',
    citation:
      'MGMA Physician Compensation and Production Survey 2014 report, quoted by Integrated Healthcare Strategies',
    quality: 'B',
    caveat: `The only full percentile row in the public data. ${PRE_2021}`,
    rows: [
      {
        specialty: 'Family medicine',
        segment: 'without OB, all practices',
        p25: 3695,
        p50: 4763,
        p75: 5887,
        p90: 7342,
      },
    ],
  }),
  realSource({
    key: 'mgma-datadive-2019-family-medicine',
    publisher: 'MGMA',
    survey: 'DataDive Provider Compensation 2019',
    dataYear: 2018,
    population: 'Family medicine (without OB) physicians, by compensation plan',
    url: 'https://www.mgma.com/resources/financial-management/data-mine-the-big-picture-on-productivity',
    citation:
      "MGMA Insight Article 'Data Mine: The big picture on productivity' (D. Gans, Aug 27 2019), citing 2019 MGMA DataDive Provider Compensation",
    quality: 'A',
    caveat: `Medians of two compensation-plan subgroups only; the article gives no all-physician median. ${PRE_2021}`,
    rows: [
      {
        specialty: 'Family medicine',
        segment: 'without OB, 100% salary plan',
        p50: 4012,
        note: 'Physicians paid 100% salary.',
      },
      {
        specialty: 'Family medicine',
        segment: 'without OB, production-based plan',
        p50: 5138,
        note: 'Physicians paid 100% production, equal share, or 50%+ production plus quality.',
      },
    ],
  }),
  realSource({
    key: 'mgma-datadive-2016-gastroenterology',
    publisher: 'MGMA',
    survey: 'DataDive Provider Compensation 2016',
    dataYear: 2015,
    population: 'Gastroenterology, all practice types',
    url: 'https://www.mgma.com/practice-resources/mgma-connection-plus/online-only/2013/august/how-to-measure-physician-compensation-per-rvu',
    citation:
      "MGMA 'How to measure physician compensation per RVU' (Hyden & Wong; 2013, updated Oct 20 2016), citing MGMA DataDive Provider Compensation 2016",
    quality: 'A',
    caveat:
      'Only the 75th percentile is quoted (as a worked example), so a rank can only be below, at or above p75.',
    rows: [{ specialty: 'Gastroenterology', segment: 'all', p75: 10051 }],
  }),
  realSource({
    key: 'amga-2020-cardiology',
    publisher: 'AMGA',
    survey: 'Medical Group Compensation and Productivity Survey 2020',
    dataYear: 2019,
    population: '317 medical groups (large multispecialty and integrated groups)',
    url: 'https://cardiovascularbusiness.com/topics/cardiologist-salary/cardiologist-salaries-productivity-continue-climb',
    citation:
      "Cardiovascular Business: 'Cardiologist salaries, productivity continue to climb' (AMGA 2020 survey)",
    quality: 'B',
    caveat: `AMGA "cardiology" without the subspecialty mix. ${PRE_2021}`,
    rows: [{ specialty: 'Cardiology', segment: 'all', p50: 8154 }],
  }),
  realSource({
    key: 'amga-2016-cardiology',
    publisher: 'AMGA',
    survey: 'Medical Group Compensation and Productivity Survey 2016 report',
    dataYear: 2015,
    population: 'AMGA medical groups',
    url: 'https://cardiovascularbusiness.com/topics/cardiologist-salary/cardiologist-salaries-productivity-continue-climb',
    citation:
      "Cardiovascular Business: 'Cardiologist salaries, productivity continue to climb' (AMGA 2020 survey), historical comparator",
    quality: 'B',
    caveat: `Quoted as the 2016 comparator in an article about the 2020 survey; subspecialty mix not stated. ${PRE_2021}`,
    rows: [{ specialty: 'Cardiology', segment: 'all', p50: 7413 }],
  }),
  realSource({
    key: 'medaxiom-2014-electrophysiology',
    publisher: 'MedAxiom',
    survey: 'Provider Compensation & Productivity Report 2014',
    dataYear: 2013,
    population: '134 cardiovascular programs, 2,554 cardiologists; full-time physicians',
    url: 'https://dicardiology.com/article/survey-finds-cardiology-income-drops-first-time-five-years',
    citation: "DAIC: 'Survey finds cardiology income drops for first time in five years' (MedAxiom)",
    quality: 'B',
    caveat: `Cardiovascular programs only (MedAxiom members). ${PRE_2021}`,
    rows: [{ specialty: 'Cardiology - electrophysiology', segment: 'all', p50: 11405 }],
  }),
  realSource({
    key: 'scard-2006-academic-radiology',
    publisher: 'SCARD',
    survey: 'SCARD survey of academic radiology departments (Lu et al., JACR 2008;5(7):817-26)',
    dataYear: 2006,
    population: '1,134 radiologists in 24 academic departments',
    url: 'https://www.diagnosticimaging.com/view/rising-workload-puts-squeeze-academic-departments',
    citation:
      "Diagnostic Imaging: 'Rising workload puts squeeze on academic departments' reporting Lu Y, Zhao S, Chu PW, Arenson RL, JACR 2008;5(7):817-26",
    quality: 'B',
    caveat: 'Academic departments only: mean work RVUs per FTE, up 22% over 2003.',
    rows: [{ specialty: 'Radiology (diagnostic)', segment: 'academic', mean: 7136, note: MEAN_ONLY }],
  }),
];
