export const DEFAULT_LOCALE: string;
export function buildLocales(i18nDir: string): Promise<Record<string, Record<string, { message: string; placeholders?: Record<string, { content: string }> }>>>;
