import type { WrapJob } from '../wrap';
import { standInFinder } from './stand-in-finder';

/** A wrap job for DOM tests: `nodes`, all allowed, with the stand-in finder, keeping every term. */
export function wrapJobOf(nodes: Text[]): WrapJob {
  return {
    nodes,
    allowed: new Set(nodes),
    finder: standInFinder(),
    keep: () => true,
    onWrapped: () => {},
    pieces: new WeakMap(),
  };
}
