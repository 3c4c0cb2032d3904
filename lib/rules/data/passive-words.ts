/**
 * Word lists for the passive-voice rule (lib/rules/passive.ts). Data only; the logic lives in the rule.
 *
 * Sources: the irregular verb table is the standard English irregular verb list as printed in any learner's
 * grammar (compiled by hand for this project, both British and American participle spellings); the
 * "not passive" lists follow the project's labelling guide (emotion and mental-state adjectives, state readings,
 * active look-alikes) extended with common words of the same kinds. Written for Reflect Lens, MIT licence.
 */

/** Finite and non-finite forms of BE that can carry a passive (contractions onto a subject are handled apart). */
export const BE_FORMS = new Set([
  'be', 'been', 'being', 'am', 'is', 'are', 'was', 'were',
  "isn't", "aren't", "wasn't", "weren't", "ain't",
]);

/** Finite forms of BE: what may stand in front of "being" in a progressive passive ("was being discussed"). */
export const FINITE_BE = new Set(['am', 'is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't", "ain't"]);

/** Forms of GET that make a GET passive ("got asked", "get treated", "was getting told"). */
export const GET_FORMS = new Set(['get', 'gets', 'got', 'getting', 'gotten']);

/** Forms of HAVE that make the perfect in front of "been" ("had been undertaken"). */
export const HAVE_FORMS = new Set(['have', 'has', 'had', 'having', "haven't", "hasn't", "hadn't"]);

/** Central modals. They stay inside a span ("can be seen"); semi-modals ("has to", "need to") do not. */
export const MODALS = new Set([
  'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'cannot',
  "can't", "couldn't", "won't", "wouldn't", "shan't", "shouldn't", "mightn't", "mustn't",
]);

/** DO support in front of GET or an imperative BE ("didn't get picked", "don't be fooled"). */
export const DO_FORMS = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);

/** Small words that may sit between auxiliaries or before the participle without breaking the chain. */
/** Two-word adverbials that may sit inside a chain like one adverb: "were at first seen", "is in fact required". */
export const TWO_WORD_FILLERS = new Set(['at first', 'at last', 'at once', 'at times', 'at least', 'in fact', 'of course', 'in turn', 'in part']);

export const CHAIN_FILLERS = new Set([
  // "last"/"first" as adverbs: "was last reviewed in 2022", "was first noticed"; "might be better talked about".
  'last', 'first', 'best', 'better',
  'not', 'never', 'all', 'both', 'each', 'either', 'also', 'then', 'just', 'now', 'therefore', 'thus', 'hence',
  'however', 'consequently', 'accordingly', 'subsequently', 'still', 'already', 'further', 'only', 'even',
  'indeed', 'perhaps', 'probably', 'certainly', 'generally', 'usually', 'often', 'always', 'sometimes', 'rarely',
  'seldom', 'later', 'first', 'finally', 'again', 'soon', 'once', 'since', 'ever', 'yet', 'actually', 'really',
  'henceforth', 'hereafter', 'thereafter', 'thereby', 'duly', 'additionally', 'further', 'newly', 'recently',
  'nonetheless', 'nevertheless', 'instead', 'likewise', 'similarly', 'initially', 'originally', 'previously',
]);

/** Emotion words with a literal sense before a direction: "was moved to another ward" is a passive. */
export const LITERAL_BEFORE_DIRECTION = new Set(['moved', 'struck', 'shaken', 'touched', 'hurt']);

/** Feeling or state words that read literally with a thing as subject: "no badges were worn", "the alarm was triggered". */
export const LITERAL_WITH_THING = new Set([
  'moved', 'struck', 'shaken', 'touched', 'hurt', 'worn', 'burnt', 'burned', 'drained', 'fed', 'triggered', 'attached', 'blown',
  // Done to a thing, they are someone's doing: "breaks are discouraged", "questions were encouraged".
  'discouraged', 'encouraged',
]);

/** Nouns for people, which keep the feeling reading of "moved"/"struck"/"touched" ("the group was moved"). */
export const PEOPLE_NOUNS = new Set([
  'group', 'audience', 'room', 'class', 'everyone', 'everybody', 'people', 'person', 'trainees', 'trainee', 'peers',
  'peer', 'staff', 'team', 'members', 'member', 'participants', 'participant', 'volunteers', 'volunteer', 'family',
  'mum', 'dad', 'mother', 'father', 'son', 'daughter', 'partner', 'friend', 'friends', 'colleague', 'colleagues',
  'facilitator', 'trainer', 'tutor', 'nurse', 'doctor', 'worker', 'workers', 'man', 'woman', 'men', 'women', 'others',
  'students', 'student', 'carer', 'carers', 'client', 'clients', 'patient', 'patients', 'resident', 'residents',
]);

/**
 * Mental-state words that are verbs again before a particular preposition, whoever the subject: "is often mistaken
 * for weakness", "I was mistaken for a patient" (mistake X for Y) are passives; "I was mistaken" is not.
 */
export const PASSIVE_BEFORE_PREPOSITION: ReadonlyMap<string, ReadonlySet<string>> = new Map([['mistaken', new Set(['for'])]]);

/**
 * The same for things only: "is easily confused with" (confuse X with Y) is a passive, but "I was confused with the
 * forms" is still a feeling.
 */
export const THING_PASSIVE_BEFORE_PREPOSITION: ReadonlyMap<string, ReadonlySet<string>> = new Map([['confused', new Set(['with'])]]);

/** Feeling words that read literally before a count: "the appointment had been moved twice" (not "moved again by"). */
export const LITERAL_BEFORE_REPEAT = new Set(['moved']);
export const REPEAT_WORDS = new Set(['twice', 'again']);

/**
 * State words that are someone's doing before a particular word: "our time was limited" but "my role should be
 * limited to the last ten minutes"; "the room was packed" but "the puzzle gets packed away".
 */
export const STATE_UNLESS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['limited', new Set(['to'])],
  ['packed', new Set(['away', 'up'])],
]);

