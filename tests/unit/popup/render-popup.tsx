/**
 * Mounts the real popup (model + App) into a jsdom container, as src/popup/index.tsx does, and
 * lets tests wait until the scripted background replies have been rendered.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../../src/popup/App';
import { laterPart, pipelinePart, unreadablePart } from '../../../src/popup/lazy';
import { createPopupModel, type ModelOptions, type PopupModel } from '../../../src/popup/model';
import type { EditAction } from '../../../src/domain/actions';
import type { Criterion } from '../../../src/domain/criteria';
import type { ContactView, DealView } from '../../../src/domain/view-schema';
import type { Request } from '../../../src/messaging/protocol';
import { ok, replyWith } from './fake-browser';
import { withCriterion } from '../fakes/deal-views';

export interface MountedPopup {
  container: HTMLElement;
  model: PopupModel;
  unmount: () => void;
}

/**
 * The popup's lazy parts, loaded: the popup asks for them right after its first paint, well before
 * a rep can click (lazy.ts), and a test clicks at once. lazy-parts.test.tsx covers the rep who is
 * quicker than a part.
 */
export async function loadParts(): Promise<void> {
  await Promise.all([laterPart.load(), pipelinePart.load(), unreadablePart.load()]);
}

/** `parts: 'as-they-come'` mounts without loading the lazy parts first (lazy-parts.test.tsx). */
export async function mountPopup(options: ModelOptions = {}, { parts = 'loaded' }: { parts?: 'loaded' | 'as-they-come' } = {}): Promise<MountedPopup> {
  if (parts === 'loaded') await loadParts();
  const container = document.createElement('div');
  document.body.append(container);
  const model = createPopupModel(options);
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

export interface FakeBackgroundOptions {
  /** Refuses a request with this reason (as the real background refuses an invalid edit). */
  refuse?: (request: Request) => string | null;
}

/**
 * A background that keeps one deal: `tab/state` answers with it, `criterion/set` and `deal/edit`
 * apply the change as the real one does (for what a deal view shows), `pipeline/list` lists no
 * deals. Returns a getter for the deal it holds now.
 */
export function fakeBackground(initial: DealView, options: FakeBackgroundOptions = {}): () => DealView {
  let current = initial;
  replyWith((request: Request) => {
    const refusal = options.refuse?.(request);
    if (refusal) return { ok: false, error: refusal };
    if (request.type === 'tab/state') return ok({ kind: 'deal', deal: current });
    if (request.type === 'pipeline/list') return ok({ deals: [] });
    if (request.type === 'criterion/set') {
      const evidence = request.evidence;
      current = withCriterion(current, request.contactKey, request.criterion, request.value);
      if (evidence !== undefined) current = withEvidence(current, request.contactKey, request.criterion, evidence);
      return ok(current);
    }
    if (request.type === 'deal/edit') {
      current = withEdit(current, request.action);
      return ok(current);
    }
    throw new Error(`unexpected request ${request.type}`);
  });
  return () => current;
}

function withEvidence(view: DealView, contactKey: string, criterion: Criterion, evidence: string): DealView {
  const contacts = view.contacts.map((c) =>
    c.key === contactKey ? { ...c, criteria: { ...c.criteria, [criterion]: { ...c.criteria[criterion], evidence } } } : c,
  );
  return { ...view, contacts };
}

/** What a deal/edit changes in a deal view (log entries are not part of the view). */
function withEdit(view: DealView, action: EditAction): DealView {
  const change = (key: string, patch: (c: ContactView) => ContactView) => ({
    ...view,
    contacts: view.contacts.map((c) => (c.key === key ? patch(c) : c)),
  });
  switch (action.type) {
    case 'set-sponsor':
      return change(action.contact, (c) => ({ ...c, sponsor: action.sponsor, proposedSponsor: false }));
    case 'set-role':
      return change(action.contact, (c) => ({ ...c, influenceRoleOverride: action.role, influenceRole: action.role === 'none' ? null : (action.role ?? c.influenceRole) }));
    case 'set-win':
      return change(action.contact, (c) => ({ ...c, personalWin: action.personalWin ?? c.personalWin, organizationResult: action.organizationResult ?? c.organizationResult }));
    case 'set-access':
      return change(action.person, (c) => ({ ...c, access: action.access }));
    default:
      return view;
  }
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

/** Types into a field as the rep would: sets the value and fires `input`. */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

/** Chooses an option (or, for a multiple select, the options) and fires `change`. */
export async function choose(select: HTMLSelectElement, ...values: string[]): Promise<void> {
  await act(() => {
    for (const option of select.options) option.selected = values.includes(option.value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export function form(container: ParentNode, kind: string): HTMLFormElement | null {
  return container.querySelector<HTMLFormElement>(`form[data-form="${kind}"]`);
}

export function field<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, name: string): T {
  const element = scope.querySelector<T>(`[name="${name}"]`);
  if (!element) throw new Error(`no field ${name}`);
  return element;
}
