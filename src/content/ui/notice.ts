/**
 * The quiet "couldn't read" note shown in place of the badges when a page looks like an
 * opportunity but its contacts can't be read: never a silent nothing.
 */
import { createHost, HOST_ATTRIBUTE } from './shadow-host';
import { NOTICE_CSS } from './styles';

export const NOTICE_KIND = 'notice';

export interface NoticeContent {
  title: string;
  detail: string;
}

let current: { host: HTMLElement; text: string } | null = null;

export function showNotice(content: NoticeContent, anchor: Element | null): void {
  const text = `${content.title}\n${content.detail}`;
  if (current && current.text === text && current.host.isConnected) return;
  hideNotice();
  const { host, root } = createHost(NOTICE_KIND, 'div', NOTICE_CSS);
  host.setAttribute('role', 'status');
  const box = document.createElement('div');
  box.className = 'notice';
  const body = document.createElement('div');
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = content.title;
  const detail = document.createElement('div');
  detail.className = 'detail';
  detail.textContent = content.detail;
  body.append(title, detail);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '✕';
  close.setAttribute('aria-label', 'Dismiss this Coach Network note');
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
