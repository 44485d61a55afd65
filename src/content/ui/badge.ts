/**
 * One badge beside each contact anchor, saying where that contact stands (`Coach`, `2/3`, `?`,
 * `✕`). Rendering is idempotent: an anchor keeps its one badge and only its text changes.
 */
import { CRITERIA, CRITERION_LABELS, STATUS_DESCRIPTIONS, statusBadgeText } from '../../domain/criteria';
import type { ContactView } from '../../domain/view-schema';
import type { RecordKey } from '../../domain/records';
import type { ContactAnchor } from '../adapters/types';
import { BADGE_CSS } from './styles';
import { createHost, HOST_ATTRIBUTE, rootOf } from './shadow-host';

export const BADGE_KIND = 'badge';
const KEY_ATTRIBUTE = 'data-contact-key';

function badgeAfter(anchor: Element, key: RecordKey): HTMLElement {
  const next = anchor.nextElementSibling;
  if (next instanceof HTMLElement && next.getAttribute(HOST_ATTRIBUTE) === BADGE_KIND && next.getAttribute(KEY_ATTRIBUTE) === key) {
    return next;
  }
  const { host, root } = createHost(BADGE_KIND, 'span', BADGE_CSS);
  host.setAttribute(KEY_ATTRIBUTE, key);
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'img');
  root.append(badge);
  anchor.after(host);
  return host;
}

function describe(contact: ContactView, warnings: readonly string[]): string {
  const criteria = CRITERIA.map((c) => `${CRITERION_LABELS[c]}: ${contact.criteria[c].value}`).join(' · ');
  const open = warnings.length > 0 ? ` Open: ${warnings.join('; ')}.` : '';
  return `Coach Network — ${contact.name}: ${STATUS_DESCRIPTIONS[contact.status]}. ${criteria}.${open}`;
}

/**
 * Puts (or updates) the badge of each anchored contact; anchors without a contact view get none.
 * `warnings` holds, per contact, the short titles of the open gaps that concern them.
 */
export function renderBadges(
  anchors: readonly ContactAnchor[],
  contacts: ReadonlyMap<RecordKey, ContactView>,
  warnings: ReadonlyMap<RecordKey, readonly string[]> = new Map(),
): void {
  for (const { key, element } of anchors) {
    const contact = contacts.get(key);
    if (!contact) continue;
    const host = badgeAfter(element, key);
    const badge = rootOf(host)?.querySelector('.badge');
    if (!badge) continue;
    const text = statusBadgeText(contact.criteria);
    if (badge.textContent !== text) badge.textContent = text;
    if (host.dataset.status !== contact.status) {
      host.dataset.status = contact.status;
      badge.setAttribute('data-status', contact.status);
    }
    const label = describe(contact, warnings.get(key) ?? []);
    if (badge.getAttribute('aria-label') !== label) {
      badge.setAttribute('aria-label', label);
      badge.setAttribute('title', label);
    }
  }
}

export function removeBadges(scope: ParentNode = document): void {
  for (const host of scope.querySelectorAll(`[${HOST_ATTRIBUTE}="${BADGE_KIND}"]`)) host.remove();
}
