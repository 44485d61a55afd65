/**
 * The hover card of a badge: the contact's status, the three criteria and the open warnings that
 * name them. Built only when the rep hovers or focuses the badge, never on a page read.
 */
import { personName } from '../../domain/person-name';
import type { PageView } from '../../domain/page-view';
import type { BadgeContact } from './badge';
import { t } from '../../platform/i18n';
import { statusDescription } from '../../ui/labels';
import { criteriaLines } from './texts';
import { gapTitle } from '../../domain/gaps/titles';

/** The severity marks the strip uses too, so the two read alike. */
export const SEVERITY_MARK = { critical: '!', warning: '▲', info: 'i' } as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills the card with what the rep needs at a glance; every page or storage text goes in as text. */
export function fillCard(card: HTMLElement, contact: BadgeContact, view: PageView): void {
  const criteria = element('ul', 'criteria');
  for (const line of criteriaLines(contact.criteria)) {
    const item = element('li', 'criterion');
    item.dataset.value = line.value;
    item.append(element('span', 'label', line.label), element('span', 'value', line.valueText));
    criteria.append(item);
  }
  const theirs = view.gaps.filter((gap) => gap.people.includes(contact.key));
  const warnings = element('div', 'warnings');
  if (theirs.length === 0) warnings.append(element('p', 'none', t('page_card_no_warnings')));
  else {
    const list = element('ul', 'gaps');
    for (const gap of theirs) {
      const item = element('li', 'gap', gapTitle(gap, (key) => personName(view, key), t));
      item.dataset.severity = gap.severity;
      item.dataset.mark = SEVERITY_MARK[gap.severity];
      list.append(item);
    }
    warnings.append(element('p', 'heading', t('page_card_warnings')), list);
  }
  card.replaceChildren(
    element('p', 'name', contact.name),
    element('p', 'status', statusDescription(contact.status, contact.criteria)),
    criteria,
    warnings,
    element('p', 'hint', t('page_card_hint')),
  );
}
