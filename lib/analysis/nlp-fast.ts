/**
 * A faster way to run compromise/two that gives exactly the same terms and tags as `nlp(text)`.
 *
 * Where compromise's time went (node, warm, reflective prose): over half in its post-tagger, which for every
 * comma-separated chunk (1) walks all 730 keys of its pattern index to collect candidate patterns, joining arrays
 * and de-duplicating by pattern text (`methods.one.bulkMatch`), then (2) runs the general matcher for each
 * candidate (~30 per sentence) at every start position, though fewer than 1 in 10 match anywhere. Here:
 *  1. candidates are found from the chunk's side (its few dozen words and tags, looked up in an index) and sorted
 *     into compromise's own order: the same candidates, in the same order, for a fraction of the work;
 *  2. a candidate whose leading one-term tokens (#Tag, word, %switch%, (a|b)) do not occur in sequence anywhere in
 *     the chunk is not handed to the matcher, which would have returned nothing for it (`leadingTests`).
 * Matching still happens before any tagging, the matcher and tagger are compromise's own, and they see the same
 * patterns in the same order, so the tags are the same; `tests/bench/nlp-equivalence.ts` checks that on ~18,000
 * sentences (invented and corpus), and measures ~50 → ~26 ms CPU per 1,000 words.
 *
 * Nothing in compromise is modified: we build the document the way `nlp()` does, run its own compute steps in its
 * own order, and only replace the post-tagger's candidate selection. If compromise's internals change shape, we
 * fall back to plain `nlp()` (slower, still right).
 */
import nlp from 'compromise/two';

/** compromise's internals are untyped; these are the few shapes used here. */
export interface CTerm {
  text: string;
  normal: string;
  root?: string;
  machine?: string | null;
  implicit?: string;
  switch?: string;
  alias?: string[];
  pre: string;
  post: string;
  tags: Set<string>;
  index: [number, number];
  offset: { start: number; length: number };
}
interface CMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  regs?: unknown[];
}
interface CView {
  docs: CTerm[][];
  compute(step: string | string[]): CView;
  update(pointers: number[][]): CView;
  uncache(): CView;
  unfreeze(): CView;
}
interface CWorld {
  hooks: string[];
  model: { two: { matches: CMatch[] } };
  methods: {
    one: {
      tokenize: { fromString(text: string, world: CWorld): CTerm[][] };
      cacheDoc(document: CTerm[][]): Set<string>[];
      match(docs: CTerm[][], todo: CMatch): { ptrs: number[][] };
      bulkTagger(found: object[], document: CTerm[][], world: CWorld): void;
    };
    two: { quickSplit(document: CTerm[][]): CTerm[][] };
  };
}

const world = (nlp as unknown as { world(): CWorld }).world();
const View = Object.getPrototypeOf(nlp('')).constructor as new (document: CTerm[][]) => CView;

/** compromise's compute steps before its post-tagger, in its own order (from `nlp.hooks()`). */
const POST_TAGGER = 'postTagger';
const STEPS_BEFORE = world.hooks.slice(0, world.hooks.indexOf(POST_TAGGER));
const STEPS_AFTER = world.hooks.slice(world.hooks.indexOf(POST_TAGGER) + 1);
/** If a future compromise moves things around, fall back to plain `nlp()` rather than guess. */
const CAN_SWAP = world.hooks.filter((h) => h === POST_TAGGER).length === 1 && typeof world.methods.two?.quickSplit === 'function';

/**
 * The post-tagger's patterns, indexed for picking candidates from a chunk's side. compromise tries, per chunk, every
 * pattern listed under any word/tag the chunk has (`buildNet` → `getHooks`), keeps those whose needs are all there
 * (`trimDown`), in the order of its index keys; `order` records each pattern's place in that order per key.
 */
interface Pattern {
  match: CMatch;
  /** Keys (words, #Tags, %switches%) this pattern is listed under, with its position there, by key rank. */
  order: { key: string; place: number }[];
  /** Tests for the pattern's leading one-term tokens (see `leadingTests`); empty when the first one is not simple. */
  lead: TermTest[];
  /** Number of the chunk this pattern was last considered for (to consider it once per chunk). */
  seenInChunk: number;
}
type TermTest = (term: CTerm) => boolean;

/** A parsed match token, as compromise's parseMatch leaves it. */
interface CReg {
  tag?: string;
  word?: string;
  switch?: string;
  fastOr?: Set<string>;
  pos?: string;
  operator?: string;
  [flag: string]: unknown;
}

