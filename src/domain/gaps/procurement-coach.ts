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
        why: `${contact.name} (${contact.record.page.title}) is rewarded for negotiating the best price: ${contact.name}'s personal Win is a lower price, not our solution succeeding, so ${contact.name} is no Coach however friendly.`,
        nextAction: `Treat ${contact.name} as the buying influence who negotiates price, share no more with ${contact.name} than the negotiation needs, and develop your Coaches among the people who will use or benefit from our solution.`,
      }),
    );
