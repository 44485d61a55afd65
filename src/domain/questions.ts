/**
 * The question bank: specific, actionable questions to ask a coach (framework step 3). Specific
 * questions get specific intelligence; "how is it going?" gets the generic kind.
 */
import type { IntelligenceTopic } from './network';
import { keyFamily, type Say } from './say';

export interface Question {
  id: string;
  topic: IntelligenceTopic;
  /** `{name}` is replaced by the person the question is about, where there is one. */
  text: string;
}

export const QUESTION_BANK: readonly Question[] = [
  { id: 'funding-approval', topic: 'funding', text: 'What is the process for approving funding at this level?' },
  { id: 'funding-source', topic: 'funding', text: 'Whose budget will this come from, and is it already set aside?' },
  { id: 'economic-buyer-who', topic: 'economic-buyer', text: 'Who gives the final yes for a purchase of this size, and who could veto it?' },
  { id: 'economic-buyer-cares', topic: 'economic-buyer', text: 'What does {name} need to see to approve this?' },
  { id: 'process-steps', topic: 'decision-process', text: 'What steps will this decision go through, and who is involved at each?' },
  { id: 'process-next-call', topic: 'decision-process', text: 'Who else do I need to understand before the next call?' },
  { id: 'resistance-why', topic: 'resistance', text: 'Why does {name} seem resistant?' },
  { id: 'wins-personal', topic: 'personal-wins', text: 'What would make this a personal win for {name}, not just a good result for the organization?' },
  { id: 'competition-who', topic: 'competition', text: 'Who else are you talking to, and how do they see us against them?' },
  { id: 'change-since', topic: 'change', text: 'What has changed since our last conversation?' },
];

export function questionById(id: string): Question {
  const question = QUESTION_BANK.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

export function questionsFor(topic: IntelligenceTopic): Question[] {
  return QUESTION_BANK.filter((q) => q.topic === topic);
}

const questionKey = keyFamily('question_');
const anyoneKey = keyFamily('question_', '_any');

/**
 * The question in the rep's language (catalog key `question_<id>`), about the person named. A
 * question about someone has a second form for when nobody is known (`question_<id>_any`): "What
 * does them need to see" reads badly in any language.
 */
export function phrase(say: Say, question: Question, aboutName?: string | null): string {
  if (!question.text.includes('{name}')) return say(questionKey(question.id));
  return aboutName ? say(questionKey(question.id), aboutName) : say(anyoneKey(question.id));
}
