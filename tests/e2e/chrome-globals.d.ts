/** The few Chromium extension APIs the e2e tests call inside the extension's service worker. */
declare const chrome: {
  action: { openPopup(): Promise<void> };
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
};
