/**
 * A rule finds gaps as data and words them apart. Finding is what every surface pays for (the
 * toolbar's count, the pipeline's order); wording goes through the rep's catalog, sentence by
 * sentence, and is paid only for a deal's own view, never for the pipeline's thousands of lines.
 */
import type { Deal, IntelligenceTopic } from '../network';
import { nameOf, type CurrentContact } from '../people';
import { phrase, questionById } from '../questions';
import type { PersonKey } from '../records';
import type { BuyingInfluenceRole } from '../roles';
import type { Say } from '../say';
import { dealFacts, type DealFacts } from './facts';
import type { Gap, GapKind, GapRule, Severity } from './types';

/** A gap as the engine finds it: who, how bad, and what its sentences will say (`detail`). */
export interface GapFinding<Detail = unknown> {
  kind: GapKind;
  severity: Severity;
  /** The people the gap concerns, in page order (internal coaches after contacts). */
  people: readonly PersonKey[];
  /** Who to develop or reassess (no-coach, single-coach, role-uncovered, coach-changed successors). */
  candidates: readonly PersonKey[];
  role: BuyingInfluenceRole | null;
  topic: IntelligenceTopic | null;
  /** A question from the bank and whom to ask (economic-buyer-unknown, uncorroborated). */
  question: { id: string; askWhom: PersonKey | null } | null;
  /** The facts the rule's sentences state beyond the people: counts, dates, criteria. */
  detail: Detail;
  /**
   * The page position of the first listed contact the gap concerns (NOT_LISTED when none is): the
   * engine's last sort key. Each rule states it from the contact it holds, so that ordering a
   * deal's gaps needs no index of its contacts by key.
   */
  pageOrder: number;
}

/** The page order of a gap about nobody on the contact list: after every gap about someone on it. */
export const NOT_LISTED = Number.MAX_SAFE_INTEGER;

/** What wording needs: the rep's language and everyone's name. */
export interface Voice {
  say: Say;
  nameOf(key: PersonKey): string;
}

export interface Wording {
  /** One sentence in the rep's language, naming people. */
  why: string;
  /** What to do next, naming people. */
  nextAction: string;
}

export interface RuleParts<Detail> {
  find(facts: DealFacts): readonly GapFinding<Detail>[];
  word(finding: GapFinding<Detail>, voice: Voice): Wording;
}

/**
 * A rule: its two parts, and itself callable as the GapRule the rule tables run
 * (tests/unit/domain/gaps), which finds and words at once.
 */
export type Rule<Detail> = RuleParts<Detail> & GapRule;

export function defineRule<Detail>(parts: RuleParts<Detail>): Rule<Detail> {
  const findAndWord: GapRule = (context) => {
    const voice = voiceOf(context.deal, context.say);
    return parts.find(dealFacts(context.deal, context.settings, context.now)).map((found) => gapOf(found, parts.word(found, voice), voice.say));
  };
  return Object.assign(findAndWord, parts);
}

/**
 * What a rule returns when it finds nothing, and a gap's empty lists: one shared list, not a new one
 * per deal. Read-only by its type, not frozen: V8 iterates a frozen array through its slow path,
 * one allocation per step, which cost the engine almost a tenth of its time.
 */
export const NOTHING: readonly never[] = [];

/** Builds a finding with the optional parts empty, so each rule states only what it has. */
export function finding<Detail>(
  fields: Pick<GapFinding<Detail>, 'kind' | 'severity' | 'people' | 'detail'> &
    Partial<Pick<GapFinding<Detail>, 'candidates' | 'question' | 'role' | 'topic' | 'pageOrder'>>,
): GapFinding<Detail> {
  return {
    kind: fields.kind,
    severity: fields.severity,
    people: fields.people,
    candidates: fields.candidates ?? NOTHING,
    role: fields.role ?? null,
    topic: fields.topic ?? null,
    question: fields.question ?? null,
    detail: fields.detail,
    pageOrder: fields.pageOrder ?? NOT_LISTED,
  };
}

/**
 * A finding about one listed contact, the most common kind (a partial coach, a stale one…). Built
 * from its parts, not from an object of fields: the engine makes several per deal, and that
 * object, made and dropped for each one, was a third of what making them allocated.
 */
export function aboutContact<Detail>(kind: GapKind, severity: Severity, contact: CurrentContact, detail: Detail): GapFinding<Detail> {
  return { kind, severity, people: [contact.key], candidates: NOTHING, role: null, topic: null, question: null, detail, pageOrder: contact.order };
}

/**
 * The deal's voice. Each person's name is looked up once per deal: a deal's gaps name the same few
 * people again and again (a partial coach, then a candidate in two more gaps), and reading a contact
 * from the deal's record of contacts by key (a property named by a variable string) goes through
 * V8's slow generic path: it was a sixth of the time wording took.
 */
export function voiceOf(deal: Deal, say: Say): Voice {
  const names = new Map<PersonKey, string>();
  return {
    say,
    nameOf(key) {
      let name = names.get(key);
      if (name === undefined) names.set(key, (name = nameOf(deal, key)));
      return name;
    },
  };
}

/** The question of a finding in the rep's language (the bank's questions here name nobody). */
export const questionText = (say: Say, id: string): string => phrase(say, questionById(id));

/** The gap as the surfaces receive it: the finding without its detail, with its sentences. */
export function gapOf(found: GapFinding, wording: Wording, say: Say): Gap {
  const { question } = found;
  return {
    kind: found.kind,
    severity: found.severity,
    people: [...found.people],
    why: wording.why,
    nextAction: wording.nextAction,
    candidates: [...found.candidates],
    question: question && { id: question.id, text: questionText(say, question.id), askWhom: question.askWhom },
    role: found.role,
    topic: found.topic,
  };
}
