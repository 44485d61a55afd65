/**
 * One badge beside each contact anchor, saying where that contact stands (`Coach`, `2/3`, `?`,
 * `✕`). The badge is a real button: hover or focus shows a card with the criteria and the person's
 * open warnings; click, Enter or Space asks the session to open the in-page tagger. Rendering is
 * idempotent: an anchor keeps its one badge and only its text and attributes change.
 */
import type { RecordKey } from '../../domain/records';
import { countYes } from '../../domain/criteria';
import type { PageContactView, PageView } from '../../domain/page-view';

/** What a badge and its card show of a contact: a contact of the deal's view, or one just read that the background has not answered for yet. */
export type BadgeContact = PageContactView;
import { messageTemplate } from '../../platform/i18n';
import { badgeLabel, statusDescription } from '../../ui/labels';
import type { ContactAnchor } from '../adapters/types';
import { fillCard } from './card';
import { closeOnMove, placeBeside, whileOpen } from './overlay';
import { addStyles, createHost, HOST_ATTRIBUTE } from './shadow-host';
import { BADGE_CSS, CARD_CSS } from './styles';

export const BADGE_KIND = 'badge';
const KEY_ATTRIBUTE = 'data-contact-key';
const CARD_ID = 'card';

export interface BadgeActions {
  /** The session's signal: every listener of a badge goes when the session ends. */
  signal: AbortSignal;
  /** The rep asked to tag this contact here (click, Enter or Space on the badge). */
  activate(key: RecordKey): void;
  /** The contact whose tagger is open, so that badge says it is expanded. */
  expandedKey: RecordKey | null;
}

interface BadgeState {
  key: RecordKey;
  host: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
  /** Built on the first hover or focus: most badges on a page are never looked at closely. */
  card: HTMLElement | null;
  contact: BadgeContact;
  /** The contact as the badge last showed it (null until first rendered). */
  shown: BadgeContact | null;
  view: PageView;
  actions: BadgeActions;
  hovered: boolean;
  focused: boolean;
  /** Set while the card shows: its scroll and resize listeners. */
  cardOpen: AbortController | null;
}

const states = new WeakMap<Element, BadgeState>();
const statesByRoot = new WeakMap<EventTarget, BadgeState>();
/** One card at a time: hovering a second badge while the first holds the focus shows only the second. */
let shownCard: BadgeState | null = null;

/**
 * Events the CRM must not see from our badge. The badge sits inside Lightning's
 * records-hoverable-link, which opens its own record preview on mouseover, and inside a
 * lightning-datatable cell, which acts on clicks and keys (row actions, grid navigation).
 */
const CONTAINED_EVENTS = ['click', 'keydown', 'keyup', 'mouseover', 'mouseout', 'pointerover', 'pointerout', 'focusin', 'focusout'] as const;
const isIn = (target: EventTarget | null, button: Element, card: Element | null) =>
  target instanceof Node && (button.contains(target) || (card?.contains(target) ?? false));

function cardOf(state: BadgeState): HTMLElement {
  if (state.card) return state.card;
  const card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  addStyles(state.root, CARD_CSS);
  state.root.append(card);
  state.button.setAttribute('aria-describedby', CARD_ID);
  state.card = card;
  return card;
}

function showCard(state: BadgeState): void {
  // The tagger stands where the card would: one overlay per badge at a time.
  if (state.actions.expandedKey === state.key) return;
  const card = cardOf(state);
  fillCard(card, state.contact, state.view);
  if (state.cardOpen) return;
  if (shownCard && shownCard !== state) hideCard(shownCard);
  shownCard = state;
  card.hidden = false;
  placeBeside(card, state.button.getBoundingClientRect());
  state.cardOpen = whileOpen(state.actions.signal);
  closeOnMove(state.cardOpen.signal, () => followOrHide(state));
}

/**
 * Tabbing to a badge scrolls it into view right after the focus event, so a card held by focus
 * follows its badge (while the badge is on screen); a card held only by hover closes.
 */
function followOrHide(state: BadgeState): void {
  const rect = state.button.getBoundingClientRect();
  const onScreen = rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
  if (state.focused && onScreen && state.card) placeBeside(state.card, rect);
  else hideCard(state);
}

/** Emptied, not just hidden: nothing stale stays behind, and it is refilled on the next hover anyway. */
function hideCard(state: BadgeState): void {
  if (shownCard === state) shownCard = null;
  state.cardOpen?.abort();
  state.cardOpen = null;
  const { card } = state;
  if (!card) return;
  card.hidden = true;
  if (card.firstChild) card.replaceChildren();
}

/** The card follows hover or focus, whichever holds it (a tooltip's rule, WAI-ARIA APG). */
function updateCard(state: BadgeState): void {
  if (state.hovered || state.focused) showCard(state);
  else hideCard(state);
}

/**
 * Every event of every badge goes through this one listener on its root (no closure per badge:
 * a page of 200 contacts would otherwise hold thousands).
 */
