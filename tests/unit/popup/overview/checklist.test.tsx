import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CHECKLIST_ITEMS, CHECKLIST_STEPS, type ChecklistEntry } from '../../../../src/domain/checklist';
import { Checklist } from '../../../../src/popup/overview';
import { checklistItemKey, checklistStepKey } from '../../../../src/popup/overview/Checklist';
import { catalog } from '../../fakes/i18n';
import { deal } from '../../fakes/deal-views';
import { click, mount } from './mount';

vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('./browser-stub')).browserStub }));

/** The deal's checklist as checklistOf builds it, with the given items done. */
function entries(done: string[] = []): ChecklistEntry[] {
  return CHECKLIST_ITEMS.map(({ id, step, label, proven }) => ({ id, step, label, done: done.includes(id), by: proven ? 'state' : 'rep' }));
}

async function checklist(done: string[] = []) {
  const onTick = vi.fn();
  const { container } = await mount(<Checklist deal={deal({ checklist: entries(done) })} onTick={onTick} />);
  const item = (id: string) => {
    const element = container.querySelector(`[data-checklist-item="${id}"]`);
    if (!element) throw new Error(`no item ${id}`);
    return element;
  };
  return { container, onTick, item, box: (id: string) => item(id).querySelector('input[type="checkbox"]') as HTMLInputElement };
}

describe('checklist', () => {
  it('shows the four steps with translated titles and every item under its step', async () => {
    const { container } = await checklist();
    const steps = [...container.querySelectorAll('[data-checklist-step]')];
    expect(steps.map((s) => s.querySelector('h3')?.textContent)).toEqual([
      'Step 1: Identify potential coach candidates',
      'Step 2: Establish credibility and trust',
      'Step 3: Request and use coaching intelligence',
      'Step 4: Build a coach network',
    ]);
    for (const { id, step } of CHECKLIST_ITEMS) {
      expect(container.querySelector(`[data-checklist-step="${step}"] [data-checklist-item="${id}"]`)).not.toBeNull();
    }
  });

  it('labels items from the catalog, not from the view’s English label', async () => {
    const onTick = vi.fn();
    const view = deal({ checklist: entries().map((e) => ({ ...e, label: 'UNTRANSLATED' })) });
    const { container } = await mount(<Checklist deal={view} onTick={onTick} />);
    expect(container.textContent).not.toContain('UNTRANSLATED');
    expect(container.querySelector('[data-checklist-item="several-coaches"] label')?.textContent).toContain('More than one coach (no one-legged stool)');
  });

  it('reflects done in data-done and the box, and counts what is done', async () => {
    const { item, box, container } = await checklist(['candidates-found', 'confidentiality']);
    expect(item('candidates-found').getAttribute('data-done')).toBe('true');
    expect(box('candidates-found').checked).toBe(true);
    expect(item('all-tested').getAttribute('data-done')).toBe('false');
    expect(box('confidentiality').checked).toBe(true);
    expect(container.querySelector('[data-checklist-summary]')?.textContent).toBe(`2 of ${CHECKLIST_ITEMS.length} done`);
  });

  it('shows items the deal proves as disabled boxes that explain they tick themselves', async () => {
    const { box, item, onTick } = await checklist(['candidates-found']);
    const proven = box('all-tested');
    expect(proven.disabled).toBe(true);
    const why = document.getElementById(proven.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe('Ticks itself when the deal shows it');
    expect(item('candidates-found').textContent).toContain('The deal shows it');
    await click(proven);
    expect(onTick).not.toHaveBeenCalled();
  });

  it('ticks and unticks only the rep’s own items, with their id', async () => {
    const { box, onTick } = await checklist();
    const own = box('confidentiality');
    expect(own.disabled).toBe(false);
    await click(own);
    expect(onTick).toHaveBeenCalledWith('confidentiality', true);
    const { box: box2, onTick: onTick2 } = await checklist(['confidentiality']);
    await click(box2('confidentiality'));
    expect(onTick2).toHaveBeenCalledWith('confidentiality', false);
  });

  it('is keyboard operable: real labelled checkboxes, Space ticks', async () => {
    const { box, onTick } = await checklist();
    const own = box('confidentiality');
    expect(own.labels?.[0]?.textContent).toContain('Shared no more confidential information');
    own.focus();
    expect(document.activeElement).toBe(own);
    // jsdom does not turn a key into a click; Space on a focused checkbox fires click in browsers.
    await act(() => {
      own.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
    expect(onTick).toHaveBeenCalledWith('confidentiality', true);
  });

  it('has an English and a German text for every step and item id', () => {
    for (const locale of ['en', 'de']) {
      const messages = catalog(locale);
      const keys = [...CHECKLIST_ITEMS.map((i) => checklistItemKey(i.id)), ...CHECKLIST_STEPS.map((s) => checklistStepKey(s.step))];
      expect(keys.filter((key) => !messages[key])).toEqual([]);
    }
  });
});
