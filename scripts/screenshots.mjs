// `npm run screenshots`: drives real Chromium through the demo opportunity and writes what a rep
// sees to docs/screenshots/ (committed, shown in the README): the page with badges and strip, the
// popup in light and dark, a person's detail, the coverage picture.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCrmServer } from './crm-server.mjs';
import { extensionWorker, launchChromium } from './browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'docs', 'screenshots');
const DEMO_URL = 'https://halyardsoftware.lightning.force.com/lightning/r/Opportunity/0068V00000kQ3wZQAS/view';
const PRIYA = 'salesforce:0038V00001cWq2AQAS';
const COLM = 'salesforce:0038V00001cWq5JQAS';

execFileSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit' });
await mkdir(OUT, { recursive: true });
const server = await startCrmServer({ pages: { [new URL(DEMO_URL).pathname]: path.join(root, 'tests', 'fixtures', 'salesforce-lightning-opportunity.html') } });
const browser = await launchChromium();
const shot = (name) => path.join(OUT, `${name}.png`);
/** The popup's own width (its window can be wider): a capture of what the rep sees. */
async function popupShot(popup, name) {
  const size = await popup.evaluate(() => ({ width: document.body.getBoundingClientRect().width, height: window.innerHeight }));
  await popup.screenshot({ path: shot(name), clip: { x: 0, y: 0, width: Math.ceil(size.width), height: size.height } });
}

async function openPopup(page) {
  await page.bringToFront();
  const worker = await extensionWorker(browser);
  await worker.evaluate(() => chrome.action.openPopup());
  const target = await browser.waitForTarget((t) => t.url().includes('/popup.html'), { timeout: 10_000 });
  const popup = await target.asPage();
  await popup.waitForSelector('[data-contact-key]');
  return popup;
}

try {
  const url = new URL(DEMO_URL);
  url.port = String(server.port);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url.href, { waitUntil: 'load' });
  await page.waitForSelector('[data-coach-network="badge"]');

  // A deal in progress: one coach, one developing contact.
  let popup = await openPopup(page);
  for (const criterion of ['wantsOurSolution', 'hasCredibility', 'willingToGuide']) {
    await popup.click(`[data-contact-key="${PRIYA}"] [data-criterion="${criterion}"][data-value="yes"]`);
  }
  await popup.click(`[data-contact-key="${COLM}"] [data-criterion="wantsOurSolution"][data-value="yes"]`);
  await popup.click(`[data-contact-key="${COLM}"] [data-criterion="hasCredibility"][data-value="yes"]`);
  // What the popup shows as it opens (a popup is a fixed window: full-page captures tile it).
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popupShot(popup, 'popup-light');
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await popupShot(popup, 'popup-dark');
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await popup.$eval(`[data-contact-key="${PRIYA}"]`, (row) => row.scrollIntoView({ block: 'start' }));
  await popupShot(popup, 'popup-contacts');

  const coverage = await popup.$('svg[data-coverage]');
  if (coverage) await coverage.screenshot({ path: shot('coverage-picture') });

  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.focus(`[data-contact-key="${PRIYA}"]`);
  await popup.keyboard.press('Enter');
  if (await popup.waitForSelector('[data-view="person"]', { timeout: 3000 }).catch(() => null)) {
    await popupShot(popup, 'person-detail');
  }
  await popup.close().catch(() => undefined);

  await page.bringToFront();
  await page.evaluate(() => document.querySelector('.oneContent.active article[aria-label="Contact Roles"]')?.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: shot('page-badges') });
  // The strip sits right under the record header: show it with the header above it.
  const strip = await page.$('[data-coach-network="strip"]');
  const box = strip && (await strip.boundingBox());
  if (box) await page.screenshot({ path: shot('page-strip'), clip: { x: 0, y: Math.max(0, box.y - 260), width: 1280, height: box.height + 300 }, captureBeyondViewport: true });
  console.log(`screenshots written to ${path.relative(process.cwd(), OUT)}/`);
} finally {
  await browser.close();
  await server.close();
}
