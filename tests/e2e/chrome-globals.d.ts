/** The few Chromium extension APIs the e2e tests call inside the extension's service worker. */
declare const chrome: {
  action: {
    openPopup(): Promise<void>;
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<[number, number, number, number]>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[]; js?: string[] }>> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
};
