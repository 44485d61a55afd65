/**
 * Rule 12, `stale-coach` (info): a Coach not touched (no intelligence, value given or criteria
 * change) for longer than settings.staleCoachDays, or never. Coaches are maintained, not found
 * once (framework overview and Q&A example): an untended relationship stops telling you what has
 * changed since your last call.
 */
import { lastTouch } from '../people';
import { phrase, questionById } from '../questions';
import { gap, type GapRule } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

export const staleCoach: GapRule = (context) => {
  const now = context.now.getTime();
  const question = phrase(context.say, questionById('change-since'));
  return context.coaches.flatMap((coach) => {
    const touched = lastTouch(context.deal, coach.key);
    if (touched !== null && now - touched <= context.settings.staleCoachDays * DAY_MS) return [];
    const why =
      touched === null
        ? context.say('gap_stale_why_never', coach.name)
        : context.say('gap_stale_why', coach.name, String(Math.floor((now - touched) / DAY_MS)), new Date(touched).toISOString().slice(0, 10));
    return [
      gap({
        kind: 'stale-coach',
        severity: 'info',
        people: [coach.key],
        why,
        nextAction: context.say('gap_stale_next', coach.name, question),
      }),
    ];
  });
};
