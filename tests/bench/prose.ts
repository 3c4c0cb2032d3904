/**
 * Deterministic invented reflective prose for the benchmark and the incremental-analysis test.
 *
 * Every sentence here was written for this file (none comes from the shared corpus). Templates have slots filled
 * from small lists, so a long document has almost no repeated sentence: the engine caches per sentence text, and
 * a document made of a few sentences repeated would make its full analysis unrealistically cheap.
 * The mix is what trainee reflections hold: past events, present insights, future plans, feelings, some passives
 * ("was facilitated") and formal words ("utilise", "prior to", "subsequently").
 */

/** Small fast seeded PRNG (mulberry32): same seed, same essay, on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const SLOTS: Record<string, readonly string[]> = {
  name: ['Amira', 'Joe', 'Priya', 'Tomasz', 'Grace', 'Dev', 'Nkechi', 'Callum', 'Rosa', 'Hamid', 'Ellen', 'Marcus', 'Siobhan', 'Yusuf', 'Beth', 'Kofi', 'Lena', 'Owen', 'Farah', 'Declan', 'Mei', 'Tariq', 'Holly', 'Jonah'],
  day: ['On Monday', 'On Tuesday morning', 'Last Wednesday', 'On Thursday afternoon', 'On Friday', 'Early this week', 'Yesterday', 'At the start of the week', 'Late on Tuesday', 'During the weekend shift', 'On my second placement day', 'Two days ago'],
  place: ['the drop-in centre', 'the community café', 'the ward', 'the recovery college', 'the library meeting room', 'the crisis house', 'a park bench outside the clinic', 'the team office', 'the video call', 'the housing office', 'the walking group', 'the art room'],
  topic: ['boundaries', 'active listening', 'sharing my own story', 'silence in conversations', 'hope', 'risk and safety', 'endings', 'power in the relationship', 'self-care', 'cultural humility', 'note writing', 'recovery language', 'supervision', 'advocacy', 'trauma-informed practice', 'peer values'],
  feeling: ['nervous', 'out of my depth', 'oddly calm', 'frustrated', 'relieved', 'moved', 'unsure of myself', 'tired but hopeful', 'embarrassed', 'protective', 'impatient', 'proud', 'anxious', 'flat'],
  group: ['the hearing voices group', 'the Tuesday carers group', 'our training cohort', 'the men’s walking group', 'the young people’s group', 'the art group', 'the morning check-in group', 'the family support group'],
  role: ['my supervisor', 'the ward manager', 'a senior peer worker', 'the duty nurse', 'our course tutor', 'the occupational therapist', 'a volunteer', 'the team psychologist', 'a support worker from housing'],
  number: ['two', 'three', 'four', 'five', 'ten', 'twenty', 'forty'],
  thing: ['a leaflet', 'a cup of tea', 'a form', 'a plan', 'a phone number', 'a map of local services', 'a diary', 'a letter', 'an appointment card', 'a set of notes'],
  verb: ['listen', 'wait', 'ask', 'notice', 'pause', 'check in', 'slow down', 'reflect back', 'stay curious', 'name what I see'],
};

/** Sentence templates: {slot} takes a value from SLOTS. About a third past events, a third insight, a third plans. */
const TEMPLATES: readonly string[] = [
  // What happened (past, some passive, some formal)
  '{day} I met {name} at {place} for the first time.',
  '{day} {name} arrived late and sat near the door without taking off their coat.',
  '{day} our session in {place} was facilitated by {role} and me.',
  'The meeting was interrupted {number} times by people looking for the kitchen.',
  '{name} told me that nobody had asked how they were for {number} weeks.',
  'I offered {name} {thing}, but they pushed it back across the table.',
  'We talked about {topic} for most of the hour, which I had not planned.',
  '{day} I was asked by {role} to lead the opening round of {group}.',
  'A referral had been made prior to my arrival, so {name} expected a clinician rather than a peer.',
  '{name} went quiet when I mentioned {topic}, and I did not know what to say next.',
  'Subsequently the conversation was moved to {place} because the room was needed.',
  'I explained my role badly at first and had to start again.',
  'The group commenced twenty minutes late because the keys could not be found.',
  '{name} laughed when I said I had been in hospital too, and then the mood changed.',
  'I noticed my hands were shaking while I filled in {thing} with {name}.',
  'It was agreed that {name} would phone me on Thursday if things got worse.',
  'I utilised the grounding exercise from our training, and it helped a little.',
  'Halfway through, {name} asked me whether I still took medication.',
  '{role} stepped in when the discussion about {topic} became heated.',
  'We sat with a long silence, and I counted to {number} in my head before speaking.',
  'The notes from the previous visit had not been updated, which caused some confusion.',
  'I shared a small part of my story about {topic} and then handed the conversation back.',
  '{day} the session was cancelled at short notice and {name} was not informed.',
  'By the end, {name} had written down {number} things that had helped them this month.',
  // Feelings
  'I felt {feeling} the whole time, although I tried not to show it.',
  'Looking back, I was more {feeling} than I admitted in supervision.',
  'Part of me felt {feeling} when {name} thanked me, because I was not sure I had done anything.',
  'I still feel {feeling} when I think about how that conversation ended.',
  'My first reaction was to fix the problem, and I felt {feeling} when I could not.',
  // What I learned (present, insight, some formal)
  'I am starting to see that {topic} is less about rules and more about trust.',
  'What I learned is that silence is not a gap I have to fill.',
  'It has become apparent to me that I rush when I feel {feeling}.',
  'I realise now that my own experience is useful only when it serves the other person.',
  'Reflecting on {topic}, I think I confused being helpful with being liked.',
  'This links to what our tutor said about {topic}: the relationship itself is the intervention.',
  'In retrospect, I should have asked {name} what they wanted from the session.',
  'It is evident that my questions were too closed, so {name} answered with single words.',
  'I understand better why {role} keeps asking us about {topic} in supervision.',
  'Sharing lived experience is a tool, and like any tool it can be used at the wrong moment.',
  'I now think that my nerves were a sign that I cared, not that I was failing.',
  'Perhaps the most important thing I learned is to check my assumptions before I speak.',
  'It is possible that {name} needed someone to sit with them more than someone to advise them.',
  'Mutuality does not mean that we are the same, and I keep having to remember that.',
  'The way {topic} was discussed in training makes more sense to me after this week.',
  'I had assumed that {name} wanted solutions, whereas they mostly wanted to be believed.',
  'My supervisor pointed out that I apologise a lot, and I think she is right.',
  'A peer relationship is built on honesty, so pretending to be calm does not help anyone.',
  'It seems that {topic} is something I will keep learning about for years.',
  'Why did I find it so hard to stay quiet?',
  'Is it my job to make people feel better, or to walk alongside them?',
  // Applying it (future, plans)
  'Next time I will {verb} before I offer any suggestion.',
  'In future sessions I am going to ask {name} how they would like to use our time.',
  'I will bring {topic} to supervision on Friday so I can talk it through.',
  'From now on I intend to write my notes straight after each visit, not at the end of the day.',
  'As a peer worker I want to be clearer about what I can and cannot offer.',
  'I plan to practise {topic} with {name} from our cohort before the next placement day.',
  'My goal for the next {number} weeks is to {verb} more and talk less.',
  'Going forward, I will endeavour to explain confidentiality at the start, not the end.',
  'When someone goes quiet again, I will try to {verb} instead of changing the subject.',
  'I am going to read the chapter on {topic} that our tutor recommended.',
  'Next week I will check whether {name} got the appointment they were waiting for.',
  'I would like to ask {role} to observe one of my sessions and give me honest feedback.',
  'I have already started keeping a short diary after each shift, and it helps me notice patterns.',
  'Before the next group I will agree with {role} who leads the ending.',
  'If a conversation turns to {topic} again, I want to stay with it rather than move on.',
  'To look after myself, I will take a proper break between visits instead of eating in the car.',
];

