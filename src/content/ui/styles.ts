/**
 * Styles inside our shadow roots: Lightning's look (SLDS colours, Salesforce Sans falling back to
 * the system font), dark-mode aware, sized so a badge never pushes the CRM's columns around.
 * Overlays (the hover card, the tagger) are `position: fixed` and stacked at SLDS's dropdown layer
 * (7000): above Lightning's sticky record header, below its modals and toasts. They exist, or
 * show, only while open, so the z-index is never there while idle.
 */
const BASE = `
:host {
  all: initial;
  --text: #181818; --text-weak: #444; --surface: #fff; --surface-alt: #f3f3f3; --border: #c9c9c9;
  --brand: #0176d3; --brand-dark: #014486; --success: #2e844a; --error: #ba0517; --warning: #dd7a01;
  --shadow: 0 2px 3px 0 rgba(0, 0, 0, 0.16);
}
@media (prefers-color-scheme: dark) {
  :host {
    --text: #e5e5e5; --text-weak: #c9c9c9; --surface: #2b2826; --surface-alt: #3e3e3c; --border: #5c5c5c;
    --brand: #78b0fd; --brand-dark: #d8e6fe; --success: #45c65a; --error: #fe5c4c; --warning: #fe9339;
    --shadow: 0 2px 6px 0 rgba(0, 0, 0, 0.6);
  }
}
* { box-sizing: border-box; font-family: "Salesforce Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
[hidden] { display: none !important; }
button { color: inherit; margin: 0; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
p, h2, ul { margin: 0; padding: 0; }
ul { list-style: none; }
`;

export const BADGE_CSS = `${BASE}
:host { display: inline-block; vertical-align: middle; margin-left: 4px; line-height: 1; }
.badge {
  display: inline-block; min-width: 18px; padding: 2px 5px; border-radius: 9px;
  font-size: 10px; font-weight: 700; line-height: 12px; text-align: center; white-space: nowrap;
  border: 1px solid var(--border); background: var(--surface-alt); color: var(--text-weak);
}
.badge:hover { border-color: var(--brand); }
.badge[aria-expanded="true"] { box-shadow: 0 0 0 2px var(--brand); }
.badge[data-status="coach"] { background: #2e844a; border-color: #2e844a; color: #fff; }
.badge[data-status="developing"] { background: #eef4ff; border-color: #0176d3; color: #014486; }
.badge[data-status="friendly"] { background: #fef1ee; border-color: #dd7a01; color: #8c4b02; }
.badge[data-status="not-coach"] { background: #fff; border-color: #ba0517; color: #ba0517; }
@media (prefers-color-scheme: dark) {
  .badge[data-status="developing"] { background: #032d60; border-color: #1b96ff; color: #d8e6fe; }
  .badge[data-status="friendly"] { background: #4f2100; border-color: #fe9339; color: #fedfd0; }
  .badge[data-status="not-coach"] { background: #2b2826; border-color: #fe5c4c; color: #feded8; }
}
`;

/** The badge's hover card: adopted by a badge's root only once its card is first shown. */
export const CARD_CSS = `
.card {
  position: fixed; z-index: 7000; width: max-content; max-width: 300px; padding: 8px 12px;
  border: 1px solid var(--border); border-radius: 4px; background: var(--surface); color: var(--text);
  box-shadow: var(--shadow); font-size: 12px; line-height: 1.45; white-space: normal; text-align: left;
}
.name { font-size: 13px; font-weight: 700; overflow-wrap: anywhere; }
.status { color: var(--text-weak); margin-bottom: 6px; }
.criterion { display: flex; justify-content: space-between; gap: 12px; }
.criterion .value { font-weight: 700; }
.criterion[data-value="yes"] .value { color: var(--success); }
.criterion[data-value="no"] .value { color: var(--error); }
.criterion[data-value="unknown"] .value { color: var(--text-weak); }
.warnings { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--border); }
.heading { font-weight: 700; }
.gap::before { content: attr(data-mark) " "; font-weight: 700; }
.gap[data-severity="critical"]::before { color: var(--error); }
.gap[data-severity="warning"]::before { color: var(--warning); }
.none, .hint { color: var(--text-weak); }
.hint { margin-top: 6px; font-style: italic; }
`;

