/**
 * The opportunity's own fields in the active view (crm-pages.md §1.5, §1.9 step 3). Values are
 * kept exactly as displayed in the user's locale ("$236,400.00", "9/30/2026"). Sources, most
 * reliable first: the Details panel's locale-independent `data-target-selection-name` hooks, the
 * Path, then the highlights panel (whose fields depend on the org's compact layout).
 */
import { PAGE_URL_MAX, type PageOpportunity } from '../../../domain/page-read';
import { KEY_PREFIX, toId18 } from '../../../domain/salesforce-id';
import { queryDeep, recordIdOfLink, textOf } from './dom';
import type { OpportunityLocation } from './detect';
import {
  ACCOUNT_LOOKUP,
  BREADCRUMB_LINK,
  DETAIL_ACCOUNT,
  DETAIL_AMOUNT,
  DETAIL_CLOSE_DATE,
  DETAIL_FIELD_VALUE,
  DETAIL_NAME,
  DETAIL_STAGE,
  HIGHLIGHTS_ITEM,
  HIGHLIGHTS_ITEM_LABEL,
  HIGHLIGHTS_ITEM_VALUE,
  HIGHLIGHTS_PANEL,
  HIGHLIGHTS_PRIMARY_FIELD,
  HIGHLIGHTS_TITLE,
  PATH_CURRENT_STAGE,
  PATH_STAGE_TITLE,
} from './selectors';

/** Last resort, English only: highlights labels of the standard compact layout. */
const ENGLISH_HIGHLIGHT_LABEL = { stage: 'Stage', amount: 'Amount', closeDate: 'Close Date' } as const;

function detailValue(root: ParentNode, field: string): string | null {
  return textOf(root.querySelector(field)?.querySelector(DETAIL_FIELD_VALUE));
}

function highlightValue(root: ParentNode, englishLabel: string): string | null {
  for (const item of Array.from(root.querySelectorAll(HIGHLIGHTS_ITEM))) {
    const label = item.querySelector(HIGHLIGHTS_ITEM_LABEL);
    if ((label?.getAttribute('title') ?? textOf(label)) === englishLabel) {
      return textOf(item.querySelector(HIGHLIGHTS_ITEM_VALUE));
    }
  }
  return null;
}

function pathStage(root: ParentNode): string | null {
  const current = root.querySelector(PATH_CURRENT_STAGE);
  return textOf(current?.querySelector(PATH_STAGE_TITLE)) ?? current?.getAttribute('data-name') ?? null;
}

function accountIn(scope: Element | null | undefined): PageOpportunity['account'] {
  if (!scope) return null;
  const lookup = queryDeep(scope, ACCOUNT_LOOKUP);
  const name = textOf(lookup);
  if (!lookup || name === null) return null;
  return { id: toId18(lookup.getAttribute('data-recordid') ?? ''), name };
}

/** `"<name> | Opportunity | Salesforce"`: everything before the last two parts (the name may hold " | "). */
function nameFromDocumentTitle(title: string): string | null {
  const parts = title.split(' | ');
  return parts.length >= 3 ? parts.slice(0, -2).join(' | ').trim() || null : null;
}

/** On the full related-list page the record name is the breadcrumb that links to the record. */
function nameFromBreadcrumb(root: ParentNode, opportunityId: string): string | null {
  for (const link of Array.from(root.querySelectorAll(BREADCRUMB_LINK))) {
    const id = recordIdOfLink(link);
    if (id === opportunityId && id.startsWith(KEY_PREFIX.opportunity)) return textOf(link);
  }
  return null;
}

/**
 * The record name. On a record page: the highlights name, else the Details panel's Name field (its
 * API-name hook, when that tab has rendered), else `document.title`, which LEX sets last. On the
 * related-list page the title names the list, not the record, so only the breadcrumb counts.
 */
function opportunityName(root: ParentNode, doc: Document, location: OpportunityLocation): string | null {
  if (location.isContactRolesList) return nameFromBreadcrumb(root, location.id);
  return (
    textOf(root.querySelector(HIGHLIGHTS_PRIMARY_FIELD)) ??
    textOf(root.querySelector(HIGHLIGHTS_TITLE)) ??
    detailValue(root, DETAIL_NAME) ??
    nameFromDocumentTitle(doc.title)
  );
}

function pageUrl(url: URL): string {
  return url.href.length <= PAGE_URL_MAX ? url.href : `${url.origin}${url.pathname}`;
}

/** The opportunity shown in `root`, or null when its name cannot be found. */
export function readOpportunity(
  root: ParentNode,
  doc: Document,
  url: URL,
  location: OpportunityLocation,
): Omit<PageOpportunity, 'key' | 'crm'> | null {
  const name = opportunityName(root, doc, location);
  if (name === null) return null;
  return {
    name,
    stage: detailValue(root, DETAIL_STAGE) ?? pathStage(root) ?? highlightValue(root, ENGLISH_HIGHLIGHT_LABEL.stage),
    amount: detailValue(root, DETAIL_AMOUNT) ?? highlightValue(root, ENGLISH_HIGHLIGHT_LABEL.amount),
    closeDate: detailValue(root, DETAIL_CLOSE_DATE) ?? highlightValue(root, ENGLISH_HIGHLIGHT_LABEL.closeDate),
    account: accountIn(root.querySelector(DETAIL_ACCOUNT)) ?? accountIn(root.querySelector(HIGHLIGHTS_PANEL)),
    url: pageUrl(url),
  };
}
