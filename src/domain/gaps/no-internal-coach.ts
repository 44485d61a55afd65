/**
 * Rule 13, `no-internal-coach` (info): no colleague recorded as an internal coach. "Coaches inside
 * your own organization (executives, technical specialists, support staff) are equally valid and
 * should be actively cultivated" (framework principle 5): an executive who can arrange peer-level
 * access to the Economic Buyer is functioning as a Coach.
 */
import { gap, type GapRule } from './types';

export const noInternalCoach: GapRule = (context) => {
  if (context.deal.internalCoaches.length > 0) return [];
  const account = context.deal.opportunity.account?.name ?? context.deal.opportunity.name;
  return [
    gap({
      kind: 'no-internal-coach',
      severity: 'info',
      people: [],
      why: context.say('gap_internal_why'),
      nextAction: context.say('gap_internal_next', account),
    }),
  ];
};