export const NOTICE_CSS = `${BASE}
:host { display: block; }
:host([data-floating]) { position: fixed; right: 16px; bottom: 16px; z-index: 9000; max-width: 360px; }
.notice {
  display: flex; gap: 8px; align-items: flex-start; margin: 4px 12px; padding: 6px 10px;
  border: 1px solid var(--border); border-left: 3px solid var(--warning); border-radius: 4px;
  background: var(--surface); color: var(--text); font-size: 12px; line-height: 1.4;
}
.title { font-weight: 700; }
.detail { color: var(--text-weak); }
button { border: 0; background: none; color: var(--brand); font-size: 12px; padding: 0 2px; }
`;

export const STRIP_CSS = `${BASE}
:host { display: block; }
.strip {
  display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; margin: 6px 0; padding: 6px 12px;
  border: 1px solid var(--border); border-left: 4px solid var(--success); border-radius: 4px;
  background: var(--surface); color: var(--text); font-size: 12px; line-height: 1.4; cursor: pointer;
}
.strip:hover { border-color: var(--brand); }
.strip[data-worst="critical"] { border-left-color: var(--error); }
.strip[data-worst="warning"] { border-left-color: var(--warning); }
.summary { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; flex: 1 1 auto; min-width: 0; }
.brand { font-weight: 700; color: var(--text-weak); }
.verdict { font-weight: 700; }
ul { display: contents; }
li { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 10px; background: var(--surface-alt); }
li[data-severity="critical"] { background: #feded8; color: #8e030f; }
li[data-severity="warning"] { background: #fef1ee; color: #8c4b02; }
li[data-mark]::before { content: attr(data-mark); font-weight: 700; }
.open {
  flex: none; padding: 2px 12px; border: 1px solid var(--border); border-radius: 4px;
  background: var(--surface); color: var(--brand); font-size: 12px; line-height: 20px;
}
.open:hover { background: var(--surface-alt); }
.error { flex-basis: 100%; color: var(--error); }
@media (prefers-color-scheme: dark) {
  li[data-severity="critical"] { background: #5a1c12; color: #feded8; }
  li[data-severity="warning"] { background: #4f2100; color: #fedfd0; }
}
`;

export const TAGGER_CSS = `${BASE}
:host { position: fixed; top: 0; left: 0; z-index: 7000; }
.tagger {
  position: fixed; width: max-content; min-width: 260px; max-width: min(360px, calc(100vw - 16px));
  padding: 8px 12px 10px; border: 1px solid var(--border); border-radius: 4px;
  background: var(--surface); color: var(--text); box-shadow: var(--shadow); font-size: 12px; line-height: 1.4;
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.name { font-size: 14px; font-weight: 700; overflow-wrap: anywhere; }
.close { border: 0; background: none; color: var(--text-weak); padding: 2px 4px; border-radius: 4px; }
.close:hover { background: var(--surface-alt); }
.row { display: flex; align-items: center; justify-content: space-between; gap: 12px; padding: 3px 0; }
.row[aria-busy="true"] { opacity: 0.7; }
.label { display: inline-flex; align-items: center; gap: 6px; }
.key {
  display: inline-block; min-width: 16px; padding: 0 3px; border: 1px solid var(--border); border-radius: 3px;
  font: 10px/14px ui-monospace, Menlo, Consolas, monospace; text-align: center; color: var(--text-weak);
}
.toggles { display: inline-flex; }
.toggle {
  padding: 2px 8px; border: 1px solid var(--border); background: var(--surface); color: var(--brand);
  font-size: 12px; line-height: 18px; margin-left: -1px;
}
.toggle:first-child { border-radius: 4px 0 0 4px; margin-left: 0; }
.toggle:last-child { border-radius: 0 4px 4px 0; }
.toggle:hover { background: var(--surface-alt); }
.toggle:focus-visible { position: relative; z-index: 1; }
.toggle[aria-pressed="true"] { color: #fff; }
.toggle[data-value="yes"][aria-pressed="true"] { background: #2e844a; border-color: #2e844a; }
.toggle[data-value="no"][aria-pressed="true"] { background: #ba0517; border-color: #ba0517; }
.toggle[data-value="unknown"][aria-pressed="true"] { background: #706e6b; border-color: #706e6b; }
.error { margin-top: 6px; color: var(--error); }
.hint { margin-top: 6px; color: var(--text-weak); }
`;
