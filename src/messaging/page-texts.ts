/**
 * The page's texts, worded by the worker (src/platform/i18n.ts says why): the page names the
 * catalog keys it shows; the worker answers each with its message in the rep's language, markers
 * standing where the substitutions go.
 */
import * as z from 'zod/mini';

/** More than the page asks for (about 60): a bound, not a budget. */
export const PAGE_TEXTS_MAX = 200;

/** Catalog keys as src/i18n spells them. */
const messageKeySchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/));

export const pageTextKeysSchema = z.array(messageKeySchema).check(z.maxLength(PAGE_TEXTS_MAX));

export const pageTextsSchema = z.object({
  texts: z.array(z.object({ key: messageKeySchema, text: z.string().check(z.maxLength(2000)) })).check(z.maxLength(PAGE_TEXTS_MAX)),
});
