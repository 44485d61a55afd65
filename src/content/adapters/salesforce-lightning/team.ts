/**
 * The Opportunity Team related list: the seller's own colleagues on the deal (users, `005…`), whom
 * the rep may record as internal coaches (framework principle 5). Never contacts, never badged.
 */
import type { PageTeamMember } from '../../../domain/page-read';
import { recordKey } from '../../../domain/records';
import { toId18 } from '../../../domain/salesforce-id';
import { recordPathOfLink, textOf } from './dom';
import { EMAIL_LINK, GRID_ROW, RELATED_LIST_CARD, TEAM_LINK, TEAM_ROLE_CELL, TEAM_USER_LINK } from './selectors';

/** Bounded like a contact list: a team larger than this is not a real one. */
const TEAM_MAX = 200;

/**
 * The team as the view lists it; undefined when the view shows no Opportunity Team card (the
 * Contact Roles "View All" page, a layout without the list): an empty list would tell the store the
 * team is gone and erase the candidates it holds.
 */
export function readOpportunityTeam(root: ParentNode, opportunityId: string): PageTeamMember[] | undefined {
  const card = Array.from(root.querySelectorAll(TEAM_LINK))
    .find((link) => recordPathOfLink(link)?.id === opportunityId)
    ?.closest(RELATED_LIST_CARD);
  if (!card) return undefined;
  const members: PageTeamMember[] = [];
  for (const row of Array.from(card.querySelectorAll(GRID_ROW))) {
    const link = row.querySelector(TEAM_USER_LINK);
    const id = toId18(link?.getAttribute('data-recordid') ?? '');
    const name = textOf(link);
    if (!id || !name || members.length === TEAM_MAX) continue;
    const key = recordKey('salesforce', id);
    if (members.some((m) => m.key === key)) continue;
    const mail = row.querySelector(EMAIL_LINK)?.getAttribute('href')?.slice('mailto:'.length) ?? null;
    members.push({ key, name, email: mail ? decodeURIComponent(mail).slice(0, 320) : null, role: textOf(row.querySelector(TEAM_ROLE_CELL)) });
  }
  return members;
}
