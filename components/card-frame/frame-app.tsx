import { useEffect, useRef, useState } from 'preact/hooks';
import type { FrameShow, FromFrame } from '../../lib/card-frame/protocol';
import { SaveControl, type QuestionsApi } from '../questions/save-control';
import type { CardChannel } from './frame-channel';
import { cardLabels } from '../term-card/card-labels';

type SizeReport = Extract<FromFrame, { kind: 'size' }>;

/**
 * The size the frame reports. When the note box first shows (after Save), the frame is still only
 * as wide as its lone Save button, so its text wraps tall; that height made the card overshoot by
 * 56 px and shrink back a frame later (and a click in that moment was lost). Until the card has
 * widened the frame, the frame keeps its last height; the widening reports the real one.
 */
export function nextSizeReport(last: SizeReport | null, measured: SizeReport): SizeReport {
  if (last && measured.fill && !last.fill) return { ...measured, height: last.height };
  return measured;
}

/**
 * Inside the reader's frame: the card's save control for the term the card shows, in the card's
 * theme and text size. Reports its size (the card sizes the iframe to it), use (the card pins),
 * live-region sentences and Escape to the card.
 */
export function FrameApp({
  channel,
  doc,
  api,
}: {
  channel: CardChannel;
  doc: Document;
  api?: QuestionsApi;
}) {
  const [shown, setShown] = useState<FrameShow | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => channel.listen(setShown), [channel]);

  useEffect(() => {
    // Escape closes the card on key-up, not key-down: closing removes this frame, and a frame
    // removed between the two events leaves Chromium's key-up unanswered (automation then waits
    // for it forever: 5 of 60 presses in a loopback experiment, 0 of 60 on key-up), and the page
    // would get the stray key-up once focus is back on the term.
    let escapeDown = false;
    const onDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      escapeDown = true;
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !escapeDown) return;
      escapeDown = false;
      channel.send({ kind: 'escape' });
    };
    doc.addEventListener('keydown', onDown);
    doc.addEventListener('keyup', onUp);
    return () => {
      doc.removeEventListener('keydown', onDown);
      doc.removeEventListener('keyup', onUp);
    };
  }, [channel, doc]);

  // Set again only when the look changes, not on each new page context of the same card.
  const theme = shown?.theme;
  const scale = shown?.scale;
  const lang = shown?.lang;
  const showing = shown !== null;
  useEffect(() => {
    const root = doc.documentElement;
    if (!theme || scale === undefined || !lang) return;
    root.setAttribute('data-theme', theme);
    root.lang = lang;
    root.classList.add('tl-theme');
    root.style.setProperty('--tl-scale', String(scale));
  }, [doc, theme, scale, lang]);

  useEffect(() => {
    const el = box.current;
    const win = doc.defaultView;
    if (!el || !win?.ResizeObserver) return;
    let last: SizeReport | null = null;
    const report = () => {
      last = nextSizeReport(last, {
        kind: 'size',
        width: Math.ceil(el.scrollWidth),
        // Not rounded up: the card's own height must not grow by a fraction of a pixel.
        height: el.getBoundingClientRect().height,
        // The note box takes the card's width; a lone Save button only its own.
        fill: !!el.querySelector('textarea'),
      });
      channel.send(last);
    };
    const observer = new win.ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [channel, doc, showing]);

  if (!shown) return null;
  return (
    <div class="tl-frame" ref={box}>
      <SaveControl
        key={shown.termId}
        termId={shown.termId}
        termName={shown.termName}
        glossaryName={shown.glossaryName}
        idPrefix="tl-q"
        page={() => shown.page}
        onUse={() => channel.send({ kind: 'use' })}
        announce={(text) => channel.send({ kind: 'announce', text })}
        api={api}
        labels={cardLabels(shown.lang)}
      />
    </div>
  );
}
