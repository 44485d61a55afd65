/**
 * The browser module for the overview and pipeline tests: the popup's fake (scripted background
 * replies) plus what these views use beyond it, the UI language and tabs.create.
 */
import { vi } from 'vitest';
import { getMessage } from '../../fakes/i18n';
import { fakeBrowser } from '../fake-browser';

export const browserStub = {
  ...fakeBrowser,
  i18n: { getMessage, getUILanguage: vi.fn(() => 'en') },
  tabs: { ...fakeBrowser.tabs, create: vi.fn(async (props: { url?: string }) => ({ id: 99, ...props })) },
};
