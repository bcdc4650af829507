import { sentenceAround } from '../sentence';

function termIn(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('tl-term')!;
}

describe('sentenceAround', () => {
  it('takes the sentence the term is in, not its neighbours', () => {
    const term = termIn(
      '<p>ALL is a blood cancer. Some people take <tl-term>imatinib</tl-term> by mouth, every day. Others do not.</p>',
    );
    expect(sentenceAround(term)).toBe('Some people take imatinib by mouth, every day.');
  });

  it('works in a list item and across inline markup', () => {
    const term = termIn('<ul><li>Drugs such as <b><tl-term>dasatinib</tl-term></b> help</li></ul>');
    expect(sentenceAround(term)).toBe('Drugs such as dasatinib help');
  });

  it('cuts a very long run-on text to about 300 characters around the term', () => {
    const filler = 'word '.repeat(200);
    const sentence = sentenceAround(
      termIn(`<p>${filler}<tl-term>nilotinib</tl-term> ${filler}</p>`),
    );
    expect(sentence).toContain('nilotinib');
    expect(sentence.length).toBeLessThanOrEqual(310);
  });
});
