import type { Settings } from './schema';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const WEB_SCHEME = /^https?:\/\//i;
// Letters, digits, hyphens inside labels; underscores too, since real host names carry them.
const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The host name of a site as stored in disabledHosts, or null for anything that is not a web site.
 * Accepts a bare host or a full http(s) address, in any case and with spaces around it:
 * "https://Example.com:8080/path" → "example.com". Drops the port (a site is the same site on any
 * port) and a trailing dot; converts international names to punycode, as location.hostname does.
 */
export function normalizeHost(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().toLowerCase();
  if (text === '' || text.length > 2048) return null;
  const hasScheme = SCHEME.test(text);
  if (hasScheme && !WEB_SCHEME.test(text)) return null; // file:, chrome:, ftp: pages are not sites
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return null;
  }
  // "mailto:a@b.com" parses as user "mailto" at host b.com: not a site the user meant.
  if (url.username !== '' || url.password !== '') return null;
  const host = url.hostname.replace(/\.$/, '');
  if (host.length > 253) return null;
  if (IPV6.test(host)) return host;
  // The URL parser turns a numeric name such as "123" into 0.0.0.123; keep only quads typed as such.
  if (IPV4.test(host)) return text.includes(host) ? host : null;
  return HOSTNAME.test(host) ? host : null;
}

/** Whether the user turned Termlight off on this exact host (not its subdomains or parents). */
export function isHostDisabled(settings: Pick<Settings, 'disabledHosts'>, host: string): boolean {
  const normalized = normalizeHost(host);
  return normalized !== null && settings.disabledHosts.includes(normalized);
}

/** Whether the content script should highlight on a page with this host. */
export function isActiveOn(
  settings: Pick<Settings, 'enabled' | 'disabledHosts'>,
  host: string,
): boolean {
  return settings.enabled && !isHostDisabled(settings, host);
}
