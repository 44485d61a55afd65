/** A small page read of a two-contact opportunity, for background tests. */
import type { PageRead } from '../../../src/domain/page-read';

export const OPPORTUNITY_KEY = 'salesforce:0068V00000kQ3wZQAS';
export const PRIYA = 'salesforce:0038V00001cWq2AQAS';
export const COLM = 'salesforce:0038V00001cWq5JQAS';

export function pageRead(overrides: Partial<PageRead> = {}): PageRead {
  return {
    opportunity: {
      key: OPPORTUNITY_KEY,
      crm: 'salesforce',
      name: 'Ashgrove Transit – Depot Maintenance Analytics',
      stage: 'Proposal/Price Quote',
      amount: '$236,400.00',
      closeDate: '9/30/2026',
      account: { id: '0018V00000tRm4FQAS', name: 'Ashgrove Regional Transit Authority' },
      url: 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view',
    },
    contacts: [
      { key: PRIYA, name: 'Priya Raghunathan', title: 'Deputy General Manager, Finance', crmRole: 'Economic Buyer', email: null, phone: null, account: null, department: null },
      { key: COLM, name: 'Colm Gallagher', title: 'Director of Fleet Maintenance', crmRole: 'Decision Maker', email: null, phone: null, account: null, department: null },
    ],
    complete: true,
    readAt: '2026-11-27T09:00:00.000Z',
    ...overrides,
  };
}
