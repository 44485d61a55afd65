/**
 * Every "couldn't read" case the four adapters can produce, each with a saved page that produces it
 * (tests/fixtures/<crm>/…), and what the rep then reads on the page. The table is checked against
 * the adapters' own source by unreadable-cases.test.ts, and the e2e test of the quiet notice
 * (tests/e2e/unreadable.e2e.test.ts) takes its pages from here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnreadableCode, UnreadableReason } from '../../../src/messaging/protocol';
import { catalog } from '../fakes/i18n';

/** The adapters, by their folder under src/content/adapters/. */
export const ADAPTER_FOLDERS = ['salesforce-lightning', 'salesforce-classic', 'hubspot', 'dynamics'] as const;
export type AdapterFolder = (typeof ADAPTER_FOLDERS)[number];

/** Each adapter's variants folder under tests/fixtures/. */
export const FIXTURE_FOLDER: Readonly<Record<AdapterFolder, string>> = {
  'salesforce-lightning': 'lightning',
  'salesforce-classic': 'classic',
  hubspot: 'hubspot',
  dynamics: 'dynamics',
};

export interface UnreadableCase {
  adapter: AdapterFolder;
  /** `pending` turns into couldn't-read only if the page stays so (page-session's timeout). */
  kind: 'pending' | 'unreadable';
  code: UnreadableCode;
  reason: UnreadableReason;
  /** Path under tests/fixtures/ of a saved page that produces it. */
  fixture: string;
  /** Where the note goes: a selector for the element the adapter names, or null for the page corner. */
  notice: string | null;
}

/** The active Lightning page host's Contact Roles card, found as the adapter does: by its link. */
const LIGHTNING_CARD = '.oneContent.active article:has(a[href*="/related/OpportunityContactRoles/view"])';
const CLASSIC_LIST = 'div.bRelatedList[id$="_RelatedContactRoleList"]';
const HUBSPOT_CARD = '[data-test-id="card-wrapper-ASSOCIATION_SIDEBAR/0-1"]';
const DYNAMICS_GRID = '#dataSetRoot_Stakeholders';

