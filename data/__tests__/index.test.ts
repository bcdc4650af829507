import {
  DATE_NOT_GIVEN,
  DISCLAIMER,
  GLOSSARY,
  SOURCES,
  entryFacts,
  entrySource,
  entrySources,
  factSource,
  findEntryByForm,
  findGlossaryProblems,
  formatRevised,
  getEntry,
} from '../index';

describe('data/index', () => {
  it('exports a glossary that passes validation', () => {
    expect(GLOSSARY.length).toBeGreaterThan(20);
    expect(findGlossaryProblems(GLOSSARY, SOURCES)).toEqual([]);
  });

  it('looks entries up by id', () => {
    expect(getEntry('dasatinib')?.name).toBe('Dasatinib');
    expect(getEntry('no-such-term')).toBeUndefined();
  });

  it('has a disclaimer that says it is not medical advice and points to the care team', () => {
    expect(DISCLAIMER).toMatch(/not medical advice/i);
    expect(DISCLAIMER).toMatch(/care team/i);
  });

  it('gives every entry a source with its date, or "date not given"', () => {
    for (const entry of GLOSSARY) {
      const source = entrySource(entry);
      expect(source.id).toBe(entry.source);
      expect(source.title).not.toBe('');
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.revised).toBe(formatRevised(source.lastRevised));
      expect(source.revised).not.toBe('');
    }
  });

  it('keeps the dates the sources give, and invents none', () => {
    const byId = Object.fromEntries(SOURCES.map((s) => [s.id, s.lastRevised]));
    expect(byId).toEqual({
      'acs-targeted-therapy-all': '2018-10-17',
      'acs-immunotherapy-all': null,
      'fda-label-besponsa': '2024-09-17',
      'fda-label-blincyto': null,
      'acs-edema': null,
      // The student level's sources (#17): the date each page printed, else null.
      'review-2010-imatinib-adverse-effects': '2010-12-02',
      'blood-cancer-united-dasatinib': null,
      'masiello-2009-tki-fluid-retention': null,
      'miller-2014-ponatinib-review': '2014-10-20',
      'openfda-bosutinib-label': null,
      'franquiz-2020-blinatumomab-review': '2020-02-14',
      'frontiers-2023-inotuzumab-review': null,
      'lls-glossary-mrd-relapsed-refractory': null,
      'sigmund-2020-relapsed-refractory-all': '2020-11-03',
      'blood-how-i-treat-ph-all': null,
      'ash-2015-management-adult-ph-all': null,
      'nci-dictionary-cytokine-release-syndrome': null,
      'jpam-2019-cytokine-release-syndrome-review': '2019-03-28',
      'butt-2023-icans-review': '2023-02-10',
      'nci-car-t-cell-therapy-figure': null,
      'blood-advances-car-t-vs-bite': null,
      'acs-glossary-stem-cell-transplant': null,
      // The student level of the concepts and side effects (#17 follow-up).
      'nci-ctcae-v5': '2017-11-27',
      'dailymed-besponsa-label-2024': '2024-09-17',
      'nci-dictionary-monoclonal-antibody': null,
      'nci-dictionary-fusion-gene': null,
      'nci-dictionary-philadelphia-chromosome-positive': null,
      'blood-gleissner-bcr-abl-adult-all': null,
      'blood-moorman-population-cytogenetics-adult-all': null,
      'larson-1995-calgb-8811': null,
      'bbmt-2010-all-response-criteria': '2010-06-14',
      // Primary sources of the concepts and side effects (#24): cancer.gov prints no date we read.
      'nci-pdq-adult-all-treatment-patient': null,
      'nci-anemia-side-effect': null,
      'nci-bleeding-bruising-side-effect': null,
      'nci-dictionary-immunoconjugate': null,
      'lls-all-chemotherapy': null,
      // Primary sources of the cells and CAR T-cell entries (#24): labels print no day.
      'openfda-kymriah-label': null,
      'dailymed-kymriah-medication-guide': null,
      'ccr-2019-fda-approval-summary-tisagenlecleucel': null,
      'fda-2024-car-t-t-cell-malignancies': '2024-04-18',
      'openfda-tecartus-label': null,
      'fda-2021-tecartus-all-approval': null,
      'nci-dictionary-brexucabtagene-autoleucel': null,
      'nci-dictionary-b-cell-terms': null,
      'openfda-tasigna-label': null,
      'nci-dictionary-bone-marrow': null,
      'openfda-aucatzyl-label': null,
      'fradley-2015-qt-prolongation-oncology': null,
      // Issue #24: labels as DailyMed dates their version, LLS and NCI pages, a review.
      'openfda-label-tasigna': null,
      'dailymed-tasigna-medication-guide': null,
      'dailymed-iclusig-label': '2024-12-19',
      'dailymed-iclusig-medication-guide': null,
      'lls-news-asciminib-approval-2021': '2021-11-11',
      'lls-drug-imatinib-mesylate': null,
      'lls-drug-dasatinib': '2012-10-15',
      'lls-drug-ponatinib': null,
      'nci-dictionary-imatinib-mesylate': null,
      'ijmpo-2021-dasatinib-review': '2021-08-05',
      'sweet-2014-bosutinib-review': '2014-07-08',
      'deininger-2016-ponatinib-mutations': '2015-11-24',
    });
    // Undated sources say when we read them instead.
    expect(entrySource(getEntry('blinatumomab')!).read).toBe('December 1, 2026');
    expect(entrySource(getEntry('imatinib')!).read).toBeUndefined();
    expect(entrySource(getEntry('imatinib')!).revised).toBe('October 17, 2018');
    expect(entrySource(getEntry('blinatumomab')!).revised).toBe(DATE_NOT_GIVEN);
    expect(entrySource(getEntry('inotuzumab-ozogamicin')!).revised).toBe('September 17, 2024');
    expect(formatRevised('2018-01-05')).toBe('January 5, 2018');
  });

  it('names the source of every fact, and lists all sources an entry uses', () => {
    const ino = getEntry('inotuzumab-ozogamicin')!;
    expect(entrySources(ino).map((s) => s.id)).toEqual([
      'fda-label-besponsa',
      'acs-targeted-therapy-all',
    ]);
    // The source of a respelling ("Say it") is listed with the card's sources.
    expect(entrySources(getEntry('imatinib')!).map((s) => s.id)).toContain(
      'nci-dictionary-imatinib-mesylate',
    );
    for (const entry of GLOSSARY) {
      for (const fact of entryFacts(entry)) {
        expect(factSource(fact).id).toBe(fact.source);
      }
    }
  });

  it('finds entries by the ways readers write them', () => {
    const idOf = (text: string) => findEntryByForm(text)?.id;
    expect(idOf('ALL')).toBe('acute-lymphocytic-leukemia');
    expect(idOf('acute lymphoblastic leukaemia')).toBe('acute-lymphocytic-leukemia');
    expect(idOf('TKIs')).toBe('tyrosine-kinase-inhibitor');
    expect(idOf('Tyrosine kinase inhibitors')).toBe('tyrosine-kinase-inhibitor');
    expect(idOf('Ph+')).toBe('philadelphia-chromosome');
    expect(idOf('Ph+ ALL')).toBe('ph-positive-all');
    expect(idOf('Philadelphia chromosome–positive ALL')).toBe('ph-positive-all');
    expect(idOf('Gleevec®')).toBe('imatinib');
    expect(idOf('Glivec')).toBe('imatinib');
    expect(idOf('imatinib’s')).toBe('imatinib');
    expect(idOf('BCR–ABL1')).toBe('bcr-abl');
    expect(idOf('BCR::ABL1')).toBe('bcr-abl');
    expect(idOf('bcr/abl')).toBe('bcr-abl');
    expect(idOf('chemo')).toBe('chemotherapy');
    expect(idOf('oedema')).toBe('edema');
    expect(idOf('low platelet counts')).toBe('low-platelet-count');
  });

  it('never matches the everyday words behind the case-sensitive abbreviations', () => {
    for (const text of [
      'all',
      'All',
      'tki',
      'Tki',
      'pH',
      'ph+',
      'PH+',
      'ph+ all',
      'Ph+ all',
      'b-all',
    ]) {
      expect(findEntryByForm(text), text).toBeUndefined();
    }
  });
});
