export { compileMatcher } from './compile';
export type { Match, Matcher, MatcherEntry, MatcherOptions, PatternShape } from './types';
