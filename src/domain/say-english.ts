/**
 * The domain's default voice: the English catalog. Kept apart from say.ts so the content script,
 * which speaks through the browser's i18n, never bundles the catalog.
 */
import english from '../i18n/en/gaps.json';
import type { Say } from './say';

/** A message cut at its $1…$9 placeholders: texts, and the index of the substitution between them. */
type Template = readonly (string | number)[];

function templateOf(message: string): Template {
  const parts: (string | number)[] = [];
  let from = 0;
  for (const placeholder of message.matchAll(/\$([1-9])/g)) {
    parts.push(message.slice(from, placeholder.index), Number(placeholder[1]) - 1);
    from = placeholder.index + placeholder[0].length;
  }
  parts.push(message.slice(from));
  return parts;
}

/**
 * A Say reading one catalog, with the browser's $1…$9 substitutions; a missing key says itself.
 * Each message is cut once, on first use: a deal's view says a few dozen sentences, and searching
 * every message for its placeholders again each time was most of the cost of wording them.
 */
export function sayFrom(messages: Readonly<Record<string, string>>): Say {
  const templates = new Map<string, Template>();
  return (key, ...substitutions) => {
    let template = templates.get(key);
    if (!template) templates.set(key, (template = templateOf(messages[key] ?? key)));
    let text = '';
    for (const part of template) text += typeof part === 'string' ? part : (substitutions[part] ?? '');
    return text;
  };
}

// Pure: a bundle that never calls englishSay (the content script) leaves the English catalog out.
export const englishSay: Say = /* @__PURE__ */ sayFrom(english);
