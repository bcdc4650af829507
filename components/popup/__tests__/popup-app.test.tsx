import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import type { AnyRequest as PopupRequest, PageInfo } from '../../../lib/messaging/protocol';
import { loadSettings, saveSettings } from '../../../lib/settings';
import { POPUP_RESULTS } from '../glossary-lookup';
import { PopupApp } from '../popup-app';
import { cannotReadPage, SHORT_LIST } from '../term-list';
import type { PageTiming } from '../use-page-info';

const FAST: PageTiming = { intervalMs: 5, maxPolls: 20, minPolls: 2, missesAllowed: 2 };
const TAB_ID = 7;

/** A stand-in for the content script of the page in tab 7, driven by the saved settings. */
function fakePage(options: { host?: string; terms?: [string, number][]; reveal?: boolean } = {}) {
  const { host = 'example.com', terms = [], reveal = true } = options;
  const requests: { tabId: number; request: PopupRequest; frameId: number | undefined }[] = [];
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: TAB_ID, index: 0, active: true, highlighted: true, incognito: false, pinned: false },
  ] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    tabId: number,
    request: PopupRequest,
    opts?: { frameId?: number },
  ) => {
    requests.push({ tabId, request, frameId: opts?.frameId });
    if (request.type === 'termlight:reveal') return reveal;
    const s = await loadSettings();
    const active = s.enabled && !s.disabledHosts.includes(host);
    const info: PageInfo = {
      host,
      active,
      terms: active ? terms.map(([id, count]) => ({ id, count })) : [],
    };
    return info;
  }) as never);
  return requests;
}

function renderPopup(props: Parameters<typeof PopupApp>[0] = {}) {
  return render(<PopupApp timing={FAST} {...props} />);
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});

describe('the popup on an ordinary page', () => {
  it('lists the terms found, most frequent first, with how often', async () => {
    fakePage({
      terms: [
        ['imatinib', 3],
        ['dasatinib', 1],
      ],
    });
    renderPopup();
    const items = await waitFor(() => {
      const found = screen.getAllByRole('listitem');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(items[0]!.textContent).toBe('Imatinib3 timesShow Imatinib on the page');
    expect(items[1]!.textContent).toBe('DasatinibonceShow Dasatinib on the page');
    expect(screen.getByText(/Termlight found 2 terms/)).toBeTruthy();
  });

  it('asks the top frame of the active tab', async () => {
    const requests = fakePage();
    renderPopup();
    await screen.findByText(/No leukemia treatment terms/);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(requests[0]).toEqual({
      tabId: TAB_ID,
      request: { type: 'termlight:page-info' },
      frameId: 0,
    });
  });

  it('reports on the tab named by ?tab= instead of the active one', async () => {
    const requests = fakePage();
    renderPopup({ tabOverride: 99 });
    await screen.findByText(/No leukemia treatment terms/);
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(requests[0]?.tabId).toBe(99);
  });

  it('turns the site off and on, and shows the page catching up', async () => {
    fakePage({ terms: [['imatinib', 2]] });
    renderPopup();
    const site = await screen.findByRole('switch', { name: 'Highlight terms on example.com' });
    await screen.findByText('Imatinib');
    expect(site).toHaveProperty('checked', true);

    fireEvent.click(site);
    await screen.findByText('Termlight is turned off on this site.');
    expect((await loadSettings()).disabledHosts).toEqual(['example.com']);
    expect(site).toHaveProperty('checked', false);

    fireEvent.click(site);
    await screen.findByText('Imatinib');
    expect((await loadSettings()).disabledHosts).toEqual([]);
  });

  it('turns Termlight off everywhere, which disables the site switch', async () => {
    fakePage({ terms: [['imatinib', 2]] });
    renderPopup();
    const all = await screen.findByRole('switch', { name: 'Highlight terms on all sites' });
    fireEvent.click(all);
    await screen.findByText('Termlight is turned off, so nothing is highlighted.');
    expect((await loadSettings()).enabled).toBe(false);
    const site = screen.getByRole('switch', { name: 'Highlight terms on example.com' });
    expect(site).toHaveProperty('disabled', true);
    expect(site.getAttribute('aria-describedby')).toBe('tl-off-everywhere');
  });

  it('follows a change made elsewhere (the options page)', async () => {
    fakePage({ terms: [['imatinib', 2]] });
    renderPopup();
    await screen.findByText('Imatinib');
    await saveSettings({ disabledHosts: ['example.com'] });
    await screen.findByText('Termlight is turned off on this site.');
  });

  it('"Show" reveals the term in the page and closes the popup', async () => {
    const requests = fakePage({ terms: [['imatinib', 2]] });
    const closePopup = vi.fn();
    renderPopup({ closePopup });
    fireEvent.click(await screen.findByRole('button', { name: 'Show Imatinib on the page' }));
    await waitFor(() => expect(closePopup).toHaveBeenCalledOnce());
    expect(requests.filter((r) => r.request.type === 'termlight:reveal')).toEqual([
      { tabId: TAB_ID, request: { type: 'termlight:reveal', id: 'imatinib' }, frameId: 0 },
    ]);
  });

  it('says so when the term is no longer on the page, and stays open', async () => {
    fakePage({ terms: [['imatinib', 2]], reveal: false });
    const closePopup = vi.fn();
    renderPopup({ closePopup });
    fireEvent.click(await screen.findByRole('button', { name: 'Show Imatinib on the page' }));
    await screen.findByText('Imatinib is no longer on the page.');
    expect(closePopup).not.toHaveBeenCalled();
  });

  it('hides the site switch for a page without a host (a file)', async () => {
    fakePage({ host: '' });
    renderPopup();
    await screen.findByText(/No leukemia treatment terms/);
    expect(screen.getAllByRole('switch')).toHaveLength(1);
  });

  it('takes its colours from the theme setting', async () => {
    await saveSettings({ theme: 'dark' });
    fakePage();
    renderPopup();
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
    expect(document.documentElement.classList.contains('tl-theme')).toBe(true);
  });
});

describe('the popup where Termlight cannot run', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
  });

  it('says so plainly instead of an error or an empty list', async () => {
    renderPopup();
    await screen.findByText(cannotReadPage());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/On this page/)).not.toBeNull();
    expect(screen.queryByText(/No leukemia treatment terms/)).toBeNull();
  });

  it('keeps the switch for all sites and the search working', async () => {
    renderPopup();
    await screen.findByText(cannotReadPage());
    const switches = screen.getAllByRole('switch');
    expect(switches).toHaveLength(1);
    fireEvent.click(switches[0]!);
    await waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Sprycel' } });
    expect(await screen.findByRole('heading', { name: 'Dasatinib' })).toBeTruthy();
  });

  it('treats a tab it cannot find the same way', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    renderPopup();
    await screen.findByText(cannotReadPage());
  });
});

