/**
 * Cue lexicons for the section classifier (lib/analysis/classify.ts), kept as data apart from the logic.
 *
 * Source: written for Reflect Lens from the reflective-writing literature the frameworks cite (Borton 1970;
 * Gibbs 1988; Rolfe, Freshwater & Jasper 2001; Moon 2004 on reflective markers) and the project's labelling
 * guide; phrasings were checked against the CEReD training split, never copied from the essays used for
 * evaluation. Licence: MIT, as the project.
 *
 * Every pattern runs on the sentence lower-cased with curly quotes straightened (’ → '). A match adds `weight`
 * to its move's score; the sidebar shows `label: "matched words"`. Weights: 3 = nearly decisive, 2 = strong,
 * 1 = a hint. Matches inside a leading subordinate clause ("Although I was nervous, …") count for less, because
 * the main clause decides what a sentence does.
 *
 * Speed: a pattern that opens with a long look-behind ("not after 'said' … anywhere before") is gated by a cheap
 * look-ahead for its own first words (`\b(?=(?:really|…)\b)(?<!…)`), so the look-behind runs only where the pattern
 * could match, not at every character (same matches on 27,000 sentences; cues took 15 ms per 3,000 words, now 9).
 */
import type { Move } from '../types';

export interface CuePattern {
  move: Exclude<Move, 'other'>;
  weight: number;
  /** Shown before the matched words: `plan: "next time I will"`. */
  label: string;
  pattern: RegExp;
}

/** First-person subjects, including contractions, for building patterns. */
const I = String.raw`(?:i|we)`;
const SOON = String.raw`(?:(?:also|then|now|still|really|definitely|actually|certainly|first) )?`;
const IWILL = String.raw`(?:i|we) (?:will|shall|'ll)|i'll|we'll|(?:i|we) (?:am|are|'m|'re) ${SOON}(?:going|planning|hoping) to|i'm ${SOON}(?:going|planning|hoping) to|we're ${SOON}(?:going|planning|hoping) to`;
/**
 * Put before a plan pattern: not a comparison ("not as patient as I would like to be"), not inside a reported
 * question ("the teacher asked me if I would like to…"), nor after "in this diary/essay…", where the writer announces
 * what the text will do ("In this reflection I would like to describe…"): that plans the writing, not the practice.
 */
const NOT_REPORTED_QUESTION = String.raw`(?=\b(?:i|we)\b)(?<!\b(?:as|than) )(?<!\b(?:asked|told|wondered) (?:me|us|him|her|them|myself) (?:if|whether)\b.*)(?<!\bin this (?:diary|reflection|reflective \w+|essay|record|entry|piece|post|section|part|text|log|account|assignment)\b.*)`;
/**
 * Put after a plan pattern: verbs that only ever plan the text ("I will give an example"; CEReD train: 2 of 18 are
 * plans), and predictions of what will be done to the writer ("I'll get told off for asking"), which are fears.
 */
const NOT_ABOUT_THE_TEXT = String.raw`(?! (?:get|be) (?:told|caught|judged|blamed|laughed|shouted|sent|left|dropped|found)\b)(?! (?:to )?(?:\w+ly )?(?:be honest|admit|confess|say (?:this|that|it)|tell you|give an example|write about|write mainly|comment on|summari[sz]e (?:this|the|what)|mention|point out)\b)`;
const EMOTION = String.raw`(?:nervous|anxious|scared|afraid|frightened|terrified|worried|overwhelmed|embarrassed|ashamed|surprised|shocked|relieved|uncomfortable|comfortable|annoyed|irritated|angry|upset|sad|moved|touched|interested|excited|sceptical|skeptical|confused|struck|tired|exhausted|drained|frustrated|happy|glad|pleased|proud|grateful|disappointed|hurt|guilty|vulnerable|exposed|emotional|tearful|shaky|shaking|calm|reassured|uneasy|awkward|stressed|tense|hopeful|inspired|humbled|defensive|helpless|lost|out of my depth|on edge|hesitant|unsure|insecure|delighted|satisfied|bored|curious|amazed|impressed|fascinated|disheartened|discouraged|motivated|energised|energized|exposed|raw|self-conscious|panicky|panicked|unsettled|gutted|devastated|heartbroken|mortified|sorry|lonely|isolated|confident|unprepared|stupid|silly|judged|heard|valued|seen|thrilled|apprehensive|horrified|stunned|enthusiastic|distressed|devastated|petrified|furious|thankful|startled|perplexed|wary)`;

/** Feelings named as nouns (not "joy" or "hope", which are also names). */
const FEELING_NOUN = String.raw`(?:fear|fears|anxiety|nervousness|stress|shock|enthusiasm|excitement|insecurity|tension|worry|worries|anger|frustration|relief|disappointment|embarrassment|panic|happiness|sadness|uncertainty|doubts?|nerves|unease|discomfort|guilt|shame)`;

