/**
 * What the built manifests may ask of the browser, and why: the allowlist least-privilege.test.ts
 * holds both manifests to (and the one place the CRM match patterns are written in the tests).
 */

/** The CRMs' own SaaS hosts, where the content script runs from install on (README § Permissions). */
export const CRM_CONTENT_SCRIPT_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.hubspot.com/contacts/*',
  'https://*.dynamics.com/main.aspx*',
] as const;

/** Every API permission, with the reason it is needed. Anything else in a manifest fails the test. */
export const PERMISSIONS = {
  // The rep's tags and settings in storage.local, what each tab shows in storage.session.
  storage: 'everything the extension keeps',
  // Chrome caps storage.local at 10 MiB, which a rep's network reaches at about 8,000 contacts
  // (tests/unit/meta/storage-footprint.test.ts); a full store must never refuse a tag.
  unlimitedStorage: 'no quota on the rep’s own tags',
  // registerContentScripts for the CRM addresses the rep adds (on-premise Dynamics, a Salesforce
  // org on its own domain), and executeScript of the one reader file (content-reader.js) into a
  // CRM tab whose gate found an address that may show an opportunity. Never code built at run time.
  scripting: 'the reader on opportunity pages; content scripts on CRM hosts the rep adds',
} as const;

/**
 * Hosts beyond the content-script matches are asked for one by one, at run time, when the rep adds
 * a CRM address in the options (a permission prompt names it); https only, never granted at install.
 */
export const OPTIONAL_HOST_PERMISSIONS = ['https://*/*'] as const;
