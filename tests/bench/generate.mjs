/**
 * A deterministic ~2 MB article about ALL treatment: headings, paragraphs, lists, tables, links,
 * plus text we must not touch (script, style, code) and traps that look like terms but are not.
 */
import { prng } from '../support/prng.mjs';

/** Surface forms from the term index (virtual:term-index) (a hand-picked mix: exact-case, plurals, brand names). */
const TERMS = [
  'acute lymphoblastic leukemia',
  'acute lymphocytic leukemia',
  'acute lymphoid leukaemia',
  'ALL',
  'ALL',
  'adult ALL',
  'Ph+ ALL',
  'Philadelphia chromosome-positive ALL',
  'B-cell ALL',
  'B-ALL',
  'Philadelphia chromosome',
  'Ph-positive',
  'Ph-negative',
  'BCR-ABL1',
  'BCR::ABL1',
  'targeted therapy',
  'targeted therapies',
  'chemotherapy',
  'chemo',
  'immunotherapy',
  'monoclonal antibody',
  'monoclonal antibodies',
  'antibody-drug conjugate',
  'remission',
  'tyrosine kinase inhibitor',
  'tyrosine kinase inhibitors',
  'TKI',
  'TKIs',
  'imatinib',
  'Gleevec',
  'dasatinib',
  'Sprycel',
  'nilotinib',
  'ponatinib',
  'Iclusig',
  'bosutinib',
  'blinatumomab',
  'Blincyto',
  'inotuzumab ozogamicin',
  'Besponsa',
  'edema',
  'peripheral edema',
  'thrombocytopenia',
  'low platelet count',
  'anemia',
  'neutropenia',
  'low white blood cell count',
  'infusion reaction',
  'infusion-related reaction',
  'veno-occlusive disease',
  'sinusoidal obstruction syndrome',
];

/** Look-alikes that must not be highlighted. */
const TRAPS = [
  'ALL RIGHTS RESERVED',
  'a buffer at pH 7.4',
  'the Philadelphia Eagles',
  'all of the patients',
  'imatinib-like compounds',
  'TREATMENT FOR ALL AGES',
  'Allison and her family',
  'a chemistry lab',
];

const SUBJECTS = [
  'Children with {T}',
  'Most adults with {T}',
  'People who receive {T}',
  'Doctors who treat {T}',
  'A patient starting {T}',
  'The care team',
  'Researchers studying {T}',
  'The latest guideline on {T}',
  'A small clinical trial of {T}',
  'Families',
];
const VERBS = [
  'often need',
  'may be offered',
  'are usually checked for',
  'can be switched to',
  'should be told about',
  'are watched closely for',
  'sometimes go on to',
  'may later be treated with',
  'are given information about',
  'will talk with a nurse about',
];
const OBJECTS = [
  '{T} during the first weeks of treatment',
  'signs of {T}',
  'a combination of {T} and {T}',
  'blood tests that show {T}',
  'follow-up visits every few months',
  '{T} if the leukemia comes back',
  'a second opinion before starting',
  'a course that lasts about two years',
  'supportive care at home',
  'side effects such as {T} or {T}',
];
const CLOSERS = [
  'according to the treatment team',
  'in most large centers',
  'although plans differ from one hospital to the next',
  'which is discussed in detail below',
  'as described in the patient handbook',
  'unless the doctor advises otherwise',
  '',
  '',
];
/** What a {T} slot gets when it is not a term: the page is not all terms. */
const PLAIN = [
  'treatment',
  'the leukemia',
  'side effects',
  'the first phase',
  'maintenance treatment',
  'the care plan',
  'high-dose steroids',
  'a bone marrow test',
  'a stem cell transplant',
  'a clinical trial',
];
const WORDS =
  'care plan week month dose blood marrow test result nurse visit hospital clinic family child adult risk benefit goal phase study trial option question answer support program schedule'.split(
    ' ',
  );

/**
 * @param {{ bytes?: number, seed?: number }} [options]
 * @returns {{ html: string, termSlots: number }}
 */
