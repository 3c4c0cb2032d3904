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
  /** Every move except 'other' maps to one section id. */
  moves: Record<Exclude<Move, 'other'>, string>;
}
