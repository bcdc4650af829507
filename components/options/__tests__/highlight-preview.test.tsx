import { cleanup, render } from '@testing-library/preact';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { HighlightPreview } from '../highlight-preview';

function renderPreview(change: Partial<Settings> = {}) {
  const { container } = render(<HighlightPreview settings={{ ...DEFAULT_SETTINGS, ...change }} />);
  const sentence = container.querySelector('.tl-preview-text')!;
  const terms = [...sentence.querySelectorAll('tl-term')].map((el) => [
    el.getAttribute('data-term-id'),
    el.textContent,
  ]);
  return { text: sentence.textContent, terms };
}

afterEach(cleanup);

describe('the highlight preview sentence', () => {
  it('reads as one sentence from the catalog, its terms highlighted as elements', () => {
    const { text, terms } = renderPreview();
    expect(text).toBe(
      'His plan paired chemotherapy with a daily pill, imatinib. Imatinib can cause edema, a swelling around the eyes.',
    );
    expect(terms).toEqual([
      ['chemotherapy', 'chemotherapy'],
      ['imatinib', 'imatinib'],
      ['imatinib', 'Imatinib'],
      ['edema', 'edema'],
    ]);
  });

  it('leaves the second mention plain with "first mention only", and a kind that is off', () => {
    const { text, terms } = renderPreview({
      firstMentionOnly: true,
      categories: { ...DEFAULT_SETTINGS.categories, 'side-effect': false },
    });
    expect(text).toContain('pill, imatinib. Imatinib can cause edema, a swelling');
    expect(terms).toEqual([
      ['chemotherapy', 'chemotherapy'],
      ['imatinib', 'imatinib'],
    ]);
  });
});
