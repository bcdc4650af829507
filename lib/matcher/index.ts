export { compileMatcher } from './compile';
export { createMarkJsFilter } from './markjs';
export type { Match, Matcher, MatcherEntry, MatcherOptions, PatternShape } from './types';
