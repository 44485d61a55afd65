/**
 * The deal's summary strip near the record header: the coach network in one line and its worst
 * gaps, so the rep sees the state of the deal without opening anything.
 */
import { gapTitle } from '../../domain/gaps/titles';
import { personName, type DealView } from '../../domain/view-schema';
import { createHost, HOST_ATTRIBUTE, rootOf } from './shadow-host';
import { STRIP_CSS } from './styles';

export const STRIP_KIND = 'strip';
/** The strip names the few gaps to act on first; the popup lists them all. */
const SHOWN_GAPS = 3;
const MARK = { critical: '!', warning: '▲', info: 'i' } as const;

export interface StripPlace {
  anchor: Element;
  position: 'after' | 'before';
}

function stripAt(place: StripPlace): HTMLElement {
  const existing = place.position === 'after' ? place.anchor.nextElementSibling : place.anchor.previousElementSibling;
  if (existing instanceof HTMLElement && existing.getAttribute(HOST_ATTRIBUTE) === STRIP_KIND) return existing;
  const { host, root } = createHost(STRIP_KIND, 'div', STRIP_CSS);
  host.setAttribute('role', 'status');
  const box = document.createElement('div');
  box.className = 'strip';
  root.append(box);
  place.anchor[place.position](host);
  return host;
}

export function renderStrip(place: StripPlace | null, view: DealView): void {
  if (!place) return;
  const host = stripAt(place);
  const box = rootOf(host)?.querySelector('.strip');
  if (!box) return;
  const toAct = view.gaps.filter((g) => g.severity !== 'info');
  const worst = toAct[0]?.severity ?? 'none';
  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'Coach Network';
  const verdict = document.createElement('span');
  verdict.className = 'verdict';
  verdict.textContent = view.verdict;
  const list = document.createElement('ul');
  for (const gap of toAct.slice(0, SHOWN_GAPS)) {
    const item = document.createElement('li');
    item.dataset.severity = gap.severity;
    item.dataset.mark = MARK[gap.severity];
    item.textContent = gapTitle(gap, (key) => personName(view, key));
    item.title = `${gap.why} ${gap.nextAction}`;
    list.append(item);
  }
  if (toAct.length > SHOWN_GAPS) {
    const more = document.createElement('li');
    more.textContent = `+${toAct.length - SHOWN_GAPS} more in the popup`;
    list.append(more);
  }
  box.setAttribute('data-worst', worst);
  box.replaceChildren(brand, verdict, list);
}

export function removeStrips(): void {
  for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}="${STRIP_KIND}"]`)) host.remove();
}
