/** The HubSpot adapter (deal records): pure page detection plus pure DOM reading. */
import type { CrmAdapter } from '../types';
import { isOpportunityPage } from './detect';
import { read } from './read';

export const hubspot: CrmAdapter = {
  crm: 'hubspot',
  isOpportunityPage,
  read,
};
