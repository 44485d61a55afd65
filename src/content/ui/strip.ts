/**
 * The deal's summary strip near the record header: the coach network in one line and its worst
 * gaps, so the rep sees the state of the deal without opening anything. The whole strip opens the
 * popup for this deal; its "Open Coach Network" button is the same action for keyboard and
 * screen-reader users (a <button> can't hold the list, so the strip itself stays a region).
 */
import { personName } from '../../domain/person-name';
import type { PageView } from '../../domain/page-view';
import { t } from '../../platform/i18n';
import { SEVERITY_MARK } from './card';
import { createHost, HOST_ATTRIBUTE } from './shadow-host';
import { STRIP_CSS } from './styles';
import { gapTitle } from '../../domain/gaps/titles';

export const STRIP_KIND = 'strip';
/** The strip names the few gaps to act on first; the popup lists them all. */
const SHOWN_GAPS = 3;

export interface StripPlace {
  anchor: Element;
  position: 'after' | 'before';
}

export interface StripActions {
  signal: AbortSignal;
  /** Opens the popup on this deal; rejects when the browser refuses. */
  open(): Promise<unknown>;
}

interface StripParts {
  box: HTMLElement;
  summary: HTMLElement;
  error: HTMLElement;
  actions: StripActions;
  /** The words shown now, to skip rebuilding when a page read changes nothing. */
  signature: string;
}

const parts = new WeakMap<Element, StripParts>();

/** The element where the strip of `place` stands, whatever it is. */
const beside = (place: StripPlace) => (place.position === 'after' ? place.anchor.nextElementSibling : place.anchor.previousElementSibling);

function stripAt(place: StripPlace, actions: StripActions): StripParts | undefined {
  const existing = beside(place);
  if (existing instanceof HTMLElement && existing.getAttribute(HOST_ATTRIBUTE) === STRIP_KIND) {
    const found = parts.get(existing);
    if (found) return found;
    // A strip of an earlier copy of this script (the extension was reloaded): its root is out of our reach.
    existing.remove();
  }
  const { host, root } = createHost(STRIP_KIND, 'div', STRIP_CSS);
  const box = document.createElement('div');
  box.className = 'strip';
  // Only the summary is live: a change of verdict after tagging is read out, the button is not.
  const summary = document.createElement('div');
  summary.className = 'summary';
  summary.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'open';
  button.textContent = t('page_strip_open');
  const error = document.createElement('p');
  error.className = 'error';
  error.setAttribute('role', 'alert');
  error.hidden = true;
  box.append(summary, button, error);
  root.append(box);
  const strip: StripParts = { box, summary, error, actions, signature: '' };
  parts.set(host, strip);
  const openPopup = () => {
    // A strip outliving its session (an orphaned copy of this script) does nothing any more.
    if (strip.actions.signal.aborted) return;
    strip.error.hidden = true;
    strip.actions.open().catch(() => {
      strip.error.textContent = t('page_strip_open_failed');
      strip.error.hidden = false;
    });
  };
  // One listener on the whole strip: the button's click bubbles to it, so both open once. Not tied
  // to the session's signal: a signal holds each listener's target until it aborts, and the
  // session's lives as long as the tab, so every strip (with the detached page it stood in, a
  // Lightning view the CRM dropped) would stay in memory after each navigation.
  box.addEventListener('click', openPopup);
  place.anchor[place.position](host);
  return strip;
}

function item(text: string, severity?: keyof typeof SEVERITY_MARK): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  if (severity) {
    li.dataset.severity = severity;
    li.dataset.mark = SEVERITY_MARK[severity];
  }
  return li;
}

export function renderStrip(place: StripPlace | null, view: PageView, actions: StripActions): void {
  if (!place) return;
  const strip = stripAt(place, actions);
  if (!strip) return;
  strip.actions = actions;
  const toAct = view.gaps.filter((g) => g.severity !== 'info');
  const shown = toAct.slice(0, SHOWN_GAPS).map((gap) => ({ text: gapTitle(gap, (key) => personName(view, key), t), severity: gap.severity }));
  const more = toAct.length > SHOWN_GAPS ? t('page_strip_more', toAct.length - SHOWN_GAPS) : null;
  // The background words the verdict in the rep's language, as for the popup and the toolbar.
  const verdict = view.verdict;
  strip.box.setAttribute('data-worst', toAct[0]?.severity ?? 'none');
  // Rebuilt only when the words change: every page read renders, and a screen reader should hear
  // a change of verdict, not every read.
  const signature = JSON.stringify([verdict, shown, more]);
  if (signature === strip.signature) return;
  strip.signature = signature;
  const brandText = document.createElement('span');
  brandText.className = 'brand';
  brandText.textContent = t('page_strip_brand');
  const verdictLine = document.createElement('span');
  verdictLine.className = 'verdict';
  verdictLine.textContent = verdict;
  const list = document.createElement('ul');
  for (const gap of shown) list.append(item(gap.text, gap.severity));
  if (more) list.append(item(more));
  strip.summary.replaceChildren(brandText, verdictLine, list);
}

/** Takes our strips off the page, except the one at `keep`. */
export function removeStrips(keep: StripPlace | null = null): void {
  const kept = keep && beside(keep);
  for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}="${STRIP_KIND}"]`)) if (host !== kept) host.remove();
}
