import type { Browser, WebWorker } from 'puppeteer-core';
export const DIST_CHROME: string;
export const DIST_FIREFOX: string;
export function launchChromium(options?: { headless?: boolean; userDataDir?: string }): Promise<Browser>;
export function launchFirefox(options?: { headless?: boolean }): Promise<Browser>;
export function extensionWorker(browser: Browser): Promise<WebWorker>;
