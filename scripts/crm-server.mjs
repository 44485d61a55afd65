// A local HTTPS server that plays a CRM's host: the browser resolves every host to 127.0.0.1
// (see browsers.mjs), so saved pages load at their real addresses and the content script runs on
// the same match patterns as in production. Every request is recorded with its Host, so tests
// can assert that nothing but the CRM page itself was fetched.
import https from 'node:https';
import { readFile } from 'node:fs/promises';
import selfsigned from 'selfsigned';

/**
 * @param {{ pages: Record<string, string> }} options pathname → HTML file
 */
export async function startCrmServer({ pages }) {
  const { private: key, cert } = await selfsigned.generate([{ name: 'commonName', value: 'coach-network.test' }], {
    keyType: 'ec',
    days: 2,
  });
  /** @type {{ host: string, path: string }[]} */
  const requests = [];
  const routes = new Map(Object.entries(pages));
  const server = https.createServer({ key, cert }, async (request, response) => {
    const url = new URL(request.url ?? '/', 'https://placeholder');
    requests.push({ host: request.headers.host ?? '', path: request.url ?? '' });
    const file = routes.get(url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(await readFile(file));
    } catch {
      response.writeHead(500).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    /** Serves another page (or replaces one) while running, e.g. a later snapshot of a record. */
    setPage(pathname, file) {
      routes.set(pathname, file);
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
