/**
 * Passive voice: BE or GET + past participle where the subject is the thing acted on ("was facilitated",
 * "can be seen", "had not previously been appreciated", "to be assessed", "being watched", "got asked").
 *
 * compromise's #Passive tag misses modal, adverb and infinitive passives and calls "I was tired" passive, so the
 * rule walks the term list itself: find a BE/GET form, skip the small words that may follow it, check the next
 * word is a participle (compromise tags, -ed morphology, irregular verb table) and not a feeling or a state
 * ("I was surprised by", "to be involved"), then walk back over the auxiliary chain for the span start.
 * Each term is looked at a bounded number of times, so the rule is linear in the number of terms.
 *
 * The span runs from the first auxiliary to the participle (see the corpus GUIDE "Passive spans"): modals,
 * perfect HAVE, "being", negation and adverbs inside; semi-modals ("has to"), contracted auxiliaries ("she'd"),
 * particles after the participle and the subject outside.
 */
import type { Term } from '../analysis/nlp';
import type { LocalFinding, SentenceRule } from './types';
import {
  ADJECTIVE_BEFORE_COMPLEMENT,
  BE_FORMS,
  CHAIN_FILLERS,
  DEGREE_WORDS,
  DO_FORMS,
  ED_NON_PARTICIPLES,
  FINITE_BE,
  GET_FORMS,
  GET_NOT_PASSIVE,
  HAVE_FORMS,
  HYPHEN_ADJECTIVE_ENDINGS,
  HYPHEN_VERB_PREFIXES,
  INTRANSITIVE_PARTICIPLES,
  TWO_WORD_FILLERS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  MODALS,
  OBJECT_TO_SUBJECT,
  STATE_OF_MIND,
  STATE_WORDS,
  SUBJECT_TO_OBJECT,
  UN_VERBS,
  VERB_PREFIXES,
  LITERAL_BEFORE_DIRECTION,
  PEOPLE_NOUNS,
  LITERAL_WITH_THING,
  DIRECTION_WORDS,
  PASSIVE_BEFORE_PREPOSITION,
  THING_PASSIVE_BEFORE_PREPOSITION,
  LITERAL_BEFORE_REPEAT,
  REPEAT_WORDS,
  STATE_UNLESS_BEFORE,
  WELL_ADJECTIVES,
  PLACED_STATES,
  FIXED_STATE_LEADS,
} from './data/passive-words';

/** One passive found in a sentence, as term indexes. */
export interface PassiveMatch {
  /** First term of the span (first auxiliary, or the participle when the auxiliary is contracted). */
  first: number;
  /** The auxiliary right before the participle (BE/GET form or a contraction such as "we're"). */
  aux: number;
  /** The (last) participle; coordinated participles extend the span to the last one. */
  participle: number;
  /** The first participle, the one whose verb a rewrite uses: its first and last term (two when hyphenated). */
  headStart: number;
  head: number;
}

/** How far the walker looks over fillers ("not", adverbs) between two parts of the chain. */
const MAX_FILLERS = 4;

const SENTENCE_BREAK = /[.!?;:]/;
/** Punctuation that ends a noun phrase or clause for the rewrite (commas, dashes, brackets, quotes). */
const PHRASE_BREAK = /[,.!?;:()\u2013\u2014"\u201c\u201d]|\s-\s/;

/** Words after which a finite clause continues with something the rewrite must not swallow. */
const CLAUSE_WORDS = new Set([
  'and', 'but', 'or', 'which', 'who', 'whom', 'whose', 'where', 'when', 'because', 'since', 'while', 'whilst',
  'whereas', 'although', 'though', 'if', 'unless', 'so', 'that', 'until', 'before', 'after', 'once', 'than',
]);

/** Verbs that link a subject to an adjective; after "and" they start a new predicate, not a shared passive. */
const LINKING_PAST = new Set(['felt', 'seemed', 'appeared', 'became', 'looked', 'sounded', 'got', 'remained', 'stayed']);

/** Verbs that may be followed directly by a clause with its own subject ("I think the notes were…"). */
const CLAUSE_VERBS = new Set([
  'think', 'believe', 'realise', 'realize', 'notice', 'note', 'feel', 'know', 'say', 'find', 'learn', 'hope',
  'suppose', 'guess', 'see', 'recognise', 'recognize', 'understand', 'worry', 'fear', 'expect', 'assume', 'suspect',
]);

const PERSONAL_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'him', 'them']);
const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you', 'me', 'us', 'our', 'my', 'your', 'myself', 'ourselves']);
const RELATIVE_WORDS = new Set(['which', 'that', 'who', 'whom', 'whose', 'what', 'where', 'when', 'how', 'why']);

/** Lower case with typographic apostrophes made plain, so "I’m" and "I'm" look the same. */
function norm(term: Term | undefined): string {
  return term ? term.normal.replace(/[\u2018\u2019\u02bc]/g, "'") : '';
}

const has = (term: Term | undefined, tag: string) => !!term && term.tags.includes(tag);

