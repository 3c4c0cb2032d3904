/**
 * The `formal` rule: over-formal words and stock phrases that have a plainer alternative ("prior to" → "before",
 * "utilise" → "use", "in order to" → "to"). The word list is data (./data/formal-terms.ts); this file turns it
 * into a lookup once, matches whole words left to right with the longest phrase winning, and works out a
 * replacement that keeps the original's capitalisation and verb form ("utilised" → "used").
 *
 * Matching runs on our own word tokens rather than compromise's terms, so hyphenated words, curly apostrophes
 * and offsets behave the same everywhere; compromise's tags are only consulted to tell readings apart
 * ("an individual" the noun vs "individual needs", "an endeavour" vs "will endeavour", "was demonstrated" vs
 * "demonstrated that").
 */
import { hasTag, type Term } from '../analysis/nlp';
import {
  BASIS_ADVERBS,
  FORMAL_TERMS,
  IRREGULAR_PLURALS,
  IRREGULAR_VERBS,
  UK_TO_US,
  US_PARTICIPLES,
  type FormalTerm,
  type VerbForm,
} from './data/formal-terms';
import type { LocalFinding, ResolvedOptions, SentenceRule } from './types';

type Spelling = ResolvedOptions['spelling'];

/** How a matched surface form relates to its entry: which inflection, or a regular "-ed" that may be either. */
type Form = VerbForm | 'ed' | 'plural' | 'singular' | 'fixed';

interface Candidate {
  words: string[];
  entry: FormalTerm;
  form: Form;
}

interface Token {
  start: number;
  end: number;
  /** Lower case, ’ → ', diacritics removed, possessive 's dropped. */
  norm: string;
}

interface Match {
  first: number;
  last: number;
  entry: FormalTerm;
  form: Form;
  /** For frame patterns ("on a regular basis"), the plain alternative computed from the slot. */
  framePlain?: { plain: string; replace?: string; what: 'basis' | 'manner' };
}

// ── Word forms ───────────────────────────────────────────────────────────────────────────────────────────

const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/‐/g, '-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const CONSONANT_Y = /[^aeiou]y$/;

function thirdPerson(verb: string): string {
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (verb === 'do' || verb === 'go') return verb + 'es';
  if (CONSONANT_Y.test(verb)) return verb.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(verb)) return verb + 'es';
  return verb + 's';
}

function regularPast(verb: string): string {
  if (verb.endsWith('e')) return verb + 'd';
  if (CONSONANT_Y.test(verb)) return verb.slice(0, -1) + 'ied';
  return verb + 'ed';
}

function presentParticiple(verb: string): string {
  if (/(ee|ye|oe)$/.test(verb)) return verb + 'ing';
  if (verb.endsWith('ie')) return verb.slice(0, -2) + 'ying';
  if (verb.endsWith('e') && verb !== 'be') return verb.slice(0, -1) + 'ing';
  return verb + 'ing';
}

