/**
 * Tells a file cut off while saving or copying from one that was never JSON, so the rep is told to
 * find a complete copy rather than that the file is of the wrong kind. Engines word their JSON
 * errors differently; the structure of the text itself says it.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]); // { [
const CLOSERS = new Set([0x7d, 0x5d]); // } ]

/** True when `text` starts like a JSON object or array and stops inside it (or inside a string). */
export function endsMidDocument(text: string): boolean {
  const start = text.trimStart();
  if (!OPENERS.has(start.charCodeAt(0))) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < start.length; i++) {
    const code = start.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (OPENERS.has(code)) depth++;
    else if (CLOSERS.has(code)) depth--;
  }
  return inString || depth > 0;
}