export function generatePage({ bytes = 2 * 1024 * 1024, seed = 20240611 } = {}) {
  const random = prng(seed);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => list[Math.floor(random() * list.length)];
  let termSlots = 0;
  const term = () => {
    termSlots++;
    return pick(TERMS);
  };
  /** A term in about 40% of the slots, so the page has about 8,000 matches. */
  const fill = (/** @type {string} */ template) =>
    template.replace(/\{T\}/g, () => (random() < 0.4 ? term() : pick(PLAIN)));
  const cap = (/** @type {string} */ s) => s.charAt(0).toUpperCase() + s.slice(1);
  const filler = (/** @type {number} */ n) =>
    Array.from({ length: n }, () => pick(WORDS)).join(' ');

  const sentence = () => {
    const r = random();
    if (r < 0.06) return `${cap(filler(4))} ${pick(TRAPS)} ${filler(5)}.`;
    if (r < 0.3) return `${cap(filler(6))} ${filler(7)}, ${filler(5)}.`;
    const closer = pick(CLOSERS);
    return `${fill(pick(SUBJECTS))} ${pick(VERBS)} ${fill(pick(OBJECTS))}${closer ? `, ${closer}` : ''}.`;
  };
  const paragraph = () => {
    const n = 3 + Math.floor(random() * 5);
    let html = '';
    for (let i = 0; i < n; i++) {
      let s = sentence();
      // Some inline markup: a term split by emphasis, a link (skipped), a term in bold.
      if (random() < 0.1) s = s.replace(/(\w+)\.$/, '<a href="#ref">$1</a>.');
      if (random() < 0.08) s = s.replace(/^(\S+ \S+)/, '<em>$1</em>');
      if (random() < 0.05) s += ` <strong>${cap(term())}</strong> is explained in the glossary.`;
      html += s + ' ';
    }
    return `<p>${html.trim()}</p>\n`;
  };
  const list = () =>
    `<ul>\n${Array.from({ length: 3 + Math.floor(random() * 4) }, () => `<li>${sentence()}</li>`).join('\n')}\n</ul>\n`;
  const table = () => {
    const rows = Array.from(
      { length: 4 + Math.floor(random() * 6) },
      () =>
        `<tr><td>${cap(term())}</td><td>${filler(3)}</td><td>${sentence()}</td><td>${Math.floor(random() * 90) + 5}%</td></tr>`,
    ).join('\n');
    return `<table>\n<thead><tr><th>Drug or test</th><th>Group</th><th>Notes</th><th>Share</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n`;
  };
  const skipped = () => {
    const r = random();
    if (r < 0.4) return `<pre><code>dose("${term()}", 40) // ${term()}</code></pre>\n`;
    if (r < 0.7)
      return `<script>window.__benchData = ${JSON.stringify([term(), term(), filler(3)])};</script>\n`;
    return `<p>See <a href="#s${Math.floor(random() * 99)}">${term()} resources</a> and <button type="button">${term()}</button>.</p>\n`;
  };

  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Treatment of acute lymphoblastic leukemia: a long reference page</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em}</style>
</head>
<body>
<header><nav><a href="#">Home</a> · <a href="#">Leukemia</a> · <a href="#">ALL</a></nav></header>
<main>
<h1>Treating acute lymphoblastic leukemia (ALL) in children and adults</h1>
`;
  const tail = `</main>
<footer><p>© 2024 Example Health. ALL RIGHTS RESERVED.</p></footer>
</body>
</html>
`;
  const parts = [head];
  let size = head.length + tail.length;
  let section = 0;
  while (size < bytes) {
    section++;
    let block = `<section>\n<h2>${section}. ${cap(filler(2))} and ${term()}</h2>\n`;
    const n = 4 + Math.floor(random() * 6);
    for (let i = 0; i < n; i++) {
      const r = random();
      block += r < 0.7 ? paragraph() : r < 0.82 ? list() : r < 0.92 ? table() : skipped();
    }
    block += '</section>\n';
    parts.push(block);
    size += block.length;
  }
  parts.push(tail);
  return { html: parts.join(''), termSlots };
}

/**
 * One paragraph that is a single text node of about `bytes` characters with thousands of terms
 * (what some sites produce: a transcript, a log, text pasted without line breaks).
 */
export function generateLongParagraph({ bytes = 400_000, seed = 7 } = {}) {
  const rnd = prng(seed);
  const words = 'the patient was given care and rest with family support during weeks of'.split(
    ' ',
  );
  let text = '';
  while (text.length < bytes) {
    const r = rnd();
    if (r < 0.07) text += TERMS[Math.floor(rnd() * TERMS.length)];
    else text += words[Math.floor(rnd() * words.length)];
    text += ' ';
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One long paragraph</title></head>
<body><h1>One long paragraph</h1><p>${text}</p></body></html>`;
}

/**
 * A page that never goes quiet: a "readers online" counter changes every 100 ms and a clock every
 * 50 ms, for ever. `window.addItem(text)` adds a feed item (what the benchmark times).
 */
/** The generated review article's size and seed (the bench's 300 kB page and phone-class page). */
export const REVIEW_PAGE = { bytes: 300_000, seed: 20261202 };

/**
 * The generated pages by path, as the bench's diagnostics serve them: the 2 MB page, the 300 kB
 * review article and the 400 kB paragraph (at `longPath`).
 * @param {string} [longPath]
 * @returns {Record<string, string>}
 */
export function generatedPages(longPath = '/long.html') {
  return {
    '/generated.html': generatePage().html,
    '/review.html': generatePage(REVIEW_PAGE).html,
    [longPath]: generateLongParagraph(),
  };
}

export const NEVER_IDLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Never idle</title></head>
<body><p>Readers online: <span id="counter">0</span> · <span id="clock"></span></p>
<div id="feed"><p>Earlier: imatinib is a targeted therapy.</p></div>
<script>
  let n = 0;
  setInterval(() => { document.getElementById('counter').textContent = String(1000 + (++n % 50)); }, 100);
  setInterval(() => { document.getElementById('clock').textContent = new Date().toISOString(); }, 50);
  window.addItem = (text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.getElementById('feed').append(p);
    return performance.now();
  };
</script></body></html>`;
