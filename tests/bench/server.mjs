/** A static server on 127.0.0.1 only: generated pages from memory, corpus files from a folder. */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * @typedef {{ origin: string, close(): Promise<void> }} StaticServer
 */

/**
 * @param {Record<string, string>} mounts URL prefix ("/corpus/") → folder
 * @param {Record<string, string>} pages exact path ("/generated.html") → HTML body
 * @returns {Promise<StaticServer>}
 */
export async function startServer(mounts, pages) {
  const server = createServer(async (req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    };
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (Object.hasOwn(pages, path)) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(pages[path]);
      return;
    }
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    if (!prefix) return notFound();
    const root = resolve(mounts[prefix]);
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root + sep)) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const type = TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      notFound();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}
