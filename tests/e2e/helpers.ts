/** What the e2e tests read off a page: our badge hosts and the text inside their closed shadow roots. */
import type { Page } from 'puppeteer-core';
import path from 'node:path';
import { readFileSync } from 'node:fs';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

interface ExpectedContact { id: string; name: string }
interface ExpectedFixture { url: string; contacts: ExpectedContact[] }
export function expectedFixture(name: string): ExpectedFixture {
  const all = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as { fixtures: Record<string, ExpectedFixture> };
  const fixture = all.fixtures[name];
  if (!fixture) throw new Error(`no expected entry for ${name}`);
  return fixture;
}

/** The fixture's real address, on the local server's port (match patterns ignore ports). */
export function atPort(url: string, port: number): string {
  const u = new URL(url);
  u.port = String(port);
  return u.href;
}

export interface BadgeInfo {
  key: string | null;
  status: string | null;
  /** The contact id of the link the badge stands beside, or null if it is not beside a contact link. */
  besideContactId: string | null;
  /** Whether that link is in the active page host's Contact Roles card. */
  inActiveContactRoles: boolean;
}

export function badges(page: Page): Promise<BadgeInfo[]> {
  return page.$$eval('[data-coach-network="badge"]', (hosts) =>
    hosts.map((host) => {
      const anchor = host.previousElementSibling;
      const card = anchor?.closest('article');
      return {
        key: host.getAttribute('data-contact-key'),
        status: host.getAttribute('data-status'),
        besideContactId: anchor?.matches('a[data-recordid^="003"]') ? anchor.getAttribute('data-recordid') : null,
        inActiveContactRoles:
          !!anchor?.closest('.oneContent.active') &&
          !!card?.querySelector('a[href*="/related/OpportunityContactRoles/view"]'),
      };
    }),
  );
}

export { shadowTexts } from '../../scripts/page-probe.mjs';
