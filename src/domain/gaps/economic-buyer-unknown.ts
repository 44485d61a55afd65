/**
 * Rule 4, `economic-buyer-unknown` (warning): no contact holds the economic role. Who the actual
 * Economic Buyer is, is the first piece of intelligence a Coach provides (framework overview), so
 * the next action is the specific question to ask a Coach, or the best candidate when there is none.
 */
import { phrase, questionById } from '../questions';
import { rankCandidates } from './candidates';
import { gap, type GapRule } from './types';

export const economicBuyerUnknown: GapRule = (context) => {
  if (context.contacts.some((c) => c.role === 'economic')) return [];
  const question = questionById('economic-buyer-who');
  const text = phrase(context.say, question);
  const askWhom = context.coaches[0] ?? rankCandidates(context.contacts, context.roleTable, 1)[0] ?? null;
  return [
    gap({
      kind: 'economic-buyer-unknown',
      severity: 'warning',
      people: [],
      question: { id: question.id, text, askWhom: askWhom?.key ?? null },
      why: context.say('gap_economic_unknown_why'),
      nextAction: askWhom ? context.say('gap_ask', askWhom.name, text) : context.say('gap_economic_unknown_next_none', text),
    }),
  ];
};
