/**
 * Over-formal words and stock phrases, each with plainer alternatives, for the `formal` rule (lib/rules/formal.ts).
 *
 * Sources:
 * - retext-simplify `lib/patterns.js` (https://github.com/retextjs/retext-simplify), built from the US
 *   plainlanguage.gov word list. Licence: MIT, © Titus Wormer.
 * - wordy-words (https://github.com/words/wordy-words), also from plainlanguage.gov. Licence: CC0-1.0.
 * - Reflect Lens additions (MIT, as the project): UK spellings and usage (-ise forms, whilst, amongst,
 *   in summation, liaise, endeavour...), more bureaucratic connectives (henceforth, thereby, albeit...) and
 *   "the X of" nominalisations; plain-English staples that a held-out check showed missing (allocate, amend,
 *   preceding, owing to, provided that, in attendance, in the capacity of, on the basis of).
 *
 * Curation for reflective essays: the source lists were written for government letters and contain many
 * everyday words ("help", "try", "about", "additional", "however", "provide", "identify", "ensure", "monitor",
 * "frequently", "previous") that a tutor would never ask a trainee to change; flagging them would bury the
 * useful findings. They are left out, as are ordinary essay words (however, therefore, thus, hence, consequently,
 * in conclusion, nevertheless, whereas, evident, apparent, primarily, merely, rationale, considerable),
 * general wordiness ("the ways in which", "in terms of"), "facilitator"/"facilitation" and the adjective
 * "individual". What is left is vocabulary a plain-English editor would swap in any reflective essay.
 *
 * Conventions: terms are lower case, UK spelling, base form; `us` gives the US spelling of the term when it
 * differs (both are matched). Verbs are inflected in code (utilise, utilises, utilised, utilising); for multi-word
 * verbs only the first word is inflected ("take into consideration" → "took into consideration"). Nouns also
 * match their plural. `plain` alternatives are written in UK spelling in base form; the rule inflects and
 * respells them. `replace` is the base form of an exact, grammatical swap; it is absent where a swap needs
 * rewording.
 */

export type FormalKind =
  /** Inflected: base, -s, -ed (or irregular past/participle), -ing. */
  | 'verb'
  /** Singular and plural. */
  | 'noun'
  /** Matched as written: adjectives, adverbs, connectives, prepositions, fixed phrases. */
  | 'fixed'
  /** "the X of" phrases: an action turned into a noun. */
  | 'nominalisation';

export type VerbForm = 'base' | 's' | 'past' | 'pp' | 'ing';

export interface FormalTerm {
  term: string;
  kind: FormalKind;
  plain: string[];
  replace?: string;
  /** US spelling of `term` when it differs. */
  us?: string;
  /** Irregular past and participle of the term's first word. */
  irregular?: [past: string, participle: string];
  /** Verb forms where `replace` reads badly (e.g. "had been got" for "had been obtained"). */
  noReplaceIn?: VerbForm[];
  /** Flag only as a verb: the noun ("some leverage", "an exhibit") is an ordinary word. */
  verbOnly?: boolean;
  /** "wordy" phrases pad a sentence; "formal" ones (the default) sound stiff. Changes the message only. */
  tone?: 'formal' | 'wordy';
}

const v = (term: string, plain: string[], extra: Partial<FormalTerm> = {}): FormalTerm => ({
  term,
  kind: 'verb',
  plain,
  ...extra,
});
const n = (term: string, plain: string[], extra: Partial<FormalTerm> = {}): FormalTerm => ({
  term,
  kind: 'noun',
  plain,
  ...extra,
});
const f = (term: string, plain: string[], extra: Partial<FormalTerm> = {}): FormalTerm => ({
  term,
  kind: 'fixed',
  plain,
  ...extra,
});
const w = (term: string, plain: string[], extra: Partial<FormalTerm> = {}): FormalTerm => ({
  term,
  kind: 'fixed',
  tone: 'wordy',
  plain,
  ...extra,
});
const nom = (term: string, plain: string[], extra: Partial<FormalTerm> = {}): FormalTerm => ({
  term,
  kind: 'nominalisation',
  plain,
  ...extra,
});

