/**
 * Salesforce record ids (crm-pages.md §1.3). Pure: no DOM, no browser.
 *
 * An id is 15 case-sensitive base-62 characters, or those 15 plus a 3-character checksum that
 * makes the 18-character form case-insensitive. Lightning renders 18 characters, Classic 15, so
 * every id is normalised to 18 before it is compared or stored.
 */

/** Object key prefixes we care about. Case-sensitive: `00K` (contact role) ≠ `00k` (line item). */
export const KEY_PREFIX = {
  account: '001',
  contact: '003',
  user: '005',
  opportunity: '006',
} as const;
export type KeyPrefix = (typeof KEY_PREFIX)[keyof typeof KEY_PREFIX];

const ID_SHAPE = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 3-character suffix of a 15-character id: one character per 5-character chunk. */
export function checksumOf(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let j = 0; j < 5; j++) {
      const c = id15.charAt(chunk * 5 + j);
      // Character j of the chunk sets bit j when it is an uppercase letter.
      if (c >= 'A' && c <= 'Z') bits |= 1 << j;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The canonical 18-character id, or null when `raw` is not a Salesforce id. An 18-character id
 * whose case was lost (lowercased in a URL, say) gets its case back from its checksum, which is
 * what the checksum exists for; a checksum that cannot describe the id makes it invalid.
 */
export function toId18(raw: string): string | null {
  if (!ID_SHAPE.test(raw)) return null;
  if (raw.length === 15) return raw + checksumOf(raw);
  // As the CRM renders them: the case is intact and the checksum says so (a page reads hundreds).
  const suffix = raw.slice(15).toUpperCase();
  if (suffix === raw.slice(15) && checksumOf(raw) === suffix) return raw;
  let recased = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = CHECKSUM_ALPHABET.indexOf(suffix.charAt(chunk));
    if (bits < 0) return null;
    for (let j = 0; j < 5; j++) {
      const c = raw.charAt(chunk * 5 + j);
      const upper = (bits & (1 << j)) !== 0;
      const isLetter = c.toLowerCase() !== c.toUpperCase();
      if (upper && !isLetter) return null;
      recased += upper ? c.toUpperCase() : c.toLowerCase();
    }
  }
  return recased + suffix;
}

/** True for a well-formed 15- or 18-character id (an 18-character one must carry a valid checksum). */
export function isSalesforceId(raw: string): boolean {
  return toId18(raw) !== null;
}

/** True when `id` is a Salesforce id of the object whose key prefix is given (case-sensitive). */
export function hasKeyPrefix(id: string, prefix: KeyPrefix): boolean {
  const id18 = toId18(id);
  return id18 !== null && id18.startsWith(prefix);
}