/** An auxiliary contracted onto its subject ("we're", "she'd", "it's", "I've"): it stays outside the span. */
function contraction(term: Term | undefined): 'be' | 'is-or-has' | 'had-or-would' | 'have' | 'will' | undefined {
  const w = norm(term);
  if (!w || MODALS.has(w) || BE_FORMS.has(w) || DO_FORMS.has(w) || HAVE_FORMS.has(w)) return undefined;
  const m = /^[a-z]+'(m|re|s|d|ve|ll)$/.exec(w);
  if (!m) return undefined;
  switch (m[1]) {
    case 'm':
    case 're':
      return 'be';
    case 's':
      return 'is-or-has';
    case 'd':
      return 'had-or-would';
    case 've':
      return 'have';
    default:
      return 'will';
  }
}

/** Words that may sit inside a chain without breaking it: negation and adverbs ("was not", "can therefore be"). */
function isFiller(term: Term | undefined): boolean {
  if (!term || term.post === '-') return false;
  const w = norm(term);
  if (CHAIN_FILLERS.has(w)) return true;
  if (w === 'there' || w === 'here') return false;
  if (has(term, 'Adverb') || has(term, 'Negative')) return true;
  // compromise sometimes calls an -ly adverb something else ("was duly noted").
  return /^[a-z]{3,}ly$/.test(w) && !has(term, 'Noun') && !has(term, 'Pronoun') && !['only', 'early', 'likely'].includes(w);
}

/** "at first", "in fact": two words inside a chain that work as one adverb (no punctuation between or after). */
function isTwoWordFiller(terms: Term[], k: number): boolean {
  const next = terms[k + 1];
  return !!next && !/\S/.test(terms[k].post) && !/\S/.test(next.post) && TWO_WORD_FILLERS.has(`${norm(terms[k])} ${norm(next)}`);
}

/** compromise splits "video-recorded" into two terms joined by a bare hyphen; this is the index of the last part. */
function compoundEnd(terms: Term[], j: number): number {
  return terms[j] && terms[j].post === '-' && terms[j + 1] ? j + 1 : j;
}

/** The normalised word at [j, end], hyphen parts joined. */
function wordAt(terms: Term[], j: number, end: number): string {
  return end > j ? `${norm(terms[j])}-${norm(terms[end])}` : norm(terms[j]);
}

/**
 * Is this word a past participle by form? Returns its lemma and past tense when they can be told.
 * `whole` is the full word when it is hyphenated across terms ("video-recorded"); `term` is its last part.
 */
export function participleForms(term: Term | undefined, whole = norm(term)): { base?: string; past?: string } | undefined {
  if (!term) return undefined;
  if (has(term, 'Gerund') || has(term, 'Determiner') || has(term, 'Pronoun') || has(term, 'Preposition')) return undefined;
  if (has(term, 'Conjunction') || has(term, 'Modal')) return undefined;
  if (!/^[a-z][a-z-]*[a-z]$/.test(whole) || whole.endsWith('ing')) return undefined;
  let word = whole;
  let prefix = '';
  if (whole.includes('-')) {
    const cut = whole.lastIndexOf('-');
    const last = whole.slice(cut + 1);
    // "peer-run" is an adjective; "co-run", "re-run" are verbs with a prefix.
    if (HYPHEN_ADJECTIVE_ENDINGS.has(last) && !HYPHEN_VERB_PREFIXES.has(whole.slice(0, cut))) return undefined;
    prefix = whole.slice(0, cut + 1);
    word = last;
  }
  // A plain noun ("the rules are set" aside) is not a participle: "the teacher's output".
  const nounOnly = has(term, 'Noun') && !has(term, 'Verb') && !has(term, 'Adjective');
  if (word === 'been' || word === 'had' || word === 'got' || word === 'gotten') return undefined;
  let irregular = IRREGULAR_PARTICIPLES.get(word);
  if (!irregular) {
    // "reread", "misread", "overdone": a verb prefix on an irregular participle.
    const pre = VERB_PREFIXES.find((p) => word.startsWith(p) && IRREGULAR_PARTICIPLES.has(word.slice(p.length)));
    // compromise may tag "reread" after "be" as a noun; "re-"/"mis-" words are verbs, "output"/"outset" nouns.
    if (pre && word.length - pre.length >= 3 && (!nounOnly || pre === 're' || pre === 'mis')) {
      const inner = IRREGULAR_PARTICIPLES.get(word.slice(pre.length))!;
      irregular = { base: pre + inner.base, past: pre + inner.past };
      prefix = '';
    }
  }
  // "un-" + participle is an adjective ("unsupported", "unheard") unless "un-" verbs exist ("undone", "understood").
  if (word.startsWith('un') && !UN_VERBS.has(word)) {
    const rest = word.slice(2);
    if (IRREGULAR_PARTICIPLES.has(rest) || (rest.endsWith('ed') && rest.length >= 4)) return undefined;
  }
  if (irregular) {
    // compromise's lemma picks between verbs that share a participle ("found": find or found).
    const base = IRREGULAR_PAST.has(term.root) && term.root !== word ? term.root : irregular.base;
    const past = base === irregular.base ? irregular.past : (IRREGULAR_PAST.get(base) ?? irregular.past);
    return { base: prefix + base, past: prefix + past };
  }
  // compromise guesses an unknown word is a singular noun ("to be browsed"): a long -ed word is still a participle.
  if (nounOnly && !(word.endsWith('ed') && word.length >= 6 && has(term, 'Singular'))) return undefined;
  if (word.endsWith('ed') && word.length >= 4 && !ED_NON_PARTICIPLES.has(word)) {
    if (word.endsWith('eed') && !/(agreed|freed|guaranteed|decreed|refereed)$/.test(word)) return undefined;
    const verbish = nounOnly || ['Verb', 'Adjective', 'PastTense', 'Participle', 'Passive'].some((t) => has(term, t));
    if (!verbish) return undefined;
    const base = has(term, 'Verb') && term.root && term.root !== whole && !term.root.endsWith('ed') ? term.root : undefined;
    return { base: base && !prefix ? base : base ? prefix + base : undefined, past: whole };
  }
  // compromise's own evidence for -n participles the table lacks ("strewn", "mown"), never for adjectives.
  const nParticiple = /[^aeiou]n$|[aeiou]wn$|en$/.test(word) && !ED_NON_PARTICIPLES.has(word);
  if (nParticiple && has(term, 'Verb') && (has(term, 'Participle') || has(term, 'Passive')) && !has(term, 'Infinitive')) {
    return { base: term.root !== whole ? term.root : undefined };
  }
  return undefined;
}

