export { compileMatcher, findMatches } from './compile';
export { entryNamedBy } from './name';
export type { Matcher } from './types';
