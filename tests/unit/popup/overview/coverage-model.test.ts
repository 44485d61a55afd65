import { describe, expect, it } from 'vitest';
import { coverageModel } from '../../../../src/popup/overview/coverage-model';
import { clip, layoutCoverage, LINE, NODE_WIDTH, RIGHT_X, ROLE_HEIGHT, wrapText } from '../../../../src/popup/overview/coverage-layout';
import { contact, criteria, deal } from '../../fakes/deal-views';
import type { DealView } from '../../../../src/domain/view-schema';

const COACH = criteria('yes', 'yes', 'yes');
const DEVELOPING = criteria('yes', 'unknown', 'unknown');

// The cast of every case: an economic buyer, two users, a technical buyer.
const eb = contact('EB', { name: 'Erin Economic', influenceRole: 'economic' });
const u1 = contact('U1', { name: 'Uma User', influenceRole: 'user' });
const u2 = contact('U2', { name: 'Ulf User', influenceRole: 'user' });
const tb = contact('TB', { name: 'Tess Technical', influenceRole: 'technical' });
const internal = (id: string, access: DealView['internalCoaches'][number]['access']) => ({
  key: `internal:${id}`,
  name: `Colleague ${id}`,
  title: null,
  email: null,
  access,
});

type Case = {
  name: string;
  view: Pick<DealView, 'contacts' | 'internalCoaches'>;
  covered: Record<string, string[]>;
  uncovered: string[];
  absent?: string[];
  edges: string[];
};

const cases: Case[] = [
  {
    name: 'no coaches: every present role is uncovered, no lines',
    view: { contacts: [eb, u1, tb], internalCoaches: [] },
    covered: {},
    uncovered: ['economic', 'user', 'technical'],
    edges: [],
  },
  {
    name: 'a coach covers its own role',
    view: { contacts: [eb, { ...u1, criteria: COACH, status: 'coach' }, tb], internalCoaches: [] },
    covered: { user: ['salesforce:U1'] },
    uncovered: ['economic', 'technical'],
    edges: ['salesforce:U1->user'],
  },
  {
    name: 'a coach covers the roles in its access',
    view: {
      contacts: [eb, { ...u1, criteria: COACH, status: 'coach', access: { roles: ['economic', 'technical'], people: [] } }, tb],
      internalCoaches: [],
    },
    covered: { economic: ['salesforce:U1'], user: ['salesforce:U1'], technical: ['salesforce:U1'] },
    uncovered: [],
    edges: ['salesforce:U1->economic', 'salesforce:U1->user', 'salesforce:U1->technical'],
  },
  {
    name: 'a named person in the access covers that person’s role',
    view: { contacts: [eb, u1, { ...tb, criteria: COACH, status: 'coach', access: { roles: [], people: ['salesforce:EB'] } }], internalCoaches: [] },
    covered: { economic: ['salesforce:TB'], technical: ['salesforce:TB'] },
    uncovered: ['user'],
    edges: ['salesforce:TB->economic', 'salesforce:TB->technical'],
  },
  {
    name: 'internal coaches cover their access (no own role), by role and by named person',
    view: {
      contacts: [eb, u1, tb],
      internalCoaches: [internal('a', { roles: ['economic'], people: [] }), internal('b', { roles: [], people: ['salesforce:TB'] })],
    },
    covered: { economic: ['internal:a'], technical: ['internal:b'] },
    uncovered: ['user'],
    edges: ['internal:a->economic', 'internal:b->technical'],
  },
  {
    name: 'a developing contact’s access covers nothing yet: only coaches count',
    view: { contacts: [eb, { ...u1, criteria: DEVELOPING, status: 'developing', access: { roles: ['economic'], people: [] } }], internalCoaches: [] },
    covered: {},
    uncovered: ['economic', 'user'],
    absent: ['technical'],
    edges: [],
  },
  {
    name: 'a role nobody holds gets no node and no line, even when a coach reaches it',
    view: { contacts: [{ ...u1, criteria: COACH, status: 'coach', access: { roles: ['economic'], people: [] } }, u2], internalCoaches: [] },
    covered: { user: ['salesforce:U1'] },
    uncovered: [],
    absent: ['economic', 'technical'],
    edges: ['salesforce:U1->user'],
  },
  {
    name: 'naming an internal coach or someone who left reaches no role',
    view: {
      contacts: [eb, { ...u1, criteria: COACH, status: 'coach', access: { roles: [], people: ['internal:a', 'salesforce:GONE'] } }],
      internalCoaches: [internal('a', { roles: [], people: [] })],
    },
    covered: { user: ['salesforce:U1'] },
    uncovered: ['economic'],
    absent: ['technical'],
    edges: ['salesforce:U1->user'],
  },
];

