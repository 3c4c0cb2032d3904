import type { Move } from '../analysis/types';

export interface FrameworkSection {
  id: string;
  title: string;
  /** One line saying what belongs here, for the sidebar and the CLI. */
  description: string;
  /** 2-4 questions a trainee can answer to write this part. */
  prompts: string[];
}

/** A reflection model as data: its sections, and which sentence moves count towards each. */
export interface Framework {
  id: string;
  name: string;
  /** Where the model comes from, shown in settings. */
  source: string;
  sections: FrameworkSection[];
  /**
   * How many sentences of substance a section needs before it counts as written (default 1). Below that, a section
   * with a sentence is "just started": the sidebar says so and offers its prompts, and it is not `present`.
   */
  sentencesToCount?: number;
  /** Every move except 'other' maps to one section id. */
  moves: Record<Exclude<Move, 'other'>, string>;
}
