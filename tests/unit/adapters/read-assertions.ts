/** Assertions every adapter's fixture tests share: a read, and where its badges go. */
import { expect } from 'vitest';
import type { AdapterRead } from '../../../src/content/adapters/types';

export type Read = Extract<AdapterRead, { kind: 'read' }>;

export function expectRead(result: AdapterRead): Read {
  if (result.kind !== 'read') throw new Error(`expected a read, got ${JSON.stringify({ ...result, noticeAnchor: undefined })}`);
  return result;
}

/** The fields a fixture test pins for each contact: key, name, title, role. */
export const keyNameTitleRole = (result: Read) => result.read.contacts.map((c) => [c.key, c.name, c.title, c.crmRole]);

/**
 * One badge per contact, in the contacts' order, each on its own element inside `container` (the
 * one list the adapter reads): a person of any other list on the page gets none.
 */
export function expectAnchorsWithin(result: Read, container: Element | null): void {
  expect(container).not.toBeNull();
  expect(result.anchors.map((a) => a.key)).toEqual(result.read.contacts.map((c) => c.key));
  expect(new Set(result.anchors.map((a) => a.element)).size).toBe(result.anchors.length);
  for (const { element } of result.anchors) expect(container?.contains(element), element.textContent ?? '').toBe(true);
}

/** None of these record keys was read. */
export function expectNotRead(result: Read, keys: readonly string[]): void {
  const read = result.read.contacts.map((c) => c.key);
  for (const key of keys) expect(read, key).not.toContain(key);
}
