/**
 * Rule 13, `no-internal-coach` (info): no colleague recorded as an internal coach. "Coaches inside
 * your own organization (executives, technical specialists, support staff) are equally valid and
 * should be actively cultivated" (framework principle 5): an executive who can arrange peer-level
 * access to the Economic Buyer is functioning as a Coach.
 */
import { defineRule, finding, NOTHING } from './rule';

interface NoInternalCoachDetail {
  /** Whose colleagues to look among: the account, or the opportunity when the page showed none. */
  account: string;
}

export const noInternalCoach = defineRule<NoInternalCoachDetail>({
  find({ deal }) {
    if (deal.internalCoaches.length > 0) return NOTHING;
    const account = deal.opportunity.account?.name ?? deal.opportunity.name;
    return [finding({ kind: 'no-internal-coach', severity: 'info', people: NOTHING, detail: { account } })];
  },
  word({ detail }, { say }) {
    return { why: say('gap_internal_why'), nextAction: say('gap_internal_next', detail.account) };
  },
});
