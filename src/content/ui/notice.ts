/**
 * The quiet "couldn't read" note shown in place of the badges when a page looks like an
 * opportunity but its contacts can't be read: never a silent nothing.
 */
import { t } from '../../platform/i18n';
import { createHost, HOST_ATTRIBUTE } from './shadow-host';
import { NOTICE_CSS } from './styles';

export const NOTICE_KIND = 'notice';

let current: { host: HTMLElement; text: string } | null = null;

/** `detail` says which failure it was and what the rep can do (from the adapter's reading). */
export function showNotice(detail: string, anchor: Element | null): void {
  const titleText = t('page_notice_title');
  const text = `${titleText}\n${detail}`;
  if (current && current.text === text && current.host.isConnected) return;
  hideNotice();
  const { host, root } = createHost(NOTICE_KIND, 'div', NOTICE_CSS);
  host.setAttribute('role', 'status');
  const box = document.createElement('div');
  box.className = 'notice';
  const body = document.createElement('div');
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = titleText;
  const detailLine = document.createElement('div');
  detailLine.className = 'detail';
  detailLine.textContent = detail;
  body.append(title, detailLine);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '✕';
  close.setAttribute('aria-label', t('page_notice_dismiss'));
  close.addEventListener('click', () => host.remove());
  box.append(body, close);
  root.append(box);
  if (anchor) anchor.prepend(host);
  else {
    host.setAttribute('data-floating', '');
    document.body.append(host);
  }
  current = { host, text };
}

export function hideNotice(): void {
  current?.host.remove();
  current = null;
  for (const host of document.querySelectorAll(`[${HOST_ATTRIBUTE}="${NOTICE_KIND}"]`)) host.remove();
}
