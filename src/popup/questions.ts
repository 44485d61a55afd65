/** The framework's question bank (domain/questions.ts) in the rep's language, for the intelligence form. */
import type { IntelligenceTopic } from '../domain/network';
import { phrase, QUESTION_BANK, questionsFor, type Question } from '../domain/questions';
import { t } from '../platform/i18n';

export interface Suggestion {
  id: string;
  text: string;
}

export function questionText(id: string, aboutName: string | null): string {
  const question: Question | undefined = QUESTION_BANK.find((q) => q.id === id);
  return question ? phrase(t, question, aboutName) : id;
}

/**
 * What to ask about a topic, for the intelligence form. `aboutName` is whom the questions are
 * about when the deal says so (the Economic Buyer, say); the person asked is someone else.
 */
export function suggestionsFor(topic: IntelligenceTopic, aboutName: string | null): Suggestion[] {
  return questionsFor(topic).map((q) => ({ id: q.id, text: questionText(q.id, aboutName) }));
}
