/**
 * The popup's names for what only a person's detail and the forms show (a chunk loaded after the
 * first screen, lazy.ts): intelligence topics, kinds of value given, the framework's warnings.
 * Apart from labels.ts, which the first screen loads. Functions, not constants: the catalog is
 * read when a view renders. Keys are spelled out so the catalog test can see every one in use.
 */
import type { GapKind } from '../domain/gaps/types';
import type { IntelligenceTopic, ValueGiven } from '../domain/entries';
import { t } from '../platform/i18n';

export type ValueKind = ValueGiven['kind'];

/**
 * A topic as a label (a choice in a list, a tag on an entry). Not the domain's `topic_…`, which
 * are phrases worded to sit inside a sentence ("Everything you know about the decision process…").
 */
export function topicLabel(topic: IntelligenceTopic): string {
  switch (topic) {
    case 'economic-buyer':
      return t('label_topic_economic_buyer');
    case 'decision-process':
      return t('label_topic_decision_process');
    case 'funding':
      return t('label_topic_funding');
    case 'personal-wins':
      return t('label_topic_personal_wins');
    case 'resistance':
      return t('label_topic_resistance');
    case 'competition':
      return t('label_topic_competition');
    case 'change':
      return t('label_topic_change');
    case 'other':
      return t('label_topic_other');
  }
}

export function valueKindLabel(kind: ValueKind): string {
  switch (kind) {
    case 'industry-information':
      return t('popup_value_kind_industry');
    case 'peer-introduction':
      return t('popup_value_kind_peer');
    case 'help-with-win':
      return t('popup_value_kind_win');
    case 'other':
      return t('popup_value_kind_other');
  }
}

/**
 * The framework's own warning behind a gap that concerns one person (the text of the Coach
 * Development System), shown in that person's detail; null for gaps the framework has no warning for.
 */
export function frameworkWarning(kind: GapKind): string | null {
  switch (kind) {
    case 'procurement-coach':
      return t('popup_warning_procurement');
    case 'sponsor-not-coach':
      return t('popup_warning_sponsor');
    case 'no-reciprocity':
      return t('popup_warning_reciprocity');
    case 'generic-intelligence':
      return t('popup_warning_generic');
    case 'single-coach':
      return t('popup_warning_single_coach');
    case 'coach-changed':
      return t('popup_warning_coach_changed');
    default:
      return null;
  }
}
