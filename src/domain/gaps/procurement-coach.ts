/**
 * Rule 6, `procurement-coach` (warning): a procurement, purchasing, sourcing or vendor-management
 * contact tagged as a Coach or developing one. "A friendly procurement contact who is rewarded for
 * negotiating the best price is not a candidate Coach: their personal Win is tied to a lower price,
 * not to your solution succeeding" (framework step 1, warning).
 */
import { isProcurementTitle } from '../people';
import { aboutContact, defineRule, NOTHING, type GapFinding } from './rule';

interface ProcurementCoachDetail {
  title: string;
}

export const procurementCoach = defineRule<ProcurementCoachDetail>({
  find({ contacts }) {
    let found: GapFinding<ProcurementCoachDetail>[] | undefined;
    for (const contact of contacts) {
      // The status first: it is at hand, the title is one more read per contact.
      if (contact.status !== 'coach' && contact.status !== 'developing') continue;
      const { title } = contact.record.page;
      if (isProcurementTitle(title)) (found ??= []).push(aboutContact('procurement-coach', 'warning', contact, { title: title ?? '' }));
    }
    return found ?? NOTHING;
  },
  word({ people, detail }, { say, nameOf }) {
    const name = nameOf(people[0]!);
    return { why: say('gap_procurement_why', name, detail.title), nextAction: say('gap_procurement_next', name) };
  },
});
