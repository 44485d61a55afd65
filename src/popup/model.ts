/**
 * The popup's state: what the active tab shows, the rep's unsaved clicks, the last failed save.
 * Views never talk to the background; they call these actions. The background stays the only
 * writer (architecture.md §One writer): the model only asks it and shows what it answers.
 */
import { batch, computed, signal } from '@preact/signals';
import { nextCriterionValue, type Criterion, type CriterionValue } from '../domain/criteria';
import type { DealView } from '../domain/view-schema';
import type { RecordKey } from '../domain/records';
import { send } from '../messaging/client';
import { eventSchema, type TabState } from '../messaging/protocol';
import { browser, type Runtime } from '../platform/browser';
import { withPendingWrites, type PendingWrite } from './pending-writes';

export type PopupState = { kind: 'loading' } | { kind: 'error'; message: string } | TabState;

export interface SaveFailure {
  contactKey: RecordKey;
  criterion: Criterion;
  message: string;
}

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel() {
  const state = signal<PopupState>({ kind: 'loading' });
  const pendingWrites = signal<readonly PendingWrite[]>([]);
  const saveFailure = signal<SaveFailure | null>(null);

  /** The deal as the rep should see it: confirmed by the background, plus clicks still in flight. */
  const deal = computed<DealView | null>(() => {
    const current = state.value;
    return current.kind === 'deal' ? withPendingWrites(current.deal, pendingWrites.value) : null;
  });

  let lastWriteId = 0;
  let lastLoadId = 0;

  /** What the toolbar button was clicked on: the active tab of the popup's own window. */
  async function open(): Promise<void> {
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      // No tab id (a devtools window, say) cannot be an opportunity page.
      if (tab?.id === undefined) state.value = { kind: 'none' };
      else await load(tab.id);
    } catch (error) {
      state.value = { kind: 'error', message: messageOf(error) };
    }
  }

  async function load(tabId: number): Promise<void> {
    const loadId = ++lastLoadId;
    state.value = { kind: 'loading' };
    try {
      const tabState = await send({ type: 'tab/state', tabId });
      if (loadId === lastLoadId) state.value = tabState;
    } catch (error) {
      if (loadId === lastLoadId) state.value = { kind: 'error', message: messageOf(error) };
    }
  }

  /** Replaces the confirmed deal, but only the one on screen: a reply or event never switches deals. */
  function acceptDeal(update: DealView): void {
    const current = state.peek();
    if (current.kind === 'deal' && current.deal.key === update.key) {
      state.value = { kind: 'deal', deal: update };
    }
  }

  async function setCriterion(contactKey: RecordKey, criterion: Criterion, value: CriterionValue): Promise<void> {
    const shown = deal.peek();
    const contact = shown?.contacts.find((c) => c.key === contactKey);
    if (!shown || !contact || contact.criteria[criterion].value === value) return;
    const write: PendingWrite = { id: ++lastWriteId, contactKey, criterion, value };
    batch(() => {
      pendingWrites.value = [...pendingWrites.value, write];
      saveFailure.value = null;
    });
    const dropWrite = () => {
      pendingWrites.value = pendingWrites.value.filter((w) => w.id !== write.id);
    };
    try {
      const updated = await send({ type: 'criterion/set', dealKey: shown.key, contactKey, criterion, value });
      batch(() => {
        acceptDeal(updated);
        dropWrite();
      });
    } catch (error) {
      // Dropping the write is the revert: the view falls back to what the background confirmed.
      batch(() => {
        dropWrite();
        saveFailure.value = { contactKey, criterion, message: messageOf(error) };
      });
    }
  }

  /** Keys `1` `2` `3`: unknown → yes → no → unknown, from the value the rep currently sees. */
  function cycleCriterion(contactKey: RecordKey, criterion: Criterion): Promise<void> {
    const contact = deal.peek()?.contacts.find((c) => c.key === contactKey);
    if (!contact) return Promise.resolve();
    return setCriterion(contactKey, criterion, nextCriterionValue(contact.criteria[criterion].value));
  }

  /**
   * Background → popup events. runtime.onMessage also carries content scripts' requests to the
   * background, so this listener must never answer (it returns nothing) and must ignore anything
   * that is not a well-formed event from our own extension.
   */
  function handleMessage(message: unknown, sender: Runtime.MessageSender): void {
    if (sender.id !== browser.runtime.id) return;
    const event = eventSchema.safeParse(message);
    if (!event.success) return;
    if (event.data.type === 'event/deal-changed') acceptDeal(event.data.deal);
  }

  /** Registers the event listener; returns the function that removes it. */
  function listen(): () => void {
    const listener = (message: unknown, sender: Runtime.MessageSender): void => handleMessage(message, sender);
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return { state, deal, pendingWrites, saveFailure, open, load, setCriterion, cycleCriterion, handleMessage, listen };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
