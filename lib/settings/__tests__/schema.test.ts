import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  DEFAULT_SETTINGS,
  MAX_DISABLED_HOSTS,
  parseSettings,
  type Settings,
} from '../schema';
import { CUSTOM } from './fixtures';

describe('defaults', () => {
  it('are the documented values', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      enabled: true,
      disabledHosts: [],
      highlightStyle: 'underline',
      firstMentionOnly: false,
      hoverDelayMs: 300,
      textSize: 100,
      theme: 'system',
      firstCardLevel: 'patient',
      categories: {
        disease: true,
        treatment: true,
        drug: true,
        gene: true,
        'side-effect': true,
        body: true,
      },
      recordPageAddress: true,
      singleKeyShortcuts: true,
      termsInTabOrder: false,
      questionsFor: 'self',
      interfaceLanguage: 'auto',
      cardLanguage: 'auto',
    });
    expect(CATEGORIES).toEqual(['disease', 'treatment', 'drug', 'gene', 'side-effect', 'body']);
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.disabledHosts)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.categories)).toBe(true);
  });

  it.each([null, undefined, 42, 'settings', true, [], [{ enabled: false }]])(
    'are what %j parses to, with no problems',
    (raw) => {
      expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    },
  );

  it('come as fresh copies that a caller may change', () => {
    const { settings } = parseSettings(null);
    settings.disabledHosts.push('example.com');
    settings.categories.drug = false;
    expect(parseSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('parseSettings', () => {
  it('keeps a valid value as is', () => {
    expect(parseSettings(CUSTOM)).toEqual({ settings: CUSTOM, problems: [] });
  });

  it('fills missing fields with defaults without reporting them', () => {
    expect(parseSettings({ theme: 'light' })).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'light' },
      problems: [],
    });
  });

  it('ignores unknown keys', () => {
    expect(parseSettings({ ...CUSTOM, fontFamily: 'serif', version: 9 })).toEqual({
      settings: CUSTOM,
      problems: [],
    });
  });

  it.each<[keyof Settings, unknown]>([
    ['enabled', 'yes'],
    ['enabled', 1],
    ['enabled', null],
    ['disabledHosts', 'example.com'],
    ['disabledHosts', { 0: 'example.com' }],
    ['highlightStyle', 'highlight'],
    ['highlightStyle', 'UNDERLINE'],
    ['firstMentionOnly', 'false'],
    ['recordPageAddress', 'no'],
    ['singleKeyShortcuts', 'yes'],
    ['termsInTabOrder', 1],
    ['questionsFor', 'parent'],
    ['questionsFor', null],
    ['hoverDelayMs', NaN],
    ['hoverDelayMs', Infinity],
    ['hoverDelayMs', '300'],
    ['hoverDelayMs', null],
    ['textSize', 'large'],
    ['textSize', 130],
    ['theme', 'sepia'],
    ['theme', 0],
    ['firstCardLevel', 'teacher'],
    ['firstCardLevel', 'STUDENT'],
    ['firstCardLevel', 1],
    ['interfaceLanguage', 'fr'],
    ['interfaceLanguage', 'ES'],
    ['cardLanguage', 'spanish'],
    ['cardLanguage', 'ES'],
    ['categories', ['drug']],
    ['categories', 'all'],
  ])('replaces a broken %s (%j) with its default and keeps the rest', (field, bad) => {
    const { settings, problems } = parseSettings({ ...CUSTOM, [field]: bad });
    expect(settings).toEqual({ ...CUSTOM, [field]: DEFAULT_SETTINGS[field] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${field}: `));
  });

  it.each([
    [-5, 0],
    [99999, 2000],
    [250.4, 250],
  ])('brings hoverDelayMs %j into range as %j and reports it', (raw, fixed) => {
    const { settings, problems } = parseSettings({ hoverDelayMs: raw });
    expect(settings.hoverDelayMs).toBe(fixed);
    expect(problems).toEqual([expect.stringMatching(/^hoverDelayMs: .*using \d+$/)]);
  });

  it('drops only the broken hosts, normalizes and de-duplicates the others', () => {
    const { settings, problems } = parseSettings({
      disabledHosts: ['Example.com', 42, 'https://example.com/page', null, 'not a host', 'a.org'],
    });
    expect(settings.disabledHosts).toEqual(['example.com', 'a.org']);
    expect(problems).toEqual([
      'disabledHosts: dropped 3 item(s) that are not site addresses: 42, null, "not a host"',
    ]);
  });

  it('keeps at most MAX_DISABLED_HOSTS hosts from a huge list', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    const { settings, problems } = parseSettings({ disabledHosts: huge });
    expect(settings.disabledHosts).toEqual(huge.slice(0, MAX_DISABLED_HOSTS));
    expect(problems).toEqual([`disabledHosts: more than 200 items; kept the first 200 sites`]);
  });

  it('replaces only the broken category switches and ignores unknown categories', () => {
    const { settings, problems } = parseSettings({
      categories: { drug: false, gene: 'off', 'side-effect': null, astrology: false },
    });
    expect(settings.categories).toEqual({
      disease: true,
      treatment: true,
      drug: false,
      gene: true,
      'side-effect': true,
      body: true,
    });
    expect(problems).toEqual([
      'categories: gene: expected true or false, got "off"; using the default',
      'categories: side-effect: expected true or false, got null; using the default',
    ]);
  });

  it('keeps problem messages short for huge bad values', () => {
    const { problems } = parseSettings({ theme: 'x'.repeat(10_000) });
    expect(problems[0]!.length).toBeLessThan(120);
  });

  it('reads only own properties', () => {
    const raw = Object.create({ enabled: false }) as object;
    expect(parseSettings(raw).settings.enabled).toBe(true);
  });
});
