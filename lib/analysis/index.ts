/** The engine's public API: pure, DOM-free, runs in node, a worker and a page. */
export { analyze, createAnalyzer, type Analyzer } from './analyzer';
export { FRAMEWORKS, DEFAULT_FRAMEWORK, getFramework } from '../frameworks';
export type { Framework, FrameworkSection } from '../frameworks';
export type * from './types';
export { MOVES } from './types';