const HEADINGS = {
  happened: ['What happened', 'The situation', 'Description', 'What happened this week'],
  learning: ['What I learned', 'What I took from it', 'Learning', 'So what?'],
  applying: ['Applying it as a peer worker', 'Next steps', 'What I will do next', 'Now what?'],
} as const;

/** Extra clauses that keep a sentence unique when its template and slots came up before. */
const TAILS: readonly string[] = [
  ', at least as far as I could tell',
  ', which surprised me',
  ' that afternoon',
  ', if I am honest',
  ' for a while',
  ' once again',
  ', as {role} later said',
  ' in {place}',
];

function fill(random: () => number, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => pick(random, SLOTS[slot] ?? [slot]));
}

/** A fresh sentence; never one the `used` set already has (a tail is added after a few tries). */
export function inventSentence(random: () => number, used: Set<string> = new Set(), templates = TEMPLATES): string {
  let sentence = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    sentence = fill(random, pick(random, templates));
    if (attempt >= 4) {
      // Insert a tail before the final punctuation mark.
      const end = sentence.slice(-1);
      sentence = sentence.slice(0, -1) + fill(random, pick(random, TAILS)) + end;
    }
    if (!used.has(sentence)) break;
  }
  used.add(sentence);
  return sentence;
}

const PAST = TEMPLATES.slice(0, 29);
const LEARNING = TEMPLATES.slice(24, 51);
const PLANS = TEMPLATES.slice(51);

/** Count words the way the engine does (letters/digits with inner apostrophes or hyphens). */
export function roughWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * An essay (or, for big sizes, a journal of weekly entries) of at least `targetWords` words: a title, then per
 * entry a heading and paragraphs for what happened, what was learned, and the plan; headings come and go.
 */
export function generateEssay(targetWords: number, seed = 1): string {
  const random = seededRandom(seed * 7919 + targetWords);
  const used = new Set<string>();
  const blocks: string[] = [`Reflective journal: ${pick(random, SLOTS.topic)}`];
  let words = roughWords(blocks[0]);
  let week = 1;
  const paragraph = (pool: readonly string[], min: number, max: number): string => {
    const n = min + Math.floor(random() * (max - min + 1));
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(inventSentence(random, used, pool));
    return sentences.join(' ');
  };
  while (words < targetWords) {
    const entry: string[] = [];
    if (targetWords > 1000) entry.push(`Week ${week}: ${pick(random, SLOTS.topic)}`);
    const withHeadings = random() < 0.6;
    const parts: [keyof typeof HEADINGS, readonly string[], number][] = [
      ['happened', PAST, 1 + Math.floor(random() * 2)],
      ['learning', LEARNING, 1 + Math.floor(random() * 2)],
      ['applying', PLANS, 1],
    ];
    for (const [section, pool, paragraphs] of parts) {
      if (withHeadings) entry.push(pick(random, HEADINGS[section]));
      for (let p = 0; p < paragraphs; p++) entry.push(paragraph(pool, 3, 6));
    }
    for (const block of entry) {
      blocks.push(block);
      words += roughWords(block);
      if (words >= targetWords) break;
    }
    week++;
  }
  return blocks.join('\n\n');
}

/** Words an edit may put in: plain, formal, and ones that make passives or new sentences likely. */
export const EDIT_WORDS: readonly string[] = [
  'really', 'quietly', 'utilise', 'support', 'was', 'helped', 'carefully', 'I', 'we', 'session', 'commence',
  'listened', 'perhaps', 'given', 'nervous', 'plan', 'subsequently', 'often', 'kindly', 'told',
];
