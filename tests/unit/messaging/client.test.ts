/** send(): a message lost when MV3 stopped the worker is sent once more, only if doing it twice is harmless. */
import { beforeEach, expect, test, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../../../src/platform/browser', () => ({ browser: { runtime: { sendMessage } } }));
const { send } = await import('../../../src/messaging/client');

const LOST = new Error('Could not establish connection. Receiving end does not exist.');
const PIPELINE = { ok: true, value: { deals: [] } };

beforeEach(() => {
  sendMessage.mockReset();
});

test('an idempotent request lost in flight is sent once more and succeeds', async () => {
  sendMessage.mockRejectedValueOnce(LOST).mockResolvedValueOnce(PIPELINE);
  await expect(send({ type: 'pipeline/list' })).resolves.toEqual({ deals: [] });
  expect(sendMessage).toHaveBeenCalledTimes(2);
});

test('lost twice, the rep is told', async () => {
  sendMessage.mockRejectedValue(LOST);
  expect(String(await send({ type: 'pipeline/list' }).catch((error: unknown) => error))).toContain('Receiving end does not exist');
  expect(sendMessage).toHaveBeenCalledTimes(2);
});

test('a request that must not happen twice is not resent', async () => {
  sendMessage.mockRejectedValue(LOST);
  expect(String(await send({ type: 'popup/open' }).catch((error: unknown) => error))).toContain('Receiving end does not exist');
  expect(sendMessage).toHaveBeenCalledTimes(1);
});

test('other failures (the extension was reloaded) are not resent', async () => {
  sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
  expect(String(await send({ type: 'pipeline/list' }).catch((error: unknown) => error))).toContain('invalidated');
  expect(sendMessage).toHaveBeenCalledTimes(1);
});