function plural(noun: string): string {
  if (IRREGULAR_PLURALS[noun]) return IRREGULAR_PLURALS[noun];
  if (CONSONANT_Y.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

/** Inflect the first word of a (possibly multi-word) verb, e.g. ("find out", "past") → "found out". */
function inflectVerb(verb: string, form: VerbForm, spelling: Spelling): string {
  const [head, ...rest] = verb.split(' ');
  const irregular = IRREGULAR_VERBS[head];
  let out: string;
  switch (form) {
    case 'base':
      out = head;
      break;
    case 's':
      out = thirdPerson(head);
      break;
    case 'past':
      out = irregular ? irregular[0] : regularPast(head);
      break;
    case 'pp':
      out = irregular ? irregular[1] : regularPast(head);
      if (spelling === 'us' && US_PARTICIPLES[out]) out = US_PARTICIPLES[out];
      break;
    case 'ing':
      out = irregular?.[2] ?? presentParticiple(head);
      break;
  }
  return [out, ...rest].join(' ');
}

function respell(text: string, spelling: Spelling): string {
  if (spelling === 'uk') return text;
  return text.replace(/[a-z]+/g, (word) => UK_TO_US[word] ?? word);
}

/** Every surface form of one entry (both spellings), keyed for the lookup. */
function surfaceForms(entry: FormalTerm): { text: string; form: Form }[] {
  const spellings = [entry.term, ...(entry.us ? [entry.us] : [])];
  const out: { text: string; form: Form }[] = [];
  for (const term of spellings) {
    const [head, ...rest] = term.split(' ');
    const tail = rest.length ? ' ' + rest.join(' ') : '';
    if (entry.kind === 'verb') {
      out.push({ text: term, form: 'base' });
      out.push({ text: thirdPerson(head) + tail, form: 's' });
      // A doubled final consonant in the past ("permitted", "concurred") doubles in the -ing form too.
      const doubled = entry.irregular?.[0] === head + head.slice(-1) + 'ed';
      out.push({ text: (doubled ? head + head.slice(-1) + 'ing' : presentParticiple(head)) + tail, form: 'ing' });
      if (entry.irregular) {
        const [past, participle] = entry.irregular;
        if (past === participle) out.push({ text: past + tail, form: 'ed' });
        else out.push({ text: past + tail, form: 'past' }, { text: participle + tail, form: 'pp' });
      } else {
        out.push({ text: regularPast(head) + tail, form: 'ed' });
      }
    } else if (entry.kind === 'noun') {
      out.push({ text: term, form: 'singular' }, { text: plural(term), form: 'plural' });
    } else {
      out.push({ text: term, form: 'fixed' });
    }
  }
  return out;
}

/** Built once: first word → candidates, longest first, so a phrase beats the single word it starts with. */
function buildLookup(terms: readonly FormalTerm[]): Map<string, Candidate[]> {
  const lookup = new Map<string, Candidate[]>();
  for (const entry of terms) {
    for (const { text, form } of surfaceForms(entry)) {
      const words = normalise(text).split(' ');
      const list = lookup.get(words[0]) ?? [];
      list.push({ words, entry, form });
      lookup.set(words[0], list);
    }
  }
  for (const list of lookup.values()) list.sort((a, b) => b.words.length - a.words.length);
  return lookup;
}

const LOOKUP = buildLookup(FORMAL_TERMS);

// ── Tokens and context ───────────────────────────────────────────────────────────────────────────────────

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let norm = normalise(m[0]);
    let end = m.index + m[0].length;
    // "the individual's views": match "individual", leave the possessive outside the span.
    if (norm.length > 2 && norm.endsWith("'s")) {
      norm = norm.slice(0, -2);
      end -= 2;
    }
    tokens.push({ start: m.index, end, norm });
  }
  return tokens;
}

/** Words of a phrase must be separated by spaces only: no punctuation, no possessive in between. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** The compromise term covering an offset (terms are in text order, so a binary search keeps this cheap). */
function termAt(terms: Term[], offset: number): Term | undefined {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const term = terms[mid];
    if (offset < term.start) hi = mid - 1;
    else if (offset >= term.end) lo = mid + 1;
    else return term;
  }
  return undefined;
}

