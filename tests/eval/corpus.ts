/** Loading the shared evaluation corpus (../shared/corpus). It is not part of the project: callers skip when absent. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = process.env.REFLECT_LENS_CORPUS
  ? resolve(process.env.REFLECT_LENS_CORPUS)
  : resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export type Span = [number, number];

export interface DevSentence {
  start: number;
  end: number;
  section: 'happened' | 'learning' | 'applying' | 'other';
  passive: Span[];
  formal: Span[];
}

export interface DevEssay {
  id: string;
  topic: string;
  register: string;
  text: string;
  sentences: DevSentence[];
  sections_present: string[];
}

export interface CeredRow {
  idx: string;
  context: string;
  sentence: string;
  y: string;
}

export function corpusAvailable(): boolean {
  return existsSync(resolve(CORPUS_DIR, 'dev.jsonl'));
}

export function loadDev(): DevEssay[] {
  return readFileSync(resolve(CORPUS_DIR, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevEssay);
}

/** CEReD TSV; fields may be double-quoted with "" escapes (RFC 4180 style, no embedded newlines). */
export function loadCered(split: 'train' | 'val'): CeredRow[] {
  const lines = readFileSync(resolve(CORPUS_DIR, 'cered-en', `${split}.tsv`), 'utf8').split('\n');
  const header = splitTsvLine(lines[0]);
  const at = (name: string) => header.indexOf(name);
  return lines
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const f = splitTsvLine(l);
      return { idx: f[at('idx')], context: f[at('context')], sentence: f[at('sentence')], y: f[at('y')] };
    });
}

function splitTsvLine(line: string): string[] {
  return line.split('\t').map((field) =>
    field.length >= 2 && field.startsWith('"') && field.endsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field,
  );
}

/** CEReD categories mapped to Reflect Lens's three sections, as the corpus README defines. */
export const CERED_SECTION: Record<string, 'happened' | 'learning' | 'applying' | undefined> = {
  Experience: 'happened',
  Feeling: 'learning',
  Reflection: 'learning',
  Belief: 'learning',
  Difficulty: 'learning',
  Learning: 'learning',
  Perspective: 'learning',
  Intention: 'applying',
  Other: undefined,
};
