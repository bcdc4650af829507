export { compileMatcher, findMatches } from './compile';
export type { Match, Matcher, MatcherEntry, MatcherOptions, PatternShape } from './types';
