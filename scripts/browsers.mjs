// Launches Debian's Chromium and Firefox ESR with the built extension, both pointed at the local
// CRM server for every host (testing-in-real-browsers.md). Shared by `npm start` and the e2e tests.
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_CHROME = path.join(root, 'dist', 'chrome');
export const DIST_FIREFOX = path.join(root, 'dist', 'firefox');

function executable(envName, candidates) {
  const found = [process.env[envName], ...candidates].find((p) => p && existsSync(p));
  if (!found) throw new Error(`${candidates[0]} not found: install it (apt-get install ${path.basename(candidates[0])}) or set ${envName}`);
  return found;
}

/**
 * @param {{ headless?: boolean, userDataDir?: string }} [options]
 */
export async function launchChromium({ headless = true, userDataDir } = {}) {
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: executable('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser']),
    headless,
    pipe: true,
    enableExtensions: [DIST_CHROME],
    acceptInsecureCerts: true,
    userDataDir,
    defaultViewport: headless ? { width: 1400, height: 1000 } : null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      // Every host resolves to the local CRM server: real CRM addresses, no internet.
      '--host-resolver-rules=MAP * 127.0.0.1',
    ],
  });
}

export async function launchFirefox({ headless = true } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    headless,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  return browser;
}

/** The extension's service worker in Chromium (MV3), once it has started. */
export async function extensionWorker(browser) {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://') && t.url().endsWith('/background.js'),
    { timeout: 15000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('extension service worker not reachable');
  return worker;
}
