/**
 * Dynamics 365 Sales opportunity form: DOM → what the rep sees of one opportunity (crm-pages.md §4).
 * Pure reading, cheap enough to run on every settled DOM change. Contacts come from the Stakeholders
 * subgrid only (connections whose role has the Stakeholder category): the Sales Team subgrid (users),
 * the timeline and the form's lookups (Contact, Owner) are never read as contacts.
 */
import { PAGE_URL_MAX, type PageOpportunity } from '../../../domain/page-read';
import { recordKey, type RecordKey } from '../../../domain/records';
import type { AdapterRead, HostScope } from '../types';
import { CONTACT_ENTITY, dynamicsRecordId, locateOpportunity, recordOfHref, type OpportunityLocation } from './detect';
import { displayedValueOf, textOf, textWithout } from './dom';
import {
  ACCOUNT_LOOKUP_TEXT,
  ACTIVE_STAGE,
  AMOUNT,
  ANY_GRID,
  CELL_LINK,
  CLOSE_DATE,
  FORM_HEADER,
  FORM_ROOT,
  HEADER_TITLE,
  LOADING_OVERLAY,
  NAME_CELL,
  NAME_COLUMN_HEADER,
  NAME_INPUT,
  NO_ROWS_OVERLAY,
  ROLE_COLUMN_HEADER,
  SALES_TEAM_GRID,
  SAVE_STATUS,
  STAGE_NAME,
  STAKEHOLDERS_CONTAINER,
  STAKEHOLDERS_GRID,
} from './selectors';
import { NOT_OPPORTUNITY, pending, unreadable } from '../results';
import { readRows, rowsOf, totalOf } from './grid-rows';

// ── The opportunity ──────────────────────────────────────────────────────────────────────────

function nameOf(form: Element, title: Element): string | null {
  return (
    displayedValueOf(form.querySelector(NAME_INPUT)) ??
    (title.getAttribute('title') ? displayedValueOf(title) : null) ??
    textWithout(title, SAVE_STATUS)
  );
}

function stageOf(form: Element): string | null {
  const stage = form.querySelector(ACTIVE_STAGE);
  return stage ? (textOf(stage.querySelector(STAGE_NAME)) ?? displayedValueOf(stage)) : null;
}

function accountOf(form: Element): PageOpportunity['account'] {
  const name = displayedValueOf(form.querySelector(ACCOUNT_LOOKUP_TEXT));
  return name === null ? null : { id: null, name };
}

function readOpportunity(form: Element, title: Element, key: RecordKey, url: URL): PageOpportunity | null {
  const name = nameOf(form, title);
  if (name === null) return null;
  return {
    key,
    crm: 'dynamics',
    name,
    stage: stageOf(form),
    amount: displayedValueOf(form.querySelector(AMOUNT)),
    closeDate: displayedValueOf(form.querySelector(CLOSE_DATE)),
    account: accountOf(form),
    url: url.href.slice(0, PAGE_URL_MAX),
  };
}

// ── The Stakeholders subgrid ─────────────────────────────────────────────────────────────────

function isSalesTeam(grid: Element): boolean {
  return grid.matches(SALES_TEAM_GRID) || grid.querySelector(SALES_TEAM_GRID) !== null;
}

/** A connections grid whose Name links point at records other than contacts (the Sales Team's users). */
function linksOtherEntities(grid: Element): boolean {
  return Array.from(grid.querySelectorAll(NAME_CELL)).some((cell) => {
    const record = recordOfHref(cell.querySelector(CELL_LINK)?.getAttribute('href'));
    return record !== null && record.entity !== CONTACT_ENTITY;
  });
}

/**
 * The Stakeholders subgrid: by its control name, else (subgrid renamed in this org) the first
 * connections grid (Name `record2id` + Role `record2roleid` columns) that is not the Sales Team.
 */
function findStakeholdersGrid(form: Element): Element | null {
  const named = form.querySelector(STAKEHOLDERS_GRID);
  if (named) return named;
  const container = form.querySelector(STAKEHOLDERS_CONTAINER);
  if (container) return container.closest(ANY_GRID) ?? container;
  const candidates = Array.from(form.querySelectorAll(ANY_GRID)).filter(
    (grid) =>
      !isSalesTeam(grid) &&
      grid.querySelector(NAME_COLUMN_HEADER) !== null &&
      grid.querySelector(ROLE_COLUMN_HEADER) !== null &&
      !linksOtherEntities(grid),
  );
  return candidates[0] ?? null;
}

// ── The read ─────────────────────────────────────────────────────────────────────────────────

function readContacts(form: Element, location: OpportunityLocation, opportunity: PageOpportunity): AdapterRead {
  const key = opportunity.key;
  const grid = findStakeholdersGrid(form);
  if (!grid) return pending(key, 'no-contact-roles-list');
  if (grid.querySelector(LOADING_OVERLAY)) return pending(key, 'list-loading', grid);

  const rows = rowsOf(grid);
  const total = totalOf(grid);
  const { entries, withoutIds, unrendered } = readRows(rows, location.org);
  const header = form.querySelector(FORM_HEADER);
  const done = (complete: boolean): AdapterRead => ({
    kind: 'read',
    read: { opportunity, contacts: entries.map((e) => e.contact), complete },
    anchors: entries.map((e) => e.anchor),
    strip: header ? { anchor: header, position: 'after' } : null,
  });

  if (rows.length === 0) {
    // "No data available", or a footer counting 0: an empty list. Anything else is still loading.
    if (total === 0 || grid.querySelector(NO_ROWS_OVERLAY)) return done(true);
    return pending(key, 'list-loading', grid);
  }
  if (entries.length === 0 && withoutIds > 0) return unreadable(key, 'contacts-unreadable', 'rows-without-ids', grid);
  if (entries.length === 0 && (total === null || unrendered > 0)) return pending(key, 'list-loading', grid);
  // ag-grid renders only the rows in view: complete when the footer counts exactly the rows read.
  return done(withoutIds === 0 && unrendered === 0 && total !== null && total === rows.length);
}

export function read(doc: Document, url: URL, scope: HostScope = 'saas'): AdapterRead {
  const location = locateOpportunity(url, scope);
  if (!location) return NOT_OPPORTUNITY;
  const key = recordKey('dynamics', dynamicsRecordId(location.org, location.id));

  const form = doc.querySelector(FORM_ROOT);
  if (!form) return pending(key, 'page-not-rendered');
  const title = form.querySelector(HEADER_TITLE);
  if (!title) return pending(key, 'header-not-rendered');
  const opportunity = readOpportunity(form, title, key, url);
  if (!opportunity) return unreadable(key, 'no-opportunity', 'name-missing', null);
  return readContacts(form, location, opportunity);
}