/**
 * Participles that make a fixed adjective after "well" ("well placed to help", "may be well intentioned",
 * "well-versed in"): a state, not something done. "was well received" and "was well attended" stay passives.
 */
export const WELL_ADJECTIVES = new Set([
  'placed', 'intentioned', 'intended', 'meant', 'suited', 'versed', 'rounded', 'grounded', 'founded', 'adjusted',
  'mannered', 'behaved', 'spoken', 'read', 'equipped', 'informed', 'established', 'qualified', 'off', 'heeled',
]);

/** Participles that are a fixed state after the degree words below as well: "uniquely placed", "best suited". */
export const PLACED_STATES = new Set(['placed', 'suited', 'equipped', 'qualified', 'positioned']);
export const FIXED_STATE_LEADS = new Set(['uniquely', 'ideally', 'best', 'better', 'perfectly', 'ill', 'poorly', 'well']);

export const DIRECTION_WORDS = new Set([
  'to', 'into', 'from', 'onto', 'out', 'away', 'around', 'round', 'back', 'between', 'up', 'down', 'off', 'across',
  'there', 'here', 'elsewhere', 'upstairs', 'downstairs', 'forward', 'forwards', 'along', 'aside',
]);

/** Verb prefixes that keep an irregular participle a participle ("reread", "misunderstood", "overtaken"). */
export const VERB_PREFIXES = ['re', 'mis', 'over', 'under', 'out', 'fore', 'with', 'up'];

/**
 * Degree words that show the next word is an adjective, not a verb ("was very involved", "got quite heated",
 * "much more used to"). Verbs in a passive are not graded like this. Focusing adverbs ("particularly",
 * "especially") are left out: they sit happily before a verb ("was particularly noted", "was especially designed").
 */
export const DEGREE_WORDS = new Set([
  'very', 'too', 'so', 'quite', 'extremely', 'incredibly', 'slightly', 'somewhat', 'rather', 'fairly',
  'pretty', 'bit', 'little', 'more', 'most', 'less', 'least', 'much', 'increasingly', 'totally', 'utterly',
  'completely', 'absolutely', 'deeply', 'genuinely', 'terribly', 'awfully',
]);

