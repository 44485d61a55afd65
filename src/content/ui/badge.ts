/**
 * One badge beside each contact anchor, saying where that contact stands (`Coach`, `2/3`, `?`,
 * `✕`). The badge is a real button: hover or focus shows a card with the criteria and the person's
 * open warnings; click, Enter or Space asks the session to open the in-page tagger. Rendering is
 * idempotent: an anchor keeps its one badge and only its text and attributes change.
 */
import type { RecordKey } from '../../domain/records';
import type { ContactView, DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { badgeLabel, statusDescription } from '../../ui/labels';
import type { ContactAnchor } from '../adapters/types';
import { fillCard } from './card';
import { closeOnMove, placeBeside, whileOpen } from './overlay';
import { createHost, HOST_ATTRIBUTE } from './shadow-host';
import { BADGE_CSS } from './styles';

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
  button: HTMLButtonElement;
  card: HTMLElement;
  contact: ContactView;
  view: DealView;
  actions: BadgeActions;
  hovered: boolean;
  focused: boolean;
  /** Set while the card shows: its scroll and resize listeners. */
  cardOpen: AbortController | null;
}

const states = new WeakMap<Element, BadgeState>();
/** One card at a time: hovering a second badge while the first holds the focus shows only the second. */
let shownCard: BadgeState | null = null;

/**
 * Events the CRM must not see from our badge. The badge sits inside Lightning's
 * records-hoverable-link, which opens its own record preview on mouseover, and inside a
 * lightning-datatable cell, which acts on clicks and keys (row actions, grid navigation).
 */
const CONTAINED_EVENTS = ['click', 'keydown', 'keyup', 'mouseover', 'mouseout', 'pointerover', 'pointerout', 'focusin', 'focusout'] as const;

function showCard(state: BadgeState): void {
  // The tagger stands where the card would: one overlay per badge at a time.
  if (state.actions.expandedKey === state.key) return;
  fillCard(state.card, state.contact, state.view);
  if (state.cardOpen) return;
  if (shownCard && shownCard !== state) hideCard(shownCard);
  shownCard = state;
  state.card.hidden = false;
  placeBeside(state.card, state.button.getBoundingClientRect());
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
  if (state.focused && onScreen) placeBeside(state.card, rect);
  else hideCard(state);
}

/** Emptied, not just hidden: nothing stale stays behind, and it is rebuilt on the next hover anyway. */
function hideCard(state: BadgeState): void {
  if (shownCard === state) shownCard = null;
  state.cardOpen?.abort();
  state.cardOpen = null;
  state.card.hidden = true;
  if (state.card.firstChild) state.card.replaceChildren();
}

/** The card follows hover or focus, whichever holds it (a tooltip's rule, WAI-ARIA APG). */
function updateCard(state: BadgeState): void {
  if (state.hovered || state.focused) showCard(state);
  else hideCard(state);
}

function createBadge(anchor: Element, key: RecordKey, contact: ContactView, view: DealView, actions: BadgeActions): HTMLElement {
  const { host, root } = createHost(BADGE_KIND, 'span', BADGE_CSS);
  host.setAttribute(KEY_ATTRIBUTE, key);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'badge';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-describedby', CARD_ID);
  const card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  root.append(button, card);

  const state: BadgeState = { key, host, button, card, contact, view, actions, hovered: false, focused: false, cardOpen: null };
  states.set(host, state);
  const { signal } = actions;
  // The pointer may move from the badge onto its card without the card vanishing (WCAG 1.4.13).
  const leaving = (event: MouseEvent) => {
    const to = event.relatedTarget;
    state.hovered = to instanceof Node && (button.contains(to) || card.contains(to));
    updateCard(state);
  };
  button.addEventListener('mouseenter', () => ((state.hovered = true), updateCard(state)), { signal });
  button.addEventListener('mouseleave', leaving, { signal });
  card.addEventListener('mouseleave', leaving, { signal });
  button.addEventListener('focus', () => ((state.focused = true), updateCard(state)), { signal });
  button.addEventListener('blur', () => ((state.focused = false), updateCard(state)), { signal });
  button.addEventListener(
    'keydown',
    (event) => {
      // Escape dismisses the card without moving focus (WCAG 1.4.13 "dismissible").
      if (event.key === 'Escape') hideCard(state);
    },
    { signal },
  );
  button.addEventListener(
    'click',
    () => {
      hideCard(state);
      state.actions.activate(state.key);
    },
    { signal },
  );
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation(), { signal });
  anchor.after(host);
  return host;
}

function badgeAfter(anchor: Element, key: RecordKey, contact: ContactView, view: DealView, actions: BadgeActions): BadgeState | undefined {
  const next = anchor.nextElementSibling;
  if (next instanceof HTMLElement && next.getAttribute(HOST_ATTRIBUTE) === BADGE_KIND && next.getAttribute(KEY_ATTRIBUTE) === key) {
    const state = states.get(next);
    if (state) return state;
    // A badge of an earlier copy of this script (the extension was reloaded): its root is out of our reach.
    next.remove();
  }
  return states.get(createBadge(anchor, key, contact, view, actions));
}

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Puts (or updates) the badge of each anchored contact; anchors without a contact view get none. */
export function renderBadges(anchors: readonly ContactAnchor[], view: DealView | null, actions: BadgeActions): void {
  if (!view) return;
  const contacts = new Map(view.contacts.map((c) => [c.key, c]));
  for (const { key, element } of anchors) {
    const contact = contacts.get(key);
    if (!contact) continue;
    const state = badgeAfter(element, key, contact, view, actions);
    if (!state) continue;
    Object.assign(state, { contact, view, actions });
    const { button } = state;
    const text = badgeLabel(contact.status, contact.criteria);
    if (button.textContent !== text) button.textContent = text;
    // Only inside the closed root: the host is in the page's DOM, and the rep's judgment of a
    // person must not be readable by the CRM's scripts.
    setAttribute(button, 'data-status', contact.status);
    setAttribute(button, 'aria-label', t('page_badge_label', contact.name, statusDescription(contact.status, contact.criteria)));
    const expanded = actions.expandedKey === key;
    setAttribute(button, 'aria-expanded', String(expanded));
    if (expanded) hideCard(state);
    else if (state.cardOpen) fillCard(state.card, contact, view);
  }
}

/** The badge button of a contact, wherever the CRM has put its row now (focus returns to it). */
export function badgeButton(key: RecordKey): HTMLButtonElement | null {
  for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}="${BADGE_KIND}"]`)) {
    if (host.getAttribute(KEY_ATTRIBUTE) === key && host.isConnected) return states.get(host)?.button ?? null;
  }
  return null;
}

export function removeBadges(scope: ParentNode = document): void {
  for (const host of scope.querySelectorAll(`[${HOST_ATTRIBUTE}="${BADGE_KIND}"]`)) {
    const state = states.get(host);
    if (state) hideCard(state);
    host.remove();
  }
}
