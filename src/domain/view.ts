/**
 * Builds what the popup and the page need of a deal from the stored Deal (never stored itself).
 * The gaps are computed here once, so the toolbar, the strip and the popup always agree.
 */
import { checklistOf } from './checklist';
import { computeGaps } from './gaps';
import type { Gap } from './gaps/types';
import type { Hint } from './hints';
import type { Deal } from './network';
import { currentContacts, emailDomainOf } from './people';
import type { PersonKey } from './records';
import { mapCrmRole } from './roles';
import type { Say } from './say';
import { englishSay } from './say-english';
import { roleTableOf, type Settings } from './settings';
import { personName, type DealView, type PipelineEntry } from './view-schema';
import { gapTitle } from './gaps/titles';
import { CRITERIA } from './criteria';


export function verdictOf(coachCount: number, internalCoachCount: number, gaps: readonly Gap[], say: Say = englishSay): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? say(one) : say(many, String(n)));
  const parts = [coachCount === 0 ? say('verdict_no_coach') : count(coachCount, 'verdict_coaches_one', 'verdict_coaches_many')];
  if (gaps.some((g) => g.kind === 'single-coach')) parts.push(say('verdict_stool'));
  const changed = gaps.filter((g) => g.kind === 'coach-changed').length;
  if (changed > 0) parts.push(count(changed, 'verdict_changes_one', 'verdict_changes_many'));
  // With nobody coaching at all, every role is uncovered: "No coach yet" already says it.
  if (coachCount + internalCoachCount > 0) {
    for (const gap of gaps) {
      if (gap.kind === 'role-uncovered' && gap.role) parts.push(say('verdict_uncovered', say(`role_${gap.role}`)));
    }
  }
  return parts.join(' · ');
}

export function viewDeal(
  deal: Deal,
  settings: Settings,
  now: Date,
  hints: ReadonlyMap<PersonKey, Hint> = new Map(),
  say: Say = englishSay,
): DealView {
  const table = roleTableOf(settings);
  const contacts = currentContacts(deal, table);
  const gaps = computeGaps(deal, settings, now, say);
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
    internalCoachProposals: internalCoachProposals(deal, settings),
    intelligence: deal.intelligence,
    valueGiven: deal.valueGiven,
    gaps,
    checklist: checklistOf({ deal, contacts, gaps }),
    verdict: verdictOf(contacts.filter((c) => c.status === 'coach').length, deal.internalCoaches.length, gaps, say),
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


/**
 * Colleagues the rep may record as internal coaches: the CRM's deal team (Opportunity Team), and
 * contacts whose email is on one of the rep's own domains; minus those already recorded.
 */
function internalCoachProposals(deal: Deal, settings: Settings): DealView['internalCoachProposals'] {
  const own = new Set(settings.ownEmailDomains.map((d) => d.toLowerCase()));
  const recorded = new Set(deal.internalCoaches.map((c) => c.email?.toLowerCase()).filter(Boolean));
  const fromTeam = deal.team.filter((m) => m.email).map((m) => ({ key: m.key, name: m.name, email: m.email! }));
  const fromContacts = deal.currentContacts.flatMap((key) => {
    const page = deal.contacts[key]?.page;
    const domain = emailDomainOf(page?.email ?? null);
    return page?.email && domain && own.has(domain) ? [{ key, name: page.name, email: page.email }] : [];
  });
  const seen = new Set<string>();
  return [...fromTeam, ...fromContacts].filter((p) => {
    const email = p.email.toLowerCase();
    if (recorded.has(email) || seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}

/** The pipeline line of a deal, from its view (so the pipeline says what the popup says). */
export function pipelineEntryOf(deal: Deal, view: DealView, say: Say = englishSay): PipelineEntry {
  const toAct = view.gaps.filter((g) => g.severity !== 'info');
  const touched = [deal.lastReadAt, ...Object.values(deal.contacts).flatMap((c) => CRITERIA.map((k) => c.criteria[k].setAt ?? ''))];
  return {
    key: view.key,
    name: view.name,
    accountName: view.accountName,
    stage: view.stage,
    url: view.url,
    verdict: view.verdict,
    coachCount: view.contacts.filter((c) => c.status === 'coach').length,
    critical: toAct.filter((g) => g.severity === 'critical').length,
    warning: toAct.filter((g) => g.severity === 'warning').length,
    topGaps: toAct.slice(0, 3).map((g) => gapTitle(g, (key) => personName(view, key), say)),
    lastActivity: touched.filter(Boolean).sort().at(-1) ?? deal.lastReadAt,
    people: [...view.contacts.map((c) => c.name), ...view.internalCoaches.map((c) => c.name)],
  };
}

/** Worst first: most critical gaps, then most warnings, then the most recently active. */
export function comparePipeline(a: PipelineEntry, b: PipelineEntry): number {
  return b.critical - a.critical || b.warning - a.warning || b.lastActivity.localeCompare(a.lastActivity);
}
