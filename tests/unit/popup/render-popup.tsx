/**
 * Mounts the real popup (model + App) into a jsdom container, as src/popup/index.tsx does, and
 * lets tests wait until the scripted background replies have been rendered.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../src/popup/App';
import { createPopupModel, type PopupModel } from '../../../src/popup/model';
import type { DealView } from '../../../src/domain/view-schema';
import type { Request } from '../../../src/messaging/protocol';
import { ok, replyWith } from './fake-browser';
import { withCriterion } from '../fakes/deal-views';

export interface MountedPopup {
  container: HTMLElement;
  model: PopupModel;
  unmount: () => void;
}

export async function mountPopup(): Promise<MountedPopup> {
  const container = document.createElement('div');
  document.body.append(container);
  const model = createPopupModel();
  const stopListening = model.listen();
  await act(() => render(<App model={model} />, container));
  // Not awaited: a test may hold the background's reply back to see the loading state.
  void model.open();
  await settle();
  return {
    container,
    model,
    unmount: () => {
      stopListening();
      render(null, container);
      container.remove();
    },
  };
}

/** Lets pending replies resolve and preact re-render. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/**
 * A background that keeps one deal: `tab/state` answers with it and `criterion/set` applies the
 * change, as the real one does. Returns a getter for the deal it holds now.
 */
export function fakeBackground(initial: DealView): () => DealView {
  let current = initial;
  replyWith((request: Request) => {
    if (request.type === 'tab/state') return ok({ kind: 'deal', deal: current });
    if (request.type === 'criterion/set') {
      current = withCriterion(current, request.contactKey, request.criterion, request.value);
      return ok(current);
    }
    throw new Error(`unexpected request ${request.type}`);
  });
  return () => current;
}

export function row(container: ParentNode, contactKey: string): HTMLElement {
  const element = container.querySelector<HTMLElement>(`[data-contact-key="${contactKey}"]`);
  if (!element) throw new Error(`no row for ${contactKey}`);
  return element;
}

export function toggle(scope: ParentNode, criterion: string, value: string): HTMLButtonElement {
  const button = scope.querySelector<HTMLButtonElement>(`[data-criterion="${criterion}"][data-value="${value}"]`);
  if (!button) throw new Error(`no ${criterion}=${value} toggle`);
  return button;
}

export function statusOf(scope: ParentNode): { text: string; status: string; label: string } {
  const badge = scope.querySelector<HTMLElement>('[data-status]');
  if (!badge) throw new Error('no status badge');
  return { text: badge.textContent ?? '', status: badge.dataset.status ?? '', label: badge.getAttribute('aria-label') ?? '' };
}

/** Clicks and waits for the reply to be rendered. */
export async function click(element: HTMLElement): Promise<void> {
  await act(() => element.click());
  await settle();
}

export async function press(key: string, target: EventTarget = document.activeElement ?? document.body, init: KeyboardEventInit = {}): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
  await settle();
}