const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'no', 'some', 'another',
  'my', 'our', 'your', 'his', 'her', 'its', 'their', 'one',
]);
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", 'has', 'have', 'had', 'having',
  'get', 'gets', 'got', 'getting', 'gotten',
]);
const SKIPPABLE = new Set(['not', 'never', "n't", 'also', 'then', 'subsequently', 'already', 'just', 'since']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that']);

/**
 * Heads that "individual" describes as an adjective ("individual needs", "individual sessions"). compromise
 * reads some of them as verbs, so they are listed; anything it tags as a noun or adjective counts too.
 */
const INDIVIDUAL_HEADS = new Set([
  'needs', 'work', 'support', 'care', 'learning', 'level', 'basis', 'choice', 'experience', 'practice',
  'supervision', 'reflection', 'recovery', 'and', 'or', 'or', 'rather', 'as',
]);

/** Words that follow the noun "individual" but never an adjective "individual" ("an individual who…"). */
const NOUN_FOLLOWERS = new Set([
  'who', 'whom', 'whose', 'that', 'which', 'there', 'here', 'with', 'in', 'at', 'on', 'to', 'from', 'for', 'of',
  'by', 'is', 'was', 'has', 'had', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'does', 'did',
]);

interface Context {
  text: string;
  tokens: Token[];
  terms: Term[];
}

/** "individual" is flagged as a noun ("an individual who…") but not as an adjective ("individual plans"). */
function isNounIndividual(ctx: Context, index: number): boolean {
  const next = ctx.tokens[index + 1];
  if (!next || !adjacent(ctx.text, ctx.tokens[index], next)) return true;
  if (INDIVIDUAL_HEADS.has(next.norm)) return false;
  if (NOUN_FOLLOWERS.has(next.norm)) return true;
  // "individual changes", "individual sessions": a plural head. A singular noun takes "has", "is", "does".
  if (/[^s']s$/.test(next.norm) && !['has', 'is', 'was', 'does'].includes(next.norm)) return false;
  const term = termAt(ctx.terms, next.start);
  if (!term) return true;
  if (hasTag(term, 'Pronoun') || hasTag(term, 'QuestionWord') || hasTag(term, 'Determiner')) return true;
  return !(hasTag(term, 'Noun') || hasTag(term, 'Adjective'));
}

/** For a regular "-ed" form: past tense ("she demonstrated that") or participle ("was demonstrated")? */
function pastOrParticiple(ctx: Context, index: number): 'past' | 'pp' | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const word = ctx.tokens[i].norm;
    if (AUXILIARIES.has(word) || /'(s|ve|d)$/.test(word)) return 'pp';
    const term = termAt(ctx.terms, ctx.tokens[i].start);
    if (SKIPPABLE.has(word) || (term && hasTag(term, 'Adverb'))) continue;
    if (SUBJECT_PRONOUNS.has(word) && !adjacentComma(ctx, i, index)) return 'past';
    break;
  }
  const next = ctx.tokens[index + 1];
  if (next?.norm === 'by') return 'pp';
  const here = termAt(ctx.terms, ctx.tokens[index].start);
  if (here && hasTag(here, 'Passive')) return 'pp';
  // "The discussion demonstrated that…": a verb followed by its object or clause is a past tense.
  if (next && adjacent(ctx.text, ctx.tokens[index], next) && (next.norm === 'that' || DETERMINERS.has(next.norm)))
    return 'past';
  return undefined;
}

function adjacentComma(ctx: Context, a: number, b: number): boolean {
  return ctx.text.slice(ctx.tokens[a].end, ctx.tokens[b].start).includes(',');
}

// ── Matching ─────────────────────────────────────────────────────────────────────────────────────────────

function matchList(ctx: Context, index: number): Match | undefined {
  const candidates = LOOKUP.get(ctx.tokens[index].norm);
  if (!candidates) return undefined;
  const fits: Candidate[] = [];
  for (const candidate of candidates) {
    const { words } = candidate;
    if (fits.length && words.length < fits[0].words.length) break;
    let ok = index + words.length <= ctx.tokens.length;
    for (let k = 1; ok && k < words.length; k++) {
      ok = ctx.tokens[index + k].norm === words[k] && adjacent(ctx.text, ctx.tokens[index + k - 1], ctx.tokens[index + k]);
    }
    if (ok) fits.push(candidate);
  }
  if (!fits.length) return undefined;
  const chosen = fits.length > 1 ? chooseReading(ctx, index, fits) : fits[0];
  const match: Match = { first: index, last: index + chosen.words.length - 1, entry: chosen.entry, form: chosen.form };
  return accept(ctx, match) ? match : undefined;
}

/** One surface form, two entries ("endeavour" the verb and the noun): let the tagger and the word before decide. */
function chooseReading(ctx: Context, index: number, fits: Candidate[]): Candidate {
  const term = termAt(ctx.terms, ctx.tokens[index].start);
  const before = ctx.tokens[index - 1]?.norm;
  const nounish = (term && hasTag(term, 'Noun') && !hasTag(term, 'Verb')) || (before !== undefined && DETERMINERS.has(before));
  return fits.find((c) => (c.entry.kind === 'noun') === nounish) ?? fits[0];
}

/** Readings the list does not mean. */
function accept(ctx: Context, match: Match): boolean {
  const { entry, form, first } = match;
  if (entry.term === 'individual' && form === 'singular') return isNounIndividual(ctx, first);
  // "Once upon a time" is an idiom, not a formal "on".
  if (entry.term === 'upon' && ctx.tokens[first - 1]?.norm === 'once') return false;
  if (entry.verbOnly) {
    const term = termAt(ctx.terms, ctx.tokens[first].start);
    const before = ctx.tokens[first - 1]?.norm;
    if ((term && hasTag(term, 'Noun') && !hasTag(term, 'Verb')) || (before !== undefined && DETERMINERS.has(before))) return false;
  }
  return true;
}

/** -ly adverb from an adjective, or undefined when the adjective has none ("friendly", "timely"). */
function adverbOf(adjective: string): string | undefined {
  if (BASIS_ADVERBS[adjective]) return BASIS_ADVERBS[adjective];
  // "-ly" adjectives have no adverb ("friendly"); others give clumsy ones ("relaxedly", "exemplarily").
  if (/(ly|ed|ary|ory)$/.test(adjective) || adjective.includes('-')) return undefined;
  if (CONSONANT_Y.test(adjective) && adjective.length > 6) return undefined;
  if (adjective === 'public') return 'publicly';
  if (adjective.endsWith('ic')) return adjective + 'ally';
  if (adjective.endsWith('le') && !/[aeiou]le$/.test(adjective)) return adjective.slice(0, -1) + 'y';
  if (adjective.endsWith('ll')) return adjective + 'y';
  if (CONSONANT_Y.test(adjective)) return adjective.slice(0, -1) + 'ily';
  if (adjective.endsWith('ue')) return adjective.slice(0, -1) + 'ly';
  return adjective + 'ly';
}

const FRAME_STOP = new Set(['the', 'a', 'an', 'this', 'that', 'which', 'such', 'same', 'way', 'of', 'to', 'in', 'on']);
/** Words kept as they are inside a slot ("in a calm and open manner" → "calmly and openly"). */
const LINKS = new Set(['and', 'or', 'but', 'yet', 'more', 'less', 'very', 'most']);
const JOINERS = new Set(['and', 'or', 'but', 'yet']);

/**
 * Frames with an adjective slot: "on a regular basis" → "regularly", "in a calm and open manner" →
 * "calmly and openly". The whole frame is the span, as the plain version replaces all of it.
 */
function matchFrame(ctx: Context, index: number): Match | undefined {
  const { tokens, text } = ctx;
  const lead = tokens[index].norm;
  if (lead !== 'in' && lead !== 'on') return undefined;
  const article = tokens[index + 1];
  if (!article || (article.norm !== 'a' && article.norm !== 'an') || !adjacent(text, tokens[index], article)) return undefined;
  const heads = lead === 'on' ? ['basis'] : ['manner', 'fashion'];
  const maxSlot = lead === 'on' ? 2 : 4;
  for (let k = 1; k <= maxSlot; k++) {
    const headIndex = index + 1 + k;
    const head = tokens[headIndex];
    if (!head) return undefined;
    const prev = tokens[headIndex - 1];
    if (!adjacent(text, prev, head)) return undefined;
    if (!heads.includes(head.norm)) {
      if (FRAME_STOP.has(head.norm) || /\d/.test(head.norm)) return undefined;
      continue;
    }
    const slot = tokens.slice(index + 2, headIndex).map((t) => t.norm);
    if (slot.length === 0 || JOINERS.has(slot[0]) || LINKS.has(slot[slot.length - 1])) return undefined;
    let replace: string | undefined;
    if (lead === 'on' && slot.length === 1 && BASIS_ADVERBS[slot[0]]) replace = BASIS_ADVERBS[slot[0]];
    else {
      const adverbs = slot.map((word) => (LINKS.has(word) ? word : adverbOf(word)));
      if (adverbs.every(Boolean)) replace = adverbs.join(' ');
    }
    const plain = replace ?? (lead === 'on' ? 'how often' : 'how something was done');
    return {
      first: index,
      last: headIndex,
      entry: { term: '', kind: 'fixed', tone: 'wordy', plain: [plain] },
      form: 'fixed',
      framePlain: { plain, replace, what: lead === 'on' ? 'basis' : 'manner' },
    };
  }
  return undefined;
}

// ── Findings ─────────────────────────────────────────────────────────────────────────────────────────────

function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

function startsWithVowelSound(word: string): boolean {
  return /^(?:[aeio]|u(?!s|ni|ti)|hour|honest)/i.test(word);
}

/** The plain alternatives, inflected like the original and spelled for the user. */
function plainWords(match: Match, verbForm: VerbForm | undefined, spelling: Spelling): string[] {
  const { entry, form } = match;
  return entry.plain.map((alt) => {
    let out = alt;
    if (entry.kind === 'verb' && verbForm) out = inflectVerb(alt, verbForm, spelling);
    else if (entry.kind === 'noun' && form === 'plural') out = plural(alt);
    return respell(out, spelling);
  });
}

function quote(original: string): string {
  // Quote the words as a word, not as the start of a sentence: "Prior to" → "prior to".
  const rest = original.slice(1);
  return rest === rest.toLowerCase() ? original[0].toLowerCase() + rest : original;
}

function toFinding(ctx: Context, match: Match, spelling: Spelling): LocalFinding {
  const start = ctx.tokens[match.first].start;
  const end = ctx.tokens[match.last].end;
  const original = ctx.text.slice(start, end);
  const { entry, form } = match;
  const term = termAt(ctx.terms, start);

  let verbForm: VerbForm | undefined;
  let replacementOk = true;
  if (entry.kind === 'verb') {
    if (form === 'ed') {
      verbForm = pastOrParticiple(ctx, match.first);
      if (!verbForm) {
        // Both readings give the same word for regular alternatives; otherwise we can't know which to use.
        const [past, pp] = [inflectVerb(entry.replace ?? '', 'past', spelling), inflectVerb(entry.replace ?? '', 'pp', spelling)];
        verbForm = 'past';
        replacementOk = past === pp;
      }
    } else verbForm = form as VerbForm;
    // A verb entry used as a noun ("an undertaking", "the purchase") needs rewording.
    const before = ctx.tokens[match.first - 1]?.norm;
    if ((verbForm === 'base' || verbForm === 'ing' || verbForm === 's') && before !== undefined && DETERMINERS.has(before))
      replacementOk = false;
    if (entry.noReplaceIn?.includes(verbForm)) replacementOk = false;
  }
  if (entry.kind === 'noun' && term && hasTag(term, 'Verb') && !hasTag(term, 'Noun')) replacementOk = false;

  const alternatives = match.framePlain ? [match.framePlain.plain] : plainWords(match, verbForm, spelling);
  let replacement: string | undefined;
  const base = match.framePlain ? match.framePlain.replace : entry.replace;
  if (base && replacementOk) {
    let text = base;
    if (!match.framePlain) {
      if (entry.kind === 'verb' && verbForm) text = inflectVerb(base, verbForm, spelling);
      else if (entry.kind === 'noun' && form === 'plural') text = plural(base);
      text = respell(text, spelling);
    }
    // "an individual" → "a person" would need the article changed too, which lies outside the span.
    const before = ctx.tokens[match.first - 1];
    const article = before && adjacent(ctx.text, before, ctx.tokens[match.first]) ? before.norm : undefined;
    const articleBreaks = (article === 'a' || article === 'an') && startsWithVowelSound(text) !== startsWithVowelSound(original);
    if (!articleBreaks) replacement = matchCase(original, text);
  }

  // Name the word an Apply would put in, so the message and the button agree.
  const first = replacement?.toLowerCase() ?? alternatives[0];
  const quoted = quote(original);
  let message: string;
  if (entry.kind === 'nominalisation') {
    message = `“${quoted}” turns an action into a noun. Saying the action itself (“${first}”) is shorter and easier to follow.`;
  } else if (match.framePlain) {
    const said = match.framePlain.replace ? `“${first}”` : first;
    message = `“${quoted}” is a wordy way of saying ${said}. Shorter phrasing is easier to read and sounds more like you.`;
  } else if (entry.tone === 'wordy') {
    message = `“${quoted}” is a wordy way of saying “${first}”. Shorter phrasing is easier to read and sounds more like you.`;
  } else {
    const what = match.last > match.first ? 'phrase' : 'word';
    message = `“${quoted}” is a formal ${what} for “${first}”. Plain words are easier to read and sound more like you.`;
  }
  let suggestion = `Try: ${alternatives.join(', ')}`;
  if (match.framePlain && !match.framePlain.replace)
    suggestion =
      match.framePlain.what === 'basis'
        ? 'Try one word that says how often, such as “regularly” or “weekly”.'
        : 'Try one word that says how, such as “calmly”, “openly” or “well”.';
  return { start, end, original, message, suggestion, ...(replacement !== undefined ? { replacement } : {}) };
}

export const formalRule: SentenceRule = {
  id: 'formal',
  scope: 'sentence',
  check(sentence, options) {
    const ctx: Context = { text: sentence.text, tokens: tokenise(sentence.text), terms: sentence.terms };
    const findings: LocalFinding[] = [];
    for (let i = 0; i < ctx.tokens.length; ) {
      const listed = matchList(ctx, i);
      const frame = matchFrame(ctx, i);
      // Longest match wins; a listed phrase beats a frame of the same length ("in a timely manner").
      const match = frame && (!listed || frame.last > listed.last) ? frame : listed;
      if (!match) {
        i++;
        continue;
      }
      findings.push(toFinding(ctx, match, options.spelling));
      i = match.last + 1;
    }
    return findings;
  },
};

/** Exposed for tests and the scoring script: how many base entries the list holds. */
export const FORMAL_TERM_COUNT = FORMAL_TERMS.length;
