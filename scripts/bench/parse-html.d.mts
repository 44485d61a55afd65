export function parseHtml(html: string, url?: string): { document: Document; serialize(): string };
