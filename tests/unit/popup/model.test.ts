import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPopupModel } from '../../../src/popup/model';
import type { Request } from '../../../src/messaging/protocol';
import { fakeBrowser, ok, replyWith, resetFakeBrowser } from './fake-browser';
import { deal, withCriterion } from '../fakes/deal-views';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';

/** A background whose criterion/set replies the test releases one by one, in any order. */
function heldBackground() {
  let confirmed = deal();
  const held: Array<{ request: Extract<Request, { type: 'criterion/set' }>; release: (fail?: string) => void }> = [];
  replyWith((request: Request) => {
    if (request.type === 'tab/state') return ok({ kind: 'deal', deal: confirmed });
    if (request.type !== 'criterion/set') throw new Error('unexpected');
    return new Promise((resolve, reject) => {
      held.push({
        request,
        release: (fail) => {
          if (fail) return reject(new Error(fail));
          confirmed = withCriterion(confirmed, request.contactKey, request.criterion, request.value);
          resolve(ok(confirmed));
        },
      });
    });
  });
  return held;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const valueOf = (model: ReturnType<typeof createPopupModel>, key: string, criterion: 'wantsOurSolution' | 'hasCredibility') =>
  model.deal.value?.contacts.find((c) => c.key === key)?.criteria[criterion].value;

beforeEach(() => resetFakeBrowser());

describe('popup model', () => {
  it('keeps a later click on screen when an earlier reply arrives first', async () => {
    const held = heldBackground();
    const model = createPopupModel();
    await model.open();
    const first = model.setCriterion(PRIYA, 'wantsOurSolution', 'yes');
    const second = model.setCriterion(TOM, 'hasCredibility', 'no');
    held[0]?.release();
    await first;
    expect(valueOf(model, PRIYA, 'wantsOurSolution')).toBe('yes');
    expect(valueOf(model, TOM, 'hasCredibility')).toBe('no'); // still pending, still shown
    held[1]?.release();
    await second;
    expect(model.pendingWrites.value).toEqual([]);
    expect(valueOf(model, TOM, 'hasCredibility')).toBe('no');
  });

  it('reverts only the failed click, not one saved meanwhile', async () => {
    const held = heldBackground();
    const model = createPopupModel();
    await model.open();
    const first = model.setCriterion(PRIYA, 'wantsOurSolution', 'yes');
    const second = model.setCriterion(PRIYA, 'hasCredibility', 'yes');
    held[1]?.release('disk full');
    await second;
    expect(valueOf(model, PRIYA, 'hasCredibility')).toBe('unknown');
    expect(valueOf(model, PRIYA, 'wantsOurSolution')).toBe('yes');
    expect(model.saveFailure.value).toEqual({ contactKey: PRIYA, criterion: 'hasCredibility', message: 'disk full' });
    held[0]?.release();
    await first;
    expect(valueOf(model, PRIYA, 'wantsOurSolution')).toBe('yes');
    expect(model.deal.value?.contacts[0]?.status).toBe('developing');
  });

  it('ignores a reply for a deal the popup no longer shows', async () => {
    const held = heldBackground();
    const model = createPopupModel();
    await model.open();
    const pending = model.setCriterion(PRIYA, 'wantsOurSolution', 'yes');
    model.state.value = { kind: 'none' };
    held[0]?.release();
    await pending;
    expect(model.state.value).toEqual({ kind: 'none' });
  });

  it('shows the newest load when two loads overlap', async () => {
    const answers: Array<(value: unknown) => void> = [];
    replyWith(() => new Promise((resolve) => answers.push(resolve)));
    const model = createPopupModel();
    // Each load reads the published view first (none here), then asks.
    const older = model.load(1);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    const newer = model.load(2);
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.(ok({ kind: 'none' }));
    await newer;
    answers[0]?.(ok({ kind: 'deal', deal: deal() }));
    await older;
    expect(model.state.value).toEqual({ kind: 'none' });
  });

  it('asks about the tab `?tab=` names instead of the active tab (the popup opened as a window)', async () => {
    replyWith(() => ok({ kind: 'none' }));
    const model = createPopupModel();
    await model.open('?tab=42');
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'tab/state', tabId: 42 });
  });

  it('falls back to the active tab when `?tab=` is not a non-negative integer', async () => {
    replyWith(() => ok({ kind: 'none' }));
    const model = createPopupModel();
    await model.open('?tab=-3');
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'tab/state', tabId: 7 });
  });

  it('sends a form once, however often it is submitted while the reply is on its way', async () => {
    let release: (value: unknown) => void = () => {};
    replyWith((request: Request) => (request.type === 'tab/state' ? ok({ kind: 'deal', deal: deal() }) : new Promise((resolve) => (release = resolve))));
    const model = createPopupModel({ newId: () => 'n1' });
    await model.open('');
    model.openForm('value', PRIYA);
    const first = model.submitForm();
    const second = model.submitForm();
    expect(model.form.value?.saving).toBe(true);
    release(ok(deal()));
    await Promise.all([first, second]);
    const edits = fakeBrowser.runtime.sendMessage.mock.calls.filter(([r]) => r.type === 'deal/edit');
    expect(edits).toHaveLength(1);
    expect(model.form.value).toBeNull();
  });

  it('reports a failing tabs.query as an error', async () => {
    fakeBrowser.tabs.query.mockImplementation(async () => {
      throw new Error('tabs permission missing');
    });
    const model = createPopupModel();
    await model.open();
    expect(model.state.value).toEqual({ kind: 'error', message: 'tabs permission missing' });
  });

  it('ignores clicks for unknown contacts and while no deal is shown', async () => {
    replyWith(() => ok({ kind: 'none' }));
    const model = createPopupModel();
    await model.open();
    await model.setCriterion(PRIYA, 'wantsOurSolution', 'yes');
    await model.cycleCriterion(PRIYA, 'wantsOurSolution');
    await flush();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1); // only tab/state
  });
});