/** Token properties that only name/anchor a token; it still matches exactly one term, tested as below. */
const PLAIN_PROPS = new Set(['tag', 'word', 'switch', 'fastOr', 'operator', 'pos', 'group', 'groupStart', 'groupEnd', 'start', 'end']);

/**
 * For a pattern that starts with tokens each matching exactly one term (a #Tag, a word, a %switch% or a quick (a|b)
 * list; nothing optional, negative, greedy or nested), these are the term tests compromise's matcher applies to
 * them (its doesMatch, same order of checks). If no run of terms in a chunk passes them in sequence, the pattern
 * cannot match there and the matcher need not be run: it would return nothing. Anything unusual stops the prefix.
 */
function leadingTests(regs: CReg[]): TermTest[] {
  const tests: TermTest[] = [];
  for (const reg of regs) {
    const props = Object.keys(reg).filter((k) => reg[k] !== undefined && reg[k] !== false);
    if (!props.every((k) => PLAIN_PROPS.has(k))) break;
    if (reg.word !== undefined) {
      const word = reg.word;
      tests.push((t) => (t.machine != null && t.machine === word) || !!t.alias?.some((a) => a === word) || word === t.text || word === t.normal);
    } else if (reg.tag !== undefined) {
      const tag = reg.tag;
      tests.push((t) => t.tags.has(tag));
    } else if (reg.switch !== undefined) {
      const name = reg.switch;
      tests.push((t) => t.switch === name);
    } else if (reg.fastOr !== undefined && reg.operator === 'or') {
      const set = reg.fastOr;
      const pos = reg.pos;
      tests.push((t) => (!pos || t.tags.has(pos)) && (set.has(t.root || t.implicit || t.machine || t.normal) || set.has(t.text)));
    } else {
      break;
    }
  }
  return tests;
}

/**
 * Can the pattern's leading tokens match consecutive terms somewhere in `terms`? After a token matches term t the
 * matcher goes on at t+1, or t+2 when t is the first half of a contraction ("we've" → we, have); both are allowed.
 */
function leadCanMatch(lead: TermTest[], terms: CTerm[]): boolean {
  if (lead.length === 0) return true;
  let at: number[] = [];
  for (let i = 0; i < terms.length; i++) if (lead[0](terms[i])) at.push(i);
  for (let k = 1; k < lead.length && at.length > 0; k++) {
    const next: number[] = [];
    for (const i of at) {
      if (i + 1 < terms.length && lead[k](terms[i + 1]) && next[next.length - 1] !== i + 1) next.push(i + 1);
      if (terms[i].implicit && i + 2 < terms.length && lead[k](terms[i + 2])) next.push(i + 2);
    }
    at = next;
  }
  return at.length > 0;
}
interface PatternIndex {
  /** Each pattern once, under one of its needs (the least common key), or under all its wants if it has no needs. */
  triggers: Map<string, Pattern[]>;
  /** Patterns with neither needs nor wants: compromise tries them on every chunk, after the others. */
  always: CMatch[];
  /** Each key's position in compromise's key order. */
  rankOf: Map<string, number>;
}
let patternIndex: PatternIndex | null = null;

