import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { CATEGORY_LABELS } from '../../../data/categories';
import { GLOSSARY } from '../../../data/index';
import { checkGlossary } from '../../../lib/glossaries/check';
import { rawFromJson } from '../../../lib/glossaries/read-file';
import { addGlossary, updateGlossary } from '../../../lib/glossaries/store';
import { saveSettings } from '../../../lib/settings';
import { GOOD_ENTRY, jsonGlossary } from '../../../lib/glossaries/__tests__/fixtures';
import { glossaryQuery, parseEntryHash, parseGlossaryQuery } from '../../shared/glossary-address';
import { GlossaryApp } from '../glossary-app';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/glossary.html');
});
afterEach(() => {
  cleanup();
});

const searchBox = () => screen.getByRole('searchbox', { name: 'Search the glossary' });
const cardNames = (root: HTMLElement = document.body) =>
  [...root.querySelectorAll('article.tl-card .tl-name')].map((h) => h.textContent);

describe('the glossary page', () => {
  it('shows every entry once, grouped by kind of term, alphabetical within each', () => {
    render(<GlossaryApp />);
    expect(cardNames()).toHaveLength(GLOSSARY.length);
    const drugs = screen.getByRole('region', { name: CATEGORY_LABELS.drug.group });
    const names = cardNames(drugs);
    expect(names).toContain('Dasatinib');
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'en')));
    expect(screen.getByRole('status').textContent).toBe(
      `${GLOSSARY.length} terms, grouped by kind.`,
    );
  });

  it('lets every card be saved to My questions, with one live region for all', () => {
    render(<GlossaryApp />);
    const cards = [...document.querySelectorAll('article.tl-card')];
    expect(cards).toHaveLength(GLOSSARY.length);
    for (const card of cards) {
      expect(
        within(card as HTMLElement).getByRole('button', { name: 'Save to my questions' }),
      ).toBeTruthy();
    }
    expect(document.querySelectorAll('[aria-live]:not([role="status"])')).toHaveLength(1);
  });

  it('filters by the search, best first, saying why each matched', () => {
    render(<GlossaryApp />);
    fireEvent.input(searchBox(), { target: { value: 'gleevac' } });
    expect(cardNames()[0]).toBe('Imatinib');
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain(
      'brand name Gleevec (close spelling)',
    );
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ of \d+ terms match “gleevac”/);
  });

  it('finds the drugs that list "nausea" and nothing for nonsense', () => {
    const onQueryChange = vi.fn();
    render(<GlossaryApp onQueryChange={onQueryChange} />);
    fireEvent.input(searchBox(), { target: { value: 'nausea' } });
    expect(cardNames()).toEqual(expect.arrayContaining(['Dasatinib', 'Imatinib', 'Blinatumomab']));
    expect(onQueryChange).toHaveBeenLastCalledWith('?q=nausea');
    fireEvent.input(searchBox(), { target: { value: 'xyzzy' } });
    expect(cardNames()).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(/^Nothing in the glossary matches/);
  });

  it('starts with the search from its address', () => {
    render(<GlossaryApp initialQuery="Sprycel" />);
    expect(cardNames()).toEqual(['Dasatinib']);
  });

  it('brings the entry named in the address into focus', async () => {
    history.replaceState(null, '', '/glossary.html#dasatinib');
    render(<GlossaryApp />);
    await waitFor(() => expect(document.activeElement?.id).toBe('dasatinib'));
  });

  it('moves to a related term, leaving a search that does not show it', async () => {
    render(<GlossaryApp initialQuery="Sprycel" />);
    const card = screen.getByRole('article', { name: 'Dasatinib' });
    const related = within(card).getByRole('button', { name: 'BCR-ABL' });
    fireEvent.click(related);
    await waitFor(() => expect(document.activeElement?.id).toBe('bcr-abl'));
    expect(location.hash).toBe('#bcr-abl');
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });

  it('shows and finds the entries of imported glossaries that are on, saying where they come from', async () => {
    const checked = checkGlossary(rawFromJson(jsonGlossary())!);
    const info = await addGlossary(checked.glossary!, { preferred: false });
    render(<GlossaryApp />);
    await waitFor(() => expect(cardNames()).toContain(GOOD_ENTRY.name));
    fireEvent.input(searchBox(), { target: { value: 'Brukinsa' } });
    expect(cardNames()).toEqual([GOOD_ENTRY.name]);
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain(
      "from your glossary 'Course terms'",
    );
    await updateGlossary(info.key, { enabled: false });
    await waitFor(() => expect(cardNames()).toEqual([]));
  });

  it('opens cards at the level the reader chose', async () => {
    await saveSettings({ firstCardLevel: 'student' });
    render(<GlossaryApp initialQuery="Tasigna" />);
    const card = screen.getByRole('article', { name: 'Nilotinib' });
    await waitFor(() =>
      expect(card.querySelector('.tl-more-body')?.textContent).toContain('In plain words'),
    );
  });

  it('shows the built-in glossary when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    render(<GlossaryApp />);
    expect(cardNames()).toHaveLength(GLOSSARY.length);
  });
});

describe('glossary page addresses', () => {
  it('round-trips a search and reads entry ids from the hash', () => {
    expect(glossaryQuery('  ')).toBe('');
    expect(parseGlossaryQuery(glossaryQuery('bcr abl & <x>'))).toBe('bcr abl & <x>');
    expect(parseEntryHash('#g2/zanubrutinib')).toBe('g2/zanubrutinib');
    expect(parseEntryHash('#%E0%A4%A')).toBe('');
    expect(parseEntryHash('')).toBe('');
  });
});
