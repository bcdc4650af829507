import { afterAll, beforeAll, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../../support/browser.mjs';
import { startStaticServer, type StaticServer } from './server';

export const EMBED_DIR = resolve(import.meta.dirname, '../../../.output/embed');

/**
 * For the embed's browser tests: a loopback server of `dirs` and `routes`, and a browser without
 * the extension. Fails at once when the embed build lacks `needs`; at the end, fails if any
 * request tried to leave the machine. Its fields are set once beforeAll has run.
 */
export function useEmbedBrowser(
  needs: string,
  dirs: Record<string, string>,
  routes: Record<string, () => string>,
) {
  const env = {} as { server: StaticServer; session: Awaited<ReturnType<typeof launchBrowser>> };
  beforeAll(async () => {
    if (!existsSync(resolve(EMBED_DIR, needs))) {
      throw new Error(`No .output/embed/${needs}: run npm run build:embed first`);
    }
    env.server = await startStaticServer(dirs, routes);
    env.session = await launchBrowser({ extension: false });
  });
  afterAll(async () => {
    const offLoopback = [
      ...(env.session?.offLoopbackRequests ?? []),
      ...(env.session?.leakedRequests ?? []),
    ];
    await env.session?.close();
    await env.server?.close();
    expect(offLoopback, 'requests that tried to leave the machine').toEqual([]);
  });
  return env;
}
