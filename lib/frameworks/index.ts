import type { Framework } from './types';
import { gibbs } from './gibbs';
import { whatSoWhatNowWhat } from './what-so-what-now-what';

export type { Framework, FrameworkSection } from './types';

/** Every reflection model the product offers; the first is the default. Add a model by adding a data file. */
export const FRAMEWORKS: readonly Framework[] = [whatSoWhatNowWhat, gibbs];

export const DEFAULT_FRAMEWORK = whatSoWhatNowWhat;

export function getFramework(id: string | undefined): Framework | undefined {
  if (id === undefined) return DEFAULT_FRAMEWORK;
  return FRAMEWORKS.find((f) => f.id === id);
}