/**
 * Emotion and mental-state adjectives: BE/GET + these is a feeling, not a passive, even with "by"
 * ("I was surprised by…", "I was really moved by her talk").
 */
export const STATE_OF_MIND = new Set([
  'surprised', 'shocked', 'worried', 'overwhelmed', 'interested', 'excited', 'moved', 'impressed', 'fascinated',
  'struck', 'relieved', 'embarrassed', 'annoyed', 'confused', 'convinced', 'scared', 'tired', 'exhausted',
  'frustrated', 'pleased', 'delighted', 'disappointed', 'upset', 'amazed', 'astonished', 'bored', 'terrified',
  'frightened', 'horrified', 'thrilled', 'satisfied', 'dissatisfied', 'stressed', 'depressed', 'ashamed',
  'touched', 'hurt', 'distracted', 'puzzled', 'perplexed', 'baffled', 'bewildered', 'startled', 'stunned',
  'saddened', 'troubled', 'alarmed', 'concerned', 'intrigued', 'inspired', 'reassured', 'humbled', 'heartened',
  'disheartened', 'discouraged', 'daunted', 'intimidated', 'irritated', 'offended', 'agitated', 'unnerved',
  'unsettled', 'drained', 'obsessed', 'preoccupied', 'engrossed', 'amused', 'bemused', 'tempted', 'devastated',
  'gutted', 'heartbroken', 'exhilarated', 'energised', 'energized', 'isolated', 'traumatised', 'traumatized',
  'triggered', 'attached', 'relaxed', 'dismayed', 'appalled', 'disgusted', 'outraged', 'enraged', 'petrified',
  'panicked', 'flustered', 'muddled', 'distressed', 'rattled', 'shaken', 'burnt', 'burned', 'fed', 'worn', 'freaked', 'spooked', 'chuffed',
  'stuck', 'puzzled', 'disillusioned', 'demoralised', 'demoralized', 'exasperated', 'infuriated',
  'mortified', 'humiliated', 'invigorated', 'refreshed', 'contented', 'uninterested', 'disinterested',
  'unimpressed', 'unconvinced', 'unsurprised', 'heated', 'mistaken', 'biased', 'bothered', 'demotivated',
  'unmotivated', 'uninspired', 'disorientated', 'disoriented', 'spellbound', 'awestruck', 'starstruck',
  'knackered', 'gobsmacked', 'flabbergasted', 'overjoyed', 'elated', 'hooked', 'crushed', 'floored', 'blown',
]);

/**
 * State readings that look like participles but describe how things are, not something done to them
 * ("to be involved", "is located", "concerned with", "is based on", "were married").
 */
export const STATE_WORDS = new Set([
  'involved', 'located', 'situated', 'based', 'related', 'concerned', 'married', 'divorced', 'engaged', 'dressed',
  'retired', 'qualified', 'skilled', 'talented', 'acquainted', 'accustomed', 'entitled', 'born', 'supposed',
  'aged', 'deceased', 'unemployed', 'employed', 'self-employed', 'gone', 'advanced', 'limited', 'detailed',
  'varied', 'mixed', 'balanced', 'sophisticated', 'complicated', 'crowded', 'overcrowded', 'packed', 'cramped',
  'understaffed', 'overstretched', 'underfunded', 'overworked', 'underpaid',
  // "being drunk", "he was drunk": intoxicated (the tea "was drunk" is rare in reflective writing).
  'drunk',
]);

/**
 * Adjectives that are passive-looking only when nothing shows a doer: they take "to + verb" or a preposition
 * as adjectives ("I was prepared to wait", "I'm committed to", "better equipped for").
 */
export const ADJECTIVE_BEFORE_COMPLEMENT = new Set([
  'prepared', 'determined', 'committed', 'dedicated', 'equipped', 'inclined', 'obliged', 'disposed', 'resigned',
  'opposed', 'devoted', 'pleased', 'ready', 'bound', 'destined', 'focused', 'focussed', 'motivated',
]);

/**
 * Extra words that are not GET passives: "got married", "get started", "got carried away", "get rid of". Not "done":
 * "it gets done to you", "signposting gets done with the person" are passives, and the "finished" sense ("we got
 * done early") is rare in reflective writing.
 */
