/**
 * What the engine works out once per deal (facts.ts) and what it remembers across deals: the rep's
 * role table per settings object, each role text's mapping per table. Nothing is remembered per
 * deal or per moment, so a changed deal, changed settings or a later `now` always count.
 */
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dealFacts, findGaps } from '../../../../src/domain/gaps';
import { rankCandidates } from '../../../../src/domain/gaps/candidates';
import { hasRole } from '../../../../src/domain/gaps/role-set';
import type { RoleOverride } from '../../../../src/domain/network';
import { ROLE_SENIORITY, type CurrentContact } from '../../../../src/domain/people';
import { mapCrmRole } from '../../../../src/domain/roles';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../../src/domain/settings';
import { COLM, KWAME, NOW, PRIYA, SOFIA, aDeal, key } from './builders';

const kinds = (deal = aDeal().build(), settings = DEFAULT_SETTINGS, now = NOW) => findGaps(dealFacts(deal, settings, now)).map((g) => g.kind);

describe('the facts of a deal', () => {
  test('index the logs by person, in log order', () => {
    const deal = aDeal()
      .contact('colm', COLM)
      .intelligence('colm', '2026-11-01', 'funding')
      .intelligence('priya', '2026-11-02', 'funding')
      .intelligence('colm', '2026-11-03', 'change')
      .value('colm', '2026-11-04')
      .build();
    const facts = dealFacts(deal, DEFAULT_SETTINGS, NOW);
    expect(facts.intelligenceFrom.get(key('colm'))?.map((e) => e.date)).toEqual(['2026-11-01', '2026-11-03']);
    expect(facts.intelligenceFrom.get(key('priya'))?.map((e) => e.date)).toEqual(['2026-11-02']);
    expect(facts.valueGivenTo.get(key('colm'))?.map((e) => e.date)).toEqual(['2026-11-04']);
    expect(facts.valueGivenTo.get(key('priya'))).toBeUndefined();
  });

  test('are worked out again for a changed deal: nothing is remembered per deal', () => {
    const deal = aDeal().contact('colm', { ...COLM, criteria: 'yy?' }).build();
    expect(kinds(deal)).toContain('no-coach');
    const tagged = structuredClone(deal);
    tagged.contacts[key('colm')]!.criteria.willingToGuide = { value: 'yes', setAt: '2026-11-26T09:00:00.000Z' };
    expect(kinds(tagged)).not.toContain('no-coach');
    expect(kinds(deal)).toContain('no-coach');
  });

  test('follow the settings: a new role table maps the same text anew', () => {
    const deal = aDeal().contact('priya', { ...PRIYA, crmRole: 'Wirtschaftlicher Entscheider' }).build();
    const german = settingsSchema.parse({ roleTable: { 'wirtschaftlicher entscheider': { role: 'economic', hint: null } } });
    expect(kinds(deal)).toContain('economic-buyer-unknown');
    expect(kinds(deal, german)).not.toContain('economic-buyer-unknown');
    // And back: the default table's memo was not overwritten by the other table's mapping.
    expect(kinds(deal)).toContain('economic-buyer-unknown');
  });

  test('follow the settings: another threshold, another verdict on the same deal', () => {
    const deal = aDeal().contact('colm', { ...COLM, criteria: 'yyy', setAt: '2026-11-07T12:00:00.000Z' }).build();
    expect(kinds(deal)).not.toContain('stale-coach');
    expect(kinds(deal, settingsSchema.parse({ staleCoachDays: 10 }))).toContain('stale-coach');
  });

  test('follow the moment: the same deal later has a stale coach', () => {
    const deal = aDeal().contact('colm', { ...COLM, criteria: 'yyy', setAt: '2026-11-20T12:00:00.000Z' }).build();
    expect(kinds(deal, DEFAULT_SETTINGS, NOW)).not.toContain('stale-coach');
    expect(kinds(deal, DEFAULT_SETTINGS, new Date('2027-01-01T00:00:00.000Z'))).toContain('stale-coach');
    expect(kinds(deal, DEFAULT_SETTINGS, NOW)).not.toContain('stale-coach');
  });

  test('map every role text right however many distinct texts the pages show (the memo is bounded)', () => {
    const texts = Array.from({ length: 2500 }, (_, i) => (i % 5 === 0 ? 'Economic Buyer' : `Custom role ${i}`));
    const builder = aDeal();
    texts.forEach((crmRole, i) => builder.contact(`c${i}`, { name: `Contact ${i}`, crmRole }));
    const deal = builder.build();
    const roles = () => dealFacts(deal, DEFAULT_SETTINGS, NOW).contacts.map((c) => c.role);
    const expected = texts.map((text) => mapCrmRole(text).role);
    expect(roles()).toEqual(expected);
    // Through the memo again, which filled up and was cleared on the way.
    expect(roles()).toEqual(expected);
  });
});

/** product.md gap 1, restated: most yes, fewest no, seniority, then a Champion label, then page order. */
function rankedBySpec(contacts: readonly CurrentContact[]): string[] {
  const seniority = (c: CurrentContact) => (c.role === null ? 3 : ROLE_SENIORITY.indexOf(c.role));
  const champion = (c: CurrentContact) => (c.hint === 'coach-candidate' ? 0 : 1);
  return contacts
    .filter((c) => c.status !== 'coach' && c.status !== 'not-coach' && !/procure|purchas|sourcing|vendor\s*management|supplier\s*management|einkauf|beschaffung/i.test(c.record.page.title ?? ''))
    .sort((a, b) => b.yes - a.yes || a.no - b.no || seniority(a) - seniority(b) || champion(a) - champion(b) || a.order - b.order)
    .map((c) => c.key);
}

test('the candidates are ranked once per deal exactly as gap 1 ranks them, and the roles held are those of the contacts', () => {
  const contactArb = fc.record({
    criteria: fc.constantFrom('???', 'y??', '?y?', 'yy?', 'yyn', 'yn?', 'n??', 'yyy', 'nnn'),
    crmRole: fc.constantFrom('Economic Buyer', 'Business User', 'Evaluator', 'Champion', 'Influencer', null),
    title: fc.constantFrom('Head of Procurement', 'Director', null),
    role: fc.constantFrom<RoleOverride>(null, 'economic', 'user', 'technical', 'none'),
  });
  fc.assert(
    fc.property(fc.array(contactArb, { maxLength: 30 }), (specs) => {
      const builder = aDeal();
      specs.forEach((spec, i) => builder.contact(`c${i}`, { ...KWAME, ...spec, name: `Contact ${i}` }));
      const facts = dealFacts(builder.build(), DEFAULT_SETTINGS, NOW);
      expect(facts.candidates.map((c) => c.key)).toEqual(rankedBySpec(facts.contacts));
      expect(rankCandidates(facts.contacts)).toEqual(facts.candidates);
      for (const role of ROLE_SENIORITY) expect(hasRole(facts.heldRoles, role)).toBe(facts.contacts.some((c) => c.role === role));
    }),
    { numRuns: 200 },
  );
});

test('a procurement title is never a candidate, whatever its case', () => {
  const deal = aDeal().contact('sofia', { ...SOFIA, title: 'HEAD OF PURCHASING', criteria: 'yy?' }).contact('colm', COLM).build();
  expect(dealFacts(deal, DEFAULT_SETTINGS, NOW).candidates.map((c) => c.key)).toEqual([key('colm')]);
});