type AuxKind = 'be' | 'get' | 'contracted-be' | 'contracted-is-or-has';

/** The auxiliary that can sit right before a passive participle, if this term is one. */
function auxKind(term: Term): AuxKind | undefined {
  const w = norm(term);
  if (BE_FORMS.has(w)) return 'be';
  if (GET_FORMS.has(w)) return 'get';
  const c = contraction(term);
  if (c === 'be') return 'contracted-be';
  if (c === 'is-or-has' && !has(term, 'Possessive')) return 'contracted-is-or-has';
  return undefined;
}

/** Does a noun phrase that reads like an object start here ("the", "her", "me", "Tasha")? */
function startsObject(term: Term | undefined): boolean {
  if (!term) return false;
  const w = norm(term);
  if (['me', 'us', 'him', 'them', 'her', 'my', 'our', 'your', 'his', 'their', 'its'].includes(w)) return true;
  return has(term, 'Determiner') || has(term, 'ProperNoun') || has(term, 'Value');
}

/** Is the subject a person ("I", "we're", "she"), for the adjective-or-passive words? `aux` is the auxiliary. */
function personBefore(terms: Term[], aux: number): boolean {
  const prev = contraction(terms[aux]) ? terms[aux] : terms[chainStart(terms, aux) - 1];
  if (!prev) return false;
  const w = norm(prev).replace(/'.*$/, '');
  return PERSONAL_PRONOUNS.has(w) || has(prev, 'Person');
}

/** Is this subject a thing (a noun that is not a person or a group of people)? */
function isThing(subject: Term | undefined): boolean {
  if (!subject || !has(subject, 'Noun') || has(subject, 'Pronoun') || has(subject, 'Person')) return false;
  return !PEOPLE_NOUNS.has(norm(subject));
}

/**
 * Does a feeling word ("moved", "stressed", "confused") read as a real passive here? Asked only of STATE_OF_MIND
 * words, so the subject lookup stays off the common path.
 */
function readsLiterally(terms: Term[], aux: number, w: string, next: Term | undefined, afterNext: Term | undefined): boolean {
  const after = norm(next);
  if (PASSIVE_BEFORE_PREPOSITION.get(w)?.has(after)) return true;
  if (LITERAL_BEFORE_DIRECTION.has(w) && DIRECTION_WORDS.has(after)) return true;
  if (LITERAL_BEFORE_REPEAT.has(w) && REPEAT_WORDS.has(after) && norm(afterNext) !== 'by') return true;
  const subject = subjectOf(terms, aux);
  // A thing as subject reads literally: "her appointment had been moved", "the fence was struck" (no "by" after).
  if (LITERAL_WITH_THING.has(w) && after !== 'by' && (isThing(subject) || norm(terms[aux]) === 'being')) return true;
  // "It was stressed (by the trainer) that…": a reporting passive, not a feeling.
  if (norm(subject) === 'it' && (after === 'that' || after === 'by')) return true;
  // A person as subject keeps the feeling reading: "I was confused with all the forms" (bewildered).
  return !!THING_PASSIVE_BEFORE_PREPOSITION.get(w)?.has(after) && !personBefore(terms, aux);
}

/** The word before the auxiliary chain, or through a relative pronoun to its noun ("any visits that have been moved"). */
function subjectOf(terms: Term[], aux: number): Term | undefined {
  const start = chainStart(terms, aux);
  return /^(?:that|which)$/.test(norm(terms[start - 1])) ? terms[start - 2] : terms[start - 1];
}

/** Find where the auxiliary chain ending in `aux` starts, walking back over HAVE, modals, "to", finite BE. */
function chainStart(terms: Term[], aux: number): number {
  let cur = aux;
  for (;;) {
    let p = cur - 1;
    let skipped = 0;
    while (p >= 0 && skipped < MAX_FILLERS && isFiller(terms[p]) && !PHRASE_BREAK.test(terms[p].post)) {
      p--;
      skipped++;
    }
    if (p < 0 || PHRASE_BREAK.test(terms[p].post)) return cur;
    const before = norm(terms[p]);
    const here = norm(terms[cur]);
    if (here === 'been') {
      if (!HAVE_FORMS.has(before)) return cur;
      cur = p;
      if (before !== 'have') return cur;
      continue;
    }
    if (here === 'be' || here === 'have' || here === 'get') {
      if (MODALS.has(before) || before === 'to' || (here !== 'have' && DO_FORMS.has(before))) return p;
      return cur;
    }
    if (here === 'being' || here === 'getting') {
      if (FINITE_BE.has(before) || (here === 'getting' && before === 'been')) {
        cur = p;
        if (before === 'been') continue;
      }
      return cur;
    }
    return cur;
  }
}

/** Is the participle at `j`, reached from auxiliary `aux` over `fillers`, really a passive? */
function isPassiveParticiple(terms: Term[], aux: number, kind: AuxKind, j: number, jEnd: number): boolean {
  const w = wordAt(terms, j, jEnd);
  const forms = participleForms(terms[jEnd], w);
  if (!forms) return false;
  const last = w.slice(w.lastIndexOf('-') + 1);
  const next = terms[jEnd + 1];
  const afterNext = terms[jEnd + 2];
  const stateAsAct = !!STATE_UNLESS_BEFORE.get(w)?.has(norm(next));
  if ((STATE_OF_MIND.has(w) && !readsLiterally(terms, aux, w, next, afterNext)) || (STATE_WORDS.has(w) && !stateAsAct) || INTRANSITIVE_PARTICIPLES.has(last)) return false;
  if (STATE_OF_MIND.has(last) && w !== last) return false;
  // A degree word grades the participle ("was very involved"), unless it grades an -ly adverb in between: "were too
  // readily filled" is a passive.
  for (let k = aux + 1; k < j; k++) if (DEGREE_WORDS.has(norm(terms[k])) && !(k + 1 < j && /ly$/.test(norm(terms[k + 1])))) return false;
  // "I got changed" (dressed), but "the rota got changed": a thing as subject is acted on.
  const thingChanged = w === 'changed' && isThing(subjectOf(terms, aux));
  // "used to" is decided below for GET as for BE ("the scores get used to label people").
  const usedTo = w === 'used' && norm(next) === 'to';
  if (kind === 'get' && GET_NOT_PASSIVE.has(w) && !thingChanged && !usedTo) return false;
  // "well placed", "well-intentioned": a fixed adjective, whether written as two words or hyphenated.
  if (WELL_ADJECTIVES.has(last) && (norm(terms[j - 1]) === 'well' || w === `well-${last}`)) return false;
  // The same states after other degree words: "uniquely placed to help", "better suited", "ideally equipped".
  if (PLACED_STATES.has(last) && FIXED_STATE_LEADS.has(norm(terms[j - 1]))) return false;
  // "used to" = accustomed, unless a plain verb follows ("is used to describe").
  if (usedTo) {
    const verbAfter =
      afterNext && has(afterNext, 'Infinitive') && !/ing$/.test(norm(afterNext)) && !['be', 'being', 'having'].includes(norm(afterNext));
    // A person who "is used to" something is accustomed to it ("I am not used to conflict"), whatever follows.
    if (!verbAfter || (kind !== 'be' && kind !== 'get') || personBefore(terms, aux)) return false;
  }
  // "was meant to start at ten" means "was supposed to", whoever or whatever the subject is.
  if (w === 'meant' && norm(next) === 'to') return false;
  // "…in a lot of families, my nan's included.": a tag meaning "including my nan", not an act of including.
  if (w === 'included' && kind === 'contracted-is-or-has' && PHRASE_BREAK.test(terms[jEnd].post)) return false;
  // "I was prepared to wait" is a state; "we are being prepared for the exam" is done to us (a state has no progressive).
  const progressive = norm(terms[aux]) === 'being' || norm(terms[aux - 1]) === 'being';
  if (ADJECTIVE_BEFORE_COMPLEMENT.has(w) && norm(next) !== 'by' && !progressive && personBefore(terms, aux)) return false;
  // "there were trained staff": the participle describes the noun after it.
  if (norm(terms[aux - 1]) === 'there' && next && has(next, 'Noun') && !has(next, 'Pronoun')) return false;
  // "she's asked me" / "it's given us" read as HAVE + participle + object: active perfect.
  // "It's said that…" stays the impersonal passive: after "it", "that" opens a clause, not an object.
  const itThat = /^it['’]s$/.test(norm(terms[aux])) && norm(next) === 'that';
  if (kind === 'contracted-is-or-has' && !itThat && (startsObject(next) || has(next, 'Noun'))) return false;
  // "Nobody's ever looked at my arm": with "ever" the 's is HAS (an active perfect); "is ever looked at" is not English.
  if (kind === 'contracted-is-or-has' && terms.slice(aux + 1, j).some((t) => norm(t) === 'ever')) return false;
  return true;
}

/** Scan the sentence's terms for passives. Exported for the eval script and tests. */
export function findPassives(terms: Term[]): PassiveMatch[] {
  const out: PassiveMatch[] = [];
  const n = terms.length;
  for (let i = 0; i < n; i++) {
    const kind = auxKind(terms[i]);
    if (!kind) continue;
    // Skip fillers; commas may bracket them only when they open right after the auxiliary ("was, accordingly, found").
    const commaAfterAux = terms[i].post.includes(',');
    if (SENTENCE_BREAK.test(terms[i].post)) continue;
    let j = i + 1;
    while (j < n && j - i - 1 < MAX_FILLERS && !SENTENCE_BREAK.test(terms[j].post)) {
      if (isFiller(terms[j])) j++;
      else if (isTwoWordFiller(terms, j)) j += 2;
      else break;
    }
    // A short bracketed phrase instead of one adverb: "is, by necessity, organised", "was, in the end, agreed".
    if (commaAfterAux && j === i + 1) {
      let close = i + 1;
      while (close < n && close <= i + 4 && !terms[close].post.includes(',')) close++;
      const phrase = close < n && close <= i + 4 ? terms.slice(i + 1, close + 1) : [];
      if (phrase.length >= 2 && phrase.every((t) => !SENTENCE_BREAK.test(t.post) && !has(t, 'Verb') && !has(t, 'Pronoun'))) j = close + 1;
    }
    if (j >= n) continue;
    const lastBefore = terms[j - 1];
    if (j - 1 > i && lastBefore.post.includes(',') !== commaAfterAux) continue;
    if (j - 1 === i && commaAfterAux) continue;
    const jEnd = compoundEnd(terms, j);
    if (!isPassiveParticiple(terms, i, kind, j, jEnd)) continue;
    const first = kind === 'contracted-be' || kind === 'contracted-is-or-has' ? i + 1 : chainStart(terms, i);
    // Coordinated participles sharing this auxiliary: "were paired and asked", "is either built or lost".
    let end = jEnd;
    for (;;) {
      const conj = terms[end + 1];
      if (!conj || !['and', 'or'].includes(norm(conj)) || /[.!?;:,]/.test(terms[end].post)) break;
      let m = end + 2;
      while (m < n && m - end - 2 < 2 && isFiller(terms[m])) m++;
      const candidate = terms[m];
      if (!candidate || LINKING_PAST.has(norm(candidate))) break;
      const mEnd = compoundEnd(terms, m);
      if (!isPassiveParticiple(terms, m - 1, kind, m, mEnd)) break;
      if (startsObject(terms[mEnd + 1])) break;
      end = mEnd;
    }
    out.push({ first, aux: i, participle: end, headStart: j, head: jEnd });
    i = end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages and rewrites

type Tense =
  | { kind: 'past' }
  | { kind: 'present' }
  | { kind: 'perfect' }
  | { kind: 'modal'; modal: string }
  | { kind: 'modal-perfect'; modal: string };

/** What the auxiliary chain says about time, when a plain active verb can express it. */
function readTense(terms: Term[], match: PassiveMatch): { tense?: Tense; adverbs: string[]; negated: boolean } {
  const words: string[] = [];
  const adverbs: string[] = [];
  let negated = false;
  for (let k = match.first; k < match.headStart; k++) {
    if (isTwoWordFiller(terms, k)) {
      adverbs.push(`${terms[k].text} ${terms[k + 1].text}`);
      k++;
      continue;
    }
    const w = norm(terms[k]);
    if (w === 'not' || w === 'never' || w.endsWith("n't") || w === 'cannot') negated = true;
    if (isFiller(terms[k]) && !['not', 'never', 'all', 'both', 'each', 'either'].includes(w)) adverbs.push(terms[k].text);
    else if (!isFiller(terms[k])) words.push(w);
  }
  // A contraction in front ("it's said") makes the chain unreadable here; leave the tense unknown.
  if (match.first > match.aux) return { adverbs, negated };
  const key = words.join(' ');
  let tense: Tense | undefined;
  if (/^(was|were|wasn't|weren't|got)$/.test(key)) tense = { kind: 'past' };
  else if (/^(had been)$/.test(key)) tense = { kind: 'past' };
  else if (/^(is|are|am|isn't|aren't|get|gets)$/.test(key)) tense = { kind: 'present' };
  else if (/^(has|have) been$/.test(key)) tense = { kind: 'perfect' };
  else if (words.length === 2 && MODALS.has(words[0]) && (words[1] === 'be' || words[1] === 'get'))
    tense = { kind: 'modal', modal: terms[match.first].text.toLowerCase() };
  else if (words.length === 3 && MODALS.has(words[0]) && words[1] === 'have' && words[2] === 'been')
    tense = { kind: 'modal-perfect', modal: terms[match.first].text.toLowerCase() };
  return { tense, adverbs, negated };
}

function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (base === 'be') return 'is';
  if (/(s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** The active verb for a new subject; undefined when the form cannot be built safely. */
function activeVerb(
  tense: Tense,
  forms: { base?: string; past?: string },
  participle: string,
  adverbs: string[],
  plural: boolean,
): string | undefined {
  const adv = adverbs.length ? adverbs.join(' ').toLowerCase() + ' ' : '';
  switch (tense.kind) {
    case 'past':
      return forms.past ? adv + forms.past : undefined;
    case 'present':
      return forms.base ? adv + (plural ? forms.base : thirdPerson(forms.base)) : undefined;
    case 'perfect':
      return `${plural ? 'have' : 'has'} ${adv}${participle}`;
    case 'modal':
      return forms.base ? `${tense.modal} ${adv}${forms.base}` : undefined;
    case 'modal-perfect':
      return `${tense.modal} have ${adv}${participle}`;
  }
}

/** Words of a phrase as written, lower-casing an ordinary first word (not "I" or a name). */
function phraseText(text: string, terms: Term[], from: number, to: number): string {
  const phrase = joinTerms(text, terms, from, to);
  const t = terms[from];
  if (has(t, 'ProperNoun') || has(t, 'Acronym') || t.text === 'I' || /^[A-Z]{2,}/.test(t.text)) return phrase;
  return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** Can the word before a subject noun phrase start a clause (so the phrase really is the subject)? */
function opensClause(terms: Term[], k: number): boolean {
  if (k < 0 || PHRASE_BREAK.test(terms[k].post)) return true;
  const w = norm(terms[k]);
  // "paperwork and risk processes are…": without a comma, "and" more likely joins two nouns.
  if (w === 'and' || w === 'or' || w === 'but') return k > 0 && PHRASE_BREAK.test(terms[k - 1].post);
  if (CLAUSE_WORDS.has(w)) return true;
  // "I think the notes were…": a thinking or saying verb before a new clause.
  return CLAUSE_VERBS.has(terms[k].root) || CLAUSE_VERBS.has(w);
}

/** Is "that"/"this" here a demonstrative (part of the phrase) rather than a conjunction ("noted that hope…")? */
function isDemonstrative(terms: Term[], k: number): boolean {
  const w = norm(terms[k]);
  if (w !== 'that' && w !== 'this' && w !== 'these' && w !== 'those') return has(terms[k], 'Determiner');
  if (w !== 'that') return true;
  const prev = terms[k - 1];
  if (!prev || PHRASE_BREAK.test(prev.post)) return true;
  const p = norm(prev);
  if (has(prev, 'Preposition')) return true; // "to that person"
  return (CLAUSE_WORDS.has(p) || has(prev, 'Conjunction')) && p !== 'so' && p !== 'such';
}

/** A noun-phrase word: nouns, adjectives, numbers, possessive nouns, "-ing" words used as modifiers. */
function isNominal(terms: Term[], k: number): boolean {
  const t = terms[k];
  if (has(t, 'Gerund')) return has(terms[k + 1], 'Noun');
  if (has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Value')) return true;
  // "a short written update": a participle between a modifier and a noun.
  const prev = terms[k - 1];
  const modified = prev && (has(prev, 'Determiner') || has(prev, 'Adjective')) && !PHRASE_BREAK.test(prev.post);
  return !!modified && has(terms[k + 1], 'Noun') && !!participleForms(t);
}

/** The subject noun phrase right before the chain, as [from, to] term indexes; undefined when unsure. */
function subjectBefore(terms: Term[], first: number): [number, number] | undefined {
  const to = first - 1;
  if (to < 0 || PHRASE_BREAK.test(terms[to].post) || contraction(terms[to])) return undefined;
  let hasHead = false;
  let k = to;
  for (; k >= 0; k--) {
    const t = terms[k];
    const w = norm(t);
    if (k < to && PHRASE_BREAK.test(t.post) && t.post.trim() !== '-') break;
    const ofBefore = norm(terms[k - 1]) === 'of' && k > 1;
    if (/self$|selves$/.test(w) && k === to) continue; // "the relationship itself"
    if (has(t, 'Pronoun') && !has(t, 'Possessive')) {
      if (RELATIVE_WORDS.has(w)) return undefined;
      hasHead = true;
      if (ofBefore) {
        k--;
        continue;
      }
      return opensClause(terms, k - 1) ? [k, to] : undefined;
    }
    if (w === 'that' && !isDemonstrative(terms, k)) break;
    if (has(t, 'Determiner') || (has(t, 'Possessive') && has(t, 'Pronoun'))) {
      if (!hasHead) return undefined;
      if (ofBefore) {
        k--;
        continue;
      }
      return opensClause(terms, k - 1) ? [k, to] : undefined;
    }
    if (RELATIVE_WORDS.has(w)) return undefined;
    if (has(t, 'Adverb') && k < to && has(terms[k + 1], 'Adjective') && !PHRASE_BREAK.test(t.post)) continue; // "very little"
    if (isNominal(terms, k)) {
      if (has(t, 'Noun') || has(t, 'Value')) hasHead = true;
      if (ofBefore && k > 1) {
        k--;
        continue;
      }
      continue;
    }
    break;
  }
  if (!hasHead || k + 1 > to || to - k > 8) return undefined;
  // Without a determiner the phrase must start the clause: "Statistical information was…", "Trainees were…".
  return opensClause(terms, k) ? [k + 1, to] : undefined;
}

/** The "by" agent after the participle: [byIndex, from, to]; undefined when there is none. */
function agentAfter(terms: Term[], participle: number): [number, number, number] | undefined {
  // The agent may come after a short phrase: "was delivered over a full day by the lead".
  for (let k = participle + 1; k < terms.length && k <= participle + 7; k++) {
    if (PHRASE_BREAK.test(terms[k - 1].post)) return undefined;
    const w = norm(terms[k]);
    const finite = has(terms[k], 'Verb') && !has(terms[k], 'Gerund') && !has(terms[k], 'Adjective') && !has(terms[k], 'Particle');
    if (CLAUSE_WORDS.has(w) || (finite && k > participle + 1)) return undefined;
    if (w !== 'by') continue;
    let end = k;
    for (let m = k + 1; m < terms.length; m++) {
      const t = terms[m];
      const word = norm(t);
      const misTagged = m > k + 1 && has(t, 'PresentTense') && ['Determiner', 'Value', 'Adjective'].some((tag) => has(terms[m - 1], tag));
      const nominal = isNominal(terms, m) || has(t, 'Determiner') || has(t, 'Possessive') || misTagged;
      if (!(nominal || (word === 'of' && m > k + 1)) || CLAUSE_WORDS.has(word)) break;
      const afterModifier = m > k + 1 && ['Determiner', 'Value', 'Adjective', 'Possessive'].some((tag) => has(terms[m - 1], tag));
      if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Gerund') && !(afterModifier && has(t, 'PresentTense'))) break;
      end = m;
      if (PHRASE_BREAK.test(t.post)) break;
    }
    if (norm(terms[end]) === 'of') end--;
    return end > k ? [k, k + 1, end] : undefined;
  }
  return undefined;
}

/** The sentence text under terms [from, to], spaces tidied. */
function joinTerms(text: string, terms: Term[], from: number, to: number): string {
  return text.slice(terms[from].start, terms[to].end).replace(/\s+/g, ' ').trim();
}

/** Words that must not end a shortened clause ("…an exercise in", "…rather"). */
function danglingEnd(term: Term): boolean {
  return (
    has(term, 'Preposition') || has(term, 'Determiner') || has(term, 'Conjunction') ||
    ['rather', 'only', 'just', 'even'].includes(norm(term)) ||
    norm(term) === 'to' || term.post.trim() === '-'
  );
}

/** Up to a few words that finish the clause from `from` ("effective", "as the site of learning"). */
function clauseRest(text: string, terms: Term[], from: number): string {
  if (from <= 0 || from >= terms.length || PHRASE_BREAK.test(terms[from - 1].post)) return '';
  let to = from - 1;
  let truncated = false;
  for (let k = from; k < terms.length; k++) {
    if (CLAUSE_WORDS.has(norm(terms[k])) || (has(terms[k], 'Gerund') && !has(terms[k + 1], 'Noun'))) break;
    if (k - from >= 6) {
      truncated = true;
      break;
    }
    to = k;
    if (PHRASE_BREAK.test(terms[k].post) && terms[k].post.trim() !== '-') break;
  }
  // "as a relational, rather than…": a determiner with no noun yet is cut off too.
  for (let k = to; k >= from && !truncated; k--) {
    if (has(terms[k], 'Noun') || has(terms[k], 'Pronoun') || has(terms[k], 'Value')) break;
    if (has(terms[k], 'Determiner')) {
      to = k - 1;
      break;
    }
  }
  while (to >= from && danglingEnd(terms[to])) to--;
  if (to < from) return '';
  return joinTerms(text, terms, from, to).replace(/[,;:.!?]+$/, '') + (truncated ? '…' : '');
}

const PARTICLES = new Set(['out', 'off', 'up', 'down', 'away', 'back', 'aside', 'apart']);
const PREPOSITIONS = new Set([
  'to', 'on', 'in', 'at', 'about', 'with', 'for', 'of', 'from', 'into', 'onto', 'upon', 'through', 'over', 'after',
]);

/** A particle ("was pointed out") or stranded preposition ("was referred to only once") goes with the verb. */
function strandedPreposition(terms: Term[], participle: number): number {
  const next = terms[participle + 1];
  if (!next || PHRASE_BREAK.test(terms[participle].post)) return participle;
  const w = norm(next);
  if (PARTICLES.has(w)) return participle + 1;
  if (!PREPOSITIONS.has(w)) return participle;
  const after = terms[participle + 2];
  const stranded =
    !after ||
    PHRASE_BREAK.test(next.post) ||
    PREPOSITIONS.has(norm(after)) ||
    (has(after, 'Adverb') && !has(after, 'Noun') && !RELATIVE_WORDS.has(norm(after)));
  return stranded ? participle + 1 : participle;
}

function isPluralPhrase(terms: Term[], from: number, to: number): boolean {
  const head = norm(terms[to]);
  if (['i', 'we', 'you', 'they'].includes(head)) return true;
  if (['he', 'she', 'it'].includes(head)) return false;
  for (let k = from; k <= to; k++) if (norm(terms[k]) === 'and') return true;
  return has(terms[to], 'Plural');
}

const AGENTLESS_MESSAGE = 'This hides who did it. Reflective writing is clearer when you say who acted.';
const GENERIC_WHO = 'Who did it? Try starting with “I” or “we”, or name the person who acted.';

function describe(terms: Term[], text: string, match: PassiveMatch): Pick<LocalFinding, 'message' | 'suggestion'> {
  const headWord = wordAt(terms, match.headStart, match.head);
  const forms = participleForms(terms[match.head], headWord) ?? {};
  const firstWord = norm(terms[match.first]);
  const spanText = text.slice(terms[match.first].start, terms[match.participle].end);
  const coordinated = match.participle !== match.head;

  if (firstWord === 'to') {
    return {
      message: `“${spanText}” doesn’t say who will do it. Reflective writing is clearer when you say who acts.`,
      suggestion: 'Who will do it? If it’s you, try “I will…” or “we will…”.',
    };
  }
  if (firstWord === 'being' || firstWord === 'having') {
    return {
      message: `“${spanText}” doesn’t say who is doing it. That can be fine; if the person matters, name them.`,
      suggestion: 'If it matters who did it, try naming them: “people watching me” rather than “being watched”.',
    };
  }

  const { tense, adverbs, negated } = readTense(terms, match);
  const agent = agentAfter(terms, match.participle);
  const subject = subjectBefore(terms, match.first);
  const subjectWord = subject ? norm(terms[subject[1]]) : '';
  // "was pointed out" / "was referred to only once": the particle or stranded preposition goes with the verb.
  const verbEnd = strandedPreposition(terms, match.participle);
  const particle = verbEnd > match.participle ? ' ' + norm(terms[verbEnd]) : '';
  const restAfter = verbEnd + 1;

  if (agent) {
    const [byIndex, agentFrom, agentTo] = agent;
    let agentText = phraseText(text, terms, agentFrom, agentTo);
    const agentWord = norm(terms[agentFrom]);
    if (agentFrom === agentTo && OBJECT_TO_SUBJECT[agentWord]) agentText = OBJECT_TO_SUBJECT[agentWord];
    const message = `The people who acted (“${agentText}”) come after the action here. Putting them first makes the sentence shorter and clearer.`;
    const verb =
      tense && !negated && !coordinated
        ? activeVerb(tense, forms, headWord, adverbs, isPluralPhrase(terms, agentFrom, agentTo))
        : undefined;
    const verbPhrase = verb && verb + particle;
    if (verbPhrase && subject && subjectWord !== 'it') {
      let object = phraseText(text, terms, subject[0], subject[1]);
      if (subject[0] === subject[1] && SUBJECT_TO_OBJECT[subjectWord]) object = SUBJECT_TO_OBJECT[subjectWord];
      // Words between the participle and "by" stay after the object: "deemed challenging by colleagues".
      const middle = byIndex > restAfter ? joinTerms(text, terms, restAfter, byIndex - 1) : '';
      return { message, suggestion: `Try: ${[agentText, verbPhrase, object, middle].filter(Boolean).join(' ')}` };
    }
    if (verbPhrase && subjectWord === 'it' && norm(terms[agentTo + 1]) === 'that') {
      return { message, suggestion: `Try: ${agentText} ${verbPhrase} that…` };
    }
    return { message, suggestion: `Try starting with who did it: “${agentText} …”.` };
  }

  const activeForm = tense && !negated && !coordinated ? activeVerb(tense, forms, headWord, adverbs, true) : undefined;
  const verb = activeForm && activeForm + particle;
  if (!verb || !subject) return { message: AGENTLESS_MESSAGE, suggestion: GENERIC_WHO };
  if (subjectWord === 'it') {
    // "It was noted that…": the writer usually did the noticing.
    const thatFollows = [restAfter, restAfter + 1, restAfter + 2, restAfter + 3].some((k) => norm(terms[k]) === 'that');
    if (thatFollows) {
      return {
        message: `“${text.slice(terms[subject[0]].start, terms[match.participle].end)} that” hides who thought it. In a reflection that is usually you, so say so.`,
        suggestion: `Try: “I ${verb} that…” or “we ${verb} that…”.`,
      };
    }
  }
  const subjectPhrase = phraseText(text, terms, subject[0], subject[1]);
  const personal = [...subjectPhrase.toLowerCase().split(/\s+/)].some((w) => FIRST_SECOND_PERSON.has(w));
  const rest = clauseRest(text, terms, restAfter);
  if (personal) {
    const object = subject[0] === subject[1] && SUBJECT_TO_OBJECT[subjectWord] ? SUBJECT_TO_OBJECT[subjectWord] : subjectPhrase;
    const pastOrPresent = tense?.kind === 'past' ? verb : undefined;
    return {
      message: AGENTLESS_MESSAGE,
      suggestion: pastOrPresent
        ? `Who did it? Try naming them first, e.g. “the trainer ${[pastOrPresent, object, rest].filter(Boolean).join(' ')}”.`
        : GENERIC_WHO,
    };
  }
  const object = subject[0] === subject[1] && SUBJECT_TO_OBJECT[subjectWord] ? SUBJECT_TO_OBJECT[subjectWord] : subjectPhrase;
  return {
    message: AGENTLESS_MESSAGE,
    suggestion: `Who did it? Try starting with “I” or “we”: “${['we', verb, object, rest].filter(Boolean).join(' ')}”`,
  };
}

export const passiveRule: SentenceRule = {
  id: 'passive',
  scope: 'sentence',
  check(sentence) {
    const { text, terms } = sentence;
    return findPassives(terms).map((match) => {
      const start = terms[match.first].start;
      const end = terms[match.participle].end;
      return { start, end, original: text.slice(start, end), ...describe(terms, text, match) };
    });
  },
};