export const GET_NOT_PASSIVE = new Set([
  'married', 'divorced', 'dressed', 'changed', 'started', 'going', 'lost', 'stuck', 'used', 'involved', 'engaged',
  'carried', 'acquainted', 'settled', 'drunk', 'rid', 'finished', 'sorted', 'organised', 'organized',
  'prepared', 'ready', 'washed', 'tangled', 'bogged', 'wound',
]);

/** Participles of verbs that take no object, so BE + them is never passive ("she was gone", "it was come"). */
export const INTRANSITIVE_PARTICIPLES = new Set([
  'gone', 'come', 'become', 'arrived', 'fallen', 'risen', 'arisen', 'happened', 'occurred', 'died', 'vanished',
  'disappeared', 'existed', 'emerged', 'departed', 'sat', 'stood', 'lain', 'slept', 'waited', 'lived',
]);

/** Words ending in -ed that are not participles (or only adjectives) in ordinary prose. */
export const ED_NON_PARTICIPLES = new Set([
  'naked', 'wicked', 'sacred', 'crooked', 'rugged', 'beloved', 'ragged', 'wretched', 'kindred', 'hatred',
  'hundred', 'bed', 'red', 'shed', 'wed', 'sled', 'bred', 'need', 'indeed', 'seed', 'speed', 'feed', 'weed',
  'deed', 'steed', 'greed', 'creed', 'breed', 'bleed', 'proceed', 'succeed', 'exceed', 'heed', 'reed', 'ted',
  'ned', 'fred', 'jed', 'med', 'ped', 'dogged', 'jagged', 'blessed', 'cursed', 'infrared',
  'bearded', 'moneyed', 'talented', 'oversized', 'undersized', 'outdated', 'unprecedented', 'belated',
  'assorted', 'ashamed', 'antiquated', 'sophisticated', 'accustomed', 'skilled', 'unmarked', 'unaided', 'unsolicited', 'unwanted', 'unexpected',
  // -en words that are adjectives or adverbs, never participles ("the options that had been open", "often"); the
  // participle of "open" is "opened".
  'open', 'often', 'even', 'golden', 'wooden', 'sudden', 'woollen', 'woolen', 'linen', 'heaven', 'barren', 'rotten',
]);

/** "un-" words that are real verbs (so their participle can be passive); other un-X-ed words are adjectives. */
export const UN_VERBS = new Set([
  'undone', 'unlocked', 'unpacked', 'unveiled', 'unplugged', 'untied', 'unloaded', 'unleashed', 'uncovered',
  'unearthed', 'unravelled', 'unraveled', 'unsubscribed', 'unblocked', 'unfollowed', 'unfriended', 'unmuted',
  'unbuttoned', 'unwrapped', 'unzipped', 'unfolded', 'undermined', 'understood', 'undertaken', 'underestimated',
  'underpinned', 'underlined', 'undervalued', 'underused', 'underfunded', 'underpaid', 'understaffed',
  'undercut', 'undergone', 'underscored', 'underwritten', 'unsettled',
]);

/**
 * Hyphenated adjectives built on a participle-looking last part ("time-limited", "peer-led", "open-minded").
 * Other hyphenated participles stay verbs ("was video-recorded").
 */
export const HYPHEN_ADJECTIVE_ENDINGS = new Set([
  'minded', 'hearted', 'natured', 'sized', 'shaped', 'aged', 'based', 'limited', 'related', 'led', 'focused',
  'focussed', 'centred', 'centered', 'informed', 'tempered', 'headed', 'faced', 'eyed', 'haired', 'legged',
  'sighted', 'fashioned', 'coloured', 'colored', 'spirited', 'paced', 'styled', 'owned', 'run', 'known',
  'made', 'bound', 'filled', 'packed', 'driven', 'funded', 'powered', 'sided', 'loaded', 'fuelled', 'fueled',
]);

/** Prefixes that keep a hyphenated word a verb even when its last part is listed above ("was co-run", "re-led"). */
export const HYPHEN_VERB_PREFIXES = new Set(['co', 're', 'pre', 'mis', 'over', 'under', 'de']);