/** A time ahead, for plans told in the present progressive. "again" covers "if it happens again, I'm saying…". */
const FUTURE_TIME = String.raw`\b(?:tomorrow|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (?:week|month|time|session|term|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:afternoon|evening|weekend|coming)|first thing|from now on|in future|again)\b`;
export const CUE_PATTERNS: CuePattern[] = [
  // ── intention: plans, commitments, next steps ────────────────────────────────────────────────
  { move: 'intention', weight: 3, label: 'plan', pattern: /(?<!\bthe )\b(?:next time|from now on|going forward|moving forward|in (?:the )?future|henceforth|in my future practice|in (?:my )?(?:next|future) (?:session|placement|shift|meeting|role)s?)\b/ },
  // An arrangement in the present progressive with a time ahead: "I'm taking this to supervision on Friday", "if it
  // happens again, I'm saying something". 15 of 15 in our essays; CEReD's 4 are diary plans told as events.
  { move: 'intention', weight: 2.5, label: 'plan', pattern: new RegExp(String.raw`\b(?:i'm|i am|we're|we are) (?:also |definitely |just )?(?:taking|bringing|ringing|calling|phoning|texting|emailing|meeting|seeing|starting|asking|booking|raising|putting|trying|saying|telling|sending|writing|visiting|checking|printing|making|keeping|giving)\b(?:(?=.*${FUTURE_TIME})|(?<=${FUTURE_TIME}.*))`) },
  // Taking something to supervision, in a base form (a plan, not "I raised it in supervision"): the guide lists
  // "things to ask a supervisor" under applying; 29 of 29 in our essays.
  { move: 'intention', weight: 3, label: 'plan', pattern: /\b(?:take|bring|raise|mention|discuss|ask|talk (?:about|through)) (?:this|it|that|them|these|the [a-z]+)? ?(?:to|in|at|with|about|during) (?:my |our |the )?(?:next )?(?:supervision|supervisor)\b/ },
  // A reminder set for later is a step towards practice: "I've put a reminder in my phone to text her on Monday".
  { move: 'intention', weight: 2.5, label: 'plan', pattern: /\b(?:put|set|added|made) (?:a |myself a )?(?:reminder|note|alarm|alert)s? (?:in|on|into) (?:my|the) (?:phone|diary|calendar)\b/ },
  // "The next time it happens, …" plans, but "I went with him the next time" tells: a hint only.
  { move: 'intention', weight: 1.5, label: 'plan', pattern: /\bthe next time\b/ },
  // "In my practice, …" alone often tells the present ("In my practice, I continued in history"): a hint only.
  { move: 'intention', weight: 1, label: 'plan', pattern: /\bin my practice\b/ },
  // Not inside a relative clause or an embedded question: "the lessons that I will lead", "I don't know how I will
  // cope" describe, they do not commit (CEReD train: 2 of 36 and 0 of 12 such sentences are plans). Not in a
  // reported question either ("she asked me if I would like to…"), nor the writer announcing what the text will do.
  // Nor a wish or a forecast of ability ("I hope I will see a shift", "I will be able to lead my own lessons": 16
  // of 18 are learning on CEReD train): neither commits the writer to a step. Nor a hedged guess ("Maybe in time I'll
  // get used to it", "I'll probably have to split them up": 13 of 15 are learning on CEReD train; none in the essays).
  { move: 'intention', weight: 3, label: 'plan', pattern: new RegExp(String.raw`${NOT_REPORTED_QUESTION}(?<!\b(?:that|which|who|whom|when|how|whether|if|where|why|man|woman|men|women|person|lad|girl|boy|guy|someone|somebody|people|ones?|(?:peer|client|member|resident|patient|trainee|carer|student|family|families)s?) )(?<!\bhop(?:e|ed|ing)\b[^.;]*)(?<!\b(?:maybe|perhaps|probably|possibly|i guess|i suppose|in time|sooner or later|eventually),? (?:[\w']+ ){0,3})\b(?:${IWILL})\b(?! (?:\w+ )?be able to\b)(?! (?:probably|maybe|perhaps|possibly|eventually)\b)${NOT_ABOUT_THE_TEXT}`) },
  // "I hope to…" is a plan; "I hope that…/I hope it…" is a wish about others (CEReD train: 0 of 30 "I hope" are plans).
  { move: 'intention', weight: 3, label: 'plan', pattern: new RegExp(String.raw`${NOT_REPORTED_QUESTION}(?:\b${I} ${SOON}(?:plan|intend|aim|want|would like|(?:would|'d) (?:also|definitely|really|certainly|still|one day|very much|so much) like|'d like|am determined|will try|will endeavour|will endeavor|will make|resolve|commit) (?:to|that)\b|\b${I} hope to\b|\bi'd like to\b)${NOT_ABOUT_THE_TEXT}|\bi want to (?:try|start|make|be|get|ask|practise|practice|use|read|find|look|keep|learn|suggest|share|check|build|work)\b`) },
  { move: 'intention', weight: 2, label: 'plan', pattern: new RegExp(String.raw`\b${I} (?:need|must|have|ought) to (?!say|admit|confess|add|mention|note|point out|agree)`) },
  { move: 'intention', weight: 3, label: 'plan', pattern: /\b(?:it is|it's) (?:(?:additionally|also|therefore|further) )?(?:intended|planned|anticipated|proposed|my intention|my aim|my plan|my goal) (?:that|to)\b/ },
  { move: 'intention', weight: 3, label: 'must in practice', pattern: /\bit is (?:(?:therefore|also|thus|equally|especially|so) )?(?:imperative|essential|vital|crucial|important|necessary) (?:that|for) (?:i|we|peer workers?|peer supporters?|practitioners?|workers?|staff)\b/ },
  // "It is essential that mistakes are owned", "It should be ensured that…": an obligation on practice, whatever the subject.
  { move: 'intention', weight: 3, label: 'must in practice', pattern: /\bit is (?:(?:therefore|also|thus) )?(?:imperative|essential|vital|crucial|necessary) that\b|\bit (?:should|must) (?:also |therefore |always )?be (?:ensured|made sure|guaranteed|made clear)\b/ },
  { move: 'intention', weight: 3, label: 'must in practice', pattern: /\b(?=(?:must|should) )(?<!\b(?:said|says|told (?:me|us|him|her|them)|replied|answered|suggested|advised|pointed out|explained|stressed|emphasised|emphasized|reminded (?:me|us)|demonstrated|showed|shown|realised|realized|learned|learnt|whether|if|(?:by|in|through|under|with) which)\b.*)(?:must|should) (?:also |always |never |therefore |not |first )?be (?=(?:\w+(?:ed|en|wn|ld|ht|ne)|made|kept|put|paid|told|left|met|set|held)\b)(?!noted|remembered|acknowledged|recognised|recognized|said|stressed|emphasised|emphasized|borne|argued|seen|mistaken|considered (?:that|as|to)\b)\w+\b/ },
  { move: 'intention', weight: 2, label: 'must in practice', pattern: /\b(?:peer (?:support )?workers?|practitioners?|we as peer workers|as a peer (?:support )?worker,? i|as peer workers,? we) (?:must|should|need to|have to|ought to|will)\b/ },
  { move: 'intention', weight: 3, label: 'plan', pattern: /\b(?:my|our) (?:next steps?|action plan|plan|goal|aim|intention) (?:is|are|will be|for)\b|\baction plan\b|\bnext steps?\b/ },
  { move: 'intention', weight: 2, label: 'plan', pattern: /\b(?:will|shall) (?:also |then |now |henceforth |therefore |further )?be (?:\w+ly )?(?:\w+ed|made|undertaken|taken|sought|kept|written|read|reread|given|held|done|brought|met|raised)\b/ },
  // An arrangement for a time ahead, whoever carries it out: "Prior to the next session, each trainee will obtain…".
  { move: 'intention', weight: 2.5, label: 'plan', pattern: /\b(?:prior to|before|at|by|from|for) (?:the |my |our |each |every )?(?:next|following|coming|future) \w+\b[^.;]*\bwill\b/ },
  // A step tied to a time ahead: "the implementation of these measures should commence with the next home fixture".
  { move: 'intention', weight: 3.5, label: 'plan', pattern: /\b(?:should|must|will|shall) (?:[\w']+ ){1,4}?(?:at|by|from|with|in|before|for) (?:the (?:start|end|beginning) of )?(?:the |my |our )?(?:next|following|coming) \w+/ },
  // "Consent will need to be obtained before…": an arrangement for later.
  { move: 'intention', weight: 2.5, label: 'plan', pattern: /\b(?:will|shall) (?:also |then |now )?(?:need|have) to be (?:\w+ly )?\w+(?:ed|en|wn|ne|de|pt)\b/ },
  // "A further sample is to be reviewed": an arrangement for later, as firm as "will be reviewed".
  { move: 'intention', weight: 3, label: 'plan', pattern: /\b(?:is|are) (?:also |then |now |therefore |next |still )?to be (?:\w+ly )?(?:\w+ed|undertaken|taken|made|sought|kept|read|reread|done|given|held|written|seen)\b/ },
  // Present progressive with a time ahead: "Next week I'm shadowing…", "this time I'm leaving the list in my bag".
  { move: 'intention', weight: 3, label: 'plan', pattern: /\b(?:this time|next time|next week|next month|tomorrow|from now on|from today|at (?:my|the) next \w+),? (?:i'm|i am|we're|we are) (?!going\b)\w+ing\b/ },
  { move: 'intention', weight: 2, label: 'plan', pattern: /\b(?:ask|talk to|speak (?:to|with)|check with|raise (?:it|this) (?:with|in)) (?:my |the )?(?:supervisor|supervision|manager|mentor|line manager)\b/ },
  { move: 'intention', weight: 2, label: 'further learning', pattern: /\b(?:further|more) (?:reading|training|study|practice)\b|\bread (?:up|more) (?:on|about)\b|\blook into\b|\bfind out (?:more|what|how|whether|if)\b/ },
  { move: 'intention', weight: 3, label: 'step taken', pattern: /\b(?:i have|i've|we have|we've) (?:since|now|already|also|just)? ?(?:since |now |already |also )?(?:made|started|begun|booked|signed up|joined|drawn up|set up|written|changed|asked|arranged|put|created|emailed|contacted|spoken|downloaded|bought|enrolled|registered|added|taken steps|muted|switched off|turned off|deleted|blocked|unfollowed|cancelled|canceled|stopped|saved|printed|bookmarked|ordered|requested|scheduled|updated|removed|rearranged|reorganised|reorganized|sent|suggested|proposed|passed on|shared|forwarded|flagged)\b(?! (?:it|a|the|me) (?:feel|think|realise|realize|see))/ },
  { move: 'intention', weight: 3, label: 'step taken', pattern: /\bit has (?:now |also |since |already )?been (?:requested|arranged|agreed|decided|proposed|booked)\b|\ba (?:firm |clear |personal )?(?:commitment|decision|promise|pledge|referral|booking) has (?:now |also |since |already )?been made\b/ },
  // A procedure for later: "Where inaccurate reporting is identified, feedback may be sent to the editor".
  { move: 'intention', weight: 2.5, label: 'plan', pattern: /^(?:where|when|whenever|if|should) [^,]{3,140}, (?:[\w-]+ ){1,6}?(?:will|should|can|may|must|is to) (?:then |also |always )?be (?:\w+ly )?\w+(?:ed|en|nt|wn|ne)\b/ },
  // Impersonal essays call the writer "the trainee": "the trainee needs to be observed on two more calls".
  { move: 'intention', weight: 2.5, label: 'plan', pattern: /\bthe trainee (?:(?:also|still|now) )?(?:will|needs to|has to|is to|must|should|intends to|plans to|aims to|hopes to)\b/ },
  // What the writer can do when it comes up: "If someone tells me a symptom was brushed off, I can help them…".
  // The match starts at the main clause (a leading "if …," clause would count for less).
  { move: 'intention', weight: 3, label: 'plan', pattern: /\b(?=(?:i|we) (?:can|could|will|'ll) )(?<=^(?:if|when|whenever) (?:someone|somebody|a peer|anyone|people|they|he|she)\b[^,]{3,120}, )(?:i|we) (?:can|could|will|'ll) (?!have\b)\w+/ },
  // A habit already changed: "I now put every meeting in my phone", "we now check in at the start".
  { move: 'intention', weight: 2.5, label: 'step taken', pattern: /\b(?:i|we) now (?:always )?(?:put|use|keep|write|check|ask|carry|set|make|take|leave|bring|save|add|turn|switch|start|end|open|close|book|text|ring|call|read|plan|prepare|schedule)\b/ },
  // A step taken, told impersonally: "The complaint has been passed to the ward manager", "a review has been booked".
  { move: 'intention', weight: 2.5, label: 'step taken', pattern: /(?<!\bit )\b(?:has|have) (?:now |since |already |also )?been (?:passed|sent|raised|forwarded|referred|logged|added|updated|submitted|booked|arranged|requested|scheduled|flagged|escalated|put in place|set up|obtained|borrowed|rewritten|redrafted|restructured|amended|reworded|drafted|ordered|reserved|downloaded|printed|agreed|planned|organised|organized)\b(?! (?:to|with) me\b)/ },
  // A step taken since the event, told impersonally: "Since the tutorial, the draft has been restructured".
  { move: 'intention', weight: 3, label: 'step taken', pattern: /\b(?:since then|since (?:the|this|that|my|our) \w+),? (?:[\w'-]+ ){0,6}?(?:has|have) (?:now |also |already )?been (?:\w+ly )?\w+(?:ed|en|wn|ne)\b/ },
  // A recommendation or decision standing now: "It is recommended that anything a peer asks for is recorded", "it has
  // been agreed that each trainee prepares…" (not "it has been suggested to me before that I jump in").
  { move: 'intention', weight: 3.5, label: 'recommendation', pattern: /\bit (?:is|has (?:now |also |since |already )?been) (?:\w+ly )?(?:recommended|suggested|proposed|advised|agreed|decided) (?!to me\b)(?:to [\w ]+? |by [\w ]+? )?that\b/ },
  // "Future sessions will commence with the peer's priorities": an arrangement for what comes next.
  { move: 'intention', weight: 3, label: 'plan', pattern: /(?:^|, )future (?:sessions?|meetings?|visits?|groups?|work|practice|placements?|shifts?|conversations?|contacts?|calls?|briefings?|trainings?) (?:will|should|must|need)\b/ },
  // "For future briefings, …", "With regard to future sessions, …" (essays: 19 of 19 plans; CEReD train: 0 of 1).
  { move: 'intention', weight: 3, label: 'plan', pattern: /\b(?:for|with regard to|regarding|in) (?:all )?future (?!of\b)\w+/ },
  { move: 'intention', weight: 3, label: 'step taken', pattern: /\b(?:since then|since the session|since that session|since this session|after (?:the|this|that) session),? (?:i|we) (?:have|'ve)?/ },
  { move: 'intention', weight: 2, label: 'plan', pattern: new RegExp(String.raw`${NOT_REPORTED_QUESTION}\b(?:i|we) (?:would|could|might) (?:try|like|want|aim|ask)\b${NOT_ABOUT_THE_TEXT}|\bif (?:this|it|that|something similar) (?:happens|happened|arises|comes up) again\b|\bif i (?:were|was) in (?:that|this|the same) (?:situation|position) again\b`) },
  { move: 'intention', weight: 1, label: 'plan', pattern: /\b(?:in (?:my|the) placement|on (?:my|the) placement|with (?:the )?people i support|with peers i support|in my work|in my role)\b/ },
  { move: 'intention', weight: 2, label: 'plan', pattern: /\b(?:i|we) (?:should|must|ought to) (?:always|never|try|make|remember|be|check|ask|keep|use|avoid|stop|start)\b(?! have)/ },
  { move: 'intention', weight: 1, label: 'plan', pattern: /\b(?:expected|hoped|intended|designed) to (?:ensure|improve|enhance|help|support|reduce)\b/ },
  // The intended effect of changes, in the present: "the implementation of these steps is expected to facilitate…".
  { move: 'intention', weight: 2.5, label: 'plan', pattern: /\b(?:is|are|will be) (?:\w+ly )?(?:expected|hoped|intended|designed|anticipated) to (?:ensure|improve|enhance|help|support|reduce|facilitate|make|lead|allow|enable|increase|strengthen|prevent|minimi[sz]e|promote|give|build|benefit)\b/ },

  // ── conclusion: take-aways and what could have been done differently ─────────────────────────
  { move: 'conclusion', weight: 5, label: 'could have done', pattern: /(?<!\b(?:what|why|how|whether)\b[^,.;]*)\b(?:should|could|would|might) (?:have|'ve) (?:done|said|asked|been|handled|tried|stopped|waited|listened|responded|acted|stepped|spoken|checked)\b/ },
  { move: 'conclusion', weight: 3, label: 'take-away', pattern: /\b(?:what|the (?:main|biggest|most important|key) (?:thing|lesson|point|message)) (?:i|that i) (?:took|take|have taken|learned|learnt|have learned|have learnt|will take|am taking)\b|\bi (?:learned|learnt|have learned|have learnt|'ve learned|'ve learnt|took away|take away|came to (?:the conclusion|realise|realize|understand))\b/ },
  { move: 'conclusion', weight: 2, label: 'take-away', pattern: /\b(?:in conclusion|in summation|in summary|to conclude|to sum up|overall|all in all|on the whole|it can (?:therefore )?be concluded|the lesson (?:for me )?(?:is|was)(?= that)|the lesson for me (?:is|was)|a lesson (?:for me|i)|that (?:is|was) (?:a|the) lesson)\b/ },

  // "The main lesson of the day is that…": the take-away named outright.
  { move: 'conclusion', weight: 3, label: 'take-away', pattern: /\bthe (?:main|biggest|key|most important|real|big) (?:lesson|learning|take-?away|thing i (?:learned|learnt|took away))(?: of (?:the|this|that) \w+| for me)? (?:is|was)\b/ },

  // ── analysis: realising, understanding, generalising, linking to theory ──────────────────────
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\b(?:i|we) (?:suddenly |now |also |then |really |finally )?(?:realised|realized|realise|realize|understood|understand|recognised|recognized|recognise|recognize|appreciate|appreciated|see now|can see|could see|can now see|now see|now understand|now know|have come to|'ve come to|came to see|began to see|started to see|wonder|wondered|suspect|believe|reckon)\b/ },
  { move: 'analysis', weight: 2, label: 'insight', pattern: /\b(?:i|we) (?:think|thought|feel|felt) (?:that )?(?:this|it|that|the|a|peer|people|there|they|what|maybe|perhaps|being|some|most|many|services|support|my)\b/ },
  // A gerund as subject with a present verb states a generalisation: "Knowing what to do and doing it under pressure
  // are different things", "Saying back what she did lets her decide". 77 of 78 in our essays, 5 of 5 on CEReD train.
  // Not an opening participle clause ("Walking in, I saw…") and not nouns in -ing ("Training is on Tuesdays").
  { move: 'analysis', weight: 2.5, label: 'generalisation', pattern: /^(?!(?:during|morning|evening|nothing|something|anything|everything|thing|king|spring|ring|bring|sing|training|parking|building|ceiling|clothing|housing|wedding|meeting|lighting|seating|heating|pudding|darling|sibling|wing|string|evening|booking|filling|setting|painting|opening)\b)[a-z]+ing\b(?![^,]{0,60},\s*(?:i|we|she|he|they)\b)(?=[^.;]{0,80}?\b(?:is|isn't|are|aren't|lets|makes|helps|gives|means|takes|can|can't|feels|needs|matters|works|tells)\b)/ },
  // An understanding still forming: "I'm starting to see that…", "I've begun to notice…" (10 of 10 in our essays).
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\b(?:starting|beginning|begun|started|coming) to (?:see|realise|realize|understand|notice|recognise|recognize|appreciate|accept)\b/ },
  // A distinction drawn ("Quiet isn't the same as fine", "Being useful and being there are two different things"):
  // 16 of 17 such sentences in our essays are learning (the other reports someone saying it); none in CEReD.
  { move: 'analysis', weight: 2.5, label: 'distinction', pattern: /\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|is not|are not|was not|were not) (?:not )?(?:quite |really |always |exactly |necessarily )?the same (?:thing\b|as\b)|\btwo (?:very |completely |quite )?different things\b/ },
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\b(?:upon|on) reflection\b|(?<!\bwithout )\blooking back\b|\bin hindsight\b|\bwith hindsight\b|\breflecting (?:on|back)\b|\bit (?:made|makes|has made) me (?:think|realise|realize|see|wonder|question|reflect|understand|aware)\b|\b(?:made|makes) me (?:think|realise|realize|see|wonder|question|reflect|understand)\b|\b(?:helped|helps) (?:me|us) (?:to )?(?:see|understand|realise|realize|rethink|make sense)\b|\bit (?:struck|strikes|hit|hits|occurred to|occurs to) me\b|\bwhat (?:struck|strikes|stayed with|stuck with) me\b|\b(?:stayed|stuck|stays|sticks) with me\b|\bit dawned on me\b|\bclicked\b/ },
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\bit (?:has )?(?:became|become|becomes|is|was) (?:now |increasingly |clear|evident|apparent|obvious)\s*(?:clear|evident|apparent|obvious)?\s*(?:to me )?that\b|\bit (?:has )?(?:became|become|becomes) (?:clear|evident|apparent|obvious)\b/ },
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\bit (?:was|has been|is|had been) (?:also |further |therefore |then |subsequently |later |additionally |now )?(?:recognised|recognized|realised|realized|acknowledged|understood|appreciated|learned|learnt|concluded|inferred|accepted)\b/ },
  { move: 'analysis', weight: 2, label: 'insight', pattern: /\bit can (?:therefore |also |thus |be )?(?:be )?(?:argued|seen|assumed|inferred|said|suggested|concluded|understood|recognised|recognized)\b|\bit (?:could|may|might) be (?:argued|said|suggested|that)\b|\bit is (?:also |quite |entirely |very )?(?:possible|likely|unlikely|probable|conceivable) that\b|\bthis (?:suggests|shows|means|implies|illustrates|demonstrates|highlights|reflects|indicates)\b|\bwhich (?:suggests|means|implies|shows)\b/ },
  { move: 'analysis', weight: 3, label: 'old belief', pattern: /\b(?:i|we) (?:always|used to|had always|'d always|never|had never) (?:thought|think|believed|believe|assumed|assume|saw|see|considered|imagined)\b|\bi had (?:assumed|thought|believed|imagined)\b/ },
  { move: 'analysis', weight: 2, label: 'insight', pattern: /\b(?:literature|theory|model|framework|research|evidence|principle|concept)s? (?:suggests?|shows?|says?|argues?|describes?|reminds?|on|of)\b|\b(?:links?|linked|relates?|related|connects?|connected) (?:to|with|back to) (?:the )?(?:theory|model|framework|reading|literature|idea)\b/ },
  { move: 'analysis', weight: 0.5, label: 'insight', pattern: /\b(?:because|which is why|that is why|that's why|therefore|thus|hence|rather|in other words|that is to say|whereas|on the other hand|in fact)\b/ },
  // Not a scene being set: "It's a Tuesday morning in February" (SETTING_PATTERNS).
  { move: 'analysis', weight: 2, label: 'insight', pattern: /\b(?:it's|it is|that's|that is|this is) (?:not|never|about|what|why|how|one|the|a(?! (?:[a-z]+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|weekend)\b)|easy|hard|important|possible|(?:vital|essential|crucial)(?! that)|key|difficult|true|strange|interesting|worth)\b/ },
  { move: 'analysis', weight: 1, label: 'insight', pattern: /\b(?:i|we) (?:noticed|notice|found|find|learn|discovered) (?:that )?(?:i|myself|my|we|our|how|it)\b/ },
  // A cleft that names what stayed with the writer: "The other thing that stayed with me was how long she sat alone".
  { move: 'analysis', weight: 4, label: 'insight', pattern: /\b(?:the|one|another) (?:\w+ )?(?:thing|moment|part|bit|word|phrase|comment|question|image) (?:that )?(?:stayed|stuck|struck|hit|surprised|shocked|bothered|moved|has stayed|has stuck) (?:with )?me\b/ },
  // The writer's first reaction named: "My first thought was that I had missed something" (essays: 7 of 8 learning).
  { move: 'feeling', weight: 3, label: 'reaction', pattern: /\bmy (?:first|main|only|immediate|initial) (?:thought|reaction|feeling|worry|fear|concern)s? (?:was|were)\b/ },
  // "I had forgotten how powerless that feels": remembering a feeling is sense-making.
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\b(?:i|we) (?:had |'d )?(?:forgotten|forgot) (?:how|what) (?!to\b)/ },
  // What an experience showed the writer: "It showed me that lived experience can change systems".
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\b(?:it|this|that|(?:the|this|that|last) (?:session|exercise|day|week|month|placement|shift|visit|conversation|experience|incident|talk|film|feedback|role play|module|course)) (?:has )?(?:showed|shown|shows|taught|teaches|reminded|reminds) (?:me|us) (?:that|how|what|why|just how)\b/ },
  // The same with any subject that is not a person: "Watching Tariq change his own brake pads showed me how wrong
  // that was". A person who "showed me how to" do something is teaching: an event (CEReD train: 5 of 7).
  { move: 'analysis', weight: 3.5, label: 'insight', pattern: /(?<!\b(?:he|she|they|someone|somebody|(?:the |my |our )?(?:teacher|tutor|trainer|mentor|supervisor|facilitator|colleague|nurse|educator|manager|peer)s?)(?: \w+ly| also)? )\b(?:showed|shown|shows|taught|teaches|reminded|reminds) (?:me|us) (?:that|how (?!to\b|(?:he|she|they|you) )|what(?! to\b)|why|just how)\b/ },
  // Something learned that holds now, told in the present after a past verb of learning: "I also noticed that being
  // passed around is its own kind of harm", "I learned that disagreeing isn't the same as falling out" (CEReD train:
  // 23 of 27 are learning; our essays 11 of 12). Not as a reason for something else ("…, because I realised I don't know").
  { move: 'analysis', weight: 3, label: 'insight', pattern: /(?<!\b(?:because|since|as|so) )\b(?:i|we) (?:also |then |soon |really |quickly |slowly |finally )?(?:noticed|realised|realized|saw|learned|learnt|found|discovered|understood|remembered) (?:that )?(?:(?!(?:did|didn't|was|wasn't|were|weren't|had|hadn't|would|could)\b)[\w']+ ){1,4}(?:is|are|isn't|aren't|can|can't|cannot|has|have|does|doesn't|don't|needs|matters|means|helps|works|makes)\b/ },
  // A thought that keeps returning: "I keep thinking about the two hours I spent in the queue".
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\b(?:i|we) (?:keep|still|can't stop|cannot stop) (?:thinking|coming back to|going back to|going over)\b|\b(?:i|we) (?:still|often) think about\b/ },
  // An old view named as such: "before this module I had a fixed view of people who self-harm".
  { move: 'analysis', weight: 3, label: 'old belief', pattern: /\b(?:i|we) (?:had|held|used to have) (?:a |quite a |such a |this |that )?(?:\w+ )?(?:view|idea|picture|opinion|image|belief|assumption|impression)s? (?:of|about|that)\b/ },
  // The writer's own assumptions named: "the trainee's own assumptions about older people had not been examined".
  { move: 'analysis', weight: 3, label: 'old belief', pattern: /\b(?:my|our|the trainee's|the trainees') (?:own )?(?:\w+ )?(?:assumptions?|preconceptions?|prejudices?|biases|bias|stereotypes?)\b/ },
  // More old beliefs (the main list is above): "For years I thought…", "I honestly used to expect…".
  { move: 'analysis', weight: 3, label: 'old belief', pattern: /\bfor (?:a long time|years),? (?:i|we) (?:thought|believed|assumed)\b|\b(?:i|we) (?:\w+ly )?used to (?:imagine|expect|feel that)\b|\b(?:i|we) \w+ly used to (?:believe|think|assume|see)\b/ },
  // Noticing one's own reactions is sense-making, even told in the past: "I also noticed I wanted to jump in".
  { move: 'analysis', weight: 3.5, label: 'insight', pattern: /\bi (?:also |then |soon |quickly |suddenly |really )?(?:noticed|notice)(?: straight away| right away| immediately| quickly)? (?:that )?(?:(?:once|when|whenever|as soon as|if) )?(?:i|myself|my)\b/ },

  // The writer's own view, even told in the past: "in my opinion", "I must admit", "I thought he would…", "I kept
  // asking myself". Each 84–100% learning on CEReD train. Not "what I think they feel" (a clause inside a plan).
  { move: 'analysis', weight: 2, label: 'own view', pattern: /\bin my (?:opinion|view|eyes)\b|\b(?:i|we) (?:\w+ly )?(?:told|tell|kept telling|keep telling|said to|say to) (?:myself|ourselves)\b|\b(?:i|we) (?:(?:still|really|just|honestly|simply) )?(?:don't|do not|didn't|did not) (?:(?:even|really|quite|yet) )?know (?:if|whether|why|what|how|where|who)\b|\bi (?:must|have to|had to) (?:admit|say|confess)\b|(?<!\bwhat )\b(?:i|we) (?:think|thought|guess|suppose|consider|considered|believe|assumed) (?:i|we|he|she|they|you|so|not)\b|\bi (?:(?:kept |was |started |began )?(?:asking|asked) myself|was wondering|am wondering|kept thinking|started thinking|began to think|started to think|was thinking)\b|\b(?:i am|i'm|i was|we were|we are) (?:also |well |fully )?(?:aware|convinced|sure|certain) (?:that|of)\b|\bi (?:consider|considered|regard|find) (?:it|this|that|him|her|them)\b/ },
  // The writer's present view, in any position ("I think we managed in the end", "which I believe changed their
  // approach", "He came back, I think, three times"): CEReD train 192 of 196 are learning; essays 171 of 174. Not "what
  // I think", "if I think", "as I think" (a reason for something else), "I think about/back" (a habit of thought, or a
  // memory), nor inside a quotation ('I kept saying "I'm fine, I suppose"' is what was said).
  { move: 'analysis', weight: 3, label: 'own view', pattern: /\b(?=(?:i|we) )(?<!\b(?:what|how|when|if|as|because|since) )(?<!"[^"]*)(?:i|we) (?:\w+ly |also |still |even |just |now )?(?:think|believe|suppose|guess)\b(?! (?:about|of|back|over|through)\b)/ },
  // The writer framing a view ("I must say that…", "I have to admit they were on time", "I would say the first
  // half dragged"): the frame decides, and what follows is the view, not the event (CEReD train: 68 of 74 are
  // learning; none in the essays). Not "I will say that…" (a plan for what to say).
  { move: 'analysis', weight: 3, label: 'own view', pattern: /\b(?:i|we) (?:(?:must|have to|had to|can|could|would|should|'d) (?:\w+ly |also |really |still |even |just |only |now )?)?(?:say|admit|confess|state|conclude)(?:s|ed)? (?:(?:\w+ly|again|now|here|though|however|honestly|,) )?(?:that|i|it|this|the|we|they|he|she)\b/ },
  // Hedges and certainty words: the writer weighing what happened ("probably", "of course"). A hint.
  { move: 'analysis', weight: 1, label: 'hedge', pattern: /\b(?=(?:probably|maybe|perhaps|apparently|obviously|of course|definitely|certainly)\b)(?<!\b(?:said|says|told (?:me|us|him|her|them)|replied|answered)\b.*)(?:probably|maybe|perhaps|apparently|obviously|of course|definitely|certainly)\b/ },

  // ── evaluation: judging what was good or bad ────────────────────────────────────────────────
  { move: 'evaluation', weight: 2.5, label: 'judgement', pattern: /\b(?:it|this|that|(?:this|that|the) (?:session|exercise|activity|role play|discussion|day|workshop|approach|feedback|module|talk|film|conversation|part)) (?:was|is|felt|seemed|proved) (?:(?:really|very|quite|so|particularly|genuinely|extremely|a bit|a little|incredibly|surprisingly|fairly|actually|especially|most|more|less|considerably|also) )?(?:fair|useful|helpful|valuable|effective|ineffective|powerful|good|great|brilliant|excellent|positive|negative|bad|poor|hard|difficult|challenging|tough|easy|obvious|striking|interesting|important|significant|eye-opening|unhelpful|confusing|uncomfortable|awkward|productive|worthwhile|clear|unclear|right|wrong|different|reassuring|moving|emotional|intense|a relief|a shock|a surprise|a lot)\b/ },
  { move: 'evaluation', weight: 2.5, label: 'judgement', pattern: /\b(?<![a-z,] (?:what|how) )(?:went|go|going) (?:really |quite |very |surprisingly |fairly )?(?:well|badly|wrong|smoothly)\b|\b(?:the (?:best|worst|hardest|easiest|most (?:useful|helpful|difficult|challenging|valuable|important))) (?:part|thing|bit|moment)\b|\bone of the most\b|\b(?:strength|weakness)(?:es)? (?:was|were|of)\b/ },
  // "The biggest problem was that I kept filling every silence": the writer naming what went wrong.
  { move: 'evaluation', weight: 2.5, label: 'judgement', pattern: /\bthe (?:biggest|main|real|hardest|only|key|first) (?:problem|difficulty|challenge|issue|mistake|struggle|weakness)s? (?:for me )?(?:was|is|were)\b/ },
  // "I've found it hard to read a care plan without wincing": the writer's verdict on an experience.
  { move: 'evaluation', weight: 3, label: 'judgement', pattern: /\b(?:i|we)(?:'ve| have)? (?:always |often |now |since )?(?:found|find) (?:it|this|that) (?:(?:really|very|quite|so|a bit|much|far) )?(?:hard|harder|difficult|easy|easier|helpful|useful|strange|odd|uncomfortable|impossible|tricky|painful|reassuring|freeing|exhausting)\b/ },
  // "The care taken … was also appreciated": the writer's verdict, told impersonally.
  { move: 'evaluation', weight: 2.5, label: 'judgement', pattern: /\b(?:was|were) (?:also |particularly |especially |greatly |much |really )?(?:appreciated|valued)\b(?! by (?:the|a|an|his|her|their) )/ },
  // "The complaint was therefore judged to be a sign of trust": the writer's verdict, told impersonally.
  { move: 'evaluation', weight: 2.5, label: 'judgement', pattern: /\b(?:was|were|is|are) (?:(?:therefore|thus|also|ultimately|now|then) )?(?:deemed|judged|regarded as|seen as|understood as) (?:to be )?(?:a|an|the) (?:sign|mark|indication|reflection|measure|product|result|strength|failure|success|example)\b/ },
  { move: 'evaluation', weight: 2.5, label: 'judgement', pattern: /\b(?:was|were|is) (?:deemed|considered|judged|found|regarded as|felt to be) (?:to be )?(?:\w+ly )?(?:effective|useful|valuable|helpful|significant|important|reassuring|persuasive|appropriate|inappropriate|insightful|beneficial|of)\b/ },

  // Problems met and judged (a difficulty is sense-making, even told in the past): "the problem was", "I couldn't
  // handle it", "it was too noisy", "it didn't work". Mined on CEReD train: each family is 85–100% learning there.
  { move: 'evaluation', weight: 3, label: 'difficulty', pattern: /(?<!\bno |\bnot a |n't a |without a |without any |any )\b(?:problems?(?![- ]solv)|trouble|difficult(?:y|ies)|complications?|dilemma|mistakes?)\b|\b(?:i|we) (?:didn't|did not|couldn't|could not|wasn't able to|was not able to|failed to|did not manage to|didn't manage to) (?:manage|handle|cope|know (?:what|how)|deal|get (?:them|their|the group|the class)|keep (?:them|their|it)|make (?:them|it)|finish|explain)\b|\b(?:i|we) (?:struggled|was struggling|were struggling|had a hard time|lost (?:my|our) (?:energy|patience|temper|nerve))\b/ },
  { move: 'evaluation', weight: 3, label: 'difficulty', pattern: /(?<!\b(?:said|says|told (?:me|us|him|her|them)|replied|answered)\b.*)\btoo (?:noisy|loud|long|much|fast|slow|difficult|hard|complicated|demanding|weak|rigid|strict|lenient|chaotic)\b|\b(?:didn't|did not|doesn't|does not) work\b|\b(?<![a-z,] (?:what|how) )went wrong\b|\bit took (?:me|us) (?:a while|so long|a long time|ages|forever)\b|\b(?:resistance|reluctance|reluctant|unwilling|lack of interest)\b/ },
  // The writer's own lapse or failure: "I didn't calculate it", "I absolutely didn't estimate the time", "the hour
  // didn't go as planned", "I consider this my failure" (17 of 17 learning on CEReD train).
  { move: 'evaluation', weight: 3, label: 'difficulty', pattern: /\b(?:i|we) (?:\w+ )?(?:didn't|did not|hadn't|had not) (?:\w+ )?(?:calculate|estimate|anticipate|realize|realise|notice|think of|think about|foresee|count on|plan for)\b|\b(?:i|my \w+|the (?:lesson|class|hour|activity)|it) (?:\w+ )?(?:failed|fell apart)\b|\b(?:my|a|the) (?:own )?failure\b|\b(?:did not|didn't|not) go (?:\w+ )?as (?:i )?(?:had )?(?:planned|expected|hoped)\b/ },
  { move: 'evaluation', weight: 2, label: 'against expectation', pattern: /(?<!\b(?:which|that|what) )\b(?:i|we) (?:didn't|did not|never|hadn't|had not) (?:expect|expected|anticipate|anticipated|imagine|imagined)\b|\bthan (?:i|we) (?:expected|thought|imagined)\b|\bexpectations?\b/ },
  // Judged for the writer ("it was stressful for me", "a challenge for me") and the writer's own performance judged
  // ("I did quite well", "I worked better with them"). 91–94% learning on CEReD train.
  { move: 'evaluation', weight: 3, label: 'judgement', pattern: /\b(?:(?:very|really|quite|so|more|less|most|rather|extremely|particularly|a bit|a little|too) )?(?:positive|negative|hard|difficult|easy|easier|harder|new|important|interesting|pleasant|unpleasant|beneficial|a benefit|a challenge|a problem|natural|useful|valuable|demanding|stressful|challenging|helpful|enriching|inspiring|strange|surprising|unusual|comfortable|uncomfortable|a relief|a shock|a surprise|nice) for me\b/ },
  { move: 'evaluation', weight: 3, label: 'judgement', pattern: /\b(?:i|we) (?:(?:also|even|then|really|finally) )?(?:worked|did|taught|coped|performed|managed|handled (?:it|this|that|them)|explained (?:it|this|that)|led (?:it|the lesson|the class)) (?:(?:very|really|quite|much|a lot|a bit|relatively|pretty|so|rather|surprisingly|fairly) )?(?:well|better|worse|badly|poorly)\b/ },
  // Stance words: the writer judging, not just telling ("surprisingly", "it was great", "a weird moment"). A hint.
  // Not in reported speech ("Sam said it was great" tells what was said; the same for "too long" below).
  { move: 'evaluation', weight: 1, label: 'stance', pattern: /\b(?=(?:really|surprisingly|unfortunately|luckily|sadly|strangely|interestingly|thankfully|great|weird|strange|appropriate|inappropriate|perfect|terrible|awful|wonderful|excellent|amazing|horrible|pleasant|unpleasant)\b)(?<!\b(?:said|says|told (?:me|us|him|her|them)|replied|answered)\b.*)(?:really|surprisingly|unfortunately|luckily|sadly|strangely|interestingly|thankfully|great|weird|strange|appropriate|inappropriate|perfect|terrible|awful|wonderful|excellent|amazing|horrible|pleasant|unpleasant)\b/ },

  // ── feeling: emotional or bodily reactions ──────────────────────────────────────────────────
  { move: 'feeling', weight: 3, label: 'feeling', pattern: new RegExp(String.raw`\b(?:(?:i|we) (?:(?:also|really|still|just|even|immediately|suddenly|honestly|actually|then|soon|always|often|sometimes|quickly|initially) )?(?:was|were|am|are|'m|felt|feel|got|get|became|become|have been|had been|'ve been|'d been|ended up|still feel|was left|felt so|felt very|wasn't|was not|weren't|were not)|(?<!\b(?:when|whenever|if|while|unless) )(?:i'm|we're|i've been|we've been|i'd been))(?: (?:really|very|quite|so|a bit|a little|rather|slightly|genuinely|honestly|also|incredibly|extremely|particularly|especially|pretty|more|less|still|too|somewhat|deeply|hugely|absolutely|totally|completely|initially|at first|then))* ${EMOTION}\b`) },
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /(?<!\b(?:how|what|whether|if|why) )\b(?:i|we) (?:(?:also|really|still|just|even|immediately|suddenly|honestly|actually|then|soon|always|often|sometimes|quickly|initially) )?(?:felt|feel|was feeling|am feeling|'m feeling)\b(?! (?:that|like (?:i|we|it|this|the)))/ },
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\b(?:made|makes|left) me (?:feel|nervous|anxious|uncomfortable|angry|sad|emotional|tearful|happy|hopeful|uneasy)\b|\bit (?:was|felt) (?:quite |really |very |so |a bit )?(?:emotional|upsetting|scary|frightening|daunting|overwhelming|nerve-wracking|nerve wracking|hard to hear|exhausting|moving|painful|humbling|reassuring|a relief)\b/ },
  { move: 'feeling', weight: 2, label: 'feeling', pattern: /\b(?:stung|hurt|butterflies|my hands|my voice (?:was )?shaking|heart (?:was )?racing|lump in my throat|i (?:loved|enjoyed|hated|liked|disliked|dreaded|feared|love|enjoy|hate|like|dread|fear)|i was dreading|i'd been dreading|i had been dreading|(?:anxiety|fear|nerves|relief|shame|guilt|embarrassment|discomfort|frustration|excitement|worry) (?:was|were) (?:felt|experienced)|(?:discomfort|anxiety|distress|unease|nervousness|apprehension) was experienced)\b/ },
  // The writer's body reacting: "my stomach dropped", "my heart sank", "my hands were shaking".
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\bmy (?:heart|stomach|chest|throat|face|cheeks|hands|legs|knees|mind|voice) (?:\w+ )?(?:dropped|sank|raced|was racing|pounded|was pounding|tightened|went|turned|burned|burnt|flushed|shook|was shaking|were shaking|froze|lurched|churned|was churning|felt|was in my mouth)\b|\bmy (?:heart|stomach)\b/ },
  // Tears and shaking are the writer's feeling when the writer is in the clause ("I was shaking", "I cried"); someone
  // else's ("She was embarrassed about crying") is what happened.
  { move: 'feeling', weight: 2, label: 'feeling', pattern: /\b(?=(?:shaking|trembling|tears|cried|crying|blushed)\b)(?<=\b(?:i|me|my|we|us|our)\b[^,;]*)(?<!\b(?:she|he|they|her|his|their)\b[^,;]*)(?:shaking|trembling|tears|cried|crying|blushed)\b/ },
  // "I forgot to worry", "forgot my nerves": the feeling is the point.
  // Knowing a feeling from the inside: "…and I know how that feels from the other side".
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\b(?:i|we) (?:\w+ )?know (?:how|what) (?:that|it|this) (?:feels|felt|is like|was like)\b/ },
  // Something occupying the writer's thoughts: "Weekends have been on my mind a lot lately".
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\b(?:on|off) my mind\b|\bweighing on me\b|\bplaying on my mind\b/ },
  // Impersonal essays call the writer "the trainee": "the trainee was exhausted by it the following day".
  { move: 'feeling', weight: 3, label: 'feeling', pattern: new RegExp(String.raw`\bthe trainees? (?:was|were|felt|had felt|had been|became) (?:(?:\w+ly|quite|so|a bit|rather|very) )?${EMOTION}\b`) },
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\bforgot (?:to (?:worry|panic|be (?:nervous|scared|anxious|worried))|(?:about )?(?:my|the) nerves|(?:that )?i was (?:nervous|scared|anxious|worried))\b/ },
  // Impersonal feelings: "A sense of inadequacy was nonetheless experienced", "some relief was also felt",
  // The body's reaction named: "I could feel my face going hot", "my cheeks went red", "my chest went tight".
  { move: 'feeling', weight: 3, label: 'reaction', pattern: /\b(?:i|we) (?:could )?(?:feel|felt) my (?:face|cheeks|heart|chest|hands|stomach|throat|legs)\b|\bmy (?:face|cheeks|chest|throat|stomach|hands|legs) (?:went|was going|going|turned|got|felt|were|was) (?:\w+ )?(?:hot|red|warm|pink|tight|cold|numb|shaky|wobbly|clammy|dry)\b/ },
  // Being carried back in memory is a reaction: "I was taken straight back to being ten years old", "it took me back".
  { move: 'feeling', weight: 3, label: 'reaction', pattern: /\b(?:was|were|got) (?:\w+ )?(?:taken|thrown|transported|pulled|carried) (?:straight |right )?back to\b|\b(?:took|takes|brought|brings) (?:me|us) (?:straight |right )?back\b/ },
  // "a strong urge to defend colleagues was experienced", "a tightness in the chest was noticed".
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\b(?:a|an|some) (?:\w+ )?(?:urge|wave|surge|pang|knot|tightness|tension|rush|flash|twinge|flicker|lump|heaviness|sinking feeling)\b[^,;]{0,40}? (?:was|were|had been) (?:\w+ )?(?:experienced|felt|noticed)\b/ },
  { move: 'feeling', weight: 2, label: 'feeling', pattern: /\b(?:a (?:sense|feeling|degree) of \w+|\w+ness|\w+ety|\w+ment|guilt|shame|fear|dread|relief|sadness|anger|frustration|discomfort|unease) (?:was|were|had been) (?:\w+ )?(?:felt|experienced)\b(?! as| by)/ },
  // Reactions told inside a narrative ("I left the room shocked", "to my surprise", "it seemed odd to me"): the
  // feeling is the point of the sentence. Mined on CEReD train: 95–97% learning there.
  { move: 'feeling', weight: 3, label: 'reaction', pattern: /\b(?:to my (?:\w+ )?surprise|surprised me|surprising(?:ly)?|taken aback|(?:shocked|relieved)(?<!\b(?:she|he|they) (?:\w+ )?(?:shocked|relieved))(?<!\b(?:seemed|looked|appeared|sounded) (?:shocked|relieved))|sweaty|sweating|nervously(?<=\b(?:i|we) (?:\w+ ){0,3}nervously)|mixed feelings|(?:my|first) impressions?)\b|\b(?:seemed|seems|felt) (?:\w+ )?(?:strange|weird|odd|incomprehensible|unfair|funny|pleasant|unpleasant|natural) to me\b|\b(?:it|this|that) (?:seemed|seems) to me\b|\b(?:i|we) (?:really |very much |quite |also |most |especially |\w+ly )(?:liked|enjoyed|appreciated|loved|hated|missed)\b|\b(?:i|we) (?:(?:\w+ly|also|even|just|still|then) )?(?:didn't|did not) (?:really )?(?:like|enjoy)\b/ },
  // An emotion word outside the "I was …" frame (counted above), after the writer in the same clause: "…and I went
  // home exhausted", "my fear". Someone else's visible state ("Sam was getting frustrated") is left to the event
  // cues: the essays count it as what happened. 93% learning on CEReD train.
  { move: 'feeling', weight: 2, label: 'emotion word', pattern: /\b(?=(?:shocked|relieved|nervous|scared|afraid|embarrassed|surprised|disappointed|frustrated|upset|angry|annoyed|worried|anxious|terrified|ashamed|glad|pleased|delighted|satisfied|sad|exhausted|desperate|despair|happy|joy|fear|anger|stressful|stressed)\b)(?<!\b(?!(?:i|we)\b)[a-z']+ (?:gets|get|got|is|was|were|seems|seemed|looks|looked|feels|felt|became|becomes|goes|went)(?: (?:really|very|so|quite|a bit|more|less|too|extremely|visibly))? )(?<=\b(?:i|me|my|we|us|our)\b[^,;]*)(?<!\b(?:(?:i|we) (?:was|were|am|are|'m|felt|feel|got)|i'm|we're)(?: \w+)? )(?:shocked|relieved|nervous|scared|afraid|embarrassed|surprised|disappointed|frustrated|upset|angry|annoyed|worried|anxious|terrified|ashamed|glad|pleased|delighted|satisfied|sad|exhausted|desperate|despair|happy|joy|fear|anger|stressful|stressed)\b/ },
  // Feelings named as nouns ("I had mixed feelings", "left with a good feeling", "my first impression"), something
  // acting on the writer's feelings ("it intrigued me", "this upset me"), and liking or admiring. 93–96% learning
  // on CEReD train.
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\b(?:(?:i|we) (?:had|have|got|get|left|leave|came away|went home)|with) (?:a|the|an|this|that|mixed|good|bad|great|positive|negative|strange|pleasant|unpleasant) (?:[a-z-]+ )?(?:feeling|impression)s?\b|\b(?:my|first|overall|general|good|bad|positive|negative|pleasant|unpleasant|mixed) (?:[a-z-]+ )?impressions?\b|\b(?:my|mixed|good|bad|positive|negative|pleasant|unpleasant|strange) (?:[a-z-]+ )?feelings?\b/ },
  { move: 'feeling', weight: 3, label: 'reaction', pattern: /\b(?:intrigued|amused|upset|upsets|worried|worries|bothered|bothers|annoyed|annoys|touched|fascinated|fascinates|impressed|impresses|pleased|disappointed|discouraged|discourages|scared|frightened|stressed|irritated|irritates|amazed|amazes|excited|delighted|saddened|frustrated|frustrates|confused|bored|shocked|struck|moved|hurt|stung|angered|puzzled|puzzles) me\b/ },
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\bi (?:also |really |quite |even |just |always |very much |still )?(?:admire|admired|rejoiced|like|love|enjoy)\b/ },
  // The inner side of a moment, told as it was: thoughts going through one's head, how strong a feeling was, how well
  // one did ("This time I timed everything better"). Feelings and critique of one's own performance are learning in
  // the guide; on CEReD train 6 of 6 such sentences are too.
  { move: 'feeling', weight: 2.5, label: 'reaction', pattern: new RegExp(String.raw`\b(?:running|racing|going|spinning|swirling) (?:through|round|around|in) my (?:head|mind)\b|\b${FEELING_NOUN} (?:was|were) (?:\w+ )?(?:considerable|huge|enormous|unbearable|overwhelming|intense|palpable|immense)\b`) },
  { move: 'evaluation', weight: 2.5, label: 'judgement', pattern: /\b(?:i|we) (?:\w+ )?(?:did|managed|handled|timed|explained|prepared|planned|coped|organised|organized|ran|taught) (?:\w+ ){0,3}?(?:much |a lot |a bit |far |even )?(?:better|worse|badly|poorly)\b/ },
  // Liking or enjoying, told in the past with a word of degree ("I really enjoyed the hour", "I also really liked…"):
  // 26 of 27 on CEReD train are feelings or judgements, and the guide files feelings then or now under learning.
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\bi (?:really |also |quite |very much |truly |thoroughly |just |genuinely )+(?:enjoyed|loved|liked|hated|disliked)\b|\b(?:i|we) had (?:a lot of |so much |great |such |real )?fun\b|\b(?:i|we) (?:left|went home|came home|got home) (?:quite |really |very |so |a bit |completely )?(?:tired|exhausted|happy|pleased|satisfied|disappointed|frustrated|relieved|calm|sad|upset|shaken|drained|elated|buzzing)\b/ },
  // The writer's sense of a moment and what the writer liked in it, told in the past inside a narrative: "I felt
  // that they didn't like it", "I didn't feel so bad", "I began to feel quite confident", "the feeling when the
  // class answered", "I liked that she sat down with them". 93–100% learning on CEReD train (39, 14, 28, 64 sentences).
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /(?<!\b(?:how|what|whether|if|why) )\b(?:i|we) (?:\w+ )?(?:felt|feel) (?:that|like)\b|\b(?:i|we) (?:(?:\w+ly|also|even|then|soon|still) )?(?:didn't|did not|don't|do not|no longer|began to|started to|begin to|start to) (?:\w+ )?feel\b|\bthe feeling\b(?<!\b(?:said|says|told (?:me|us|him|her|them)|replied|answered|argued|explained)\b.*the feeling)|\b(?:a|my|this|that) feeling (?:when|that|of)\b|\b(?:i|we) (?:\w+ly |also |even |just |always )?(?:liked|loved|enjoyed|disliked|hated|appreciated) (?:that|how|the way)\b|\bwhat (?:i|we) (?:\w+ )?(?:liked|loved|enjoyed|disliked|hated)\b/ },
  // What the writer would do, in the writer's own main clause ("I would sing more with the children", "If I were in
  // her place, I would probably warn him"): weighing an alternative, not telling an event and not a commitment. Not
  // in reported speech or a reported decision ("she said that I would teach next week"), nor "I would like/try…"
  // (plans, above). 54 of 63 learning on CEReD train (and 6 of the rest are plans decided by a plan cue).
  { move: 'analysis', weight: 2, label: 'what I would do', pattern: /\b(?=i would )(?<=(?:^|, |; |\b(?:and|but|so|then|maybe|perhaps|probably|personally,?) ))(?<!\b(?:said|says|told|tell|asked|promised|agreed|suggested|announced|explained|replied|answered|knew|decided|planned|thought|expected|hoped|wondered|worried)\b.*)i would (?!(?:\w+ )?(?:like|love|try|want|aim|ask|have|be|say|not|mention)\b)(?:(?:\w+ly|also|rather|definitely|probably|still|even|never|just|already) )?[a-z]+/ },
  // A feeling named as a noun that comes, goes or changes ("the initial fear subsided", "enthusiasm was replaced by
  // fear"), or the writer's own ("my nervousness", "my insecurity"; not in what someone said about it). 9 of 9 and
  // 11 of 14 learning on CEReD train.
  { move: 'feeling', weight: 3, label: 'feeling', pattern: new RegExp(String.raw`\b${FEELING_NOUN} (?:\w+ )?(?:subsided|disappeared|passed|vanished|grew|faded|went away|was replaced|were replaced|eased|lifted|returned|came back|took over|set in|entered me|overcame me|gripped me)\b|\breplaced by (?:\w+ )?${FEELING_NOUN}\b|\b(?=my )(?<!\b(?:said|says|told (?:me|us|him|her|them)|replied|answered)\b.*)my (?:own |initial |first |biggest |greatest |\w+ly )?${FEELING_NOUN}\b`) },
  // Thinking a problem over is sense-making, even told in the past: "I thought about how to get them to work",
  // "I've been thinking about how to…" (26 of 28 learning on CEReD train).
  { move: 'analysis', weight: 3, label: 'insight', pattern: /\b(?:i|we) (?:\w+ )?(?:thought|been thinking|was thinking|were thinking|have thought|'ve thought|think|kept thinking) (?:\w+ )?about (?:how|what|why|whether|if|it)\b/ },
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\b(?:a )?part of me (?:(?:still|always|really) )?(?:is|was|feels|felt|wants|wanted|worries|worried|thinks|thought|believes|believed|expects|expected|suspects)\b/ },
  { move: 'feeling', weight: 2, label: 'feeling', pattern: /\b(?:to be honest|if i am honest|if i'm honest|honestly|i'll be honest|i will be honest|i (?:have|must) be honest)\b/ },
  // The writer looking forward to something is a feeling, not a plan or an event: "I was really looking forward to the
  // first drop-in", "I'm already looking forward to next week" (CEReD train: 32 of 33 are learning; essays 1 of 1).
  { move: 'feeling', weight: 3, label: 'feeling', pattern: /\b(?:i|we)(?:'m|'re|'ve been|'d been| (?:am|are|was|were|have been|had been))? (?:[\w']+ ){0,3}?look(?:ing|ed)? forward to\b/ },

  // ── experience: the event, what was taught, what people did and said ─────────────────────────
  { move: 'experience', weight: 3, label: 'past event', pattern: /\b(?:the|our|my) (?:trainer|tutor|facilitator|speaker|lecturer|teacher|presenter|supervisor|group|session|module|workshop|course|day|morning|afternoon|exercise|activity|class|lesson|meeting|mentor|partner|colleague|guest|leader|programme lead)s? (?:\w+ly )?(?:said|asked|explained|told|showed|gave|described|talked|spoke|began|begun|started|opened|focused|focussed|looked|covered|introduced|ran|led|played|handed|set|put|split|paired|invited|shared|pointed|drew|wrote|read|presented|demonstrated|modelled|modeled|encouraged|reminded|suggested|finished|ended|closed|involved|included|consisted|observed|noted|remarked|emphasised|emphasized|stressed|highlighted|warned|argued|recommended|advised|mentioned|admitted|added|insisted|was (?:on|about|run|led|held|delivered|facilitated)|were (?:on|about))\b/ },
  { move: 'experience', weight: 3, label: 'past event', pattern: /\b(?:we|i) (?:were|was|got) (?:then |first |also |each |all |later |subsequently |initially |next |finally )?(?:asked|given|shown|told|put|split|divided|paired|invited|sent|handed|taken|introduced|placed|grouped|allocated|assigned|encouraged|set|tasked|required|expected)\b(?! aback)/ },
  { move: 'experience', weight: 2, label: 'past event', pattern: /\b(?:this|last|that) (?:week|morning|afternoon|session|month|day|evening|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b(?! (?:i will|i'll|i'm going|showed|shows|taught|has (?:shown|taught)|reminded|made me))|\b(?:today|yesterday|on (?:a |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:at the (?:start|beginning|end)|first|then|afterwards|after that|later|subsequently|eventually|in the end|to begin with|at first),? (?:we|i|the|she|he|they|our|my|it|everyone|each|a|an|his|her|their|two|three|several)\b/ },
  // How long something took: "The call lasted eleven minutes" (essays 2 of 2 events; CEReD train 1 of 2).
  { move: 'experience', weight: 2, label: 'past event', pattern: /\b(?:lasted|took) (?:about |around |roughly |almost |nearly |over |under |just |only )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|ninety|an?|half an) (?:\w+ )?(?:minutes?|hours?|days?|weeks?)\b/ },
  { move: 'experience', weight: 3, label: 'taught', pattern: /(?<!\bas )\bit (?:was|had been|has been) (?:then |also |later |initially |first |subsequently |further |clearly |repeatedly |often )?(?:explained|pointed out|suggested|outlined|clarified|emphasised|emphasized|stressed|highlighted|mentioned|described|stated|presented|shown|demonstrated|announced|proposed|agreed|decided|reported|discussed|raised|argued|established) (?:by|that|to|at|in|how|why|what|during)\b/ },
  { move: 'experience', weight: 2, label: 'past event', pattern: /\b(?:was|were) (?:(?:\w+ly|then|also|first|later|next|finally|each|all|briefly) )?(?:delivered|facilitated|chaired|attended|held|run|led|hosted|organised|organized|arranged|presented|played|shown|distributed|handed out|introduced|outlined|reviewed|discussed|covered|explored|examined|conducted|commenced|concluded|completed|divided|tasked|paired|asked|invited|given|provided|split|played out|performed|recorded|marked|identified|collected|shared|summarised|summarized|written|set|allocated|convened|reminded|revisited|read|raised|explained|admitted|dismissed|paused|welcomed|greeted|taught|told|sent|offered|referred|interviewed|contacted|called|phoned|brought|transferred|discharged|cancelled|postponed|rearranged|established|spent|required|instructed|pressed|encouraged|prompted|shown round|chosen|selected|adopted|replaced|dropped|removed|reworded|cut short|extended|prepared|printed|laid out|handed round|gathered|obtained|circulated)\b/ },
  { move: 'experience', weight: 2, label: 'past event', pattern: /\b(?:he|she|they|we|everyone|somebody|someone|nobody|the others?|the group|the room|(?:one|another|each|every|two|three|four|several|some|many|most|numerous|all|both|a few|few|other|the|a|an) (?:\w+ )?(?:peers?|persons?|people|pairs?|partners?|trainees?|members?|participants?|volunteers?|attendees|students?|carers?|residents?|patients?|parents?|workers?|colleagues?|staff|cards|of us|of them)|[a-z]+ and i(?! (?:\w+ly )?(?:was|were|had|got|did)\b)) (?:(?:\w+ly|also|then|later|just|even|first|finally|soon) )?(?:said|asked|told|answered|replied|explained|talked|spoke|shared|laughed|cried|nodded|went|came|started|began|stopped|kept|did|made|took|gave|wrote|read|played|tried|moved|sat|stood|walked|practised|practiced|discussed|swapped|switched|spent|agreed|disagreed|chose|decided|watched|listened|worked|finished|looked|turned|raised|offered|joined|left|arrived|met|called|rang|phoned|referred|wrote|pointed out|noticed|suggested|reminded|mentioned|admitted|added|described|recalled|remembered|reported|wanted|needed|got|had|were|was)\b(?!(?<=did) not\b)/ },
  { move: 'experience', weight: 2, label: 'past event', pattern: /(?<!\b(?:anything|everything|something|nothing|whatever|all) )\b(?:i|we) (?:(?:\w+ly|once|then|also|just|first|finally|later|even|soon) )?(?:did|made|took|gave|wrote|read|played|tried|went|came|sat|stood|walked|practised|practiced|discussed|swapped|switched|spent|talked|spoke|told|asked|answered|replied|said|shared|started|began|stopped|kept|watched|listened|worked|finished|looked|joined|left|arrived|met|chose|decided|volunteered|froze|panicked|presented|described|mentioned|explained|sent|called|rang|phoned|waited|moved|ran|co-ran|led|had to|got to|was paired|was the|were the|was given|took part|filled|drew|picked|used(?! to)|received|attended|observed|shadowed|visited|opened|closed|caught|missed|forgot|remembered)\b(?!(?<=asked|told) myself|(?<=did) not\b| to (?:the conclusion|realise|realize|understand|see|think|terms)| the best| (?:(?:very|really|quite|much|a lot|a bit|relatively|pretty|so|rather|surprisingly|fairly) )?(?:well|better|worse|badly|poorly)\b)/ },
  // Things done one after another, told impersonally: "The kitchen was cleaned and locked by half past four",
  // "were grouped and given a card". Not judgements, findings or feelings ("was noted and discussed" aside).
  { move: 'experience', weight: 2, label: 'past event', pattern: /(?<!\b(?:i|we|it|this|that) )\b(?:was|were) (?:\w+ly )?(?!(?:felt|found|thought|considered|recognised|recognized|realised|realized|noted|observed|seen|believed|deemed|judged|expected|hoped|assumed|understood|acknowledged|learned|learnt|surprised|shocked|worried|moved|touched|struck|pleased|relieved|embarrassed|interested|excited|concerned|confused|frustrated|disappointed|annoyed|amazed|impressed|overwhelmed|tired|exhausted|used|supposed|based|involved|related|located|married)\b)[a-z]+ed and (?:then |later |subsequently )?(?!(?:felt|found|thought|considered|recognised|recognized|realised|realized|noted|observed|seen|believed|deemed|judged|expected|hoped|assumed|understood|acknowledged|learned|learnt|surprised|shocked|worried|moved|touched|struck|pleased|relieved|embarrassed|interested|excited|concerned|confused|frustrated|disappointed|annoyed|amazed|impressed|overwhelmed|tired|exhausted|used|supposed|based|involved|related|located|married)\b)[a-z]+ed\b/ },
  // Someone named did something to someone: "was briefly explained to the patient by the ward manager" (not "I was moved by").
  { move: 'experience', weight: 1, label: 'past event', pattern: /(?<!\b(?:i|we|it) )\b(?:was|were) (?:\w+ly )?\w+(?:ed|en|wn|ld|ht|ne) (?:[\w-]+ ){0,4}?by (?:the|a|an|his|her|their|our|my|two|three|several|one|each|another|staff|trainees|members)\b/ },
  // What a session did: "The seventh session of the training programme addressed confidentiality…".
  { move: 'experience', weight: 2, label: 'past event', pattern: /\b(?:session|module|workshop|training|course|programme|program|meeting|lecture|talk|seminar|lesson|class|day|morning|afternoon)s?\b(?: [\w-]+){0,4}? (?:addressed|covered|explored|examined|focused|focussed|introduced|looked at|dealt with|centred|centered|began|opened|started|commenced|ended|closed|concluded|finished|included|featured|consisted)\b/ },
  // Other people's views, reported: "A few people argued that…", "Some thought refusing would be rude" (the guide
  // files these under what happened). Not "we" or "I": the writer's own view is a learning.
  { move: 'experience', weight: 2.5, label: 'past event', pattern: /\b(?:he|she|they|someone|somebody|nobody|everyone|others|some|many|most|(?:a few|several|some|many|most|two|three|other|one or two|(?:almost |nearly )?(?:every|each)) (?:\w+ )?(?:people|trainees?|peers?|members?|participants?|volunteers?|students?|carers?|workers?|colleagues?|of us|of them|others)) (?:\w+ly )?(?:argued|felt|thought|believed|worried|wondered|insisted|claimed|disagreed|suggested|described feeling|reported)\b(?! (?:so|about it)\b)/ },
  // Someone else's past habit: "She used to come to the group every week" (not "people used to think…").
  { move: 'experience', weight: 2.5, label: 'past event', pattern: /\b(?:he|she|they|[a-z]+ and [a-z]+) (?:\w+ly )?used to (?!(?:think|believe|feel|say|assume|see|imagine)\b)\w+/ },
  // The story moving on: "Discussion then turned to the guidance…".
  { move: 'experience', weight: 2.5, label: 'past event', pattern: /\b(?:discussion|the discussion|the conversation|conversation|attention|the focus|the session|the talk|the meeting|the group) (?:then |later |next |soon |briefly |eventually )?(?:turned|moved|shifted|switched|returned) (?:on )?to\b/ },
  // Narrative time markers at the start: "During the meeting, …", "Part way through, …".
  { move: 'experience', weight: 1.5, label: 'past event', pattern: /^(?:during (?:the|this|that|our|my) \w+|towards the end|by the end|part way through|partway through|halfway through|midway through)\b/ },
  // Quoted speech: 'He said, "You lot got me through…"', 'my educator said: "Don't rush…"'.
  { move: 'experience', weight: 2.5, label: 'past event', pattern: /(?<!\b(?:if|when|whenever|unless|that) (?:i|we|you|they|he|she|someone|anyone) )\b(?:said|says|asked|replied|answered|added|told (?:me|us|him|her|them)|shouted|whispered|explained)(?: to (?:me|us|him|her|them))?(?: (?:afterwards|later|then|quietly|simply|once|again))?[,:]? ["']/ },
  // Reported speech: "Jo said my story was moving", "she told me that…".
  { move: 'experience', weight: 1.5, label: 'past event', pattern: /\b(?:said|told (?:me|us|him|her|them)|replied|answered) (?:(?:afterwards|later|then|quietly|simply|once|again) )?(?:that )?(?:my|his|her|their|our|the|it|she|he|they|i|we|you|this|there)\b/ },
  // Who was there: "There were seven people there".
  { move: 'experience', weight: 2.5, label: 'past event', pattern: /\bthere (?:were|was) (?:(?:only|about|around|roughly|just) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|lots of|a lot of|a handful of) (?:\w+ )?(?:people|trainees|members|participants|carers|of us|students|staff|attendees)\b/ },
  { move: 'experience', weight: 2, label: 'past event', pattern: /\b(?:this|the) (?:session|module|workshop|week|day|training|exercise|meeting|talk|course)(?:'s)? (?:was|were|had) (?:about|on|all about|focused|focussed|concerned|led|run|delivered|held|chaired|called)\b/ },
];

/**
 * The setting or routine of what happened, told in the present tense: "The group meets in the back room on
 * Tuesdays", "The shed key is kept in a lockbox by the gate", "It runs from seven until one". The guide files the
 * event's context under what happened, but a present-tense sentence otherwise reads as a point being made.
 * classify.ts counts these only when nothing in the sentence looks ahead ("The group will meet on Tuesdays" plans).
 * Among present-tense sentences of our labelled essays, a schedule, a clock time, a routine arrangement and a place
 * something is kept mark what happened 5 to 1; in CEReD, where the present tense mostly states beliefs, they are rare.
 */
export const SETTING_PATTERNS: RegExp[] = [
  // A schedule: "every Wednesday morning", "on Thursday evenings", "fortnightly", "on alternate Thursday lunchtimes".
  /\b(?:every (?:other )?(?:morning|afternoon|evening|night|week|month|fortnight|term|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))s?(?: (?:morning|afternoon|evening|night|lunchtime)s?)?|(?:on|most|alternate|on alternate) (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|afternoon|evening|night|lunchtime)s|weekdays|weekends)|once a (?:week|month|fortnight)|twice a (?:day|week|month)|fortnightly|each (?:week|month|morning|evening|session|shift|term))\b/,
  // The scene set at the start of a story: "It's a Tuesday morning in February", "It's a wet Friday and…".
  /^it(?:'s| is) (?:a |an |just |nearly |almost |now )?(?:[a-z]+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|weekend)\b/,
  // A clock time, not an amount: "opens at half past six", "from seven in the evening until one in the morning"
  // ("at one point", "from one service to the next" are not times: a bare number word must end the phrase).
  /\b(?:at|from|until|till|between) (?:\d{1,2}[.:]\d\d\b|\d{1,2} ?[ap]\.?m\b|(?:half past |quarter (?:past|to) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock\b| in the (?:morning|afternoon|evening)\b| at night\b|(?=[,.;)]|$| (?:and|on|every|until|till|to (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b))|noon\b|midnight\b)/,
  // A place or group and how it runs: "the reading group meets in the library", "the group has around forty members".
  /^(?:[\w' -]+, )?(?:the|our|my|each|this|its|their|his|her) (?:(?!(?:that|which|who|what|how)\b)[\w'-]+ ){0,5}(?:meets|runs|opens|closes|happens|lasts|takes place|has (?:around |about |over |nearly |roughly |only |just |under )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred))\b/,
  // Where things are kept or set out: "the key is kept in a lockbox", "our table is set up by the window".
  /\b(?:is|are) (?:usually |always |still |then |normally )?(?:kept|stored|set up|put up|laid out|pinned|locked away|left) (?:right |just )?(?:in|on|by|under|behind|beside|next to|near|opposite|inside|outside|at the (?:back|front|end|side|top|bottom) of) (?:the|a|an|our|its|their)\b/,
];

/**
 * Weaker signs that a present-tense sentence describes the place or the people rather than makes a point: a
 * physical place, a head count or an age, how a place is run, people's everyday doings ("The shop sits in a narrow
 * unit on the high street", "The boys are seven and ten", "It is staffed by two volunteers"). classify.ts counts
 * them only in a present-tense sentence with no obligation or guess (NOT_DESCRIPTION) and nothing looking ahead.
 * Among such sentences in our labelled essays, one sign marks what happened about 3 to 1 (the rest are mostly won by
 * a stronger insight or plan cue anyway); two signs, 17 to 2.
 */
export const DESCRIPTION_PATTERNS: RegExp[] = [
  // A physical place: "in a narrow unit on the high street", "above the ice plant", "by the shallow end".
  /\b(?:in|on|at|by|above|below|behind|near|under|beside|around|outside|inside|opposite|next to) (?:the|a|an|his|her|our|their|its|one|this|that) (?:[\w'-]+ ){0,2}(?:flat|house|bedsit|room|hall|floor|table|window|door|wall|office|library|street|shop|unit|counter|bench|benches|kitchen|site|block|area|building|plot|gate|fridge|box|car park|corridor|reception|canteen|yard|garden|harbour|market|station|ward|centre|center|church|club|café|cafe|bar|pub|park|field|stall|van|bus|queue|lounge|foyer|entrance|desk|shed|pool|town|village|estate|corner|basement|plant|depot|warehouse|road|lane|track|path|slipway|farm|yard|quay|pier|beach|island|hill|square|surgery|site)s?\b/,
  // What a place has: "the kitchen has a long table and a radio", "the day room has eight armchairs".
  /\b(?:has|have) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) (?:[\w'-]+ ){0,2}(?:table|tables|room|rooms|chairs|armchairs|sofa|kitchen|counter|office|garden|yard|bench|benches|beds|desk|desks|bar|stage|shed|radio|kettle|urn|fridge|board|noticeboard|window|windows|door|entrance|car park|toilets?|lift|stairs)\b/,
  // A head count of a place's things or members, or an age: "fourteen pitches", "two volunteers", "the boys are seven
  // and ten", "in his seventies" (not "thirty children" or "two people": diaries count pupils when making a point).
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|dozen)(?: and (?:a )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|dozen))? (?:[\w-]+ )?(?:pitches|boats|members|volunteers|beds|rooms|tables|chairs|staff|families|stalls|desks|floors|counters|guests|residents|crews|regulars)\b|(?<=[a-z] )(?:are|is) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|dozen)(?: and (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|dozen))?\b(?! (?:of|times|per|minutes|hours|days|weeks|months|years|per cent|percent|pounds)\b)|\bin (?:his|her|their) (?:twenties|thirties|forties|fifties|sixties|seventies|eighties)\b/,
  // How a place is run: "is staffed by", "is owned by its members", "are routed to".
  /\b(?:is|are) (?:(?:usually|always|also|mostly|almost entirely|entirely|mainly|often|then|all|both|still) )?(?:staffed|owned|run|delivered|led|managed|coordinated|kept|held|organised|organized|routed|paired|listed|pinned|placed|recorded|handed out|based|located|funded|served|set up|put up|locked)\b(?! (?:to|that|in mind)\b)/,
  // People's everyday doings, not the writer's: "the men sit on the harbour wall", "Kasia sleeps until two".
  /\b(?<!\b(?:i|we|you) )(?:sits|stands|eat|eats|sleeps|lives (?:in|with|alone|on|near|at|by)|opens|closes|waits|arrives|meets|visits|writes|sit (?:on|in|at|around|down|together))\b/,
];

/**
 * A present-tense sentence that obliges or guesses, or has the writer in it, is not describing the setting: the weak
 * signs are about the place and other people ("Ray and I have agreed to put a timer on the table" plans).
 */
export const NOT_DESCRIPTION = /\b(?:should|must|might|may|could|would|need to|needs to|have to|has to)\b|\b(?:i|we|i'm|i've|we're|we've)\b/;

/**
 * What happened, told as a story in the present tense: someone else says or does something ("She says that makes two
 * of us", "On the way out Dan says quietly…", "For the first few minutes she keeps saying sorry"). Not where the verb
 * sits in a side clause ("before she opens up", "the way he asks"): `NOT_AFTER_NARRATIVE` is checked on the words just
 * before the subject. In our labelled essays 13 of 13 such sentences tell what happened. The writer's own "I ask…" is
 * left out ("Now I ask what went well" is a changed habit), and so are verbs of habit (gets, takes, goes). A name as
 * the subject is found on the original text (`PRESENT_NARRATIVE_NAMED`), since the cue text is lower-cased.
 */
const NARRATIVE_VERB = String.raw`(?:says|asks|tells|replies|answers|laughs|nods|smiles|shrugs|sighs|whispers|shouts|looks|turns|walks|sits|stands|arrives|leaves|rings|hands|puts|picks|opens|pulls|keeps|starts|stops|shows|points|explains|mentions|adds|texts|knocks|waves|cries|frowns|hesitates|pauses)`;
const NARRATIVE_ADVERB = String.raw`(?: \w+ly| just| still| then| only)?`;
export const PRESENT_NARRATIVE = new RegExp(
  String.raw`\b(?:she|he|they|everyone|nobody|someone|somebody|the (?:\w+ )?(?:man|woman|nurse|doctor|receptionist|officer|adviser|advisor|worker|manager|tutor|volunteer)(?: (?:on|at|from|behind) the \w+)?)(?:${NARRATIVE_ADVERB} ${NARRATIVE_VERB}|(?: is| are| gets| get)(?: \w+ly)? (?:told|asked|given|sent|shown|offered|handed|called|moved|seen)\b)\b`,
  'g',
);
export const PRESENT_NARRATIVE_NAMED = new RegExp(
  String.raw`\b([A-Z][a-z]+)(?:${NARRATIVE_ADVERB} ${NARRATIVE_VERB}|(?: is| gets)(?: \w+ly)? (?:told|asked|given|sent|shown|offered|handed|called|moved|seen)\b)\b`,
  'g',
);
/**
 * The writer's own story in the present: "I" at the head of a clause with a visible, physical act ("So I switch on my
 * phone torch", "I nod at her", "I tell her the truth"). Habits and changed habits are left out by shape: no "now",
 * "always", "usually", "try to" in between, and no verb of the mind ("I ask myself", "I take it that"). On CEReD train
 * 13 of 17 matching sentences are Experience; in our essays 12 of 13 tell what happened.
 */
export const FIRST_PERSON_STORY =
  /(?:^|[,;] |\bso |\bthen |\band )i (?:just |then |quickly |slowly |quietly |gently |simply |also )?(?:tell|nod|sit|walk|go|hand|open|switch|give|show|write|wait|smile|laugh|hold|pass|call|ring|text|reply|answer|stand|move|bring|offer|point|grab|run|sign|knock|head|pour|fill|pull|push|lean|repeat|put down|pick up|turn)\b(?! to\b)(?! (?:myself|it that)\b)/;
/** Capitalised words that are not anyone's name, for the named story cues. */
export const NOT_A_NAME = new Set([
  'It', 'This', 'That', 'There', 'What', 'When', 'Where', 'Who', 'Which', 'How', 'I', 'The', 'A', 'An', 'Everything',
  'Nothing', 'Something', 'Peer', 'Support', 'Research', 'Recovery', 'Listening', 'Silence', 'Nobody', 'Everyone',
]);
/** The words right before a narrative subject that put it in a side clause (checked on the lower-cased text). */
export const NOT_AFTER_NARRATIVE = /\b(?:because|before|if|when|whenever|whether|that|until|unless|once|after|since|as|so|who|which|what|how|why|where|(?<!\bfor a )while|whilst|someone|person|one|way|time)\s+$/;

/**
 * The same story with any action verb ("Dion grabs the rail", "Hana drops her cup", "She pushes her chair back"):
 * classify.ts looks for a present -s verb right after "she", "he" or a capitalised name, not after a word that opens
 * a side clause. These verbs describe a state, a habit or a view rather than an action in the story, so they do not
 * count (CEReD's diaries describe their mentors' habits that way: "she tries to accommodate me"). Our essays: 14 of
 * 14 matches tell what happened; CEReD train: 3 of 5, once sentences about the writer's own mind are left out.
 */
export const NOT_STORY_VERBS = new Set([
  'is', 'has', 'does', 'seems', 'knows', 'feels', 'thinks', 'wants', 'needs', 'means', 'matters', 'looks', 'sounds',
  'appears', 'believes', 'understands', 'depends', 'deserves', 'makes', 'finds', 'likes', 'loves', 'hates', 'prefers',
  'wishes', 'hopes', 'expects', 'remembers', 'forgets', 'says', 'tells', 'gets', 'goes', 'takes', 'gives', 'comes',
  'keeps', 'lives', 'works', 'helps', 'tends', 'struggles', 'worries', 'cares', 'manages', 'belongs', 'suggests',
  'shows', 'reminds', 'happens', 'counts', 'costs', 'lasts', 'sees', 'hears', 'wonders', 'realises', 'realizes',
  'notices', 'learns', 'agrees', 'asks', 'tries', 'allows', 'loses', 'pretends', 'represents', 'discusses',
]);
/** The writer's own mind in the sentence: then it is a view, not a story ("I think by clinging on she loses time"). */
export const WRITER_MIND = /\b(?:i|we) (?:\w+ )?(?:think|feel|felt|know|believe|guess|suppose|am|was|find|like|enjoy|wonder|realise|realize|notice|noticed|agree|appreciate|consider)\b|\bi'm\b|\bi've\b/;

/** Lines that open or close a post rather than reflect: greetings and sign-offs. */
export const GREETING_PATTERN =
  // "Thanks to her, I …" gives a reason, it is not a thank-you.
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks(?! to\b)|thank you|many thanks|best wishes|kind regards|regards|cheers|see you|take care|bye|word count|references?|bibliography)\b/;

/**
 * Words in a heading that name a section: the writer's own structure. Checked on headings only, in this order
 * (so "What I learned and what I will do next" names the plan, the later part of the essay).
 */
export const HEADING_MOVES: { move: Exclude<Move, 'other'>; pattern: RegExp }[] = [
  { move: 'intention', pattern: /\b(?:now what|next steps?|action|plan|planning|future|forward|apply|applying|application|practice|going forward|what (?:i|we|you)(?:'ll| will) do|what next|changes?|goals?|differently)\b/ },
  { move: 'feeling', pattern: /\b(?:feelings?|how (?:i|you) felt|how did you feel|how do you feel|emotions?|reactions?)\b/ },
  { move: 'evaluation', pattern: /\b(?:evaluation|what went well|went well|strengths?|positives?|negatives?)\b/ },
  { move: 'analysis', pattern: /\b(?:so what|analysis|reflection|reflections|reflecting|thinking|learn|learned|learnt|learning|insights?|thoughts|key learning|what it meant|meaning|understanding)\b/ },
  // "Summary" closes an essay; "Summary of the session" opens one by telling what happened.
  { move: 'conclusion', pattern: /\b(?:conclusion|conclusions|summary(?! of (?:the|this|our|my|today|what))|take-?aways?|what i took)\b/ },
  { move: 'experience', pattern: /^(?:what\??|what happened|description|describe|background|context|the (?:event|session|situation|experience)|event|situation|experience|what we did|session|(?:a |an )?(?:summary|overview|outline|account) of (?:the|this|our|my|today|what))\b/ },
];
