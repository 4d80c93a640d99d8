// The entry tables: the standard layout (everything a physician needs to reconcile wRVUs) and the
// residents' case-log layout (date, CPT code, description, role: what ACGME Case Log entry asks for).
import { releaseFitLabel } from '@/lib/rvu/release-fit';
import type { Column } from './columns';
import type { ReportEntry } from './types';

const SETTING: Record<ReportEntry['setting'], string> = {
  FACILITY: 'Facility',
  NON_FACILITY: 'Non-facility',
};

const ROLE_LABEL: Record<string, string> = {
  PRIMARY: 'Primary / performing',
  CO_SURGEON: 'Co-surgeon',
  ASSISTANT: 'Assistant',
  SUPERVISING: 'Teaching / supervising',
  RESIDENT: 'Resident (performed under supervision)',
};

// ACGME Case Log roles differ by specialty (e.g. Surgeon Chief / Surgeon Junior / Teaching Assistant
// / First Assistant in general surgery); these are the generic equivalents of Benchline's roles.
// A resident checks them against their specialty's list when keying cases in.
const CASE_LOG_ROLE: Record<string, string> = {
  PRIMARY: 'Surgeon',
  RESIDENT: 'Surgeon',
  CO_SURGEON: 'Surgeon',
  ASSISTANT: 'Assistant',
  SUPERVISING: 'Teaching Assistant',
};

const SHORT_ROLE: Record<string, string> = {
  PRIMARY: 'Primary',
  CO_SURGEON: 'Co-surgeon',
  ASSISTANT: 'Assistant',
  SUPERVISING: 'Supervising',
  RESIDENT: 'Resident',
};

export const shortRole = (role: string | null) => (role ? (SHORT_ROLE[role] ?? role) : '');
export const roleLabel = (role: string | null) => (role ? (ROLE_LABEL[role] ?? role) : '');
export const caseLogRole = (role: string | null) => (role ? (CASE_LOG_ROLE[role] ?? role) : '');

export const STANDARD_ENTRY_COLUMNS: Column<ReportEntry>[] = [
  { header: 'Date of service', type: 'date', value: (e) => e.dateOfService, width: 14 },
  { header: 'Code', type: 'text', value: (e) => e.code, width: 8 },
  { header: 'Modifiers', type: 'text', value: (e) => e.modifiers.join(' '), width: 10 },
  { header: 'Units', type: 'integer', value: (e) => e.units, width: 7 },
  { header: 'Description', type: 'text', value: (e) => e.description, width: 40 },
  { header: 'Category', type: 'text', value: (e) => e.categoryLabel, width: 28 },
  { header: 'Site', type: 'text', value: (e) => e.site, width: 20 },
  { header: 'Setting', type: 'text', value: (e) => SETTING[e.setting], width: 13 },
  { header: 'Role', type: 'text', value: (e) => roleLabel(e.role), width: 22 },
  { header: 'Base work RVU', type: 'number', value: (e) => e.baseWorkRvu, width: 14 },
  { header: 'Credited wRVU', type: 'number', value: (e) => e.creditedWrvu, width: 14 },
  { header: 'Excluded', type: 'text', value: (e) => (e.excluded ? 'Yes' : 'No'), width: 9 },
  { header: 'RVU release', type: 'text', value: (e) => e.releaseId, width: 12 },
  // "Priced with an older fee schedule" / "... newer ...": blank when the release fits the date.
  { header: 'Fee schedule', type: 'text', value: (e) => releaseFitLabel(e.releaseFit), width: 34 },
  { header: 'Note', type: 'text', value: (e) => e.note, width: 40 },
];

export const CASE_LOG_COLUMNS: Column<ReportEntry>[] = [
  { header: 'Date', type: 'date', value: (e) => e.dateOfService, width: 12 },
  { header: 'CPT code', type: 'text', value: (e) => e.code, width: 10 },
  { header: 'Modifiers', type: 'text', value: (e) => e.modifiers.join(' '), width: 10 },
  { header: 'Description', type: 'text', value: (e) => e.description, width: 48 },
  { header: 'Role', type: 'text', value: (e) => caseLogRole(e.role), width: 20 },
  { header: 'Benchline role', type: 'text', value: (e) => roleLabel(e.role), width: 30 },
  { header: 'Site', type: 'text', value: (e) => e.site, width: 20 },
  { header: 'Setting', type: 'text', value: (e) => SETTING[e.setting], width: 13 },
  { header: 'Note', type: 'text', value: (e) => e.note, width: 40 },
];

/** The credited-wRVU column of the standard layout (tests and the PDF read it by name). */
export const CREDITED_HEADER = 'Credited wRVU';