describe('looking up a term', () => {
  beforeEach(() => {
    fakePage();
  });

  const search = (value: string) =>
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the glossary' }), {
      target: { value },
    });

  it('shows the card straight away when one term matches', async () => {
    renderPopup();
    search('Sprycel');
    const card = (await screen.findByRole('heading', { name: 'Dasatinib' })).closest('article')!;
    expect(card.textContent).toContain('Brand name: Sprycel');
    expect(screen.getByRole('status').textContent).toMatch(/^1 term found: Dasatinib/);
    expect(within(card).queryByText(/Back to/)).toBeNull();
  });

  it('lists several matches and opens the one chosen, with a way back', async () => {
    renderPopup();
    search('tinib');
    const results = screen.getByRole('list', { name: 'Matching terms' });
    expect(
      within(results)
        .getAllByRole('button')
        .map((b) => b.querySelector('.tl-result-name')?.textContent),
    ).toEqual(['Bosutinib', 'Dasatinib', 'Imatinib', 'Nilotinib', 'Ponatinib']);
    fireEvent.click(within(results).getByRole('button', { name: /^Imatinib/ }));
    await screen.findByRole('heading', { name: 'Imatinib' });
    expect(document.activeElement?.className).toBe('tl-lookup-card');

    fireEvent.click(screen.getByRole('button', { name: /Back to the search results/ }));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-hit')).toBe('imatinib'));
    expect(screen.queryByRole('heading', { name: 'Imatinib' })).toBeNull();
  });

  it('follows related terms and comes back', async () => {
    renderPopup();
    search('Gleevec');
    const card = (await screen.findByRole('heading', { name: 'Imatinib' })).closest('article')!;
    const related = card.querySelector<HTMLElement>('[data-related]')!;
    const relatedName = related.textContent!;
    fireEvent.click(related);
    await screen.findByRole('heading', { name: relatedName });
    fireEvent.click(screen.getByRole('button', { name: /Back to Imatinib/ }));
    await screen.findByRole('heading', { name: 'Imatinib' });
  });

  it('can save the card it found, with the same control as the card on a page', async () => {
    renderPopup();
    search('Gleevec');
    const card = (await screen.findByRole('heading', { name: 'Imatinib' })).closest('article')!;
    expect(within(card).getByRole('button', { name: /Save to my questions/ })).toBeTruthy();
  });

  it('opens the first result with Enter', async () => {
    renderPopup();
    search('tinib');
    fireEvent.submit(screen.getByRole('search'));
    await screen.findByRole('heading', { name: 'Bosutinib' });
  });

  it('says plainly when nothing matches', async () => {
    renderPopup();
    search('aspirin');
    expect(screen.getByText(/Nothing in the glossary matches “aspirin”/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('No terms found.');
  });

  it('puts the search first, above the switches and the page list', async () => {
    fakePage({ terms: [['imatinib', 1]] });
    renderPopup();
    await screen.findByText(/Termlight found 1 term/);
    const box = screen.getByRole('searchbox', { name: 'Search the glossary' });
    const firstSwitch = screen.getAllByRole('switch')[0]!;
    expect(
      box.compareDocumentPosition(firstSwitch) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('finds a misspelled drug and says why', async () => {
    renderPopup();
    search('dasatanib');
    // The misspelled name first; then cards whose text names dasatinib.
    const results = screen.getByRole('list', { name: 'Matching terms' });
    const [first] = within(results).getAllByRole('button');
    expect(first?.textContent).toBe('Dasatinibname (close spelling)');
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ terms found/);
  });

  it('finds the drugs that list a side effect, quoting it, and shows only the first few', async () => {
    renderPopup();
    search('nausea');
    const results = screen.getByRole('list', { name: 'Matching terms' });
    const buttons = within(results).getAllByRole('button');
    expect(buttons.length).toBeLessThanOrEqual(POPUP_RESULTS);
    expect(buttons[0]?.querySelector('.tl-result-via')?.textContent).toMatch(
      /^side effect: Nausea/,
    );
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ terms found/);
  });

  it('moves between the search box and the results with the arrow keys', async () => {
    renderPopup();
    search('tinib');
    const box = screen.getByRole('searchbox', { name: 'Search the glossary' });
    const buttons = within(screen.getByRole('list', { name: 'Matching terms' })).getAllByRole(
      'button',
    );
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'ArrowUp' });
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
  });

  it('opens the glossary page with the search', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const closePopup = vi.fn();
    renderPopup({ closePopup });
    search('nausea');
    fireEvent.click(screen.getByRole('button', { name: /results in the glossary$/ }));
    await waitFor(() => expect(closePopup).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/glossary\.html\?q=nausea$/),
    });
  });
});

