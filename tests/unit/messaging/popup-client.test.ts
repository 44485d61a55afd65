/**
 * The popup's send() (popup-client.ts): only the popup's requests, each reply checked by the very
 * schema the full contract holds for it (protocol.ts composes its map from popup-responses.ts), so
 * splitting the popup's replies out changed what the popup bundles, not what it accepts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, test, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../../../src/platform/browser', () => ({ browser: { runtime: { sendMessage } } }));
const { send } = await import('../../../src/messaging/popup-client');
const { popupResponseSchemas } = await import('../../../src/messaging/popup-responses');
const { responseSchemas } = await import('../../../src/messaging/protocol');

beforeEach(() => {
  sendMessage.mockReset();
});

test('each of the popup’s replies is checked by the one schema the contract has for it', () => {
  expect(Object.keys(popupResponseSchemas).sort()).toEqual(['criterion/set', 'deal/edit', 'diagnostics/get', 'pipeline/list', 'storage/health', 'tab/state']);
  for (const [type, schema] of Object.entries(popupResponseSchemas)) expect(responseSchemas[type as keyof typeof responseSchemas], type).toBe(schema);
});

test('a reply that does not match its schema is refused', async () => {
  sendMessage.mockResolvedValue({ ok: true, value: { setAside: -1 } });
  await expect(send({ type: 'storage/health' })).rejects.toThrow('reply to storage/health does not match its schema');
  sendMessage.mockResolvedValue({ ok: true, value: { setAside: 2 } });
  await expect(send({ type: 'storage/health' })).resolves.toEqual({ setAside: 2 });
});

test('a request the popup does not make is a compile error', () => {
  // Type-level only (tsc checks it); never called.
  const unsent = () => {
    // @ts-expect-error the options page's request: its reply schema is not in the popup's bundle
    void send({ type: 'backup/export' });
  };
  expect(typeof unsent).toBe('function');
});

test('the popup imports the contract only through its own client and reply schemas', () => {
  const popup = path.resolve(import.meta.dirname, '../../../src/popup');
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : /\.tsx?$/.test(name) ? [file] : [];
    });
  })(popup);
  // A value import of protocol.ts or client.ts would bring back every request and reply schema.
  const offending = files.filter((file) => /^import (?!type )[^;]*from '[./]*messaging\/(protocol|client)'/m.test(readFileSync(file, 'utf8')));
  expect(offending.map((file) => path.relative(popup, file))).toEqual([]);
});
