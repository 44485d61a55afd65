/**
 * Rule 4, `economic-buyer-unknown` (warning): no contact holds the economic role. Who the actual
 * Economic Buyer is, is the first piece of intelligence a Coach provides (framework overview), so
 * the next action is the specific question to ask a Coach, or the best candidate when there is none.
 */
import { questionById } from '../questions';
import { hasRole } from './role-set';
import { defineRule, finding, NOTHING, questionText } from './rule';

const QUESTION = questionById('economic-buyer-who').id;

export const economicBuyerUnknown = defineRule<null>({
  find({ heldRoles, coaches, candidates }) {
    if (hasRole(heldRoles, 'economic')) return NOTHING;
    const askWhom = coaches[0] ?? candidates[0] ?? null;
    return [
      finding({
        kind: 'economic-buyer-unknown',
        severity: 'warning',
        people: NOTHING,
        question: { id: QUESTION, askWhom: askWhom?.key ?? null },
        detail: null,
      }),
    ];
  },
  word({ question }, { say, nameOf }) {
    const text = questionText(say, QUESTION);
    const askWhom = question?.askWhom ?? null;
    return {
      why: say('gap_economic_unknown_why'),
      nextAction: askWhom !== null ? say('gap_ask', nameOf(askWhom), text) : say('gap_economic_unknown_next_none', text),
    };
  },
});