function buildPatternIndex(): PatternIndex {
  // compromise parses its patterns in place the first time its post-tagger runs (regs, needs, wants...); reuse that.
  if (world.model.two.matches.some((m) => m.regs === undefined)) nlp('Warm up the tagger.');
  const matches = world.model.two.matches;
  // compromise's buildNet: hooks[key] = patterns needing or wanting key, de-duplicated by pattern text.
  const hooks: Record<string, CMatch[]> = {};
  for (const m of matches) {
    for (const key of m.needs) (hooks[key] ??= []).push(m);
    for (const key of m.wants) (hooks[key] ??= []).push(m);
  }
  const patterns = new Map<CMatch, Pattern>();
  const firstWithText = new Map<string, CMatch>();
  for (const m of matches) if (!firstWithText.has(m.match)) firstWithText.set(m.match, m);
  // Object.keys order (integer-like keys first) is the order compromise tries candidates in; keep it.
  for (const key of Object.keys(hooks)) {
    const seen = new Set<string>();
    let place = 0;
    for (const m of hooks[key]) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      // A later pattern with the same text is always de-duplicated away by compromise, so it never runs.
      if (firstWithText.get(m.match) !== m) continue;
      let pattern = patterns.get(m);
      if (!pattern) patterns.set(m, (pattern = { match: m, order: [], lead: leadingTests((m.regs ?? []) as CReg[]), seenInChunk: -1 }));
      pattern.order.push({ key, place: place++ });
    }
  }
  const triggers = new Map<string, Pattern[]>();
  const listUnder = (key: string, pattern: Pattern) => {
    const list = triggers.get(key);
    if (!list) triggers.set(key, [pattern]);
    else if (!list.includes(pattern)) list.push(pattern);
  };
  for (const pattern of patterns.values()) {
    const { needs, wants } = pattern.match;
    if (needs.length > 0) {
      const rarest = needs.reduce((best, key) => (hooks[key].length < hooks[best].length ? key : best));
      listUnder(rarest, pattern);
    } else {
      for (const key of wants) listUnder(key, pattern);
    }
  }
  const always = matches.filter((m) => m.needs.length === 0 && m.wants.length === 0);
  const rankOf = new Map(Object.keys(hooks).map((key, rank) => [key, rank]));
  return { triggers, always, rankOf };
}

/** Does compromise's trimDown keep this pattern for a chunk whose words and tags are `haves`? */
function passesTrim(m: CMatch, haves: Set<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length > 0) {
    let found = 0;
    for (const want of m.wants) if (haves.has(want)) found++;
    if (found < m.minWant) return false;
  }
  return true;
}

/** Where compromise's getHooks puts this pattern for this chunk: rank of its first key present, then its place. */
function placeFor(pattern: Pattern, haves: Set<string>, rankOf: Map<string, number>): number {
  for (const { key, place } of pattern.order) if (haves.has(key)) return rankOf.get(key)! * 4096 + place;
  return Number.MAX_SAFE_INTEGER;
}

let chunksSeen = 0;

/** compromise's `bulkMatch` (getHooks → trimDown → always → tooSmall → runMatch): same patterns, same order. */
function bulkMatch(document: CTerm[][], index: PatternIndex): object[] {
  const { match, cacheDoc } = world.methods.one;
  const caches = cacheDoc(document);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = caches[n];
    const chosen: { pattern: Pattern; place: number }[] = [];
    const chunkNumber = ++chunksSeen;
    for (const item of haves) {
      const list = index.triggers.get(item);
      if (!list) continue;
      for (const pattern of list) {
        if (pattern.seenInChunk === chunkNumber) continue;
        pattern.seenInChunk = chunkNumber;
        if (passesTrim(pattern.match, haves)) chosen.push({ pattern, place: placeFor(pattern, haves, index.rankOf) });
      }
    }
    chosen.sort((a, b) => a.place - b.place);
    const termCount = document[n].length;
    const tryOne = (m: CMatch): void => {
      if (termCount < m.minWords) return;
      const res = match([document[n]], m);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push(Object.assign({}, m, { pointer: ptr }));
      }
    };
    for (const { pattern } of chosen) if (leadCanMatch(pattern.lead, document[n])) tryOne(pattern.match);
    for (const m of index.always) tryOne(m);
  }
  return results;
}

/** compromise's `postTagger` compute step, with our `bulkMatch`. */
function postTag(view: CView): void {
  patternIndex ??= buildPatternIndex();
  const chunks = world.methods.two.quickSplit(view.docs);
  const pointers = chunks.map((terms) => [terms[0].index[0], terms[0].index[1], terms[0].index[1] + terms.length]);
  const docs = view.update(pointers).docs;
  world.methods.one.bulkTagger(bulkMatch(docs, patternIndex), docs, world);
  view.uncache();
  view.unfreeze();
}

/** The same document `nlp(text)` gives, tagged, with roots and offsets computed. */
export function parseFast(text: string): CTerm[][] {
  let doc: CView | null = null;
  if (CAN_SWAP) {
    try {
      doc = new View(world.methods.one.tokenize.fromString(text, world));
      doc.compute(STEPS_BEFORE);
      postTag(doc);
      doc.compute(STEPS_AFTER);
    } catch {
      // Only an unforeseen change inside compromise gets here: plain nlp() is slower but still right.
      doc = null;
    }
  }
  doc ??= nlp(text) as unknown as CView;
  doc.compute('root');
  doc.compute('offset');
  return doc.docs;
}

