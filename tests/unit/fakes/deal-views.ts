/** Deal views for tests of the popup and the page, built through the domain so statuses are always consistent. */
import { coachStatus, unassessedCriteria, type Criteria, type CriterionValue } from '../../../src/domain/criteria';
import type { ContactView, DealView } from '../../../src/domain/view-schema';

export const DEAL_KEY = 'salesforce:0068V00000kQ3wZQAS';

export function criteria(
  wantsOurSolution: CriterionValue,
  hasCredibility: CriterionValue,
  willingToGuide: CriterionValue,
): Criteria {
  return {
    wantsOurSolution: { value: wantsOurSolution },
    hasCredibility: { value: hasCredibility },
    willingToGuide: { value: willingToGuide },
  };
}

export function contact(id: string, overrides: Partial<ContactView> = {}): ContactView {
  const base: ContactView = {
    key: `salesforce:${id}`,
    name: `Contact ${id}`,
    title: 'Director of Operations',
    crmRole: 'Economic Buyer',
    influenceRole: 'economic',
    influenceRoleOverride: null,
    criteria: unassessedCriteria(),
    status: 'unassessed',
    sponsor: false,
    proposedSponsor: false,
    personalWin: '',
    organizationResult: '',
    access: { roles: [], people: [] },
    hint: null,
  };
  const merged = { ...base, ...overrides };
  return { ...merged, status: coachStatus(merged.criteria) };
}

export function deal(overrides: Partial<DealView> = {}): DealView {
  return {
    key: DEAL_KEY,
    name: 'Ashgrove Transit – Depot Maintenance Analytics',
    stage: 'Proposal/Price Quote',
    amount: '$236,400.00',
    closeDate: '9/30/2026',
    accountName: 'Ashgrove Regional Transit Authority',
    url: 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view',
    contacts: [
      contact('0038V00001cWq2AQAS', { name: 'Priya Raghunathan' }),
      contact('0038V00001cWq2BQAS', {
        name: 'Tom Okafor',
        title: 'IT Architect',
        crmRole: 'Technical Buyer',
        influenceRole: 'technical',
      }),
    ],
    internalCoaches: [],
    formerContacts: [],
    internalCoachProposals: [],
    intelligence: [],
    valueGiven: [],
    gaps: [],
    checklist: [],
    verdict: 'No coach yet',
    ...overrides,
  };
}

/** Sets one criterion of one contact in a deal view, recomputing the status like the background. */
export function withCriterion(
  view: DealView,
  contactKey: string,
  criterion: keyof Criteria,
  value: CriterionValue,
): DealView {
  const set = (c: ContactView): ContactView => {
    const next = { ...c.criteria, [criterion]: { value } };
    return { ...c, criteria: next, status: coachStatus(next) };
  };
  return { ...view, contacts: view.contacts.map((c) => (c.key === contactKey ? set(c) : c)) };
}
