/**
 * The CRMs' own hosts, the ones the manifest's content-script patterns cover. Apart from
 * crm-domains.ts (which validates the hosts a rep adds, with zod) so that the content script's gate
 * can ask "is this a built-in host?" without loading any schema.
 */

/** Host suffixes of the manifest's content_scripts matches. */
export const BUILT_IN_SUFFIXES = ['.lightning.force.com', '.my.salesforce.com', '.hubspot.com', '.dynamics.com'] as const;

/** Is this page host one the manifest's content-script patterns already cover? */
export function isBuiltInHost(hostname: string): boolean {
  const host = `.${hostname.toLowerCase()}`;
  return BUILT_IN_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}
