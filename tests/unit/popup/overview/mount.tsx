/** Mounts one props-only view into jsdom and unmounts it after the test. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const container of mounted) {
    render(null, container);
    container.remove();
  }
  mounted = [];
});

export async function mount(node: ComponentChild): Promise<{ container: HTMLElement; rerender(next: ComponentChild): Promise<void> }> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => render(node, container));
  return { container, rerender: (next) => act(() => render(next, container)) };
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => element.click());
}

/** Types into an input as the rep does: sets the value and fires `input`. */
export async function type(input: Element | null | undefined, text: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('no input to type into');
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
