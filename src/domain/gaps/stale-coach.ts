/**
 * Rule 12, `stale-coach` (info): a Coach not touched (no intelligence, value given or criteria
 * change) for longer than settings.staleCoachDays, or never. Coaches are maintained, not found
 * once (framework overview and Q&A example): an untended relationship stops telling you what has
 * changed since your last call.
 */
import { lastTouch } from '../people';
import { aboutContact, defineRule, NOTHING, questionText, type GapFinding } from './rule';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the coach was last touched (epoch ms) and how many whole days ago; null when never. */
type StaleCoachDetail = { touched: number; days: number } | null;

export const staleCoach = defineRule<StaleCoachDetail>({
  find({ coaches, settings, now, intelligenceFrom, valueGivenTo }) {
    let found: GapFinding<StaleCoachDetail>[] | undefined;
    const nowMs = now.getTime();
    for (const coach of coaches) {
      const touched = lastTouch(intelligenceFrom.get(coach.key) ?? NOTHING, valueGivenTo.get(coach.key) ?? NOTHING, coach.record);
      if (touched !== null && nowMs - touched <= settings.staleCoachDays * DAY_MS) continue;
      const detail = touched === null ? null : { touched, days: Math.floor((nowMs - touched) / DAY_MS) };
      (found ??= []).push(aboutContact('stale-coach', 'info', coach, detail));
    }
    return found ?? NOTHING;
  },
  word({ people, detail }, { say, nameOf }) {
    const name = nameOf(people[0]!);
    return {
      why: detail === null ? say('gap_stale_why_never', name) : say('gap_stale_why', name, String(detail.days), new Date(detail.touched).toISOString().slice(0, 10)),
      nextAction: say('gap_stale_next', name, questionText(say, 'change-since')),
    };
  },
});
