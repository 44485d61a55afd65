/**
 * No code from strings and no markup from strings in what ships (issue 7). no-html-sinks.test.ts
 * keeps src/ clean; this scans the built bundles, where the libraries are too: no eval, no Function
 * constructor, no string timer, no innerHTML / outerHTML / insertAdjacentHTML / document.write /
 * parsers of HTML fed anything but a constant. The library internals that remain are listed below,
 * each matched exactly and counted, so a change in them (or a second one) fails here for review.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildInTemporaryFolder } from './isolated-build';

/** A string literal with no interpolation, followed by the end of the argument or statement. */
const CONSTANT = String.raw`(?:"[^"\\]*"|'[^'\\]*'|\x60[^\x60\\$]*\x60)\s*[,;)}\]]`;

const SINKS: Record<string, RegExp> = {
  eval: /(?<![\w$.])eval\s*\(/g,
  'Function constructor': /(?<![\w$.])(?:new\s+)?Function\s*\(/g,
  // `let F = Function; new F(code)` hides the constructor from the pattern above (classic zod did this).
  'Function constructor, aliased': /(?<![\w$.])[\w$]+\s*=\s*Function(?![\w$.])/g,
  'timer with a string': /(?<![\w$.])set(?:Timeout|Interval)\s*\(\s*["'\x60]/g,
  'innerHTML / outerHTML assignment': new RegExp(String.raw`\.(?:inner|outer)HTML\s*=(?!=)(?!\s*${CONSTANT})`, 'g'),
  insertAdjacentHTML: /\.insertAdjacentHTML\s*\(/g,
  'document.write': /\bdocument\.write(?:ln)?\s*\(/g,
  'HTML parser': /\.(?:createContextualFragment|parseFromString|setHTMLUnsafe|parseHTMLUnsafe)\s*\(/g,
  srcdoc: /\.srcdoc\s*=(?!=)/g,
};

/**
 * Library internals that match a sink, why they are safe here, and how often each bundle holds them.
 * None today: classic zod had two (v4/core/util.js allowsEval, a `new Function("")` probe, and
 * v4/core/doc.js Doc.compile(), its object parser's generated fast path), both reached through its
 * JIT object schema. zod/mini's objects parse without code generation, so neither is bundled.
 */
const KNOWN_INTERNALS: ReadonlyArray<{ library: string; code: RegExp; perBundle: Readonly<Record<string, number>> }> = [];

let build: Awaited<ReturnType<typeof buildInTemporaryFolder>>;
const bundles = new Map<string, string>();

/** Every script under `dir`, the popup's chunks (chunks/) included, relative to it. */
const scriptsIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => name.split(path.sep).join('/'));

beforeAll(async () => {
  build = await buildInTemporaryFolder();
  for (const target of readdirSync(build.dist)) {
    for (const file of scriptsIn(path.join(build.dist, target))) {
      bundles.set(`${target}/${file}`, readFileSync(path.join(build.dist, target, file), 'utf8'));
    }
  }
}, 120_000);

afterAll(() => build?.remove());

/** Where each match of `pattern` starts in `code`. */
const positions = (code: string, pattern: RegExp) => [...code.matchAll(new RegExp(pattern.source, 'g'))].map((m) => m.index);

test('every bundle was scanned: the entries and the popup’s chunks, the same for both browsers', () => {
  const names = [...bundles.keys()];
  for (const target of ['chrome', 'firefox']) {
    const scanned = names.filter((name) => name.startsWith(`${target}/`)).map((name) => name.slice(target.length + 1));
    expect(scanned.filter((file) => !file.startsWith('chunks/')).sort()).toEqual(['background.js', 'content-reader.js', 'content.js', 'options.js', 'popup.js']);
    // The popup's first screen, its lazy parts and what they share: several chunks, all scanned.
    expect(scanned.filter((file) => file.startsWith('chunks/')).length).toBeGreaterThanOrEqual(4);
  }
  expect(names.filter((name) => name.startsWith('chrome/')).map((name) => name.slice(7)).sort()).toEqual(
    names.filter((name) => name.startsWith('firefox/')).map((name) => name.slice(8)).sort(),
  );
});

/** Every sink in `code` outside the known internals, named and shown in context. */
function sinksIn(code: string): string[] {
  const known = KNOWN_INTERNALS.flatMap(({ code: pattern }) => [...code.matchAll(new RegExp(pattern.source, 'g'))].map((m) => [m.index, m.index + m[0].length] as const));
  const unknownAt = (at: number) => !known.some(([from, to]) => at >= from && at < to);
  return Object.entries(SINKS).flatMap(([sink, pattern]) =>
    positions(code, pattern)
      .filter(unknownAt)
      .map((at) => `${sink} — …${code.slice(Math.max(0, at - 60), at + 80)}…`),
  );
}

test('the scan finds each kind of sink, and lets constants and the known internals through', () => {
  const caught = [
    'eval(s)', 'new Function("return "+s)', 'Function(s)()', 'let F=Function;new F(s)', 'setTimeout("go()",1)',
    'e.innerHTML=s', 'e.outerHTML =a+"b"', 'e.innerHTML=`<b>${s}</b>`', 'e.insertAdjacentHTML("beforeend",s)',
    'document.write(s)', 'r.createContextualFragment(s)', 'new DOMParser().parseFromString(s,"text/html")', 'f.srcdoc=s',
  ];
  for (const code of caught) expect(sinksIn(code), code).toHaveLength(1);
  const fine = ['e.innerHTML="";', "e.innerHTML='';", 'a.evaluate(x)', 'x.Function(y)', 'f.call(Function.prototype)', 'if(e.innerHTML==s)', 'setTimeout(f,1)'];
  for (const code of fine) expect(sinksIn(code), code).toEqual([]);
  // Preact's dangerouslySetInnerHTML assignment is compiled to textContent (build.mjs): were it
  // back, the scan would report it like any other sink.
  expect(sinksIn('(c||(e.innerHTML=m.__html),t)')).toHaveLength(1);
});

test('no bundle turns a string into code or markup, beyond the library internals listed here', () => {
  expect([...bundles].flatMap(([name, code]) => sinksIn(code).map((sink) => `${name}: ${sink}`))).toEqual([]);
});

test.each(KNOWN_INTERNALS.map((internal, i) => [i, internal.library, internal] as const))(
  'known internal %i (%s) is still exactly where and as often as reviewed',
  (_i, _library, { code: pattern, perBundle }) => {
    for (const [name, code] of bundles) {
      const expected = (perBundle as Record<string, number>)[path.basename(name)] ?? 0;
      expect(positions(code, pattern), name).toHaveLength(expected);
    }
  },
);

test('the pages the bundles run in hold no inline script or inline event handler', () => {
  for (const target of readdirSync(build.dist)) {
    for (const file of readdirSync(path.join(build.dist, target)).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(build.dist, target, file), 'utf8');
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? [], `${target}/${file}`).toEqual([]);
      expect(html.match(/\son[a-z]+\s*=/gi) ?? [], `${target}/${file}`).toEqual([]);
    }
  }
});
