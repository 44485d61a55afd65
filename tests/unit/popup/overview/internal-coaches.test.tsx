import { describe, expect, it, vi } from 'vitest';
import { internalCoachSchema } from '../../../../src/domain/network';
import { InternalCoaches } from '../../../../src/popup/overview';
import { emptyCoachForm, parseCoachForm } from '../../../../src/popup/overview/internal-coach-form';
import type { DealView } from '../../../../src/domain/view-schema';
import { deal } from '../../fakes/deal-views';
import { click, mount, type } from './mount';

vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('./browser-stub')).browserStub }));

const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const TOM = 'salesforce:0038V00001cWq2BQAS';
const maya: DealView['internalCoaches'][number] = {
  key: 'internal:maya',
  name: 'Maya Chen',
  title: 'VP Customer Success',
  email: 'maya.chen@halyard.example',
  access: { roles: ['economic'], people: [TOM] },
};
const INTERNAL_KEY = /^internal:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function section(view: DealView = deal()) {
  const handlers = { onAdd: vi.fn(), onRemove: vi.fn(), onSetAccess: vi.fn() };
  const { container } = await mount(<InternalCoaches deal={view} {...handlers} />);
  const form = () => container.querySelector('[data-internal-form]') as HTMLFormElement;
  const input = (name: string) => form().querySelector(`input[name="${name}"]`);
  const option = (scope: Element, value: string) => scope.querySelector(`input[value="${value}"]`);
  return { container, ...handlers, form, input, option };
}

describe('internal coaches: list', () => {
  it('lists each internal coach with title, email and whom they can reach', async () => {
    const { container } = await section(deal({ internalCoaches: [maya] }));
    const item = container.querySelector('[data-internal-coach="internal:maya"]');
    expect(item?.textContent).toContain('Maya Chen');
    expect(item?.textContent).toContain('VP Customer Success');
    expect(item?.textContent).toContain('maya.chen@halyard.example');
    expect(item?.querySelector('[data-internal-reach]')?.textContent).toBe('Can reach: Economic Buyer and Tom Okafor');
  });

  it('says when there is none yet', async () => {
    const { container } = await section();
    expect(container.querySelector('[data-internal-empty]')?.textContent).toBe('No internal coach recorded for this deal yet.');
  });

  it('removes one by its key', async () => {
    const { container, onRemove } = await section(deal({ internalCoaches: [maya] }));
    const remove = container.querySelector('[data-internal-coach="internal:maya"] [data-action="remove"]');
    expect(remove?.getAttribute('aria-label')).toBe('Remove: Maya Chen');
    await click(remove);
    expect(onRemove).toHaveBeenCalledWith('internal:maya');
  });

  it('edits access on a copy: Save sends the new access, Cancel sends nothing', async () => {
    const { container, onSetAccess, option } = await section(deal({ internalCoaches: [maya] }));
    const item = () => container.querySelector('[data-internal-coach="internal:maya"]')!;
    await click(item().querySelector('[data-action="edit-access"]'));
    const editor = () => item().querySelector('[data-access-editor]')!;
    expect((option(editor(), 'economic') as HTMLInputElement).checked).toBe(true);
    await click(option(editor(), 'technical'));
    await click(option(editor(), 'economic'));
    await click(option(editor(), PRIYA));
    await click(editor().querySelector('button[type="submit"]'));
    expect(onSetAccess).toHaveBeenCalledWith('internal:maya', { roles: ['technical'], people: [TOM, PRIYA] });
    expect(item().querySelector('[data-access-editor]')).toBeNull();

    await click(item().querySelector('[data-action="edit-access"]'));
    await click(option(editor(), 'user'));
    await click([...editor().querySelectorAll('button')].find((b) => b.textContent === 'Cancel'));
    expect(onSetAccess).toHaveBeenCalledTimes(1);
  });
});

