/**
 * Small DOM helpers for reading HubSpot markup cheaply: text without layout (never innerText),
 * and the page regions that are not the record preview panel.
 */
import { PAGE_TEXT_MAX } from '../../../domain/page-read';
import { PREVIEW_PANEL } from './selectors';

/** textContent with whitespace collapsed and bounded; null when empty. */
export function textOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, PAGE_TEXT_MAX);
}

/** Elements matching `selector` under `scope` that are not inside the record preview panel. */
export function queryAllOutsidePreview(scope: ParentNode, selector: string): Element[] {
  return Array.from(scope.querySelectorAll(selector)).filter((el) => el.closest(PREVIEW_PANEL) === null);
}

export function queryOutsidePreview(scope: ParentNode, selector: string): Element | null {
  return queryAllOutsidePreview(scope, selector)[0] ?? null;
}
