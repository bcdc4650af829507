import { describe, expect, it } from 'vitest';
import { isActiveOn, isHostDisabled, normalizeHost } from '../hosts';
import { DEFAULT_SETTINGS } from '../schema';

describe('normalizeHost', () => {
  it.each([
    ['example.com', 'example.com'],
    [' EXAMPLE.COM ', 'example.com'],
    ['https://Example.com/path', 'example.com'],
    ['http://example.com:8080/a?b#c', 'example.com'],
    ['HTTPS://WWW.Example.com', 'www.example.com'],
    ['example.com/path/page.html', 'example.com'],
    ['example.com:3000', 'example.com'],
    ['example.com.', 'example.com'],
    ['sub.domain.example.co.uk', 'sub.domain.example.co.uk'],
    ['my_host.example.com', 'my_host.example.com'],
    ['localhost', 'localhost'],
    ['http://localhost:5173/', 'localhost'],
    ['192.168.1.10', '192.168.1.10'],
    ['http://[::1]:8080/', '[::1]'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['\tcancer.gov\n', 'cancer.gov'],
  ])('accepts %j as %j', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });

  it.each([
    [''],
    ['   '],
    ['not a host'],
    ['http://'],
    ['file:///home/me/page.html'],
    ['chrome://extensions'],
    ['ftp://example.com'],
    ['about:blank'],
    ['javascript:alert(1)'],
    ['mailto:someone@example.com'],
    ['user:pass@example.com'],
    ['*.example.com'],
    ['-example.com'],
    ['example-.com'],
    ['exa mple.com'],
    ['a..b'],
    ['...'],
    ['123'],
    ['<script>'],
    ['a'.repeat(64) + '.com'],
    [`${'a'.repeat(60)}.`.repeat(5) + 'com'],
    [42],
    [null],
    [undefined],
    [{ host: 'example.com' }],
    [['example.com']],
  ])('rejects %j', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });
});

describe('isHostDisabled', () => {
  const settings = { ...DEFAULT_SETTINGS, disabledHosts: ['example.com', 'localhost'] };

  it.each([
    ['example.com', true],
    ['EXAMPLE.com', true],
    ['example.com.', true],
    ['https://example.com/some/page', true],
    ['localhost', true],
    ['www.example.com', false], // exact host only: subdomains are separate sites
    ['com', false],
    ['example.org', false],
    ['', false],
    ['not a host', false],
  ])('%j → %j', (host, disabled) => {
    expect(isHostDisabled(settings, host)).toBe(disabled);
  });
});

describe('isActiveOn', () => {
  it('needs the master switch on and the host not disabled', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledHosts: ['example.com'] };
    expect(isActiveOn(settings, 'cancer.gov')).toBe(true);
    expect(isActiveOn(settings, 'example.com')).toBe(false);
    expect(isActiveOn({ ...settings, enabled: false }, 'cancer.gov')).toBe(false);
  });
});
