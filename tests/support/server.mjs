// A static file server on 127.0.0.1 only, for the browser tests, the benchmark and the demo.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * @typedef {{ origin: string, close(): Promise<void> }} StaticServer
 */

/**
 * Serves folders: `mounts` maps a URL prefix ("/", "/corpus/") to a folder. `routes` maps exact
 * paths to generated HTML (or functions returning it). Nothing is cached: each load is measured
 * or tested afresh.
 * @param {Record<string, string>} mounts
 * @param {Record<string, string | (() => string)>} [routes]
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(mounts, routes = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    };
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (Object.hasOwn(routes, path)) {
      const route = routes[path];
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(typeof route === 'function' ? route() : route);
      return;
    }
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) return notFound();
    const root = resolve(mounts[prefix]);
    const file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))];
      res.writeHead(200, {
        'content-type': type ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(await readFile(file));
    } catch {
      notFound();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}
