/**
 * Builds what the popup and the page need of a deal from the stored Deal (never stored itself).
 * The gaps are computed here once, so the toolbar, the strip and the popup always agree.
 */
import { checklistOf } from './checklist';
import { CRITERIA } from './criteria';
import { dealFacts, findGaps, wordGaps, type GapFinding } from './gaps';
import { gapTitle, roleName } from './gaps/titles';
import type { Hint } from './hints';
import type { Deal } from './network';
import { emailDomainOf, nameOf } from './people';
import type { PersonKey } from './records';
import type { Say } from './say';
import type { Settings } from './settings';
import type { DealView, PipelineEntry } from './view-schema';

export function verdictOf(
  coachCount: number,
  internalCoachCount: number,
  gaps: readonly Pick<GapFinding, 'kind' | 'role'>[],
  say: Say,
): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? say(one) : say(many, String(n)));
  const parts = [coachCount === 0 ? say('verdict_no_coach') : count(coachCount, 'verdict_coaches_one', 'verdict_coaches_many')];
  if (gaps.some((g) => g.kind === 'single-coach')) parts.push(say('verdict_stool'));
  const changed = gaps.filter((g) => g.kind === 'coach-changed').length;
  if (changed > 0) parts.push(count(changed, 'verdict_changes_one', 'verdict_changes_many'));
  // With nobody coaching at all, every role is uncovered: "No coach yet" already says it.
  if (coachCount + internalCoachCount > 0) {
    for (const gap of gaps) {
      if (gap.kind === 'role-uncovered' && gap.role) parts.push(say('verdict_uncovered', say(roleName(gap.role))));
    }
  }
  return parts.join(' · ');
}

export function viewDeal(
  deal: Deal,
  settings: Settings,
  now: Date,
  hints: ReadonlyMap<PersonKey, Hint>,
  say: Say,
): DealView {
  const facts = dealFacts(deal, settings, now);
  const { contacts } = facts;
  const gaps = wordGaps(findGaps(facts), deal, say);
  const o = deal.opportunity;
  return {
    key: o.key,
    name: o.name,
    stage: o.stage,
    amount: o.amount,
    closeDate: o.closeDate,
    accountName: o.account?.name ?? null,
    url: o.url,
    contacts: contacts.map(({ key, record, role, hint, status }) => ({
      key,
      name: record.page.name,
      title: record.page.title,
      crmRole: record.page.crmRole,
      influenceRole: role,
      influenceRoleOverride: record.influenceRoleOverride,
      criteria: record.criteria,
      status,
      sponsor: record.sponsor,
      proposedSponsor: !record.sponsor && hint === 'sponsor',
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
    verdict: verdictOf(facts.coaches.length, deal.internalCoaches.length, gaps, say),
  };
}

/** Contacts no longer listed whom a gap still names, once each. */
function formerContactsNamed(deal: Deal, gaps: readonly Pick<GapFinding, 'people'>[]): DealView['formerContacts'] {
  const listed = new Set(deal.currentContacts);
  const former = new Map<PersonKey, DealView['formerContacts'][number]>();
  for (const gap of gaps) {
    for (const key of gap.people) {
      const record = listed.has(key) ? undefined : deal.contacts[key];
      if (record) former.set(key, { key, name: record.page.name, title: record.page.title });
    }
  }
  return [...former.values()];
}

/**
 * Colleagues the rep may record as internal coaches: the CRM's deal team (Opportunity Team), and
 * contacts whose email is on one of the rep's own domains; minus those already recorded.
 */
function internalCoachProposals(deal: Deal, settings: Settings): DealView['internalCoachProposals'] {
  const own = new Set(settings.ownEmailDomains.map((d) => d.toLowerCase()));
  const recorded = new Set(deal.internalCoaches.map((c) => c.email?.toLowerCase()).filter(Boolean));
  const fromTeam = deal.team.filter((m) => m.email).map((m) => ({ key: m.key, name: m.name, email: m.email! }));
  const fromContacts: DealView['internalCoachProposals'] = [];
  // Without domains of their own, nobody listed can be a colleague: no email to read.
  for (const key of own.size > 0 ? deal.currentContacts : []) {
    const page = deal.contacts[key]?.page;
    const domain = emailDomainOf(page?.email ?? null);
    if (page?.email && domain && own.has(domain)) fromContacts.push({ key, name: page.name, email: page.email });
  }
  const seen = new Set<string>();
  return [...fromTeam, ...fromContacts].filter((p) => {
    const email = p.email.toLowerCase();
    if (recorded.has(email) || seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}

/**
 * The pipeline line of a deal: what the popup says of it (verdict, counts, the first gaps to act
 * on), straight from the engine's findings. Only the few titles shown are worded: the pipeline
 * lists every tracked deal, and wording each one's every gap cost more than finding them (issue 8).
 */
export function pipelineEntryOf(deal: Deal, settings: Settings, now: Date, say: Say): PipelineEntry {
  const facts = dealFacts(deal, settings, now);
  const found = findGaps(facts);
  const toAct = found.filter((g) => g.severity !== 'info');
  const o = deal.opportunity;
  return {
    key: o.key,
    name: o.name,
    accountName: o.account?.name ?? null,
    stage: o.stage,
    url: o.url,
    verdict: verdictOf(facts.coaches.length, deal.internalCoaches.length, found, say),
    coachCount: facts.coaches.length,
    critical: toAct.filter((g) => g.severity === 'critical').length,
    warning: toAct.filter((g) => g.severity === 'warning').length,
    topGaps: toAct.slice(0, 3).map((g) => gapTitle(g, (key) => nameOf(deal, key), say)),
    lastActivity: lastActivityOf(deal),
    people: [...facts.contacts.map((c) => c.name), ...deal.internalCoaches.map((c) => c.name)],
  };
}

/** Latest moment the deal was read or one of its criteria set (ISO times, compared as strings). */
function lastActivityOf(deal: Deal): string {
  let latest = deal.lastReadAt;
  for (const { criteria } of Object.values(deal.contacts)) {
    for (const c of CRITERIA) {
      const setAt = criteria[c].setAt;
      if (setAt && setAt > latest) latest = setAt;
    }
  }
  return latest;
}

/** Worst first: most critical gaps, then most warnings, then the most recently active. */
export function comparePipeline(a: PipelineEntry, b: PipelineEntry): number {
  return b.critical - a.critical || b.warning - a.warning || b.lastActivity.localeCompare(a.lastActivity);
}