export const FORMAL_TERMS: readonly FormalTerm[] = [
  // ── Latinate verbs ─────────────────────────────────────────────────────────────────────────────────────
  v('accede', ['agree'], { replace: 'agree' }),
  v('accentuate', ['stress', 'bring out'], { replace: 'stress' }),
  v('acquiesce', ['agree', 'give in'], { replace: 'agree' }),
  v('acquire', ['get', 'gain', 'pick up'], { replace: 'gain' }),
  v('allocate', ['give', 'share out', 'set aside'], { replace: 'give' }),
  v('amend', ['change'], { replace: 'change' }),
  v('ameliorate', ['improve', 'ease'], { replace: 'improve' }),
  v('anticipate', ['expect'], { replace: 'expect' }),
  v('apprise', ['tell', 'let know'], { us: 'apprize' }),
  v('ascertain', ['find out', 'learn', 'check'], { replace: 'find out' }),
  v('assist', ['help'], { replace: 'help' }),
  v('attain', ['reach', 'get', 'achieve'], { replace: 'reach' }),
  v('bestow', ['give'], { replace: 'give' }),
  v('cease', ['stop', 'end'], { replace: 'stop' }),
  v('commence', ['start', 'begin'], { replace: 'start' }),
  v('comprehend', ['understand'], { replace: 'understand' }),
  v('comprise', ['make up', 'include'], { us: 'comprize' }),
  v('conceptualise', ['think of', 'understand', 'picture'], { us: 'conceptualize' }),
  v('constitute', ['be', 'make up', 'form']),
  v('convene', ['meet', 'hold', 'bring together']),
  v('deem', ['judge', 'think', 'consider'], { replace: 'judge' }),
  v('delineate', ['set out', 'describe', 'outline'], { replace: 'set out' }),
  v('demonstrate', ['show'], { replace: 'show' }),
  v('deploy', ['use', 'put to use'], { replace: 'use' }),
  v('desist', ['stop'], { replace: 'stop' }),
  v('discontinue', ['stop', 'drop'], { replace: 'stop' }),
  v('disseminate', ['share', 'spread', 'send out'], { replace: 'share' }),
  v('elucidate', ['explain', 'make clear'], { replace: 'explain' }),
  v('emanate', ['come', 'come from']),
  v('endeavour', ['try'], { us: 'endeavor', replace: 'try' }),
  v('enhance', ['improve', 'boost', 'add to'], { replace: 'improve' }),
  v('enquire', ['ask'], { replace: 'ask' }),
  v('inquire', ['ask'], { replace: 'ask' }),
  v('ensue', ['follow'], { replace: 'follow' }),
  v('evince', ['show'], { replace: 'show' }),
  v('exacerbate', ['make worse', 'worsen'], { replace: 'worsen' }),
  v('exemplify', ['show', 'be an example of']),
  v('exhibit', ['show'], { replace: 'show', verbOnly: true }),
  v('expedite', ['speed up', 'hurry'], { replace: 'speed up' }),
  v('expend', ['spend', 'use'], { replace: 'spend' }),
  v('facilitate', ['help', 'run', 'lead', 'make easier']),
  v('finalise', ['finish', 'complete'], { us: 'finalize', replace: 'finish' }),
  v('implement', ['carry out', 'put in place', 'put into practice'], { replace: 'carry out', verbOnly: true }),
  v('incentivise', ['encourage', 'reward'], { us: 'incentivize', replace: 'encourage' }),
  v('initiate', ['start', 'begin'], { replace: 'start' }),
  v('leverage', ['use', 'make use of'], { replace: 'use', verbOnly: true }),
  v('liaise', ['work with', 'talk to', 'keep in touch']),
  v('modify', ['change', 'adapt'], { replace: 'change' }),
  v('necessitate', ['need', 'call for'], { replace: 'call for' }),
  v('notify', ['tell', 'let know'], { replace: 'tell' }),
  v('obligate', ['force', 'make', 'bind']),
  v('obtain', ['get', 'gain'], { replace: 'get', noReplaceIn: ['pp', 'past'] }),
  v('obviate', ['avoid', 'remove the need for', 'prevent'], { replace: 'avoid' }),
  v('operationalise', ['put into practice', 'carry out'], { us: 'operationalize', replace: 'put into practice' }),
  v('optimise', ['improve', 'make the most of'], { us: 'optimize', replace: 'improve' }),
  v('partake', ['take part', 'join in'], { irregular: ['partook', 'partaken'], replace: 'take part' }),
  v('pertain', ['relate', 'apply']),
  v('peruse', ['read', 'look through'], { replace: 'read' }),
  v('possess', ['have', 'own'], { replace: 'have', noReplaceIn: ['pp'] }),
  v('proceed', ['go ahead', 'go on', 'continue'], { verbOnly: true }),
  v('procure', ['get', 'buy'], { replace: 'get', noReplaceIn: ['pp', 'past'] }),
  v('promulgate', ['spread', 'publish']),
  v('purchase', ['buy'], { replace: 'buy' }),
  v('reiterate', ['repeat', 'say again'], { replace: 'repeat' }),
  v('remunerate', ['pay'], { replace: 'pay' }),
  v('require', ['need', 'ask', 'expect'], { replace: 'need', noReplaceIn: ['past', 'pp'] }),
  v('reside', ['live', 'stay'], { replace: 'live' }),
  v('retain', ['keep', 'hold on to'], { replace: 'keep' }),
  v('scrutinise', ['examine', 'look closely at', 'check'], { us: 'scrutinize' }),
  v('solicit', ['ask for', 'seek'], { replace: 'ask for' }),
  v('stipulate', ['say', 'set out', 'state'], { replace: 'set out' }),
  v('strategise', ['plan'], { us: 'strategize', replace: 'plan' }),
  v('substantiate', ['back up', 'support', 'prove'], { replace: 'back up' }),
  v('terminate', ['end', 'stop'], { replace: 'end' }),
  v('transpire', ['happen', 'turn out'], { replace: 'happen' }),
  v('undertake', ['do', 'carry out', 'take on'], { irregular: ['undertook', 'undertaken'], replace: 'do' }),
  v('utilise', ['use'], { us: 'utilize', replace: 'use' }),
  v('give consideration to', ['consider', 'think about'], {
    irregular: ['gave', 'given'],
    replace: 'think about',
    tone: 'wordy',
  }),
  v('take into consideration', ['consider', 'think about', 'take into account'], {
    irregular: ['took', 'taken'],
    replace: 'take into account',
    tone: 'wordy',
  }),
  v('make reference to', ['mention', 'refer to'], { irregular: ['made', 'made'], replace: 'mention', tone: 'wordy' }),
  v('make an endeavour to', ['try to'], { irregular: ['made', 'made'], us: 'make an endeavor to', replace: 'try to' }),

  // ── Formal nouns ───────────────────────────────────────────────────────────────────────────────────────
  n('assistance', ['help', 'support'], { replace: 'help' }),
  n('cessation', ['end', 'stopping']),
  n('cognisance', ['awareness', 'knowledge'], { us: 'cognizance', replace: 'awareness' }),
  n('commencement', ['start', 'beginning'], { replace: 'start' }),
  n('endeavour', ['effort', 'attempt', 'try'], { us: 'endeavor', replace: 'effort' }),
  n('enhancement', ['improvement'], { replace: 'improvement' }),
  n('implementation', ['putting into practice', 'carrying out']),
  n('inception', ['start', 'beginning'], { replace: 'start' }),
  n('individual', ['person'], { replace: 'person' }),
  n('methodology', ['method', 'approach'], { replace: 'method' }),
  n('modification', ['change'], { replace: 'change' }),
  n('plethora', ['lots', 'plenty', 'a lot']),
  n('proficiency', ['skill'], { replace: 'skill' }),
  n('remuneration', ['pay'], { replace: 'pay' }),
  n('utilisation', ['use'], { us: 'utilization', replace: 'use' }),

  // ── Formal adjectives ──────────────────────────────────────────────────────────────────────────────────
  f('advantageous', ['helpful', 'useful'], { replace: 'helpful' }),
  f('aforementioned', ['this', 'these', 'already mentioned']),
  f('aforesaid', ['this', 'these', 'already mentioned']),
  f('cognisant', ['aware'], { us: 'cognizant', replace: 'aware' }),
  f('commensurate', ['in line with', 'matching', 'equal']),
  f('detrimental', ['harmful', 'bad for'], { replace: 'harmful' }),
  f('efficacious', ['effective', 'useful'], { replace: 'effective' }),
  f('erroneous', ['wrong', 'mistaken'], { replace: 'wrong' }),
  f('expeditious', ['quick', 'fast'], { replace: 'quick' }),
  f('imperative', ['vital', 'essential', 'crucial'], { replace: 'vital' }),
  f('myriad', ['many', 'lots of']),
  f('numerous', ['many'], { replace: 'many' }),
  f('optimal', ['best'], { replace: 'best' }),
  f('optimum', ['best'], { replace: 'best' }),
  f('paramount', ['most important', 'vital'], { replace: 'vital' }),
  f('pertinent', ['relevant'], { replace: 'relevant' }),
  f('preceding', ['previous', 'last', 'before']),
  f('practicable', ['possible', 'practical', 'workable'], { replace: 'possible' }),
  f('requisite', ['needed', 'necessary', 'required'], { replace: 'needed' }),
  f('subsequent', ['later', 'next', 'following'], { replace: 'later' }),
  f('sufficient', ['enough'], { replace: 'enough' }),

  // ── Formal adverbs, connectives and prepositions ───────────────────────────────────────────────────────
  f('apropos', ['about', 'on'], { replace: 'about' }),
  f('unbeknownst to', ['without … knowing', 'unknown to'], { replace: 'unknown to' }),
  f('accordingly', ['so', 'as a result', 'because of this']),
  f('additionally', ['also'], { replace: 'also' }),
  f('albeit', ['though', 'although', 'even if'], { replace: 'though' }),
  f('amidst', ['amid', 'among', 'in the middle of'], { replace: 'amid' }),
  f('amongst', ['among'], { replace: 'among' }),
  f('approximately', ['about', 'around'], { replace: 'about' }),
  f('evidenced', ['shown', 'showed']),
  f('forthwith', ['at once', 'now'], { replace: 'at once' }),
  f('furthermore', ['also', 'and', 'what is more'], { replace: 'also' }),
  f('henceforth', ['from now on'], { replace: 'from now on' }),
  f('hereby', ['(leave it out)', 'by this']),
  f('herein', ['here', 'in this']),
  f('heretofore', ['until now', 'so far'], { replace: 'until now' }),
  f('herewith', ['here', 'with this']),
  f('hitherto', ['until now', 'so far'], { replace: 'until now' }),
  f('moreover', ['also', 'and', 'what is more'], { replace: 'also' }),
  f('namely', ['that is', 'which are', 'such as']),
  f('notwithstanding', ['despite', 'even so', 'still']),
  f('regarding', ['about', 'on'], { replace: 'about' }),
  f('subsequently', ['then', 'later', 'after that'], { replace: 'then' }),
  f('thenceforth', ['from then on'], { replace: 'from then on' }),
  f('thereafter', ['after that', 'afterwards', 'then'], { replace: 'after that' }),
  f('thereby', ['so', 'in this way', 'and so']),
  f('therein', ['there', 'in it', 'in them']),
  f('thereof', ['of it', 'its', 'their']),
  f('thereupon', ['then', 'at once'], { replace: 'then' }),
  f('upon', ['on'], { replace: 'on' }),
  f('whereby', ['by which', 'where', 'so that']),
  f('wherein', ['where', 'in which'], { replace: 'where' }),
  f('whereupon', ['after which', 'then']),
  f('whilst', ['while'], { replace: 'while' }),
  f('inter alia', ['among other things', 'including']),
  f('vis-à-vis', ['about', 'compared with', 'towards']),
  f('in summation', ['in summary', 'overall', 'to summarise'], { replace: 'in summary' }),
  f('at the outset', ['at the start', 'from the start'], { replace: 'at the start' }),
  f('at this juncture', ['now', 'at this point'], { replace: 'now' }),
  f('in lieu of', ['instead of'], { replace: 'instead of' }),
  f('in accordance with', ['in line with', 'following', 'under'], { replace: 'in line with' }),
  f('in conjunction with', ['with', 'together with'], { replace: 'together with' }),
  f('in relation to', ['about', 'on', 'with'], { replace: 'about' }),
  f('in regard to', ['about', 'on'], { replace: 'about' }),
  f('with regard to', ['about', 'on', 'for']),
  f('with respect to', ['about', 'on', 'for']),
  f('in respect of', ['about', 'for']),
  f('pertaining to', ['about', 'on'], { replace: 'about' }),
  f('pursuant to', ['under', 'following', 'in line with']),
  f('prior to', ['before'], { replace: 'before' }),
  f('owing to', ['because of'], { replace: 'because of' }),
  f('provided that', ['if', 'as long as'], { replace: 'as long as' }),
  f('providing that', ['if', 'as long as'], { replace: 'as long as' }),
  f('in attendance', ['there', 'present']),
  f('subsequent to', ['after'], { replace: 'after' }),
  f('in advance of', ['before', 'ahead of'], { replace: 'before' }),
  f('by virtue of', ['because of', 'by'], { replace: 'because of' }),
  f('inasmuch as', ['since', 'because'], { replace: 'since' }),
  f('insofar as', ['as far as', 'to the extent that'], { replace: 'as far as' }),
  f('in so far as', ['as far as', 'to the extent that'], { replace: 'as far as' }),
  f('as evidenced by', ['as shown by'], { replace: 'as shown by' }),
  f('in the first instance', ['first', 'to start with'], { replace: 'first' }),
  f('in the interim', ['meanwhile', 'for now'], { replace: 'meanwhile' }),

  // ── Stock wordy phrases ────────────────────────────────────────────────────────────────────────────────
  w('in order to', ['to'], { replace: 'to' }),
  w('in order for', ['for'], { replace: 'for' }),
  w('in order that', ['so that'], { replace: 'so that' }),
  w('so as to', ['to'], { replace: 'to' }),
  w('in an effort to', ['to', 'trying to'], { replace: 'to' }),
  w('in an attempt to', ['to', 'trying to'], { replace: 'to' }),
  w('for the purpose of', ['to', 'for']),
  w('for the purposes of', ['for']),
  w('with a view to', ['to', 'so that', 'hoping to']),
  w('as a means of', ['to', 'as a way to']),
  w('by means of', ['by', 'with', 'using']),
  w('in the capacity of', ['as'], { replace: 'as' }),
  w('on the basis of', ['based on', 'because of', 'from']),
  w('due to the fact that', ['because', 'since'], { replace: 'because' }),
  w('owing to the fact that', ['because', 'since'], { replace: 'because' }),
  w('on account of the fact that', ['because', 'since'], { replace: 'because' }),
  w('in light of the fact that', ['because', 'since'], { replace: 'because' }),
  w('in view of the fact that', ['because', 'since'], { replace: 'because' }),
  w('given the fact that', ['because', 'since', 'given that'], { replace: 'given that' }),
  w('despite the fact that', ['although', 'though'], { replace: 'although' }),
  w('in spite of the fact that', ['although', 'though'], { replace: 'although' }),
  w('notwithstanding the fact that', ['although', 'though'], { replace: 'although' }),
  w('regardless of the fact that', ['although', 'even though'], { replace: 'even though' }),
  w('as a consequence of', ['because of'], { replace: 'because of' }),
  w('in the event that', ['if'], { replace: 'if' }),
  w('in the event of', ['if there is', 'if']),
  w('until such time as', ['until'], { replace: 'until' }),
  w('at this point in time', ['now'], { replace: 'now' }),
  w('at that point in time', ['then'], { replace: 'then' }),
  w('at this moment in time', ['now'], { replace: 'now' }),
  w('at the present time', ['now', 'at present'], { replace: 'now' }),
  w('at the present moment', ['now'], { replace: 'now' }),
  w('in the near future', ['soon'], { replace: 'soon' }),
  w('during the course of', ['during'], { replace: 'during' }),
  w('in the course of', ['during'], { replace: 'during' }),
  w('for the duration of', ['during', 'for all of'], { replace: 'during' }),
  w('in the absence of', ['without'], { replace: 'without' }),
  w('with the exception of', ['except', 'apart from'], { replace: 'except' }),
  w('in excess of', ['more than', 'over'], { replace: 'more than' }),
  w('in the vicinity of', ['about', 'near'], { replace: 'about' }),
  w('in close proximity to', ['near', 'close to'], { replace: 'near' }),
  w('in receipt of', ['given', 'getting']),
  w('a number of', ['some', 'several', 'many'], { replace: 'several' }),
  w('a large number of', ['many'], { replace: 'many' }),
  w('a great number of', ['many'], { replace: 'many' }),
  w('a significant number of', ['many'], { replace: 'many' }),
  w('a considerable number of', ['many'], { replace: 'many' }),
  w('the vast majority of', ['most', 'nearly all'], { replace: 'most' }),
  w('the majority of', ['most'], { replace: 'most' }),
  w('a majority of', ['most'], { replace: 'most' }),
  w('the remainder of', ['the rest of'], { replace: 'the rest of' }),
  w('each and every', ['each', 'every'], { replace: 'every' }),
  w('first and foremost', ['first', 'above all'], { replace: 'first' }),
  w('in a timely manner', ['promptly', 'on time'], { replace: 'promptly' }),
  w('in a timely fashion', ['promptly', 'on time'], { replace: 'promptly' }),

  // ── Nominalisations: "the X of" turns an action into a noun ────────────────────────────────────────────
  nom('the implementation of', ['implementing', 'putting into practice'], { replace: 'implementing' }),
  nom('the utilisation of', ['using'], { us: 'the utilization of', replace: 'using' }),
  nom('the maintenance of', ['keeping', 'maintaining'], { replace: 'keeping' }),
  nom('the commencement of', ['the start of'], { replace: 'the start of' }),
  nom('the completion of', ['completing', 'finishing'], { replace: 'completing' }),
  nom('the provision of', ['providing', 'giving'], { replace: 'providing' }),
  nom('the establishment of', ['setting up', 'establishing'], { replace: 'setting up' }),
  nom('the acquisition of', ['gaining', 'getting'], { replace: 'gaining' }),
  nom('the identification of', ['identifying', 'spotting'], { replace: 'identifying' }),
  nom('the termination of', ['ending', 'the end of'], { replace: 'ending' }),
  nom('the cessation of', ['stopping', 'the end of'], { replace: 'stopping' }),
  nom('the attainment of', ['reaching', 'achieving'], { replace: 'reaching' }),
  nom('the enhancement of', ['improving'], { replace: 'improving' }),
  nom('the deployment of', ['using'], { replace: 'using' }),
  nom('the demonstration of', ['showing'], { replace: 'showing' }),
  nom('the facilitation of', ['helping', 'running']),
  nom('the undertaking of', ['doing', 'carrying out'], { replace: 'doing' }),
  nom('the formulation of', ['drawing up', 'forming'], { replace: 'drawing up' }),
  nom('the modification of', ['changing'], { replace: 'changing' }),
  nom('the avoidance of', ['avoiding'], { replace: 'avoiding' }),
  nom('the dissemination of', ['sharing', 'spreading'], { replace: 'sharing' }),
  nom('the discontinuation of', ['stopping'], { replace: 'stopping' }),
  nom('the ascertainment of', ['finding out'], { replace: 'finding out' }),
];

