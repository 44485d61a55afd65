/**
 * The popup's later parts are chunks of their own (src/popup/lazy.ts), asked for right after the
 * first paint. A rep quicker than a chunk sees the screen they had until it is in, never an empty
 * one, and the focus lands where it would have, once, when it arrives. Each test starts from fresh
 * modules, its chunks held until it lets them in.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The chunks held in this test, each until the test lets it in. */
let gates = new Map<string, () => void>();

/** The chunk's module, once the test lets it in (vi.doMock: each test holds its own, after resetModules). */
function hold(name: 'later' | 'pipeline'): void {
  const opened = new Promise<void>((resolve) => gates.set(name, resolve));
  vi.doMock(`../../../src/popup/chunks/${name}`, async (importOriginal) => {
    await opened;
    return importOriginal();
  });
}

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';

type RenderPopup = typeof import('./render-popup');
type FakeBrowser = typeof import('./fake-browser');
let ui: RenderPopup;
let fake: FakeBrowser;
let popup: Awaited<ReturnType<RenderPopup['mountPopup']>> | undefined;

beforeEach(async () => {
  // Fresh modules: no part loaded, and the chunks held. Mocked here, not hoisted: a hoisted mock
  // would keep the first test's fake browser.
  vi.resetModules();
  vi.doMock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));
  gates = new Map();
  hold('later');
  hold('pipeline');
  fake = await import('./fake-browser');
  ui = await import('./render-popup');
  fake.resetFakeBrowser();
});
afterEach(() => {
  popup?.unmount();
  popup = undefined;
});

/** Lets the chunk in and the screen render what it brought. */
async function letIn(name: 'later' | 'pipeline'): Promise<void> {
  gates.get(name)?.();
  const { laterPart, pipelinePart } = await import('../../../src/popup/lazy');
  await (name === 'later' ? laterPart : pipelinePart).load();
  await ui.settle();
}

async function mountOnDeal() {
  const { deal } = await import('../fakes/deal-views');
  const { gap } = await import('./fixtures');
  ui.fakeBackground(deal({ gaps: [gap({ kind: 'partial-coach', severity: 'info', people: [PRIYA] })] }));
  popup = await ui.mountPopup({}, { parts: 'as-they-come' });
  return popup.container;
}

describe('a part not in yet', () => {
  it('the list shows at once; the keys and the overview below it follow their chunk', async () => {
    const container = await mountOnDeal();
    expect(ui.row(container, PRIYA)).toBeTruthy();
    expect(container.querySelector('.hint')).toBeNull();
    expect(container.querySelector('[data-coverage]')).toBeNull();
    await letIn('later');
    expect(container.querySelector('.hint')).not.toBeNull();
    expect(container.querySelector('[data-coverage]')).not.toBeNull();
  });

  it('a form asked for before its chunk opens when it is in, with the focus in it; the row keeps it meanwhile', async () => {
    const container = await mountOnDeal();
    ui.row(container, TOM).focus();
    await ui.press('i');
    expect(ui.form(container, 'intelligence')).toBeNull();
    expect(document.activeElement).toBe(ui.row(container, TOM));
    await letIn('later');
    const opened = ui.form(container, 'intelligence');
    expect(opened && ui.row(container, TOM).contains(opened)).toBe(true);
    expect(opened?.contains(document.activeElement)).toBe(true);
  });

  it('Enter on a row before the detail’s chunk: the list stays, then the detail shows with the focus on it', async () => {
    const container = await mountOnDeal();
    ui.row(container, PRIYA).focus();
    await ui.press('Enter');
    expect(container.querySelector('[data-view="person"]')).toBeNull();
    expect(ui.row(container, PRIYA)).toBeTruthy();
    await letIn('later');
    const detail = container.querySelector<HTMLElement>('[data-view="person"]');
    expect(detail?.dataset.key).toBe(PRIYA);
    expect(document.activeElement).toBe(detail);
  });

  it('a focus already carried out is not carried out again when a chunk arrives', async () => {
    const container = await mountOnDeal();
    // A gap's person: the focus goes to their row at once.
    await ui.click(container.querySelector<HTMLElement>(`button[data-person-key="${PRIYA}"]`)!);
    expect(document.activeElement).toBe(ui.row(container, PRIYA));
    // The rep moves on before the later chunk is in.
    ui.row(container, TOM).focus();
    await letIn('later');
    expect(document.activeElement).toBe(ui.row(container, TOM));
  });

  it('off a CRM page, the loading screen stays until the pipeline’s chunk is in', async () => {
    fake.replyWith((request) => (request.type === 'tab/state' ? fake.ok({ kind: 'none' }) : fake.ok({ deals: [] })));
    popup = await ui.mountPopup({}, { parts: 'as-they-come' });
    expect(popup.container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(popup.container.querySelector('[data-pipeline]')).toBeNull();
    await letIn('pipeline');
    expect(popup.container.querySelector('[data-pipeline]')).not.toBeNull();
    // The pipeline asks for the deals once it has painted.
    await vi.waitFor(() => expect(fake.sentRequests('pipeline/list')).toHaveLength(1));
  });
});
