import { GLOSSARY } from '../../../data/index';
import type { GlossaryEntry } from '../../../data/types';
import { searchGlossary } from '../glossary-search';

const ids = (query: string) => searchGlossary(query).map((h) => h.id);

describe('searchGlossary', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(searchGlossary('')).toEqual([]);
    expect(searchGlossary('   ')).toEqual([]);
  });

  it('finds a drug by its brand name and says so', () => {
    expect(searchGlossary('Sprycel')).toEqual([
      { id: 'dasatinib', name: 'Dasatinib', via: 'Sprycel', brand: true },
    ]);
  });

  it('ignores letter case and spaces around the query', () => {
    expect(ids('  sPRYCEL ')).toEqual(['dasatinib']);
    expect(ids('GLEEVEC')).toEqual(['imatinib']);
  });

  it('finds by a generic name without an "also called" note', () => {
    expect(searchGlossary('imatinib')[0]).toEqual({
      id: 'imatinib',
      name: 'Imatinib',
      via: null,
      brand: false,
    });
  });

  it('puts an abbreviation typed exactly first', () => {
    expect(ids('ALL')[0]).toBe('acute-lymphocytic-leukemia');
    expect(ids('TKI')[0]).toBe('tyrosine-kinase-inhibitor');
    expect(ids('Ph+')[0]).toBe('philadelphia-chromosome');
  });

  it('still finds an abbreviation typed in lower case, before names merely containing it', () => {
    const found = ids('all');
    expect(found[0]).toBe('acute-lymphocytic-leukemia');
    expect(found).toContain('ph-positive-all');
  });

  it('notes a form that is not part of the name, but not one spelled inside it', () => {
    expect(searchGlossary('tki')[0]?.via).toBeNull(); // "Tyrosine kinase inhibitor (TKI)"
    expect(searchGlossary('thrombocytopenia')[0]?.via).toBeNull();
    expect(searchGlossary('neutropenia')[0]).toMatchObject({
      id: 'low-white-blood-cell-count',
      via: 'neutropenia',
      brand: false,
    });
  });

  it('treats hyphens, dashes and spaces alike', () => {
    expect(ids('bcr abl')).toContain('bcr-abl');
    expect(ids('BCR–ABL')).toContain('bcr-abl');
    expect(ids('veno occlusive')).toEqual(['veno-occlusive-disease']);
  });

  it('ranks whole names, then word starts, then letters inside a word', () => {
    // "tinib": inside every TKI's name; none starts with it.
    const tinib = ids('tinib');
    expect(tinib).toEqual(['bosutinib', 'dasatinib', 'imatinib', 'nilotinib', 'ponatinib']);
    // "chemo" is a whole form of chemotherapy and comes before anything else.
    expect(ids('chemo')[0]).toBe('chemotherapy');
  });

  it('matches a single letter only at the start of a word', () => {
    const found = searchGlossary('z', [entry('a', 'Dazzle'), entry('b', 'Zeta')]);
    expect(found.map((h) => h.id)).toEqual(['b']);
  });

  it('sorts equal matches alphabetically', () => {
    const found = searchGlossary('low', GLOSSARY).map((h) => h.name);
    expect(found.slice(0, 3)).toEqual([...found.slice(0, 3)].sort((a, b) => a.localeCompare(b)));
  });

  it('finds every entry by its own name', () => {
    for (const e of GLOSSARY) expect(ids(e.name)[0]).toBe(e.id);
  });
});

function entry(id: string, name: string): GlossaryEntry {
  return {
    id,
    name,
    category: 'treatment',
    forms: [{ text: name }],
    summary: '',
    explanation: '',
    related: [],
    source: 's',
  };
}
