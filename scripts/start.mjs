// `npm start`: builds the extension, serves the demo opportunity (fictional people) over local
// HTTPS at a real Salesforce address, and opens it in Chromium with the extension loaded. With a
// display: a window to use. Without one: headless, prints what the extension found, saves a screenshot.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCrmServer } from './crm-server.mjs';
import { launchChromium } from './browsers.mjs';

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
    await page.waitForSelector('[data-coach-network="badge"], [data-coach-network="notice"]', { timeout: 20_000 });
    // Give a lazy list a moment to finish, then report everything the extension put on the page.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const found = await page.evaluate(() => ({
      title: document.title,
      badges: [...document.querySelectorAll('[data-coach-network="badge"]')].map((host) => ({
        contact: host.previousElementSibling?.textContent?.trim() ?? '',
        key: host.getAttribute('data-contact-key') ?? '',
        status: host.getAttribute('data-status') ?? '',
        row: [...(host.closest('tr')?.querySelectorAll('td') ?? [])].map((td) => td.textContent?.trim()).filter(Boolean).slice(0, 2),
      })),
      notices: document.querySelectorAll('[data-coach-network="notice"]').length,
    }));
    console.log(`\nCoach Network on ${url.href}`);
    console.log(`Opportunity: ${found.title.split(' | ')[0]}`);
    console.log(`Contacts with a badge (${found.badges.length}):`);
    for (const badge of found.badges) {
      console.log(`  ${badge.contact.padEnd(22)} ${badge.status.padEnd(11)} ${badge.row.join(' · ')}  [${badge.key}]`);
    }
    if (found.notices > 0) console.log(`Notes shown: ${found.notices} ("couldn't read" notice)`);
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    console.log(`Screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
