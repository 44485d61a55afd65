import type { Page } from 'puppeteer-core';
export type OurHostKind = 'badge' | 'notice' | 'strip' | 'tagger';
export interface OurHost {
  key: string | null;
  text: string;
  status: string | null;
}
export function ourHosts(page: Page, kind: OurHostKind): Promise<OurHost[]>;
export function shadowTexts(page: Page, kind: OurHostKind): Promise<Array<{ key: string | null; text: string }>>;