describe('coverage model (mirrors domain/gaps/coverage.ts)', () => {
  it.each(cases)('$name', ({ view, covered, uncovered, absent = [], edges }) => {
    const model = coverageModel(view);
    expect(Object.fromEntries(model.roles.filter((r) => r.covered).map((r) => [r.role, r.coveredBy]))).toEqual(covered);
    expect(model.roles.filter((r) => !r.covered).map((r) => r.role)).toEqual(uncovered);
    expect(model.absentRoles).toEqual(absent);
    expect(model.edges.map((e) => `${e.from}->${e.role}`)).toEqual(edges);
  });

  it('lists the holders of each role in page order, and coaches before internal coaches', () => {
    const model = coverageModel({ contacts: [u1, eb, u2], internalCoaches: [internal('a', { roles: [], people: [] })] });
    expect(model.roles.map((r) => [r.role, r.holders.map((h) => h.name)])).toEqual([
      ['economic', ['Erin Economic']],
      ['user', ['Uma User', 'Ulf User']],
    ]);
    const withCoach = coverageModel({ contacts: [{ ...u1, criteria: COACH, status: 'coach' }], internalCoaches: [internal('a', { roles: [], people: [] })] });
    expect(withCoach.coaches.map((c) => [c.key, c.kind])).toEqual([
      ['salesforce:U1', 'coach'],
      ['internal:a', 'internal'],
    ]);
  });

  it('works on the whole test deal view', () => {
    expect(coverageModel(deal()).roles.map((r) => [r.role, r.covered])).toEqual([
      ['economic', false],
      ['technical', false],
    ]);
  });
});

describe('coverage layout', () => {
  it('puts coaches left, roles right, and joins them edge to edge', () => {
    const model = coverageModel({ contacts: [eb, { ...u1, criteria: COACH, status: 'coach', access: { roles: ['economic'], people: [] } }], internalCoaches: [] });
    const layout = layoutCoverage(model);
    expect(layout.coaches.map((p) => p.x)).toEqual([0]);
    expect(layout.roles.map((p) => p.x)).toEqual([RIGHT_X, RIGHT_X]);
    expect(layout.edges).toHaveLength(2);
    expect(layout.edges[0]?.d).toMatch(new RegExp(`^M${NODE_WIDTH} `));
    expect(layout.coachPlaceholder).toBeNull();
    expect(layout.rolePlaceholder).toBeNull();
  });

  it('gives an empty column a placeholder box and never a zero height', () => {
    const layout = layoutCoverage(coverageModel({ contacts: [], internalCoaches: [] }));
    expect(layout.coachPlaceholder).not.toBeNull();
    expect(layout.rolePlaceholder).not.toBeNull();
    expect(layout.height).toBeGreaterThan(40);
  });

  it('makes a role box taller for each extra line of its name', () => {
    const model = coverageModel({ contacts: [eb, u1], internalCoaches: [] });
    const layout = layoutCoverage(model, (node) => (node.role === 'economic' ? 2 : 1));
    expect(layout.roles.map((p) => p.height)).toEqual([ROLE_HEIGHT + LINE, ROLE_HEIGHT]);
    const [first, second] = layout.roles;
    expect(second!.y - first!.y).toBe(ROLE_HEIGHT + LINE + 12);
  });

  it.each([
    ['Economic Buyer', ['Economic Buyer']],
    ['Wirtschaftlicher Entscheider', ['Wirtschaftlicher', 'Entscheider']],
    ['Technischer Entscheider', ['Technischer', 'Entscheider']],
    ['Sehr lange Bezeichnung mit vielen Wörtern', ['Sehr lange', 'Bezeichnung mit…']],
    ['Donaudampfschifffahrtsgesellschaft', ['Donaudampfschiff…']],
  ])('wraps “%s” for a 17-character box', (text, lines) => {
    expect(wrapText(text, 17)).toEqual(lines);
  });

  it('clips long names with an ellipsis', () => {
    expect(clip('Priya Raghunathan-Oyelaran', 10)).toBe('Priya Rag…');
    expect(clip('Tom', 10)).toBe('Tom');
  });
});