describe('internal coaches: add form', () => {
  it('adds a valid coach with an internal: key, addedAt now and the chosen access', async () => {
    const { form, input, option, onAdd } = await section();
    await type(input('name'), '  Jordan Park ');
    await type(input('title'), 'Solutions Engineer');
    await type(input('email'), 'jordan.park@halyard.example');
    await click(option(form(), 'user'));
    await click(option(form(), PRIYA));
    const before = Date.now();
    await click(form().querySelector('button[type="submit"]'));
    expect(onAdd).toHaveBeenCalledTimes(1);
    const coach = onAdd.mock.calls[0]![0];
    expect(coach).toMatchObject({ name: 'Jordan Park', title: 'Solutions Engineer', email: 'jordan.park@halyard.example', access: { roles: ['user'], people: [PRIYA] } });
    expect(coach.key).toMatch(INTERNAL_KEY);
    expect(Date.parse(coach.addedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(internalCoachSchema.parse(coach)).toEqual(coach);
    // The form is cleared for the next one.
    expect((input('name') as HTMLInputElement).value).toBe('');
  });

  it('refuses a missing name and a malformed email, says which field and why', async () => {
    const { form, input, onAdd, container } = await section();
    await type(input('email'), 'jordan at halyard');
    await click(form().querySelector('button[type="submit"]'));
    expect(onAdd).not.toHaveBeenCalled();
    expect(container.querySelector('[data-form-alert]')?.getAttribute('role')).toBe('alert');
    expect(input('name')?.getAttribute('aria-invalid')).toBe('true');
    const nameError = document.getElementById(input('name')?.getAttribute('aria-describedby') ?? '');
    expect(nameError?.textContent).toBe('Enter the colleague’s name.');
    expect(form().querySelector('[data-field-error="email"]')?.textContent).toContain('name@company.com');
  });

  it('refuses an email already recorded for this deal and a name past the stored bound', async () => {
    const { form, input, onAdd } = await section(deal({ internalCoaches: [maya] }));
    await type(input('name'), 'x'.repeat(201));
    await type(input('email'), 'MAYA.CHEN@halyard.example');
    await click(form().querySelector('button[type="submit"]'));
    expect(onAdd).not.toHaveBeenCalled();
    expect(form().querySelector('[data-field-error="email"]')?.textContent).toBe('An internal coach with this email is already on this deal.');
    expect(form().querySelector('[data-field-error="name"]')?.textContent).toBe('Too long: at most 200 characters.');
  });
});

describe('internal coaches: proposals', () => {
  it('offers colleagues found on the page and adds one in one click', async () => {
    const view = deal({ internalCoachProposals: [{ key: TOM, name: 'Tom Okafor', email: 'tom@halyard.example' }] });
    const { container, onAdd } = await section(view);
    const proposal = container.querySelector(`[data-internal-proposal="${TOM}"]`);
    expect(proposal?.textContent).toContain('tom@halyard.example');
    const button = proposal?.querySelector('button');
    expect(button?.textContent).toBe('Add as internal coach');
    await click(button);
    const coach = onAdd.mock.calls[0]![0];
    // Its own key: the background refuses a key that is already a person of the deal.
    expect(coach.key).toMatch(INTERNAL_KEY);
    expect(coach).toMatchObject({ name: 'Tom Okafor', email: 'tom@halyard.example', title: 'IT Architect', access: { roles: [], people: [] } });
    expect(internalCoachSchema.safeParse(coach).success).toBe(true);
  });

  it('shows no proposals block when there are none', async () => {
    const { container } = await section();
    expect(container.querySelector('[data-internal-proposals]')).toBeNull();
  });
});

describe('parseCoachForm', () => {
  const now = new Date('2026-06-01T09:00:00.000Z');
  const key = () => 'internal:fixed';
  it.each([
    ['blank name', { name: '   ' }, { name: 'Enter the colleague’s name.' }],
    ['bad email', { name: 'A', email: 'a@' }, { email: expect.stringContaining('email address') }],
    ['long title', { name: 'A', title: 't'.repeat(201) }, { title: 'Too long: at most 200 characters.' }],
  ])('%s', (_, fields, errors) => {
    expect(parseCoachForm({ ...emptyCoachForm(), ...fields }, [], now, key)).toEqual({ ok: false, errors });
  });

  it('turns blank optional fields into null', () => {
    expect(parseCoachForm({ ...emptyCoachForm(), name: 'Ana', email: ' ', title: '' }, [], now, key)).toEqual({
      ok: true,
      coach: { key: 'internal:fixed', name: 'Ana', email: null, title: null, access: { roles: [], people: [] }, addedAt: '2026-06-01T09:00:00.000Z' },
    });
  });
});