function onBadgeEvent(event: Event): void {
  const state = event.currentTarget ? statesByRoot.get(event.currentTarget) : undefined;
  // A badge outliving its session (an orphaned copy of this script) does nothing any more.
  if (!state || state.actions.signal.aborted) return;
  const { button, card } = state;
  const target = event.target;
  switch (event.type) {
    case 'mouseover':
      // Into the button, or onto its card (WCAG 1.4.13: the pointer may move onto the card).
      if (!state.hovered && isIn(target, button, card)) ((state.hovered = true), updateCard(state));
      break;
    case 'mouseout':
      // Out of both: the pointer went somewhere that is neither the button nor its card.
      if (state.hovered && !isIn((event as MouseEvent).relatedTarget, button, card)) ((state.hovered = false), updateCard(state));
      break;
    case 'focusin':
      if (target === button) ((state.focused = true), updateCard(state));
      break;
    case 'focusout':
      if (target === button) ((state.focused = false), updateCard(state));
      break;
    case 'keydown':
      // Escape dismisses the card without moving focus (WCAG 1.4.13 "dismissible").
      if ((event as KeyboardEvent).key === 'Escape') hideCard(state);
      break;
    case 'click':
      if (isIn(target, button, null)) {
        hideCard(state);
        state.actions.activate(state.key);
      }
      break;
  }
  event.stopPropagation();
}

function createBadge(anchor: Element, key: RecordKey, contact: BadgeContact, view: PageView, actions: BadgeActions): HTMLElement {
  const { host, root } = createHost(BADGE_KIND, 'span', BADGE_CSS);
  host.setAttribute(KEY_ATTRIBUTE, key);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  root.append(button);

  const state: BadgeState = { key, host, root, button, card: null, contact, shown: null, view, actions, hovered: false, focused: false, cardOpen: null };
  states.set(host, state);
  statesByRoot.set(root, state);
  // No signal per listener: the listeners go with the badge, and every badge goes when the session ends.
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, onBadgeEvent);
  anchor.after(host);
  return host;
}

/** The badge this script put after `anchor` for `key`, if it is still there. */
function badgeAfter(anchor: Element, key: RecordKey): BadgeState | undefined {
  const next = anchor.nextElementSibling;
  if (next instanceof HTMLElement && next.getAttribute(HOST_ATTRIBUTE) === BADGE_KIND && next.getAttribute(KEY_ATTRIBUTE) === key) {
    const state = states.get(next);
    if (state) return state;
    // A badge of an earlier copy of this script (the extension was reloaded): its root is out of our reach.
    next.remove();
  }
  return undefined;
}

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** What a badge shows of its contact: when none of it changed, the badge is left alone. */
const sameFace = (a: BadgeContact, b: BadgeContact) =>
  a.name === b.name &&
  a.status === b.status &&
  a.criteria.wantsOurSolution.value === b.criteria.wantsOurSolution.value &&
  a.criteria.hasCredibility.value === b.criteria.hasCredibility.value &&
  a.criteria.willingToGuide.value === b.criteria.willingToGuide.value;

/** The texts of a status, worded once per render: a page shows a handful of distinct ones. */
function statusTexts(): (contact: BadgeContact) => { label: string; description: string } {
  const worded = new Map<string, { label: string; description: string }>();
  return ({ status, criteria }) => {
    const id = `${status}:${countYes(criteria)}`;
    let texts = worded.get(id);
    if (!texts) worded.set(id, (texts = { label: badgeLabel(status, criteria), description: statusDescription(status, criteria) }));
    return texts;
  };
}

/**
 * Puts (or updates) the badge of each anchored contact; anchors without a contact view get none,
 * unless `provisional` has them: contacts just read that the background has not answered for yet.
 * All in one go: badges entering in batches across tasks made the CRM lay its table out once per
 * batch (measured: 200 rows at once waited p50 310 ms for their badges in batches of 40, 84 ms in one).
 */
export function renderBadges(
  anchors: readonly ContactAnchor[],
  view: PageView | null,
  actions: BadgeActions,
  provisional: ReadonlyMap<RecordKey, BadgeContact> = new Map(),
): void {
  if (!view) return;
  const contacts = new Map<RecordKey, BadgeContact>(provisional);
  for (const contact of view.contacts) contacts.set(contact.key, contact);
  const textsOf = statusTexts();
  const ariaLabel = messageTemplate('page_badge_label', 2);
  for (const { key, element } of anchors) {
    const contact = contacts.get(key);
    if (!contact) continue;
    const state = badgeAfter(element, key) ?? states.get(createBadge(element, key, contact, view, actions));
    if (!state) continue;
    const unchanged = state.shown !== null && sameFace(state.shown, contact);
    Object.assign(state, { contact, view, actions });
    const { button } = state;
    if (!unchanged) {
      state.shown = contact;
      const { label, description } = textsOf(contact);
      if (button.textContent !== label) button.textContent = label;
      // Only inside the closed root: the host is in the page's DOM, and the rep's judgment of a
      // person must not be readable by the CRM's scripts.
      setAttribute(button, 'data-status', contact.status);
      setAttribute(button, 'aria-label', ariaLabel(contact.name, description));
    }
    const expanded = actions.expandedKey === key;
    setAttribute(button, 'aria-expanded', String(expanded));
    if (expanded) hideCard(state);
    else if (state.cardOpen && state.card) fillCard(state.card, contact, view);
  }
}

/** The badge button of a contact, wherever the CRM has put its row now (focus returns to it). */
export function badgeButton(key: RecordKey): HTMLButtonElement | null {
  for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}="${BADGE_KIND}"]`)) {
    if (host.getAttribute(KEY_ATTRIBUTE) === key && host.isConnected) return states.get(host)?.button ?? null;
  }
  return null;
}

/** Takes our badges out of `scope`, except those beside an anchor in `keep`. */
export function removeBadges(scope: ParentNode = document, keep: ReadonlySet<Element> = new Set()): void {
  for (const host of scope.querySelectorAll(`[${HOST_ATTRIBUTE}="${BADGE_KIND}"]`)) {
    if (host.previousElementSibling && keep.has(host.previousElementSibling)) continue;
    const state = states.get(host);
    if (state) hideCard(state);
    host.remove();
  }
}
