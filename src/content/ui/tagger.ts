/**
 * The in-page tagger: a small dialog beside a badge with the three criteria as yes / no / unknown
 * toggles, so the rep tags a contact without leaving the CRM. One at a time, in its own host on
 * <body> (fixed, so nothing in the CRM moves), present only while open. It never shows a value the
 * background has not confirmed: a failed write says so and leaves every toggle as it was.
 */
import { CRITERIA, criterionValueSchema, nextCriterionValue, type Criterion, type CriterionValue } from '../../domain/criteria';
import type { RecordKey } from '../../domain/records';
import type { PageView } from '../../domain/page-view';
import { send } from '../../messaging/page-client';
import { t } from '../../platform/i18n';
import { criterionLabel, criterionValueLabel } from '../../ui/labels';
import { closeOnMove, placeBeside, whileOpen } from './overlay';
import { createHost, HOST_ATTRIBUTE } from './shadow-host';
import { TAGGER_CSS } from './styles';

export const TAGGER_KIND = 'tagger';
const VALUES = criterionValueSchema.options;

export interface TaggerOptions {
  view: PageView;
  contactKey: RecordKey;
  /** The badge it belongs to, looked up afresh: the CRM may have re-rendered the row. */
  badge: () => HTMLElement | null;
  /** A deal the background answered with; the session renders it everywhere (and back here). */
  onDeal: (view: PageView) => void;
  /** Called once, after the tagger has closed. */
  onClose: () => void;
  signal: AbortSignal;
}

export interface Tagger {
  readonly contactKey: RecordKey;
  update(view: PageView): void;
  /** Closes; `returnFocus` puts the focus back on the badge (Esc, a click outside, the close button). */
  close(returnFocus: boolean): void;
}

let current: Tagger | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Typing in the CRM's own fields, or a modified key, is never one of our shortcuts. */
function criterionForKey(event: KeyboardEvent): Criterion | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null;
  return /^[1-3]$/.test(event.key) ? (CRITERIA[Number(event.key) - 1] ?? null) : null;
}

