/**
 * Small DOM helpers for reading Dynamics markup cheaply: text without layout (never innerText), and
 * the value a form control displays (inputs hold their value in `value`, tiles in `title`).
 */
import { PAGE_TEXT_MAX } from '../../../domain/page-read';

function bounded(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, PAGE_TEXT_MAX);
}

/** textContent with whitespace collapsed and bounded; null when empty. */
export function textOf(el: Element | null | undefined): string | null {
  return el ? bounded(el.textContent) : null;
}

/** The value an element displays: an input's current value, else its `title`, else its text. */
export function displayedValueOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  if (el.tagName === 'INPUT') {
    const live = (el as HTMLInputElement).value;
    return bounded(typeof live === 'string' ? live : el.getAttribute('value'));
  }
  return bounded(el.getAttribute('title')) ?? textOf(el);
}

/** The text of an element without the descendants matching `exclude` (e.g. the save status). */
export function textWithout(el: Element, exclude: string): string | null {
  const copy = el.cloneNode(true) as Element;
  for (const child of Array.from(copy.querySelectorAll(exclude))) child.remove();
  return textOf(copy);
}
