import { describe, expect, test } from 'vitest';
import { applyAction } from '../../../src/domain/actions';
import { mergePageRead } from '../../../src/domain/merge';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { viewDeal } from '../../../src/domain/view';
import type { Deal } from '../../../src/domain/network';
import { COLM, PRIYA, pageRead } from '../background/fixtures';
import { englishSay } from '../../../src/domain/say-english';

const NOW = new Date('2026-11-27T10:00:00Z');
const apply = (deal: Deal, action: Parameters<typeof applyAction>[1]): Deal => {
  const result = applyAction(deal, action, NOW, englishSay);
  if (!result.ok) throw new Error(result.error);
  return result.deal;
};
const done = (deal: Deal) => Object.fromEntries(viewDeal(deal, DEFAULT_SETTINGS, NOW, new Map(), englishSay).checklist.map((i) => [i.id, i.done]));

describe('the four-step checklist', () => {
  test('a new deal proves nothing yet', () => {
    const items = viewDeal(mergePageRead(undefined, pageRead()), DEFAULT_SETTINGS, NOW, new Map(), englishSay).checklist;
    expect(items.map((i) => i.step)).toEqual([1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
    expect(items.filter((i) => i.done).map((i) => i.id)).toEqual(['successors-assessed']);
  });

  test('items tick themselves as the state proves them, and untick when it no longer does', () => {
    let deal = mergePageRead(undefined, pageRead());
    for (const contact of [PRIYA, COLM]) {
      for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide'] as const) {
        deal = apply(deal, { type: 'set-criterion', contact, criterion, value: 'yes' });
      }
    }
    expect(done(deal)).toMatchObject({ 'candidates-found': true, 'all-tested': true, 'several-coaches': true, 'every-role-covered': true });
    deal = apply(deal, { type: 'set-criterion', contact: COLM, criterion: 'willingToGuide', value: 'no' });
    expect(done(deal)['several-coaches']).toBe(false);
  });

  test('only items the state cannot prove are ticked by hand', () => {
    const deal = mergePageRead(undefined, pageRead());
    expect(done(apply(deal, { type: 'tick-checklist', item: 'confidentiality', checked: true })).confidentiality).toBe(true);
    expect(applyAction(deal, { type: 'tick-checklist', item: 'several-coaches', checked: true }, NOW, englishSay)).toMatchObject({ ok: false });
  });
});
