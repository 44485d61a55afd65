import type { Page } from 'puppeteer-core';
export function shadowTexts(page: Page, kind: 'badge' | 'notice' | 'strip' | 'tagger'): Promise<Array<{ key: string | null; text: string }>>;
