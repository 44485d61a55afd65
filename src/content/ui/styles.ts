/**
 * Styles inside our shadow roots: Lightning's look (SLDS colours, Salesforce Sans falling back to
 * the system font), dark-mode aware, sized so a badge never pushes the CRM's columns around.
 */
const BASE = `
:host { all: initial; }
* { box-sizing: border-box; font-family: "Salesforce Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
`;

export const BADGE_CSS = `${BASE}
:host { display: inline-block; vertical-align: middle; margin-left: 4px; line-height: 1; }
.badge {
  display: inline-block; min-width: 18px; padding: 2px 5px; border-radius: 9px;
  font-size: 10px; font-weight: 700; line-height: 12px; text-align: center; white-space: nowrap;
  border: 1px solid #c9c9c9; background: #f3f3f3; color: #444;
}
.badge[data-status="coach"] { background: #2e844a; border-color: #2e844a; color: #fff; }
.badge[data-status="developing"] { background: #eef4ff; border-color: #0176d3; color: #014486; }
.badge[data-status="friendly"] { background: #fef1ee; border-color: #dd7a01; color: #8c4b02; }
.badge[data-status="not-coach"] { background: #fff; border-color: #ba0517; color: #ba0517; }
@media (prefers-color-scheme: dark) {
  .badge { background: #2b2826; border-color: #5c5c5c; color: #e5e5e5; }
  .badge[data-status="developing"] { background: #032d60; border-color: #1b96ff; color: #d8e6fe; }
  .badge[data-status="friendly"] { background: #4f2100; border-color: #fe9339; color: #fedfd0; }
  .badge[data-status="not-coach"] { background: #2b2826; border-color: #fe5c4c; color: #feded8; }
}
`;

export const NOTICE_CSS = `${BASE}
:host { display: block; }
:host([data-floating]) { position: fixed; right: 16px; bottom: 16px; z-index: 9000; max-width: 360px; }
.notice {
  display: flex; gap: 8px; align-items: flex-start; margin: 4px 12px; padding: 6px 10px;
  border: 1px solid #c9c9c9; border-left: 3px solid #dd7a01; border-radius: 4px;
  background: #fff; color: #181818; font-size: 12px; line-height: 1.4;
}
.title { font-weight: 700; }
.detail { color: #444; }
button { all: unset; cursor: pointer; color: #0176d3; font-size: 12px; padding: 0 2px; }
button:focus-visible { outline: 2px solid #0176d3; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .notice { background: #2b2826; color: #e5e5e5; border-color: #5c5c5c; border-left-color: #fe9339; }
  .detail { color: #c9c9c9; }
  button { color: #78b0fd; }
}
`;

export const STRIP_CSS = `${BASE}
:host { display: block; }
.strip {
  display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; margin: 6px 0; padding: 6px 12px;
  border: 1px solid #c9c9c9; border-left: 4px solid #2e844a; border-radius: 4px;
  background: #fff; color: #181818; font-size: 12px; line-height: 1.4;
}
.strip[data-worst="critical"] { border-left-color: #ba0517; }
.strip[data-worst="warning"] { border-left-color: #dd7a01; }
.brand { font-weight: 700; color: #444; }
.verdict { font-weight: 700; }
ul { display: contents; list-style: none; }
li { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 10px; background: #f3f3f3; }
li[data-severity="critical"] { background: #feded8; color: #8e030f; }
li[data-severity="warning"] { background: #fef1ee; color: #8c4b02; }
li::before { content: attr(data-mark); font-weight: 700; }
@media (prefers-color-scheme: dark) {
  .strip { background: #2b2826; color: #e5e5e5; border-color: #5c5c5c; }
  .brand { color: #c9c9c9; }
  li { background: #3e3e3c; }
  li[data-severity="critical"] { background: #5a1c12; color: #feded8; }
  li[data-severity="warning"] { background: #4f2100; color: #fedfd0; }
}
`;
