/** The Dynamics 365 Sales adapter (opportunity forms): pure page detection plus pure DOM reading. */
import type { CrmAdapter } from '../types';
import { isOpportunityPage } from './detect';
import { read } from './read';

export const dynamics: CrmAdapter = {
  crm: 'dynamics',
  isOpportunityPage,
  read,
};
