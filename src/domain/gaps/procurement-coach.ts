/**
 * Rule 6, `procurement-coach` (warning): a procurement, purchasing, sourcing or vendor-management
 * contact tagged as a Coach or developing one. "A friendly procurement contact who is rewarded for
 * negotiating the best price is not a candidate Coach: their personal Win is tied to a lower price,
 * not to your solution succeeding" (framework step 1, warning).
 */
import { isProcurementTitle } from '../people';
import { gap, type GapRule } from './types';

export const procurementCoach: GapRule = (context) =>
  context.contacts
    .filter((c) => (c.status === 'coach' || c.status === 'developing') && isProcurementTitle(c.record.page.title))
    .map((contact) =>
      gap({
        kind: 'procurement-coach',
        severity: 'warning',
        people: [contact.key],
        why: context.say('gap_procurement_why', contact.name, contact.record.page.title ?? ''),
        nextAction: context.say('gap_procurement_next', contact.name),
      }),
    );
