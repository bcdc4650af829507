import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../migrate';
import { decodeSettings } from '../store';
import { DEFAULT_SETTINGS } from '../schema';

describe('decodeSettings (migrations)', () => {
  it('is at version 1', () => {
    expect(SETTINGS_VERSION).toBe(1);
  });

  it('turns a version 0 value (no version field) into current fields', () => {
    const v0 = {
      on: false,
      blocked: ['A.com', 'https://b.org/x'],
      style: 'highlight',
      delay: 0.35,
    };
    expect(decodeSettings(v0)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        enabled: false,
        disabledHosts: ['a.com', 'b.org'],
        highlightStyle: 'background',
        hoverDelayMs: 350,
      },
      problems: [],
    });
  });

  it.each([
    ['underline', 'underline'],
    ['highlight', 'background'],
    ['none', 'hover-only'],
  ])('maps the version 0 style %j to %j', (style, highlightStyle) => {
    expect(decodeSettings({ style }).settings.highlightStyle).toBe(highlightStyle);
  });

  it('leaves fields a partial version 0 value lacked at their defaults', () => {
    expect(decodeSettings({ blocked: ['a.com'] })).toEqual({
      settings: { ...DEFAULT_SETTINGS, disabledHosts: ['a.com'] },
      problems: [],
    });
  });

  it('keeps the good version 0 fields when one is broken', () => {
    const { settings, problems } = decodeSettings({ on: 'yes', blocked: ['a.com'], delay: 'slow' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, disabledHosts: ['a.com'] });
    expect(problems).toEqual([
      expect.stringMatching(/^enabled: /),
      expect.stringMatching(/^hoverDelayMs: /),
    ]);
  });

  it('passes a current value through without its version field', () => {
    const v1 = { version: 1, enabled: false, theme: 'dark' };
    expect(decodeSettings(v1)).toEqual({
      settings: { ...DEFAULT_SETTINGS, enabled: false, theme: 'dark' },
      problems: [],
    });
  });

  it('opens cards at the patient level for values saved before that setting existed', () => {
    for (const raw of [
      { version: 1, theme: 'dark' },
      { on: true, style: 'highlight' },
    ]) {
      const { settings, problems } = decodeSettings(raw);
      expect(settings.firstCardLevel).toBe('patient');
      expect(problems).toEqual([]);
    }
  });

  it('keeps a saved student level, and falls back to patient (saying so) for a broken one', () => {
    expect(decodeSettings({ version: 1, firstCardLevel: 'student' }).settings.firstCardLevel).toBe(
      'student',
    );
    const broken = decodeSettings({ version: 1, firstCardLevel: 'professor', theme: 'dark' });
    expect(broken.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(broken.problems).toEqual([
      'firstCardLevel: expected one of patient, student, got "professor"; using the default',
    ]);
  });

  it('reads the fields it knows from a newer version and says so', () => {
    const { settings, problems } = decodeSettings({ version: 7, theme: 'dark', sparkles: true });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(problems).toEqual(['version: 7 is newer than 1; reading known fields']);
  });

  it.each([['1'], [1.5], [-1], [null], [NaN]])(
    'reads a value with a broken version %j as current',
    (version) => {
      const { settings, problems } = decodeSettings({ version, theme: 'light', on: false });
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
      expect(problems).toEqual([
        expect.stringMatching(/^version: got .*; reading it as version 1$/),
      ]);
    },
  );

  it('reads a value that is not a record as the defaults, saying so', () => {
    expect(decodeSettings('x')).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['settings: not a record; using the defaults'],
    });
    expect(decodeSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('does not change its input', () => {
    const v0 = { on: false, blocked: ['a.com'] };
    decodeSettings(v0);
    expect(v0).toEqual({ on: false, blocked: ['a.com'] });
  });
});