export function openTagger(options: TaggerOptions): Tagger | null {
  current?.close(false);
  const badge = options.badge();
  if (!badge || options.signal.aborted) return null;

  const { host, root } = createHost(TAGGER_KIND, 'div', TAGGER_CSS);
  const dialog = element('div', 'tagger');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-labelledby', 'tagger-name');
  dialog.setAttribute('aria-describedby', 'tagger-hint');
  const name = element('h2', 'name');
  name.id = 'tagger-name';
  const closeButton = element('button', 'close', '✕');
  closeButton.type = 'button';
  closeButton.setAttribute('aria-label', t('page_tagger_close'));
  const head = element('div', 'head');
  head.append(name, closeButton);
  const error = element('p', 'error', t('page_tagger_error'));
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const hint = element('p', 'hint', t('page_tagger_hint'));
  hint.id = 'tagger-hint';

  const toggles = new Map<Criterion, Map<CriterionValue, HTMLButtonElement>>();
  const rows = new Map<Criterion, HTMLElement>();
  const body = element('div', 'rows');
  CRITERIA.forEach((criterion, index) => {
    const row = element('div', 'row');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-labelledby', `criterion-${criterion}`);
    const label = element('span', 'label');
    label.id = `criterion-${criterion}`;
    const key = element('kbd', 'key', String(index + 1));
    key.setAttribute('aria-hidden', 'true');
    label.append(key, document.createTextNode(criterionLabel(criterion)));
    const group = element('span', 'toggles');
    const buttons = new Map<CriterionValue, HTMLButtonElement>();
    for (const value of VALUES) {
      const button = element('button', 'toggle', criterionValueLabel(value));
      button.type = 'button';
      button.dataset.criterion = criterion;
      button.dataset.value = value;
      buttons.set(value, button);
      group.append(button);
    }
    toggles.set(criterion, buttons);
    rows.set(criterion, row);
    row.append(label, group);
    body.append(row);
  });
  dialog.append(head, body, error, hint);
  root.append(dialog);

  let view = options.view;
  let closed = false;
  /** Values sent and not yet answered: the base for the next key press, shown as busy, never as set. */
  const pending = new Map<Criterion, CriterionValue>();
  const open = whileOpen(options.signal);
  const contactOf = (deal: PageView) => deal.contacts.find((c) => c.key === options.contactKey);

  const paint = () => {
    const contact = contactOf(view);
    if (!contact) return;
    if (name.textContent !== contact.name) name.textContent = contact.name;
    for (const criterion of CRITERIA) {
      const shown = contact.criteria[criterion].value;
      for (const [value, button] of toggles.get(criterion) ?? []) button.setAttribute('aria-pressed', String(value === shown));
      rows.get(criterion)?.setAttribute('aria-busy', String(pending.has(criterion)));
    }
  };

  const set = async (criterion: Criterion, value: CriterionValue) => {
    const contact = contactOf(view);
    if (!contact || (pending.get(criterion) ?? contact.criteria[criterion].value) === value) return;
    pending.set(criterion, value);
    paint();
    let answer: PageView | null = null;
    try {
      answer = await send({ type: 'criterion/set', dealKey: view.key, contactKey: options.contactKey, criterion, value });
    } catch {
      // Nothing was written: the toggles keep the confirmed values and the rep reads why here.
    }
    if (pending.get(criterion) === value) pending.delete(criterion);
    if (!closed) error.hidden = answer !== null;
    // The answer renders everywhere, and back here through update(); a closed tagger's too.
    if (answer) options.onDeal(answer);
    else if (!closed) paint();
  };

  const tagger: Tagger = {
    contactKey: options.contactKey,
    update(next) {
      if (closed || next.key !== view.key) return;
      view = next;
      if (!contactOf(view)) tagger.close(false);
      else paint();
    },
    close(returnFocus) {
      if (closed) return;
      closed = true;
      // Focus inside the tagger would fall to <body> with it; the badge is where the rep was.
      const hadFocus = document.activeElement === host;
      open.abort();
      host.remove();
      if (current === tagger) current = null;
      if (returnFocus || hadFocus) options.badge()?.focus({ preventScroll: true });
      options.onClose();
    },
  };

  dialog.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target === closeButton) tagger.close(true);
      else if (target?.dataset.criterion && target.dataset.value) {
        const criterion = CRITERIA.find((c) => c === target.dataset.criterion);
        const value = VALUES.find((v) => v === target.dataset.value);
        if (criterion && value) void set(criterion, value);
      }
    },
    { signal: open.signal },
  );
  // Lightning has page-wide keyboard shortcuts; keys pressed in our dialog are ours alone.
  for (const type of ['keyup', 'keypress'] as const) dialog.addEventListener(type, (event) => event.stopPropagation(), { signal: open.signal });
  dialog.addEventListener(
    'keydown',
    (event) => {
      event.stopPropagation();
      const criterion = criterionForKey(event);
      if (event.key === 'Escape') {
        event.preventDefault();
        tagger.close(true);
      } else if (criterion) {
        event.preventDefault();
        const contact = contactOf(view);
        if (contact) void set(criterion, nextCriterionValue(pending.get(criterion) ?? contact.criteria[criterion].value));
      } else if (event.key === 'Tab') {
        // Focus stays in the dialog until the rep closes it, as in the popup's own dialogs.
        const focusable = [...dialog.querySelectorAll('button')];
        const at = focusable.indexOf(root.activeElement as HTMLButtonElement);
        const next = focusable[(at + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length];
        event.preventDefault();
        next?.focus();
      }
    },
    { signal: open.signal },
  );
  // Capture on the document: a click outside closes, even where the CRM stops propagation.
  document.addEventListener(
    'pointerdown',
    (event) => {
      const path = event.composedPath();
      // The badge's own click toggles the tagger; closing here first would reopen it at once.
      const badgeRoot = options.badge()?.getRootNode();
      if (path.includes(host) || (badgeRoot instanceof ShadowRoot && path.includes(badgeRoot.host))) return;
      tagger.close(true);
      // A click on a plain part of the page then moves focus to <body> (the mousedown that follows
      // this event): put it back on the badge once the click is done, unless it focused a CRM field.
      setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) options.badge()?.focus({ preventScroll: true });
      }, 0);
    },
    { capture: true, signal: open.signal },
  );
  closeOnMove(open.signal, () => tagger.close(false), host);
  open.signal.addEventListener('abort', () => tagger.close(false));

  for (const stray of document.querySelectorAll(`[${HOST_ATTRIBUTE}="${TAGGER_KIND}"]`)) stray.remove();
  document.body.append(host);
  paint();
  placeBeside(dialog, badge.getBoundingClientRect());
  current = tagger;
  const first = CRITERIA[0];
  const firstRow = first ? toggles.get(first) : undefined;
  // preventScroll: the dialog is placed inside the window, and a scroll would close it at once.
  [...(firstRow?.values() ?? [])].find((b) => b.getAttribute('aria-pressed') === 'true')?.focus({ preventScroll: true });
  return tagger;
}

/** Closes whatever tagger is open (navigation, an unreadable page). */
export function closeTagger(): void {
  current?.close(false);
}
