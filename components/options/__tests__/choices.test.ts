import { MAX_DISABLED_HOSTS } from '../../../lib/settings';
import { categoryChoice, checkNewSite, formatDelay } from '../choices';

describe('formatDelay', () => {
  it('says the wait in seconds', () => {
    expect(formatDelay(0)).toBe('No wait');
    expect(formatDelay(300)).toBe('0.3 seconds');
    expect(formatDelay(1000)).toBe('1 second');
    expect(formatDelay(1500)).toBe('1.5 seconds');
    expect(formatDelay(2000)).toBe('2 seconds');
  });
});

describe('checkNewSite', () => {
  it('accepts a host or any address on it, as the stored host name', () => {
    expect(checkNewSite('Example.com', [])).toEqual({ host: 'example.com' });
    expect(checkNewSite(' https://www.example.org/a/page?x=1 ', [])).toEqual({
      host: 'www.example.org',
    });
  });

  it('explains what is wrong in plain words', () => {
    expect(checkNewSite('', []).error).toMatch(/^Type the address/);
    expect(checkNewSite('not a site', []).error).toMatch(/doesn't look like a web address/);
    expect(checkNewSite('chrome://settings', []).error).toMatch(/doesn't look like/);
    expect(checkNewSite('example.com', ['example.com']).error).toBe(
      'example.com is already in the list.',
    );
    const full = Array.from({ length: MAX_DISABLED_HOSTS }, (_, i) => `s${i}.example`);
    expect(checkNewSite('new.example', full).error).toMatch(/list is full/);
  });
});

describe('categoryChoice', () => {
  it('gives a plural label and examples from the glossary', () => {
    expect(categoryChoice('drug')).toEqual({
      label: 'Drugs',
      hint: 'For example imatinib and dasatinib.',
    });
    expect(categoryChoice('side-effect').label).toBe('Side effects');
  });
});
