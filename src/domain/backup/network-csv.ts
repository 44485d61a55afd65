/**
 * The coach network as a spreadsheet (options page, "CSV of the network"): one row per person per
 * deal — the deal's current contacts in page order, then its internal coaches. Role and status come
 * from the same domain functions the popup uses, in the rep's language; dates stay ISO
 * (YYYY-MM-DD), which every spreadsheet sorts and reads as a date.
 */
import { CRITERIA, type CoachStatus, type Criteria, type CriterionValue } from '../criteria';
import type { Access, Deal, InternalCoach } from '../network';
import { currentContacts, nameOf, type CurrentContact } from '../people';
import type { PersonKey } from '../records';
import type { BuyingInfluenceRole } from '../roles';
import { listOf, type Say } from '../say';
import { roleTableOf, type Settings } from '../settings';
import { csvText, type CsvDelimiter } from './csv';

// Keys are spelled out (no `say(\`role_${x}\`)`) so the catalog test sees every one in use.
function roleName(role: BuyingInfluenceRole, say: Say): string {
  switch (role) {
    case 'economic':
      return say('role_economic');
    case 'user':
      return say('role_user');
    case 'technical':
      return say('role_technical');
  }
}

function valueName(value: CriterionValue, say: Say): string {
  switch (value) {
    case 'yes':
      return say('label_value_yes');
    case 'no':
      return say('label_value_no');
    case 'unknown':
      return say('label_value_unknown');
  }
}

/** Words, not the badge's `2/3`, which a spreadsheet would read as a date. */
function statusName(status: CoachStatus, say: Say): string {
  switch (status) {
    case 'coach':
      return say('backup_csv_status_coach');
    case 'developing':
      return say('backup_csv_status_developing');
    case 'friendly':
      return say('backup_csv_status_friendly');
    case 'not-coach':
      return say('backup_csv_status_not_coach');
    case 'unassessed':
      return say('backup_csv_status_unassessed');
  }
}

function criterionName(criterion: (typeof CRITERIA)[number], say: Say): string {
  switch (criterion) {
    case 'wantsOurSolution':
      return say('criterion_wantsOurSolution');
    case 'hasCredibility':
      return say('criterion_hasCredibility');
    case 'willingToGuide':
      return say('criterion_willingToGuide');
  }
}

function header(say: Say): string[] {
  return [
    say('backup_csv_deal'),
    say('backup_csv_account'),
    say('backup_csv_person'),
    say('backup_csv_title'),
    say('backup_csv_role'),
    ...CRITERIA.flatMap((c) => [criterionName(c, say), say('backup_csv_evidence', criterionName(c, say))]),
    say('backup_csv_status'),
    say('backup_csv_access'),
    say('backup_csv_last_intelligence'),
    say('backup_csv_last_intelligence_text'),
    say('backup_csv_last_value'),
    say('backup_csv_last_value_text'),
  ];
}

/** The latest entry by its date; of two on one day, the one logged later. */
function latest<T extends { date: string }>(entries: readonly T[]): T | undefined {
  return entries.reduce<T | undefined>((best, entry) => (best === undefined || entry.date >= best.date ? entry : best), undefined);
}

function logCells(deal: Deal, person: PersonKey): string[] {
  const intelligence = latest(deal.intelligence.filter((e) => e.source === person));
  const value = latest(deal.valueGiven.filter((e) => e.to === person));
  return [intelligence?.date ?? '', intelligence?.text ?? '', value?.date ?? '', value?.text ?? ''];
}

function accessCell(deal: Deal, access: Access, say: Say): string {
  return listOf(say, [...access.roles.map((role) => roleName(role, say)), ...access.people.map((key) => nameOf(deal, key))]);
}

function criteriaCells(criteria: Criteria | null, say: Say): string[] {
  return CRITERIA.flatMap((c) => (criteria ? [valueName(criteria[c].value, say), criteria[c].evidence ?? ''] : ['', '']));
}

function contactRow(deal: Deal, contact: CurrentContact, say: Say): string[] {
  const { record } = contact;
  return [
    deal.opportunity.name,
    deal.opportunity.account?.name ?? '',
    contact.name,
    record.page.title ?? '',
    contact.role ? roleName(contact.role, say) : '',
    ...criteriaCells(record.criteria, say),
    statusName(contact.status, say),
    accessCell(deal, record.access, say),
    ...logCells(deal, contact.key),
  ];
}

/** A colleague of the seller: no criteria (they are not tested as the buyer's Coaches). */
function internalCoachRow(deal: Deal, coach: InternalCoach, say: Say): string[] {
  return [
    deal.opportunity.name,
    deal.opportunity.account?.name ?? '',
    coach.name,
    coach.title ?? '',
    say('backup_csv_internal_coach'),
    ...criteriaCells(null, say),
    say('backup_csv_internal_coach'),
    accessCell(deal, coach.access, say),
    ...logCells(deal, coach.key),
  ];
}

/**
 * Deals by name, so the file reads like the pipeline; a person's rows stay in page order. The
 * separator follows the rep's language (its catalog says which), the way their spreadsheet reads.
 */
export function networkCsv(deals: readonly Deal[], settings: Settings, say: Say): string {
  const delimiter: CsvDelimiter = say('backup_csv_delimiter') === ';' ? ';' : ',';
  const table = roleTableOf(settings);
  const sorted = [...deals].sort((a, b) => a.opportunity.name.localeCompare(b.opportunity.name) || (a.opportunity.key < b.opportunity.key ? -1 : 1));
  const rows = sorted.flatMap((deal) => [
    ...currentContacts(deal, table).map((contact) => contactRow(deal, contact, say)),
    ...deal.internalCoaches.map((coach) => internalCoachRow(deal, coach, say)),
  ]);
  return csvText([header(say), ...rows], delimiter);
}
