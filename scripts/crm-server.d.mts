export interface CrmServer {
  port: number;
  requests: { host: string; path: string }[];
  setPage(pathname: string, file: string): void;
  close(): Promise<void>;
}
export function startCrmServer(options: { pages: Record<string, string> }): Promise<CrmServer>;
