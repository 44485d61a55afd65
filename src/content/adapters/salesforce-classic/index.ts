/** The Salesforce Classic adapter: pure page detection plus pure DOM reading. */
import type { CrmAdapter } from '../types';
import { isOpportunityPage } from './detect';
import { read } from './read';

export const salesforceClassic: CrmAdapter = {
  crm: 'salesforce',
  isOpportunityPage,
  read,
};