describe('a page with many terms', () => {
  it('shows the most frequent first and the rest on request', async () => {
    const ids = ['imatinib', 'dasatinib', 'nilotinib', 'ponatinib', 'bosutinib', 'remission'];
    const more = ['chemotherapy', 'immunotherapy', 'edema', 'bcr-abl'];
    fakePage({ terms: [...ids, ...more].map((id, i) => [id, 20 - i] as [string, number]) });
    renderPopup();
    await screen.findByText('Termlight found 10 terms. Choose Show to go to the first mention.');
    expect(screen.getAllByRole('button', { name: /^Show / })).toHaveLength(SHORT_LIST);
    const toggle = screen.getByRole('button', { name: 'See all 10 terms' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getAllByRole('button', { name: /^Show / })).toHaveLength(10);
    expect(toggle.textContent).toBe('See fewer terms');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('does not fold away just one or two terms', async () => {
    const ids = ['imatinib', 'dasatinib', 'nilotinib', 'ponatinib', 'bosutinib', 'remission'];
    fakePage({ terms: [...ids, 'edema', 'bcr-abl'].map((id) => [id, 1] as [string, number]) });
    renderPopup();
    await screen.findByText(/Termlight found 8 terms/);
    expect(screen.getAllByRole('button', { name: /^Show / })).toHaveLength(8);
    expect(screen.queryByRole('button', { name: /See all/ })).toBeNull();
  });
});
