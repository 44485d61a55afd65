/**
 * The page observer's timing: one read per frame at most, before the paint that shows the change;
 * a tab that isn't painting still read; a costly read spacing the next; our own hosts never
 * triggering a read.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { observePage, UNPAINTED_READ_MS } from '../../../src/content/observe';
import { HOST_ATTRIBUTE } from '../../../src/content/ui/shadow-host';

let frames: Array<() => void> = [];
let controller: AbortController;

/** Lets the MutationObserver deliver its records (a microtask). */
const mutationsDelivered = () => Promise.resolve();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const paint = () => {
  const due = frames;
  frames = [];
  for (const frame of due) frame();
};

describe('observePage', () => {
  test('a burst of changes is read once, in the next frame, before its paint', async () => {
    const onChange = vi.fn();
    observePage(onChange, controller.signal);
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('tr'));
    await mutationsDelivered();
    document.body.append(document.createElement('tr'));
    await mutationsDelivered();
    expect(onChange).not.toHaveBeenCalled();
    paint();
    expect(onChange).toHaveBeenCalledTimes(1);
    // The fallback timer of that read was cancelled: nothing more without a change.
    await vi.advanceTimersByTimeAsync(UNPAINTED_READ_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('a tab that is not painting is still read, within UNPAINTED_READ_MS', async () => {
    const onChange = vi.fn();
    observePage(onChange, controller.signal);
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    await vi.advanceTimersByTimeAsync(UNPAINTED_READ_MS - 1);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('a read that cost 10 ms keeps the next one 40 ms away, however often the page changes', async () => {
    const onChange = vi.fn(() => vi.advanceTimersByTime(10));
    observePage(onChange, controller.signal);
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    paint();
    expect(onChange).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    paint();
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(39);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('our own hosts coming and going trigger no read; an ended session reads no more', async () => {
    const onChange = vi.fn();
    observePage(onChange, controller.signal);
    const ours = document.createElement('span');
    ours.setAttribute(HOST_ATTRIBUTE, 'badge');
    document.body.append(ours);
    await mutationsDelivered();
    ours.setAttribute('data-contact-key', 'x');
    ours.remove();
    await mutationsDelivered();
    paint();
    await vi.advanceTimersByTimeAsync(UNPAINTED_READ_MS);
    expect(onChange).not.toHaveBeenCalled();
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    controller.abort();
    paint();
    await vi.advanceTimersByTimeAsync(UNPAINTED_READ_MS);
    expect(onChange).not.toHaveBeenCalled();
  });
});