export const UNREADABLE_CASES: readonly UnreadableCase[] = [
  { adapter: 'salesforce-lightning', kind: 'pending', code: 'no-contact-list', reason: 'page-not-rendered', fixture: 'lightning/page-not-rendered.html', notice: null },
  { adapter: 'salesforce-lightning', kind: 'pending', code: 'no-contact-list', reason: 'header-not-rendered', fixture: 'lightning/header-not-rendered.html', notice: null },
  { adapter: 'salesforce-lightning', kind: 'unreadable', code: 'no-opportunity', reason: 'name-missing', fixture: 'lightning/name-missing.html', notice: null },
  { adapter: 'salesforce-lightning', kind: 'pending', code: 'no-contact-list', reason: 'related-lists-loading', fixture: 'lightning/loading.html', notice: null },
  { adapter: 'salesforce-lightning', kind: 'pending', code: 'no-contact-list', reason: 'no-contact-roles-list', fixture: 'lightning/contact-roles-not-on-layout.html', notice: null },
  { adapter: 'salesforce-lightning', kind: 'pending', code: 'no-contact-list', reason: 'list-loading', fixture: 'lightning/contact-roles-card-busy.html', notice: LIGHTNING_CARD },
  { adapter: 'salesforce-lightning', kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', fixture: 'lightning/contacts-unreadable.html', notice: LIGHTNING_CARD },
  { adapter: 'salesforce-lightning', kind: 'pending', code: 'contacts-unreadable', reason: 'rows-without-ids', fixture: 'lightning/contact-roles-rows-not-rendered.html', notice: LIGHTNING_CARD },

  { adapter: 'salesforce-classic', kind: 'unreadable', code: 'no-opportunity', reason: 'name-missing', fixture: 'classic/name-missing.html', notice: null },
  { adapter: 'salesforce-classic', kind: 'unreadable', code: 'no-contact-list', reason: 'no-contact-roles-list', fixture: 'classic/contact-roles-not-on-layout.html', notice: null },
  { adapter: 'salesforce-classic', kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', fixture: 'classic/rows-without-ids.html', notice: CLASSIC_LIST },

  { adapter: 'hubspot', kind: 'pending', code: 'no-contact-list', reason: 'header-not-rendered', fixture: 'hubspot/header-not-rendered.html', notice: null },
  { adapter: 'hubspot', kind: 'unreadable', code: 'no-opportunity', reason: 'name-missing', fixture: 'hubspot/name-missing.html', notice: null },
  { adapter: 'hubspot', kind: 'pending', code: 'no-contact-list', reason: 'list-loading', fixture: 'hubspot/sidebar-not-rendered.html', notice: null },
  { adapter: 'hubspot', kind: 'pending', code: 'no-contact-list', reason: 'no-contact-roles-list', fixture: 'hubspot/loading.html', notice: null },
  { adapter: 'hubspot', kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', fixture: 'hubspot/chicklets-without-ids.html', notice: HUBSPOT_CARD },
  { adapter: 'hubspot', kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', fixture: 'hubspot/rows-without-ids.html', notice: HUBSPOT_CARD },
  { adapter: 'hubspot', kind: 'pending', code: 'contacts-unreadable', reason: 'rows-without-ids', fixture: 'hubspot/count-before-chicklets.html', notice: HUBSPOT_CARD },

  { adapter: 'dynamics', kind: 'pending', code: 'no-contact-list', reason: 'page-not-rendered', fixture: 'dynamics/page-not-rendered.html', notice: null },
  { adapter: 'dynamics', kind: 'pending', code: 'no-contact-list', reason: 'header-not-rendered', fixture: 'dynamics/header-not-rendered.html', notice: null },
  { adapter: 'dynamics', kind: 'unreadable', code: 'no-opportunity', reason: 'name-missing', fixture: 'dynamics/name-missing.html', notice: null },
  { adapter: 'dynamics', kind: 'pending', code: 'no-contact-list', reason: 'no-contact-roles-list', fixture: 'dynamics/stakeholders-not-on-form.html', notice: null },
  { adapter: 'dynamics', kind: 'pending', code: 'no-contact-list', reason: 'list-loading', fixture: 'dynamics/loading.html', notice: DYNAMICS_GRID },
  { adapter: 'dynamics', kind: 'unreadable', code: 'contacts-unreadable', reason: 'rows-without-ids', fixture: 'dynamics/rows-without-ids.html', notice: DYNAMICS_GRID },
];

export function caseOf(fixture: string): UnreadableCase {
  const found = UNREADABLE_CASES.find((c) => c.fixture === fixture);
  if (!found) throw new Error(`${fixture} is not a couldn't-read case`);
  return found;
}

/** One case's identity, for set comparisons. */
export const pairOf = ({ adapter, kind, code, reason }: Pick<UnreadableCase, 'adapter' | 'kind' | 'code' | 'reason'>): string =>
  `${adapter} ${kind} ${code} ${reason}`;

// ── What the adapters can produce, from their source ─────────────────────────────────────────

const ADAPTERS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/content/adapters');

/** The top-level arguments of every call of `name(` in `code` (comments already removed). */
function callArguments(code: string, name: string): string[][] {
  const calls: string[][] = [];
  for (const match of code.matchAll(new RegExp(`\\b${name}\\(`, 'g'))) {
    const args = [''];
    let depth = 1;
    for (let i = (match.index ?? 0) + match[0].length; i < code.length; i++) {
      const char = code.charAt(i);
      if (char === '(') depth += 1;
      if (char === ')') depth -= 1;
      if (depth === 0) break;
      if (char === ',' && depth === 1) args.push('');
      else args[args.length - 1] += char;
    }
    calls.push(args.map((arg) => arg.trim()));
  }
  return calls;
}

/** The string literals of one argument: a ternary names two. Throws when there is none to read. */
function literalsOf(argument: string | undefined, what: string): string[] {
  const literals = [...(argument ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1] ?? '');
  if (literals.length === 0) throw new Error(`the ${what} of a call is not a literal (${argument}): list its cases by hand`);
  return literals;
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/** The code `pending()` reports when a call names none (its default parameter in results.ts). */
function defaultPendingCode(): string {
  const results = readFileSync(`${ADAPTERS_DIR}/results.ts`, 'utf8');
  const code = /code: UnreadableCode = '([a-z-]+)'/.exec(results)?.[1];
  if (!code) throw new Error('results.ts: pending() has no default code any more');
  return code;
}

/**
 * Every (kind, code, reason) an adapter's source builds through results.ts: `pending(key, reason,
 * anchor?, code?)` and `unreadable(key, code, reason, anchor)`. Adapters build these results through
 * those two helpers only (the test checks that too), so the source lists all of them.
 */
export function casesInSource(adapter: AdapterFolder): string[] {
  const dir = `${ADAPTERS_DIR}/${adapter}`;
  const pairs = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const code = withoutComments(readFileSync(`${dir}/${file}`, 'utf8'));
    for (const args of callArguments(code, 'pending')) {
      const codes = args[3] === undefined ? [defaultPendingCode()] : literalsOf(args[3], 'code');
      for (const reason of literalsOf(args[1], 'reason')) {
        for (const c of codes) pairs.add(pairOf({ adapter, kind: 'pending', code: c as UnreadableCode, reason: reason as UnreadableReason }));
      }
    }
    for (const args of callArguments(code, 'unreadable')) {
      for (const c of literalsOf(args[1], 'code')) {
        for (const reason of literalsOf(args[2], 'reason')) pairs.add(pairOf({ adapter, kind: 'unreadable', code: c as UnreadableCode, reason: reason as UnreadableReason }));
      }
    }
  }
  return [...pairs].sort();
}

/** Source files of an adapter that build a pending or unreadable result by hand, bypassing results.ts. */
export function handBuiltResults(adapter: AdapterFolder): string[] {
  const dir = `${ADAPTERS_DIR}/${adapter}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => /kind:\s*'(pending|unreadable)'/.test(withoutComments(readFileSync(`${dir}/${f}`, 'utf8'))));
}

// ── What the rep reads ───────────────────────────────────────────────────────────────────────

const english = catalog('en');

export const CRM_OF_ADAPTER: Record<AdapterFolder, 'salesforce' | 'hubspot' | 'dynamics'> = {
  'salesforce-lightning': 'salesforce',
  'salesforce-classic': 'salesforce',
  hubspot: 'hubspot',
  dynamics: 'dynamics',
};

/** Reasons about the contact list name the CRM's list; the others name the CRM itself (or nothing). */
const NAMES_THE_LIST: ReadonlySet<UnreadableReason> = new Set(['no-contact-roles-list', 'list-loading', 'rows-without-ids']);

/**
 * The English note for a reason on a CRM's page, from the shipped catalog (title line, then the
 * reason in that CRM's own terms: "Stakeholders" on Dynamics, "Contact Roles" on Salesforce).
 */
export function noticeText(reason: UnreadableReason, adapter: AdapterFolder): { title: string; detail: string } {
  const title = english.page_notice_title;
  const template = english[`unreadable_${reason.replaceAll('-', '_')}`];
  const crm = CRM_OF_ADAPTER[adapter];
  const name = english[NAMES_THE_LIST.has(reason) ? `unreadable_list_${crm}` : `unreadable_crm_${crm}`];
  if (!title || !template || !name) throw new Error(`the English catalog has no note for ${reason} on ${crm}`);
  return { title, detail: template.replaceAll('$1', name) };
}
