import { nextTabbableAfter } from '../focus-return';

describe('nextTabbableAfter', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the next control after the term, skipping what cannot take focus', () => {
    document.body.innerHTML = `
      <a id="before" href="#">before</a>
      <p><tl-term id="t">dasatinib</tl-term> <span tabindex="-1">no</span>
      <button disabled>off</button> <input type="hidden"> <a id="after" href="#">after</a></p>`;
    expect(nextTabbableAfter(document.getElementById('t')!)?.id).toBe('after');
  });

  it('is null when nothing follows', () => {
    document.body.innerHTML = '<a href="#">x</a><tl-term id="t">x</tl-term>';
    expect(nextTabbableAfter(document.getElementById('t')!)).toBeNull();
  });
});
