/**
 * What the engine found, worst first: each gap with why it matters, what to do next, the people it
 * concerns (a click goes to their row) and, where the framework has one, the question to ask.
 * The why and the next action are the engine's sentences, shown as text.
 */
import { gapTitle } from '../../domain/gaps/titles';
import type { Gap } from '../../domain/gaps/types';
import type { RecordKey } from '../../domain/records';
import { t } from '../../platform/i18n';
import { severityLabel } from '../labels';
import type { PersonRef } from '../model/person';

export interface GapListProps {
  gaps: readonly Gap[];
  /** Everyone a gap may name (contacts, internal coaches, contacts who left). */
  people: readonly PersonRef[];
  /** Contacts with a row in the list: only they are buttons. */
  rowKeys: ReadonlySet<RecordKey>;
  onShowPerson: (key: RecordKey) => void;
  /** Opens the intelligence form for the person to ask, ready for the answer. */
  onAsk: (gap: Gap) => void;
}

export function GapList({ gaps, people, rowKeys, onShowPerson, onAsk }: GapListProps) {
  const nameOf = (key: RecordKey) => people.find((p) => p.key === key)?.name ?? t('popup_person_unknown');
  return (
    <section class="gaps" aria-labelledby="gaps-heading">
      <h2 class="section-title" id="gaps-heading">
        {t('popup_gaps_heading')}
      </h2>
      {gaps.length === 0 ? (
        <p class="gaps__none">{t('popup_gaps_none')}</p>
      ) : (
        <ul class="gaps__list">
          {gaps.map((gap, index) => (
            <GapItem key={`${gap.kind}-${index}`} gap={gap} nameOf={nameOf} rowKeys={rowKeys} onShowPerson={onShowPerson} onAsk={onAsk} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface GapItemProps extends Pick<GapListProps, 'rowKeys' | 'onShowPerson' | 'onAsk'> {
  gap: Gap;
  nameOf: (key: RecordKey) => string;
}

function GapItem({ gap, nameOf, rowKeys, onShowPerson, onAsk }: GapItemProps) {
  const candidates = gap.candidates.filter((key) => !gap.people.includes(key));
  const askWhom = gap.question?.askWhom ?? null;
  return (
    <li class={`gap gap--${gap.severity}`} data-gap-kind={gap.kind} data-severity={gap.severity}>
      <p class="gap__title">
        <span class={`severity severity--${gap.severity}`}>{severityLabel(gap.severity)}</span>{' '}
        <span class="gap__name">{gapTitle(gap, nameOf, t)}</span>
      </p>
      <p class="gap__why">{gap.why}</p>
      <p class="gap__next">
        <span class="gap__label">{t('popup_gap_next')}</span> {gap.nextAction}
      </p>
      {gap.people.length > 0 && (
        <People label={t('popup_gap_people')} keys={gap.people} attribute="person" nameOf={nameOf} rowKeys={rowKeys} onShow={onShowPerson} />
      )}
      {candidates.length > 0 && (
        <People label={t('popup_gap_candidates')} keys={candidates} attribute="candidate" nameOf={nameOf} rowKeys={rowKeys} onShow={onShowPerson} />
      )}
      {gap.question && (
        <div class="gap__question" data-question-id={gap.question.id}>
          <p>
            <span class="gap__label">{askWhom ? t('popup_gap_ask_whom', nameOf(askWhom)) : t('popup_gap_ask')}</span>{' '}
            <q>{gap.question.text}</q>
          </p>
          {askWhom && rowKeys.has(askWhom) && (
            <button type="button" class="chip" data-action="ask" onClick={() => onAsk(gap)}>
              {t('popup_gap_log_answer')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

interface PeopleProps {
  label: string;
  keys: readonly RecordKey[];
  /** `person` for whom the gap concerns (the contract's `[data-person-key]`), `candidate` for whom to develop. */
  attribute: 'person' | 'candidate';
  nameOf: (key: RecordKey) => string;
  rowKeys: ReadonlySet<RecordKey>;
  onShow: (key: RecordKey) => void;
}

function People({ label, keys, attribute, nameOf, rowKeys, onShow }: PeopleProps) {
  return (
    <div class="gap__people">
      <span class="gap__label" aria-hidden="true">
        {label}
      </span>
      <ul class="people" aria-label={label}>
        {keys.map((key) => {
          const marker = attribute === 'person' ? { 'data-person-key': key } : { 'data-candidate-key': key };
          return (
            <li key={key}>
              {rowKeys.has(key) ? (
                <button type="button" class="person-link" {...marker} onClick={() => onShow(key)}>
                  {nameOf(key)}
                </button>
              ) : (
                // An internal coach or someone who left: named, but there is no row to go to.
                <span class="person-name">{nameOf(key)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
