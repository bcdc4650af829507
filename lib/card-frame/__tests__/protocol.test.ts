import { describe, expect, it } from 'vitest';
import {
  frameFragment,
  frameKey,
  parseFromFrame,
  parseToFrame,
  portOfHello,
  readFragment,
} from '../protocol';

const show = {
  kind: 'show',
  termId: 'ponatinib',
  termName: 'Ponatinib',
  page: { pageTitle: 'A page', pageUrl: null, context: 'About ponatinib.' },
  theme: 'dark',
  scale: 1.25,
  lang: 'es',
};

describe('the card-frame protocol', () => {
  it('rebuilds a card message from checked fields only', () => {
    expect(parseToFrame({ ...show, extra: 'dropped' })).toEqual(show);
    expect(parseToFrame({ ...show, glossaryName: 'My course' })?.glossaryName).toBe('My course');
    expect(parseToFrame({ ...show, glossaryName: 7 })).toBeNull();
    expect(
      parseToFrame({ ...show, page: { ...show.page, pageUrl: 'https://a.example/' } })?.page
        .pageUrl,
    ).toBe('https://a.example/');
  });

  it('drops malformed card messages', () => {
    for (const bad of [
      null,
      'show',
      { ...show, kind: 'hide' },
      { ...show, termId: '' },
      { ...show, termId: 'x'.repeat(101) },
      { ...show, theme: 'system' },
      { ...show, lang: 'fr' },
      { ...show, lang: undefined },
      { ...show, scale: Infinity },
      { ...show, page: { ...show.page, pageUrl: 42 } },
      { ...show, page: null },
    ])
      expect(parseToFrame(bad)).toBeNull();
  });

  it('rebuilds frame messages and drops the rest', () => {
    expect(parseFromFrame({ kind: 'size', width: 120, height: 40, fill: false, x: 1 })).toEqual({
      kind: 'size',
      width: 120,
      height: 40,
      fill: false,
    });
    expect(parseFromFrame({ kind: 'escape', text: 'x' })).toEqual({ kind: 'escape' });
    expect(parseFromFrame({ kind: 'announce', text: 'Saved.' })).toEqual({
      kind: 'announce',
      text: 'Saved.',
    });
    for (const bad of [
      { kind: 'size', width: -1, height: 4, fill: false },
      { kind: 'size', width: 1, height: 4 },
      { kind: 'announce', text: 'x'.repeat(501) },
      { kind: 'navigate', to: 'https://evil.example/' },
      undefined,
    ])
      expect(parseFromFrame(bad)).toBeNull();
  });

  it('takes a hello only from the parent window, with the key and a port', () => {
    const parent = {} as Window;
    const { port1 } = new MessageChannel();
    const hello = (data: unknown, source: unknown, ports: MessagePort[] = [port1]) =>
      ({ data, source, ports }) as unknown as MessageEvent;
    const key = frameKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(portOfHello(hello({ termlightFrame: key }, parent), key, parent)).toBe(port1);
    expect(portOfHello(hello({ termlightFrame: key }, {}), key, parent)).toBeNull();
    expect(portOfHello(hello({ termlightFrame: 'guess' }, parent), key, parent)).toBeNull();
    expect(portOfHello(hello({ termlightFrame: '' }, parent), '', parent)).toBeNull();
    expect(portOfHello(hello({ termlightFrame: key }, parent, []), key, parent)).toBeNull();
  });

  it('reads the key and the first view from the frame address, and drops a damaged view', () => {
    const show = parseToFrame({
      kind: 'show',
      termId: 'dasatinib',
      termName: 'Dasatinib',
      page: { pageTitle: 'A page', pageUrl: null, context: 'A sentence.' },
      theme: 'dark',
      scale: 1.5,
      lang: 'en',
    })!;
    const key = frameKey();
    expect(readFragment(`#${frameFragment(key, show)}`)).toEqual({ key, show });
    expect(readFragment(`#${key}`)).toEqual({ key, show: null });
    expect(readFragment(`#${key}.%7Bnot-json`)).toEqual({ key, show: null });
    expect(readFragment(`#${key}.${encodeURIComponent('{"kind":"show"}')}`).show).toBeNull();
  });
});
