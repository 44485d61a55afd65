/**
 * The pipeline's state (the popup off a CRM page): every tracked deal as the background sorted it,
 * worst gaps first, and the rep's search. Self-contained so the popup only has to mount it.
 */
import { computed, signal } from '@preact/signals';
import type { PipelineEntry } from '../../domain/view-schema';
import { send } from '../../messaging/popup-client';
import { browser } from '../../platform/browser';
import { isWebUrl, matchesQuery } from './format';

export type PipelineState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; deals: PipelineEntry[] };

export type PipelineModel = ReturnType<typeof createPipelineModel>;

export function createPipelineModel() {
  const state = signal<PipelineState>({ kind: 'loading' });
  const query = signal('');
  /** Why the last "open" failed, shown until the next try. */
  const openFailure = signal<string | null>(null);
  /** The background's order is kept: filtering never re-sorts. */
  const visible = computed(() => {
    const current = state.value;
    return current.kind === 'ready' ? current.deals.filter((deal) => matchesQuery(deal, query.value)) : [];
  });

  let lastLoad = 0;
  async function load(): Promise<void> {
    const id = ++lastLoad;
    state.value = { kind: 'loading' };
    try {
      const { deals } = await send({ type: 'pipeline/list' });
      if (id === lastLoad) state.value = { kind: 'ready', deals };
    } catch (error) {
      if (id === lastLoad) state.value = { kind: 'error', message: messageOf(error) };
    }
  }

  /** Opens the deal's CRM page in a new tab; false when its address is not a web page. */
  async function open(deal: PipelineEntry): Promise<boolean> {
    openFailure.value = null;
    if (!isWebUrl(deal.url)) return false;
    try {
      await browser.tabs.create({ url: deal.url });
      return true;
    } catch (error) {
      openFailure.value = messageOf(error);
      return false;
    }
  }

  return { state, query, visible, openFailure, load, open };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
