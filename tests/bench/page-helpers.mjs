/**
 * Page-side helpers, bundled by esbuild (bundle.mjs) into one script that the benchmark injects into
 * pages WITHOUT the extension. It uses the project's own modules, so the limit and the naive peer run
 * the very regular expression the content script runs, and the phase breakdown runs the very
 * Highlighter the content script runs (in the main world instead of the isolated world).
 */
import Mark from 'mark.js';
import { CORE_TERM_INDEX, termIndex } from 'virtual:term-index';
import { declaresOtherLanguage } from '../../lib/page/page-language';
import { compileMatcher } from '../../lib/matcher';
import { FLAGS } from '../../lib/matcher/compile';
import { Highlighter } from '../../lib/highlight/highlighter';
import { Painter } from '../../lib/highlight/paint';
import { afterSubtree } from '../../lib/highlight/collect';
import { afterNextFrame } from '../../lib/highlight/slices';
import { isSkippedElement, TERM_TAG } from '../../lib/highlight/skip-rules';

/**
 * The index the content script takes for this page (entrypoints/content/index.ts): without the
 * Spanish-only forms where the page declares another language. Read when first used: this script
 * may be injected before the page's root element exists.
 */
const pageIndex = () => (declaresOtherLanguage(document) ? CORE_TERM_INDEX : termIndex());
/** @type {ReturnType<typeof compileMatcher> | undefined} */
let compiled;
const matcher = () => (compiled ??= compileMatcher(pageIndex()));

/**
 * The limit: one TreeWalker pass over the body with the content script's combined regex (and the
 * same skipped elements, so both do the same job), then each match wrapped by hand. Nothing else:
 * no guards, no slicing, no visibility order, no layout check, no mark.js. `ms` is that JS alone.
 *
 * The wrapping also leaves a layout to do (Chromium re-collects and re-shapes every paragraph it
 * touched) that the JS time does not show, while the extension pays it inside its own window,
 * between its slices. So, after the timed part: `layoutMs`, that layout forced at once, and
 * `laidOutMs`, from the start to the first task after the next frame (JS + layout + frame).
 */
async function limit() {
  const t0 = performance.now();
  const regex = new RegExp(matcher().regex.source, FLAGS);
  // No filter callback, as in the collector: a call from the DOM into script per node made the
  // walk 2-3 times slower than skipping subtrees here, and the limit is to be a tight bound.
  const walker = document.createTreeWalker(
    document.body,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  /** @type {Text[]} */
  const nodes = [];
  /** @type {number[][]} */
  const ranges = [];
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      node = isSkippedElement(/** @type {Element} */ (node))
        ? afterSubtree(walker)
        : walker.nextNode();
      continue;
    }
    const text = /** @type {Text} */ (node).data;
    regex.lastIndex = 0;
    /** @type {number[] | null} */
    let found = null;
    let m;
    while ((m = regex.exec(text))) {
      if (m[0] === '') {
        regex.lastIndex++;
        continue;
      }
      (found ??= []).push(m.index, m.index + m[0].length);
    }
    if (found) {
      nodes.push(/** @type {Text} */ (node));
      ranges.push(found);
    }
    node = walker.nextNode();
  }
  const t1 = performance.now();
  let wrapped = 0;
  for (let i = 0; i < nodes.length; i++) {
    const text = nodes[i];
    const r = ranges[i];
    // Right to left, so the offsets of the earlier matches stay valid in `text`.
    for (let j = r.length - 2; j >= 0; j -= 2) {
      const middle = text.splitText(r[j]);
      middle.splitText(r[j + 1] - r[j]);
      const el = document.createElement(TERM_TAG);
      middle.replaceWith(el);
      el.appendChild(middle);
      wrapped++;
    }
  }
  const t2 = performance.now();
  void document.body.offsetHeight; // style and layout of everything the wrapping touched
  const t3 = performance.now();
  const renderMs = await afterNextFrame(window);
  const t4 = performance.now();
  return {
    ms: t2 - t0,
    walkMs: t1 - t0,
    wrapMs: t2 - t1,
    layoutMs: t3 - t2,
    laidOutMs: Number.isNaN(renderMs) ? NaN : t4 - t0,
    matches: wrapped,
    textNodes: nodes.length,
  };
}

/**
 * What the first uses of the combined regex cost: V8 compiles a regex when it first runs it, and
 * again for the first subject string with characters beyond Latin-1 (typographic quotes, dashes),
 * each time in one piece, inside whichever collect slice meets that text first. Then 200 more uses.
 * Run on a page where the regex was never used.
 */
function regexFirstUse() {
  const regex = new RegExp(matcher().regex.source, FLAGS);
  const time = (/** @type {string} */ text) => {
    const t = performance.now();
    regex.lastIndex = 0;
    regex.exec(text);
    return performance.now() - t;
  };
  const latin1Ms = time('Children with acute lymphoblastic leukemia often need chemotherapy.');
  const twoByteMs = time('Children with acute lymphoblastic leukemia \u2014 they\u2019re treated.');
  let restMs = 0;
  for (let i = 0; i < 100; i++) {
    restMs += time(`Plain text with nothing to find, number ${i}.`);
    restMs += time(`Plain text \u2014 nothing to find, number ${i}.`);
  }
  return { firstMs: latin1Ms + twoByteMs, latin1Ms, twoByteMs, restMs };
}

