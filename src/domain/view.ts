/**
 * Builds what the popup and the page need of a deal from the stored Deal (never stored itself).
 * The gaps are computed here once, so the toolbar, the strip and the popup always agree.
 */
import { checklistOf } from './checklist';
import { computeGaps } from './gaps';
import type { Gap } from './gaps/types';
import type { Hint } from './hints';
import type { Deal } from './network';
import { currentContacts } from './people';
import type { PersonKey } from './records';
import { BUYING_INFLUENCE_LABELS, mapCrmRole } from './roles';
import { roleTableOf, type Settings } from './settings';
import type { DealView } from './view-schema';


export function verdictOf(coachCount: number, internalCoachCount: number, gaps: readonly Gap[]): string {
  const parts = [coachCount === 0 ? 'No coach yet' : `${coachCount} coach${coachCount === 1 ? '' : 'es'}`];
  if (gaps.some((g) => g.kind === 'single-coach')) parts.push('one-legged stool');
  const changed = gaps.filter((g) => g.kind === 'coach-changed').length;
  if (changed > 0) parts.push(`${changed} coach change${changed === 1 ? '' : 's'} to review`);
  // With nobody coaching at all, every role is uncovered: "No coach yet" already says it.
  if (coachCount + internalCoachCount > 0) {
    for (const gap of gaps) {
      if (gap.kind === 'role-uncovered' && gap.role) parts.push(`${BUYING_INFLUENCE_LABELS[gap.role]} not covered`);
    }
  }
  return parts.join(' · ');
}

export function viewDeal(deal: Deal, settings: Settings, now: Date, hints: ReadonlyMap<PersonKey, Hint> = new Map()): DealView {
  const table = roleTableOf(settings);
  const contacts = currentContacts(deal, table);
  const gaps = computeGaps(deal, settings, now);
  const o = deal.opportunity;
  return {
    key: o.key,
    name: o.name,
    stage: o.stage,
    amount: o.amount,
    closeDate: o.closeDate,
    accountName: o.account?.name ?? null,
    url: o.url,
    contacts: contacts.map(({ key, record, role, status }) => ({
      key,
      name: record.page.name,
      title: record.page.title,
      crmRole: record.page.crmRole,
      influenceRole: role,
      influenceRoleOverride: record.influenceRoleOverride,
      criteria: record.criteria,
      status,
      sponsor: record.sponsor,
      proposedSponsor: !record.sponsor && mapCrmRole(record.page.crmRole, table).hint === 'sponsor',
      personalWin: record.personalWin,
      organizationResult: record.organizationResult,
      access: record.access,
      hint: hints.get(key) ?? null,
    })),
    internalCoaches: deal.internalCoaches.map(({ key, name, title, email, access }) => ({ key, name, title, email, access })),
    formerContacts: formerContactsNamed(deal, gaps),
    gaps,
    checklist: checklistOf({ deal, contacts, gaps }),
    verdict: verdictOf(contacts.filter((c) => c.status === 'coach').length, deal.internalCoaches.length, gaps),
  };
}

function formerContactsNamed(deal: Deal, gaps: readonly Gap[]): DealView['formerContacts'] {
  const current = new Set(deal.currentContacts);
  const named = new Set(gaps.flatMap((g) => g.people).filter((key) => !current.has(key)));
  return [...named].flatMap((key) => {
    const record = deal.contacts[key];
    return record ? [{ key, name: record.page.name, title: record.page.title }] : [];
  });
}