/**
 * "on a regular basis", "in a calm manner": a slot inside a frame. The slot's adjectives become an adverb
 * ("regularly", "calmly"); these are the adverbs that ordinary -ly rules get wrong or that read better.
 */
export const BASIS_ADVERBS: Readonly<Record<string, string>> = {
  ongoing: 'regularly',
  regular: 'regularly',
  daily: 'daily',
  'day-to-day': 'day to day',
  weekly: 'weekly',
  fortnightly: 'fortnightly',
  monthly: 'monthly',
  annual: 'every year',
  yearly: 'every year',
  'one-to-one': 'one to one',
  'case-by-case': 'case by case',
  'part-time': 'part time',
  'full-time': 'full time',
  voluntary: 'voluntarily',
  temporary: 'temporarily',
  permanent: 'permanently',
  continuous: 'continuously',
  consistent: 'consistently',
  frequent: 'often',
  routine: 'routinely',
  'short-term': 'for a short time',
  'long-term': 'for a long time',
};

/** Irregular verbs that appear among the plain alternatives: [past, participle, -ing]. */
export const IRREGULAR_VERBS: Readonly<Record<string, [string, string, string?]>> = {
  be: ['was', 'been', 'being'],
  begin: ['began', 'begun', 'beginning'],
  bring: ['brought', 'brought'],
  buy: ['bought', 'bought'],
  come: ['came', 'come'],
  do: ['did', 'done'],
  draw: ['drew', 'drawn'],
  find: ['found', 'found'],
  get: ['got', 'got', 'getting'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  have: ['had', 'had', 'having'],
  hold: ['held', 'held'],
  keep: ['kept', 'kept'],
  lead: ['led', 'led'],
  make: ['made', 'made'],
  meet: ['met', 'met'],
  pay: ['paid', 'paid'],
  pick: ['picked', 'picked'],
  put: ['put', 'put', 'putting'],
  read: ['read', 'read'],
  run: ['ran', 'run', 'running'],
  say: ['said', 'said'],
  seek: ['sought', 'sought'],
  send: ['sent', 'sent'],
  set: ['set', 'set', 'setting'],
  show: ['showed', 'shown'],
  speed: ['sped', 'sped'],
  spend: ['spent', 'spent'],
  spread: ['spread', 'spread'],
  stop: ['stopped', 'stopped', 'stopping'],
  take: ['took', 'taken'],
  tell: ['told', 'told'],
  think: ['thought', 'thought'],
  understand: ['understood', 'understood'],
  plan: ['planned', 'planned', 'planning'],
  drop: ['dropped', 'dropped', 'dropping'],
  let: ['let', 'let', 'letting'],
};

/** Irregular plurals among the plain alternatives. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { person: 'people' };

/** UK spellings among the alternatives and their US forms, so suggestions follow the user's spelling. */
export const UK_TO_US: Readonly<Record<string, string>> = {
  summarise: 'summarize',
  summarising: 'summarizing',
  summarised: 'summarized',
  organise: 'organize',
  realise: 'realize',
  recognise: 'recognize',
  practise: 'practice',
  behaviour: 'behavior',
  favour: 'favor',
  centre: 'center',
  programme: 'program',
  towards: 'toward',
};

/** Participles whose US form differs ("had gotten"). */
export const US_PARTICIPLES: Readonly<Record<string, string>> = { got: 'gotten' };