/**
 * Irregular verbs as [base, past, participle]. Participles and past forms separated by "/" are variants.
 * Regular verbs (-ed) are recognised by their ending instead.
 */
export const IRREGULAR_VERBS: readonly [string, string, string][] = [
  ['arise', 'arose', 'arisen'], ['awake', 'awoke', 'awoken'], ['be', 'was', 'been'], ['bear', 'bore', 'borne'],
  ['beat', 'beat', 'beaten'], ['become', 'became', 'become'], ['begin', 'began', 'begun'], ['bend', 'bent', 'bent'],
  ['bet', 'bet', 'bet'], ['bid', 'bid', 'bid'], ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'],
  ['bleed', 'bled', 'bled'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'], ['breed', 'bred', 'bred'],
  ['bring', 'brought', 'brought'], ['broadcast', 'broadcast', 'broadcast'], ['build', 'built', 'built'],
  ['burn', 'burnt', 'burnt'], ['burst', 'burst', 'burst'], ['buy', 'bought', 'bought'], ['cast', 'cast', 'cast'],
  ['catch', 'caught', 'caught'], ['choose', 'chose', 'chosen'], ['cling', 'clung', 'clung'],
  ['come', 'came', 'come'], ['cost', 'cost', 'cost'], ['creep', 'crept', 'crept'], ['cut', 'cut', 'cut'],
  ['deal', 'dealt', 'dealt'], ['dig', 'dug', 'dug'], ['do', 'did', 'done'], ['draw', 'drew', 'drawn'],
  ['dream', 'dreamt', 'dreamt'], ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'], ['eat', 'ate', 'eaten'],
  ['fall', 'fell', 'fallen'], ['feed', 'fed', 'fed'], ['feel', 'felt', 'felt'], ['fight', 'fought', 'fought'],
  ['find', 'found', 'found'], ['flee', 'fled', 'fled'], ['fling', 'flung', 'flung'], ['fly', 'flew', 'flown'],
  ['forbid', 'forbade', 'forbidden'], ['forecast', 'forecast', 'forecast'], ['foresee', 'foresaw', 'foreseen'],
  ['forget', 'forgot', 'forgotten'], ['forgive', 'forgave', 'forgiven'], ['freeze', 'froze', 'frozen'],
  ['get', 'got', 'got/gotten'], ['give', 'gave', 'given'], ['go', 'went', 'gone'], ['grind', 'ground', 'ground'],
  ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'], ['have', 'had', 'had'], ['hear', 'heard', 'heard'],
  ['hide', 'hid', 'hidden'], ['hit', 'hit', 'hit'], ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'],
  ['keep', 'kept', 'kept'], ['kneel', 'knelt', 'knelt'], ['know', 'knew', 'known'], ['lay', 'laid', 'laid'],
  ['lead', 'led', 'led'], ['lean', 'leant', 'leant'], ['learn', 'learnt', 'learnt'], ['leave', 'left', 'left'],
  ['lend', 'lent', 'lent'], ['let', 'let', 'let'], ['lie', 'lay', 'lain'], ['light', 'lit', 'lit'],
  ['lose', 'lost', 'lost'], ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'],
  ['mislead', 'misled', 'misled'], ['misread', 'misread', 'misread'], ['mistake', 'mistook', 'mistaken'],
  ['misunderstand', 'misunderstood', 'misunderstood'], ['overcome', 'overcame', 'overcome'],
  ['overhear', 'overheard', 'overheard'], ['overlook', 'overlooked', 'overlooked'], ['override', 'overrode', 'overridden'],
  ['oversee', 'oversaw', 'overseen'], ['overtake', 'overtook', 'overtaken'], ['overthrow', 'overthrew', 'overthrown'],
  ['overwhelm', 'overwhelmed', 'overwhelmed'], ['pay', 'paid', 'paid'], ['prove', 'proved', 'proven'],
  ['put', 'put', 'put'], ['quit', 'quit', 'quit'], ['read', 'read', 'read'], ['rebuild', 'rebuilt', 'rebuilt'],
  ['redo', 'redid', 'redone'], ['rethink', 'rethought', 'rethought'], ['retell', 'retold', 'retold'],
  ['rewrite', 'rewrote', 'rewritten'], ['rid', 'rid', 'rid'], ['ride', 'rode', 'ridden'], ['ring', 'rang', 'rung'],
  ['rise', 'rose', 'risen'], ['run', 'ran', 'run'], ['say', 'said', 'said'], ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'], ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'], ['set', 'set', 'set'],
  ['sew', 'sewed', 'sewn'], ['shake', 'shook', 'shaken'], ['shed', 'shed', 'shed'], ['shine', 'shone', 'shone'],
  ['shoot', 'shot', 'shot'], ['show', 'showed', 'shown'], ['shrink', 'shrank', 'shrunk'], ['shut', 'shut', 'shut'],
  ['sing', 'sang', 'sung'], ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'], ['sleep', 'slept', 'slept'],
  ['slide', 'slid', 'slid'], ['sling', 'slung', 'slung'], ['slit', 'slit', 'slit'], ['speak', 'spoke', 'spoken'],
  ['speed', 'sped', 'sped'], ['spend', 'spent', 'spent'], ['spill', 'spilt', 'spilt'], ['spin', 'spun', 'spun'],
  ['spit', 'spat', 'spat'], ['split', 'split', 'split'], ['spoil', 'spoilt', 'spoilt'], ['spread', 'spread', 'spread'],
  ['spring', 'sprang', 'sprung'], ['stand', 'stood', 'stood'], ['steal', 'stole', 'stolen'], ['stick', 'stuck', 'stuck'],
  ['sting', 'stung', 'stung'], ['stink', 'stank', 'stunk'], ['strike', 'struck', 'struck'], ['string', 'strung', 'strung'],
  ['strive', 'strove', 'striven'], ['swear', 'swore', 'sworn'], ['sweep', 'swept', 'swept'], ['swell', 'swelled', 'swollen'],
  ['swim', 'swam', 'swum'], ['swing', 'swung', 'swung'], ['take', 'took', 'taken'], ['teach', 'taught', 'taught'],
  ['tear', 'tore', 'torn'], ['tell', 'told', 'told'], ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'],
  ['thrust', 'thrust', 'thrust'], ['tread', 'trod', 'trodden'], ['undergo', 'underwent', 'undergone'],
  ['understand', 'understood', 'understood'], ['undertake', 'undertook', 'undertaken'], ['undo', 'undid', 'undone'],
  ['upset', 'upset', 'upset'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'], ['weave', 'wove', 'woven'],
  ['weep', 'wept', 'wept'], ['win', 'won', 'won'], ['wind', 'wound', 'wound'], ['withdraw', 'withdrew', 'withdrawn'],
  ['withhold', 'withheld', 'withheld'], ['withstand', 'withstood', 'withstood'], ['wring', 'wrung', 'wrung'],
  ['write', 'wrote', 'written'],
];

/** Irregular participle → { base, past }. The first verb listed wins when two share a participle. */
export const IRREGULAR_PARTICIPLES: ReadonlyMap<string, { base: string; past: string }> = (() => {
  const map = new Map<string, { base: string; past: string }>();
  for (const [base, past, participles] of IRREGULAR_VERBS) {
    for (const participle of participles.split('/')) {
      if (!map.has(participle)) map.set(participle, { base, past: past.split('/')[0] });
    }
  }
  return map;
})();

/** Irregular base form → past form, to turn a lemma into the active past tense. */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(IRREGULAR_VERBS.map(([base, past]) => [base, past]));

/** Object pronouns that become subjects when the doer moves to the front ("by them" → "they"). */
export const OBJECT_TO_SUBJECT: Readonly<Record<string, string>> = {
  me: 'I', us: 'we', him: 'he', them: 'they', you: 'you', it: 'it', her: 'she',
};

/** Subject pronouns that become objects when the thing acted on moves after the verb ("we" → "us"). */
export const SUBJECT_TO_OBJECT: Readonly<Record<string, string>> = {
  i: 'me', we: 'us', he: 'him', she: 'her', they: 'them', you: 'you', it: 'it', this: 'this', that: 'that',
};
