import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageInfo } from '../../lib/messaging/protocol';
import type { PageChannel } from './page-channel';
import { isSettled } from './page-info';

export type PageState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, the web store, the PDF viewer. */
  | { kind: 'unavailable' }
  | { kind: 'ready'; info: PageInfo };

export interface PageTiming {
  intervalMs: number;
  /** Looks before giving up on a page that keeps changing. */
  maxPolls: number;
  /** Looks before trusting the answer: the page hears about a settings change a moment later. */
  minPolls: number;
  /** Unanswered looks in a row before "cannot read this page" (a loading page answers late). */
  missesAllowed: number;
}

const PAGE_TIMING: PageTiming = {
  intervalMs: 150,
  maxPolls: 20,
  minPolls: 3,
  missesAllowed: 3,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What Termlight is doing on the page. `follow` looks again, a few times, until the page has
 * settled: the content script re-applies settings on its own schedule after a change.
 */
export function usePageInfo(
  channel: PageChannel | null,
  timing: PageTiming = PAGE_TIMING,
): { state: PageState; follow: (expectActive?: boolean) => void } {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const generation = useRef(0);

  const follow = useCallback(
    (expectActive?: boolean) => {
      if (!channel) return;
      const run = ++generation.current;
      const current = () => generation.current === run;
      void (async () => {
        let previous: PageInfo | null = null;
        let misses = 0;
        for (let poll = 0; poll < timing.maxPolls; poll++) {
          if (poll > 0) await sleep(timing.intervalMs);
          if (!current()) return;
          const info = await channel.info();
          if (!current()) return;
          if (!info) {
            if (++misses >= timing.missesAllowed) {
              setState({ kind: 'unavailable' });
              return;
            }
            continue;
          }
          misses = 0;
          setState({ kind: 'ready', info });
          if (poll + 1 >= timing.minPolls && isSettled(previous, info, expectActive)) return;
          previous = info;
        }
      })();
    },
    [channel, timing],
  );

  useEffect(() => {
    follow();
    // A counter, not a node: the loop that started with this effect stops at its next turn.
    const runs = generation;
    return () => {
      runs.current++;
    };
  }, [follow]);

  return { state, follow };
}
