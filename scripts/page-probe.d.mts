import type { Page } from 'puppeteer-core';
export function shadowTexts(page: Page, kind: 'badge' | 'notice' | 'strip'): Promise<Array<{ key: string | null; text: string }>>;
