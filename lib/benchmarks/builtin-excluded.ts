// Figures in ../shared/data/benchmarks that deliberately did NOT become benchmark rows, with the
// reason, so the decision is reviewable and a "sources" page can mention them honestly.

export type ExcludedReferencePoint = { what: string; citation: string; reason: string };

export const EXCLUDED_REFERENCE_POINTS: readonly ExcludedReferencePoint[] = [
  {
    what: 'VHA FY2019 cardiology 6,899, gastroenterology 7,080, neurology 4,154, general surgery 4,251 (with practice min/max)',
    citation:
      "Abstract: 'effect of trainee, associate provider, and support staff levels on physician productivity by specialty' (VHA OPES FY2019)",
    reason:
      'Practice-level means (practice wRVUs / clinical FTE) and practice min/max, not a distribution over physicians.',
  },
  {
    what: 'Academic hospital medicine median 3,365 wRVUs (MGMA 2011 academic module)',
    citation: 'The Hospitalist (SHM) article on academic hospitalist pay',
    reason:
      'The population is ambiguous (hospitalist faculty or all academic faculty) and the data year is assumed.',
  },
  {
    what: 'MedAxiom 2023 electrophysiology 13,118 and advanced heart failure 5,494; EP "high water mark" 12,991 (2011)',
    citation: 'CardiacWire summary of MedAxiom 11th annual report; EP Lab Digest (MedAxiom data)',
    reason:
      'The statistic is not stated (the median is only presumed), and a "high water mark" is not a percentile.',
  },
  {
    what: 'MedAxiom 2024 cardiac surgery 10,322 / 9,611 and vascular surgery 9,710 / 9,379',
    citation: "Cardiovascular Business: 'Compensation jumps 6% for heart surgeons...'",
    reason: 'The wRVU sentence does not restate the statistic; treating it as a median would invent one.',
  },
  {
    what: 'Surgical specialties pooled: academic 9,109.4, nonacademic 8,062.7 (MGMA, Grimsley et al. 2024)',
    citation: "Grimsley EA et al. 'For the Love of the Game...' Ann Surg 2024;280(4):640-649",
    reason: 'A mean of MGMA values pooled across 14 surgical specialties, not a single-specialty benchmark.',
  },
  {
    what: 'Academic rheumatology 5,126 (2011) and 4,256 (2015)',
    citation:
      "The Rheumatologist: 'Highlights of the second annual ACR Division Directors Conference' (Vizient)",
    reason: 'Statistic unspecified and the per-FTE basis only implied.',
  },
  {
    what: 'Hematology/oncology 6,000 wRVUs per FTE',
    citation:
      "Towle EL et al. 'National Oncology Practice Benchmark, 2012 Report on 2011 Data.' J Oncol Pract 2012",
    reason: 'A productive-capacity standard, not an observed percentile.',
  },
  {
    what: 'Academic radiology 5,872 / 4,458 / 3,790 (2003/1998/1996); ACR all radiologists 10,200 (2006-07); ACR ~4,000 / ~6,000 (1996-97)',
    citation:
      "Acad Radiol 2005;12(9):1211-23; ACR 'Workload of radiologists in United States in 2006-2007...'; Radiology 2000;214(3):815ff",
    reason:
      'RVU type not stated as work RVUs, and the 2000 figures are approximate estimates the authors say are not norms.',
  },
  {
    what: 'Emergency medicine 4.43 RVUs per clinical hour',
    citation: "Vukmir RB, Howell RN. 'Emergency medicine provider efficiency...' Emerg Med J 2010",
    reason: 'A per-hour rate, not annual wRVUs per FTE; converting it would need an assumed number of hours.',
  },
  {
    what: 'All specialties pooled 5,979 (Q1 2024) and 6,449 (Q2 2025)',
    citation: 'Kaufman Hall Physician Flash Report (via Becker’s Hospital Review and HIT Consultant)',
    reason: 'Not specialty-specific, statistic unspecified and annualization not stated.',
  },
  {
    what: 'Infectious disease, general surgery, internal medicine and cardiology figures from FairRVU.com',
    citation: 'FairRVU.com specialty contract-guide pages',
    reason: 'Quality C: secondary, unverifiable, rounded figures ("approximately"); sanity check only.',
  },
];
