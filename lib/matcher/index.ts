export { compileMatcher, findMatches } from './compile';
export { entryNamedBy } from './name';
export type { Match, Matcher, MatcherEntry, MatcherOptions, PatternShape } from './types';
