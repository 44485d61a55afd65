/**
 * Stand-in for src/platform/browser in popup tests: the test files vi.mock that module with this
 * object, then script the background's replies and push events through the registered listener.
 */
import { getMessage } from '../fakes/i18n';
import { vi } from 'vitest';
import type { Request } from '../../../src/messaging/protocol';

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }) => unknown;
type Responder = (request: Request) => unknown;

export const EXTENSION_ID = 'coach-network@test';
const listeners = new Set<Listener>();
/** storage.session as the background left it: what the popup finds published (background/tab-views.ts). */
export const sessionItems = new Map<string, unknown>();
let responder: Responder = () => {
  throw new Error('no reply scripted for this test');
};

export const fakeBrowser = {
  runtime: {
    id: EXTENSION_ID,
    getManifest: () => ({ version: '0.1.0' }),
    sendMessage: vi.fn(async (request: Request) => responder(request)),
    onMessage: {
      addListener: vi.fn((listener: Listener) => void listeners.add(listener)),
      removeListener: vi.fn((listener: Listener) => void listeners.delete(listener)),
      hasListener: (listener: Listener) => listeners.has(listener),
    },
  },
  i18n: { getMessage },
  tabs: { query: vi.fn(async (): Promise<Array<{ id?: number; active?: boolean }>> => [{ id: 7, active: true }]) },
  storage: {
    session: {
      get: vi.fn(async (keys: string | string[] | null): Promise<Record<string, unknown>> => {
        const wanted = keys === null ? [...sessionItems.keys()] : Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(wanted.filter((key) => sessionItems.has(key)).map((key) => [key, structuredClone(sessionItems.get(key))]));
      }),
    },
  },
};

/** Publishes a tab's view as the background does (`tab:<id>` entry, `view:<id>` copy as JSON text); the popup's tab is 7. */
export function publish(view: unknown, { tabId = 7, dealKey = (view as { key: string }).key }: { tabId?: number; dealKey?: string } = {}): void {
  sessionItems.set(`tab:${tabId}`, { kind: 'deal', dealKey });
  sessionItems.set(`view:${tabId}`, JSON.stringify(view));
}

/** Scripts the background: the responder's return value (or thrown error) is the reply. */
export function replyWith(next: Responder): void {
  responder = next;
}

/** An `{ ok: true }` envelope, as the background sends every successful reply. */
export function ok(value: unknown): { ok: true; value: unknown } {
  return { ok: true, value };
}

/** Delivers a message to every listener as runtime.onMessage would; returns what they returned. */
export function deliver(message: unknown, sender: { id?: string; tab?: unknown } = { id: EXTENSION_ID }): unknown[] {
  return [...listeners].map((listener) => listener(message, sender));
}

export function resetFakeBrowser(): void {
  listeners.clear();
  sessionItems.clear();
  fakeBrowser.storage.session.get.mockClear();
  fakeBrowser.runtime.sendMessage.mockClear();
  fakeBrowser.tabs.query.mockClear();
  fakeBrowser.tabs.query.mockImplementation(async () => [{ id: 7, active: true }]);
  replyWith(() => {
    throw new Error('no reply scripted for this test');
  });
}

/** Requests of one type the popup sent, in order. */
export function sentRequests<T extends Request['type']>(type: T): Array<Extract<Request, { type: T }>> {
  return fakeBrowser.runtime.sendMessage.mock.calls
    .map(([request]) => request)
    .filter((request): request is Extract<Request, { type: T }> => request.type === type);
}
