import { describe, expect, it, vi } from 'vitest';
import { CoveragePicture } from '../../../../src/popup/overview';
import { contact, criteria, deal } from '../../fakes/deal-views';
import { mount } from './mount';

vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('./browser-stub')).browserStub }));

const COACH = criteria('yes', 'yes', 'yes');
const priya = contact('EB', { name: 'Priya Raghunathan', influenceRole: 'economic' });
const tom = contact('TB', { name: 'Tom Okafor', influenceRole: 'technical', criteria: COACH });
const uma = contact('UB', { name: 'Uma Lindqvist', influenceRole: 'user' });

async function picture(view = deal({ contacts: [priya, tom, uma] })) {
  const { container } = await mount(<CoveragePicture deal={view} />);
  const svg = container.querySelector('svg[data-coverage]');
  if (!svg) throw new Error('no coverage svg');
  return { container, svg };
}

describe('coverage picture', () => {
  it('is one accessible image labelled by its <title> and <desc>', async () => {
    const { svg } = await picture();
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector('title');
    const desc = svg.querySelector('desc');
    const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(ids).toEqual([title?.id, desc?.id]);
    expect(title?.textContent).toBe('Coverage of the buying influences by coaches and internal coaches');
  });

  it('says in words who covers what and what is uncovered', async () => {
    const { svg } = await picture();
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Economic Buyer (Priya Raghunathan) is not covered: no coach reaches this buying influence. ' +
        'User Buyer (Uma Lindqvist) is not covered: no coach reaches this buying influence. ' +
        'Technical Buyer (Tom Okafor) is covered by Tom Okafor.',
    );
  });

  it('marks each present role covered or not, and an uncovered one by dash and text, not colour alone', async () => {
    const { svg, container } = await picture();
    const node = (role: string) => svg.querySelector(`[data-role-node="${role}"]`);
    expect(node('economic')?.getAttribute('data-covered')).toBe('false');
    expect(node('user')?.getAttribute('data-covered')).toBe('false');
    expect(node('technical')?.getAttribute('data-covered')).toBe('true');
    expect(node('economic')?.querySelector('rect')?.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(node('technical')?.querySelector('rect')?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(node('economic')?.textContent).toContain('Uncovered');
    expect(node('economic')?.textContent).toContain('Priya Raghunathan');
    expect(node('technical')?.textContent).toContain('Covered');
    expect(container.querySelector('[data-coverage-summary]')?.textContent).toBe('1 of 3 buying influences covered');
  });

  it('draws one line per coach → role it reaches: own role, access roles, named people’s roles', async () => {
    const reaching = { ...tom, access: { roles: ['user' as const], people: ['salesforce:EB'] } };
    const internal = { key: 'internal:maya', name: 'Maya Chen', title: 'VP Customer Success', email: null, access: { roles: ['economic' as const], people: [] } };
    const { svg } = await picture(deal({ contacts: [priya, reaching, uma], internalCoaches: [internal] }));
    expect([...svg.querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge'))).toEqual([
      'salesforce:TB->economic',
      'salesforce:TB->user',
      'salesforce:TB->technical',
      'internal:maya->economic',
    ]);
    expect(svg.querySelector('[data-coach-node="internal:maya"]')?.textContent).toContain('Internal coach');
    expect(svg.querySelectorAll('[data-covered="false"]')).toHaveLength(0);
    expect(svg.querySelector('desc')?.textContent).toContain('Economic Buyer (Priya Raghunathan) is covered by Tom Okafor and Maya Chen.');
  });

  it('with no coach: a "No coach yet" placeholder, no lines, every role uncovered', async () => {
    const { svg } = await picture(deal());
    expect(svg.querySelectorAll('[data-edge]')).toHaveLength(0);
    expect(svg.querySelectorAll('[data-covered="true"]')).toHaveLength(0);
    expect(svg.textContent).toContain('No coach yet');
    expect(svg.querySelector('desc')?.textContent).toContain('There is no coach and no internal coach yet.');
  });

  it('names roles nobody holds yet, and coaches who reach no influence', async () => {
    const internal = { key: 'internal:maya', name: 'Maya Chen', title: null, email: null, access: { roles: [], people: [] } };
    const { svg, container } = await picture(deal({ contacts: [priya], internalCoaches: [internal] }));
    expect(svg.querySelectorAll('[data-role-node]')).toHaveLength(1);
    expect(container.textContent).toContain('Not identified yet: User Buyer and Technical Buyer.');
    expect(svg.querySelector('desc')?.textContent).toContain('Reaching no buying influence of this deal yet: Maya Chen.');
  });

  it('says so when no contact holds a role at all', async () => {
    const { svg } = await picture(deal({ contacts: [contact('X', { influenceRole: null, crmRole: 'Influencer' })] }));
    expect(svg.querySelectorAll('[data-role-node]')).toHaveLength(0);
    expect(svg.querySelector('desc')?.textContent).toContain('No contact has a buying-influence role yet.');
  });

  it('renders CRM text as text, never as markup', async () => {
    const hostile = contact('EB', { name: '<img src=x onerror=alert(1)>', influenceRole: 'economic' });
    const { svg } = await picture(deal({ contacts: [hostile] }));
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.querySelector('desc')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