/** Per-glossary-term regexes: what an extension that loops over its terms would run. */
/** @type {{ id: string, regex: RegExp }[] | undefined} */
let perTermRegexes;
const perTermList = () =>
  (perTermRegexes ??= pageIndex().map((entry) => ({
    id: entry.id,
    regex: compileMatcher([entry]).regex,
  })));

/**
 * The naive peer: mark.js called once per term (25 walks of the page), stopping after `capMs`;
 * `laidOutMs` goes on to the first task after the frame that follows (its layout included).
 * @param {number} capMs
 */
async function naive(capMs) {
  const t0 = performance.now();
  let count = 0;
  let terms = 0;
  for (const { regex } of perTermList()) {
    regex.lastIndex = 0;
    new Mark(document.body).markRegExp(regex, {
      element: TERM_TAG,
      each() {
        count++;
      },
    });
    terms++;
    if (performance.now() - t0 > capMs) break;
  }
  const ms = performance.now() - t0;
  // With its layout, as the limit: what the wrapping leaves the browser to do, up to the frame.
  const renderMs = await afterNextFrame(window);
  const laidOutMs = Number.isNaN(renderMs) ? NaN : performance.now() - t0;
  return { ms, laidOutMs, matches: count, terms, of: perTermList().length };
}

/**
 * The content script's Highlighter, run here with timers around its phases: the first screen,
 * collection (TreeWalker + regex test per text node), the layout check after the next frame
 * (LayoutFilter: computed style of each parent, to leave flex and grid items alone), and mark.js
 * wrapping.
 * @param {number} [sliceMs] the Highlighter's slice budget (its own default unless told)
 */
async function phases(sliceMs = undefined) {
  const stats = {
    sliceMs,
    start: 0,
    end: 0,
    compileMs: 0,
    collectMs: 0,
    collectSlices: 0,
    firstCollectSliceMs: 0,
    longestCollectSliceMs: 0,
    layoutFilterMs: 0,
    layoutFilterSlices: 0,
    firstScreenMs: NaN,
    nodes: 0,
    onScreenNodes: 0,
    markMs: 0,
    markCalls: 0,
    wrapSlices: 0,
    longestWrapSliceMs: 0,
    totalMs: 0,
    highlights: 0,
    stopMs: 0,
  };
  /** @type {any} */ (globalThis).__tlMarkTimer = (
    /** @type {number} */ t0,
    /** @type {number} */ t1,
  ) => {
    stats.markMs += t1 - t0;
    stats.markCalls++;
  };
  let started = NaN;
  /** @param {{ kind: string, ms: number, nodes?: number }} slice */
  const onSlice = ({ kind, ms, nodes = 0 }) => {
    if (kind === 'collect' || kind === 'scan') {
      stats.collectMs += ms;
      if (stats.collectSlices++ === 0) stats.firstCollectSliceMs = ms;
      stats.longestCollectSliceMs = Math.max(stats.longestCollectSliceMs, ms);
    } else if (kind === 'layout') {
      stats.layoutFilterMs += ms;
      stats.layoutFilterSlices++;
    } else {
      stats.nodes += nodes;
      stats.wrapSlices++;
      stats.longestWrapSliceMs = Math.max(stats.longestWrapSliceMs, ms);
    }
  };
  /** @param {string} phase */
  const onPhase = (phase) => {
    if (phase === 'first-screen') stats.firstScreenMs = performance.now() - started;
  };
  try {
    const t0 = (stats.start = performance.now());
    const finder = compileMatcher(pageIndex());
    stats.compileMs = performance.now() - t0;
    // The content script awaits its settings between compiling and starting: a task boundary.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const highlighter = new Highlighter(document, {
      finder,
      sliceMs,
      keep: () => true,
      firstMentionOnly: false,
      style: 'underline',
      // As in the extension, a giant text node is painted (the painter comes there with the card
      // UI); without it, it is wrapped off the page and swapped in: one layout of all of it.
      loadPainter: () => Promise.resolve(Painter),
      // (Not makeTermReachable: its strings need the extension's i18n, absent in the page.)
      onSlice,
      onPhase,
    });
    const t1 = (started = performance.now());
    await highlighter.start();
    stats.totalMs = performance.now() - t1;
    stats.end = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20)); // what follows is not part of the run
    // Counted afterwards, so these rect reads are not inside the timed run.
    const height = window.innerHeight;
    const terms = highlighter.terms();
    stats.onScreenNodes = terms.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom >= 0 && r.top <= height;
    }).length;
    stats.highlights = terms.length;
    const t2 = performance.now();
    highlighter.stop(); // what turning Termlight off on this page costs
    stats.stopMs = performance.now() - t2;
  } finally {
    delete (/** @type {any} */ (globalThis).__tlMarkTimer);
  }
  return stats;
}

/** @type {any} */ (window).__termlightBench = {
  limit,
  naive,
  regexFirstUse,
  phases,
  get regexSource() {
    return matcher().regex.source;
  },
  get terms() {
    return pageIndex().length;
  },
  get forms() {
    return pageIndex().reduce((n, e) => n + e.forms.length, 0);
  },
};
