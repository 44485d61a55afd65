// `npm start`: builds the extension, serves the demo opportunity (fictional people) over local
// HTTPS at a real Salesforce address, and opens it in Chromium with the extension loaded. With a
// display: a window to use. Without one: headless, prints what the extension found, saves a screenshot.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCrmServer } from './crm-server.mjs';
import { extensionWorker, launchChromium } from './browsers.mjs';
import { shadowTexts } from './page-probe.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_URL = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view';
const DEMO_PAGE = path.join(root, 'tests', 'fixtures', 'salesforce-lightning-opportunity.html');
const SCREENSHOT = path.join(root, 'artifacts', 'start-screenshot.png');

execFileSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit' });

const server = await startCrmServer({ pages: { [new URL(DEMO_URL).pathname]: DEMO_PAGE } });
const url = new URL(DEMO_URL);
url.port = String(server.port);
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchChromium({ headless });
const [page = await browser.newPage()] = await browser.pages();
await page.goto(url.href, { waitUntil: 'load' });

if (!headless) {
  console.log(`Demo opportunity open in Chromium at ${url.href}\nClick the Coach Network toolbar button to tag contacts. Close the window (or Ctrl+C) to stop.`);
  browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void browser.close());
} else {
  try {
    await report(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Prints what the extension found: the deal and contacts it stored, and the badge beside each. */
async function report(page) {
  await page.waitForSelector('[data-coach-network="badge"], [data-coach-network="notice"]', { timeout: 20_000 });
  const worker = await extensionWorker(browser);
  const dealKey = `deal:salesforce:${DEMO_URL.split('/')[6]}`;
  const deal = await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], dealKey);
  const badges = new Map((await shadowTexts(page, 'badge')).map((b) => [b.key, b.text]));
  const notices = await shadowTexts(page, 'notice');
  console.log(`\nCoach Network on ${url.href}`);
  if (deal) {
    const o = deal.opportunity;
    console.log(`Opportunity: ${o.name}  (${o.key})`);
    console.log(`  stage ${o.stage ?? '—'} · amount ${o.amount ?? '—'} · close ${o.closeDate ?? '—'} · account ${o.account?.name ?? '—'}`);
    console.log(`Contacts (${deal.currentContacts.length}), badge beside each on the page:`);
    for (const key of deal.currentContacts) {
      const { page: c } = deal.contacts[key];
      const badge = badges.has(key) ? `[${badges.get(key)}]` : '[no badge]';
      console.log(`  ${badge.padEnd(8)} ${c.name.padEnd(20)} ${(c.title ?? '—').padEnd(34)} ${c.crmRole ?? '(no role)'}`);
    }
    console.log(`Badges on the page: ${badges.size}`);
    for (const strip of await shadowTexts(page, 'strip')) console.log(`Strip under the header: ${strip.text}`);
  }
  for (const notice of notices) console.log(`Note on the page: ${notice.text}`);
  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`Screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
}
