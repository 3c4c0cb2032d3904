import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, splitSentences, type SentenceSpan } from '../../lib/analysis/sentences';

type Kind = SentenceSpan['kind'];
/** An expected span: its exact text, and optionally its kind (default 'sentence') and paragraph (default 0). */
type Expected = string | [text: string, kind?: Kind, paragraph?: number];

/**
 * Assert the exact spans of `text`. Offsets are found by searching each expected text after the previous
 * one, so the whole result (start, end, kind, paragraph) is compared, not just the strings.
 */
function expectSpans(text: string, expected: Expected[]): void {
  let cursor = 0;
  const want: SentenceSpan[] = expected.map((e) => {
    const [body, kind = 'sentence', paragraph = 0] = typeof e === 'string' ? [e] : e;
    const start = text.indexOf(body, cursor);
    if (start < 0) throw new Error(`test bug: ${JSON.stringify(body)} not found after ${cursor}`);
    cursor = start + body.length;
    return { start, end: start + body.length, paragraph, kind };
  });
  const got = splitSentences(text);
  // Compare readable texts first for a clear failure message, then the exact spans.
  expect(got.map((s) => text.slice(s.start, s.end))).toEqual(want.map((s) => text.slice(s.start, s.end)));
  expect(got).toEqual(want);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
/**
 * A list marker at the start of a line (the splitter leaves markers out of list-item spans). The splitter also
 * counts the zero-width space as whitespace.
 */
const LIST_MARKER = /^(?:(?![\n\r\u2028\u2029\u0085])[\s\u200b])*(?:[-*+•‣◦▪▫●○⁃∙·–—➢→]|\(?[0-9A-Za-z]{1,3}[.)])(?=[\s\u200b])/u;

/**
 * The invariants every result must hold: in bounds, ordered, non-overlapping, trimmed, no split surrogate
 * pair, a known kind, paragraphs counting up from 0 without gaps. Collects problems and asserts once, so it
 * stays fast on a megabyte of text.
 */
function checkInvariants(text: string): SentenceSpan[] {
  const spans = splitSentences(text);
  const problems: string[] = [];
  const splitsPair = (b: number) => b > 0 && b < text.length && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b));
  let prevEnd = 0;
  let prevParagraph = 0;
  spans.forEach((s, i) => {
    const where = `span ${i} [${s.start},${s.end})`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) problems.push(`${where}: not integers`);
    if (s.start < prevEnd) problems.push(`${where}: overlaps or out of order`);
    if (s.end <= s.start) problems.push(`${where}: empty`);
    if (s.end > text.length) problems.push(`${where}: out of bounds`);
    if (/\s/.test(text[s.start]) || /\s/.test(text[s.end - 1])) problems.push(`${where}: not trimmed`);
    if (splitsPair(s.start) || splitsPair(s.end)) problems.push(`${where}: splits a surrogate pair`);
    if (!['sentence', 'heading', 'list-item'].includes(s.kind)) problems.push(`${where}: kind ${s.kind}`);
    const paragraphOk = i === 0 ? s.paragraph === 0 : s.paragraph === prevParagraph || s.paragraph === prevParagraph + 1;
    if (!paragraphOk) problems.push(`${where}: paragraph ${s.paragraph} after ${prevParagraph}`);
    prevEnd = s.end;
    prevParagraph = s.paragraph;
  });
  expect(problems.slice(0, 5)).toEqual([]);
  return spans;
}

/** Nothing is lost: every letter or digit outside all spans belongs to a list marker. */
function checkCoverage(text: string, spans: SentenceSpan[]): void {
  const problems: string[] = [];
  let si = 0;
  for (let p = 0; p < text.length; p++) {
    while (si < spans.length && spans[si].end <= p) si++;
    if (si < spans.length && spans[si].start <= p) continue;
    if (!/[\p{L}\p{N}]/u.test(text[p])) continue;
    let lineStart = p;
    while (lineStart > 0 && !LINE_BREAK.test(text[lineStart - 1])) lineStart--;
    const marker = LIST_MARKER.exec(text.slice(lineStart, p + 8));
    if (!marker || lineStart + marker[0].length <= p) problems.push(`letter at ${p} is in no span`);
  }
  expect(problems.slice(0, 5)).toEqual([]);
}

describe('splitSentences: basic boundaries', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t\u00a0\r\n ')).toEqual([]);
  });

  it('splits at . ? ! before a capital', () => {
    expectSpans('I froze. Then Ravi stepped in. Was that fair? Yes! It was.', [
      'I froze.',
      'Then Ravi stepped in.',
      'Was that fair?',
      'Yes!',
      'It was.',
    ]);
  });

  it('keeps a final sentence without punctuation and trims whitespace', () => {
    expectSpans('  \tWe talked for ages.   And then we stopped  \n', ['We talked for ages.', 'And then we stopped']);
  });

  it('does not split before a lower-case word', () => {
    expectSpans('He asked "are you ok?" and waited. I nodded.', ['He asked "are you ok?" and waited.', 'I nodded.']);
    expectSpans('It was odd. like a dream. But fine.', ['It was odd. like a dream.', 'But fine.']);
  });

  it('splits before a digit, an opening quote or bracket, and an emoji', () => {
    expectSpans('We met in 2019. 12 people came. "Why?" asked one. (Nobody knew.) 🙂 Fine.', [
      'We met in 2019.',
      '12 people came.',
      '"Why?" asked one.',
      '(Nobody knew.)',
      '🙂 Fine.',
    ]);
  });

  it('treats a run of marks as one ending', () => {
    expectSpans('Really?! Yes!!! Wow?? Okay.', ['Really?!', 'Yes!!!', 'Wow??', 'Okay.']);
  });

  it('needs whitespace after the mark', () => {
    expectSpans('See page 4.Then stop. Next.', ['See page 4.Then stop.', 'Next.']);
  });
});

describe('splitSentences: quotes and brackets', () => {
  it('keeps a closing curly quote with the sentence it closes', () => {
    expectSpans('She said, “I can’t.” Then she left.', ['She said, “I can’t.”', 'Then she left.']);
  });

  it('keeps straight closing quotes and single quotes too', () => {
    expectSpans(`Tom said "no." Kim said 'maybe.' Then we voted.`, [
      'Tom said "no."',
      "Kim said 'maybe.'",
      'Then we voted.',
    ]);
  });

  it('keeps nested closers and a period after a quote', () => {
    expectSpans('He wrote (“see you soon.”) Then he left. I said “fine”. Okay.', [
      'He wrote (“see you soon.”)',
      'Then he left.',
      'I said “fine”.',
      'Okay.',
    ]);
  });

  it('does not split a quoted question followed by a lower-case word', () => {
    expectSpans('She asked, “Are you OK?” and waited. “Yes,” I said.', [
      'She asked, “Are you OK?” and waited.',
      '“Yes,” I said.',
    ]);
  });

  it('does not split after a closing quote followed by a comma', () => {
    expectSpans('Try short summaries, like "so it was the noise?", and check. Good.', [
      'Try short summaries, like "so it was the noise?", and check.',
      'Good.',
    ]);
  });
});

describe('splitSentences: abbreviations, numbers, initials', () => {
  it('exports its abbreviation list as data', () => {
    expect(ABBREVIATIONS.neverFinal).toContain('dr');
    expect(ABBREVIATIONS.neverFinal).toContain('e.g');
    expect(ABBREVIATIONS.beforeNumber).toContain('no');
  });

  it('does not end a sentence at a title', () => {
    expectSpans('Dr. Osei led it. Mr. Hale and Mrs. Park came, with Ms. Reid and Prof. Bell. We met at St. Mary’s.', [
      'Dr. Osei led it.',
      'Mr. Hale and Mrs. Park came, with Ms. Reid and Prof. Bell.',
      'We met at St. Mary’s.',
    ]);
  });

  it('does not end a sentence at e.g., i.e., vs., approx., even before a capital', () => {
    expectSpans('Use plain words, e.g. Tuesday not TBC. Pick one, i.e. The short one. It was Leeds vs. York. We had approx. 40 minutes.', [
      'Use plain words, e.g. Tuesday not TBC.',
      'Pick one, i.e. The short one.',
      'It was Leeds vs. York.',
      'We had approx. 40 minutes.',
    ]);
  });

  it('ends at etc. only before a capital', () => {
    expectSpans('We covered sleep, food, etc. and then stopped. We covered mood, etc. Then we left.', [
      'We covered sleep, food, etc. and then stopped.',
      'We covered mood, etc.',
      'Then we left.',
    ]);
  });

  it('reads "no." as an abbreviation only before a number', () => {
    expectSpans('Read no. 5 first. She said no. Then she left. See p. 12 and pp. 3-4. Fine.', [
      'Read no. 5 first.',
      'She said no.',
      'Then she left.',
      'See p. 12 and pp. 3-4.',
      'Fine.',
    ]);
  });

  it('does not split at initials', () => {
    expectSpans('I read a book by J. K. Rowling. It helped. Ask A. Khan about it.', [
      'I read a book by J. K. Rowling.',
      'It helped.',
      'Ask A. Khan about it.',
    ]);
  });

  it('is case-insensitive for abbreviations and reads them after an opening bracket', () => {
    expectSpans('The form (DR. Lowe signed it) was late. (e.g. Friday.) Then done.', [
      'The form (DR. Lowe signed it) was late.',
      '(e.g. Friday.)',
      'Then done.',
    ]);
  });

  it('does not split decimals, URLs or emails, but ends a sentence after them', () => {
    expectSpans('It took 3.5 hours. Then 2.75 more. See www.mind.org.uk for help. Email sam.lee@example.org. Then wait.', [
      'It took 3.5 hours.',
      'Then 2.75 more.',
      'See www.mind.org.uk for help.',
      'Email sam.lee@example.org.',
      'Then wait.',
    ]);
  });

  it('splits at an ellipsis only before a capital', () => {
    expectSpans('I was not sure... maybe later. Then... Nothing happened. Hmm… okay. Yes… We left.', [
      'I was not sure... maybe later.',
      'Then...',
      'Nothing happened.',
      'Hmm… okay.',
      'Yes…',
      'We left.',
    ]);
  });

  it('does not mistake a word ending in an abbreviation for one', () => {
    expectSpans('We spoke to the doctor. Then we left. I said go. The end. Nobody came to the ball. Sad.', [
      'We spoke to the doctor.',
      'Then we left.',
      'I said go.',
      'The end.',
      'Nobody came to the ball.',
      'Sad.',
    ]);
  });
});

describe('splitSentences: paragraphs and line breaks', () => {
  it('always ends a sentence at a blank line and numbers paragraphs', () => {
    expectSpans('We met on Monday\n\nit rained all day. we got wet\n\n\n\nThe end.', [
      ['We met on Monday', 'heading', 0],
      ['it rained all day. we got wet', 'sentence', 1],
      ['The end.', 'sentence', 2],
    ]);
  });

  it('joins a sentence broken over lines', () => {
    expectSpans('We spent the morning on burnout and I went in\nthinking it would not apply to me. It did.', [
      'We spent the morning on burnout and I went in\nthinking it would not apply to me.',
      'It did.',
    ]);
    expectSpans('I talked to my supervisor and\nJordan about it.', ['I talked to my supervisor and\nJordan about it.']);
  });

  it('splits sentences across a single line break', () => {
    expectSpans('I froze.\nJordan stepped in.\nWhy?\nI do not know.', [
      'I froze.',
      'Jordan stepped in.',
      'Why?',
      'I do not know.',
    ]);
  });

  it('handles CRLF, lone CR and Unicode separators like LF', () => {
    expectSpans('First one.\r\n\r\nSecond one. Third one.\rFourth one.\r\rFifth.\u2029Sixth.\u2028Seventh.', [
      ['First one.', 'sentence', 0],
      ['Second one.', 'sentence', 1],
      ['Third one.', 'sentence', 1],
      ['Fourth one.', 'sentence', 1],
      ['Fifth.', 'sentence', 2],
      ['Sixth.', 'sentence', 3],
      ['Seventh.', 'sentence', 3],
    ]);
  });

  it('treats tabs and non-breaking spaces as whitespace', () => {
    expectSpans('\u00a0I froze.\u00a0Jordan helped.\tWe moved on.\u00a0\u202f', ['I froze.', 'Jordan helped.', 'We moved on.']);
    expectSpans('Line one.\n\u00a0\t\n Line two.', [
      ['Line one.', 'sentence', 0],
      ['Line two.', 'sentence', 1],
    ]);
  });

  it('leaves out separator lines without words', () => {
    expectSpans('One thing.\n\n---\n\n* * *\n\nAnother thing.', [
      ['One thing.', 'sentence', 0],
      ['Another thing.', 'sentence', 1],
    ]);
  });
});

describe('splitSentences: headings', () => {
  it('finds headings standing alone in their paragraph', () => {
    expectSpans('Reflective Account: Listening Skills\n\nWhat happened\n\nWe met. It rained.\n\nSo what?\n\nA lot.', [
      ['Reflective Account: Listening Skills', 'heading', 0],
      ['What happened', 'heading', 1],
      ['We met.', 'sentence', 2],
      ['It rained.', 'sentence', 2],
      ['So what?', 'heading', 3],
      ['A lot.', 'sentence', 4],
    ]);
  });

  it('finds a heading followed by a single line break, and one after a sentence', () => {
    expectSpans('What happened\nWe met on Monday. It rained.\nWhat I learned\nPatience matters.', [
      ['What happened', 'heading'],
      'We met on Monday.',
      'It rained.',
      ['What I learned', 'heading'],
      'Patience matters.',
    ]);
  });

  it('reads markdown headings and headings with dashes, colons and emoji', () => {
    expectSpans('## Reflection. Part 2\nIt went well.\n\nWeek 3 – Endings 🌱\n\nNext steps:\nI will ask.', [
      ['## Reflection. Part 2', 'heading', 0],
      ['It went well.', 'sentence', 0],
      ['Week 3 – Endings 🌱', 'heading', 1],
      ['Next steps:', 'heading', 2],
      ['I will ask.', 'sentence', 2],
    ]);
  });

  it('does not take a punctuated line, a long line or a hanging line for a heading', () => {
    expectSpans('The end.\n\nThis is a long line of thirteen words that has no full stop at all\n\nI went with my friend and', [
      ['The end.', 'sentence', 0],
      ['This is a long line of thirteen words that has no full stop at all', 'sentence', 1],
      ['I went with my friend and', 'sentence', 2],
    ]);
  });

  it('does not take a short question in the middle of prose for a heading', () => {
    expectSpans('I froze.\nWhy?\nNo idea.', ['I froze.', 'Why?', 'No idea.']);
  });

  it('reads a numbered line alone in its paragraph as a heading, but not inside a loose list', () => {
    expectSpans('1. What happened\n\nWe met.\n\n2. What I learned\n\nA lot.', [
      ['1. What happened', 'heading', 0],
      ['We met.', 'sentence', 1],
      ['2. What I learned', 'heading', 2],
      ['A lot.', 'sentence', 3],
    ]);
    expectSpans('My plan\n\n1. Ask my supervisor\n\n2. Read the policy\n\nThat is it.', [
      ['My plan', 'heading', 0],
      ['Ask my supervisor', 'list-item', 1],
      ['Read the policy', 'list-item', 2],
      ['That is it.', 'sentence', 3],
    ]);
  });

  it('gives a greeting or sign-off line its own span', () => {
    expectSpans('Dear diary,\nToday was odd. I coped.\n\nBest wishes,\nSam', [
      ['Dear diary,', 'heading', 0],
      ['Today was odd.', 'sentence', 0],
      ['I coped.', 'sentence', 0],
      ['Best wishes,', 'heading', 1],
      ['Sam', 'heading', 1],
    ]);
    // A comma at a line end inside a sentence is not a greeting.
    expectSpans('After the break we all sat down,\nthen we started again.', ['After the break we all sat down,\nthen we started again.']);
  });

  it('ends a long line ending with a colon at its line break', () => {
    expectSpans('These are the three things I want to try on my placement next month:\nListening first. Then asking.', [
      ['These are the three things I want to try on my placement next month:', 'sentence'],
      'Listening first.',
      'Then asking.',
    ]);
  });
});

describe('splitSentences: lists', () => {
  it('makes each list item one span, without its marker', () => {
    const text = 'Next steps:\n- Ask my supervisor\n* Read the policy.\n• Practise at home\n1. First\n2) Second\na) Third\n(b) Fourth\n10. Tenth';
    expectSpans(text, [
      ['Next steps:', 'heading'],
      ['Ask my supervisor', 'list-item'],
      ['Read the policy.', 'list-item'],
      ['Practise at home', 'list-item'],
      ['First', 'list-item'],
      ['Second', 'list-item'],
      ['Third', 'list-item'],
      ['Fourth', 'list-item'],
      ['Tenth', 'list-item'],
    ]);
  });

  it('splits a long list item into several list-item spans', () => {
    expectSpans('- I will listen first. Then I will ask one question. Dr. Ama agreed.\n- Short one', [
      ['I will listen first.', 'list-item'],
      ['Then I will ask one question.', 'list-item'],
      ['Dr. Ama agreed.', 'list-item'],
      ['Short one', 'list-item'],
    ]);
  });

  it('ends prose before a list item and starts prose after one', () => {
    expectSpans('I made a plan and\n- listen more\n- talk less\nThat is all for now', [
      ['I made a plan and', 'sentence'],
      ['listen more', 'list-item'],
      ['talk less', 'list-item'],
      ['That is all for now', 'heading'],
    ]);
  });

  it('keeps indented continuation lines with their item', () => {
    expectSpans('- This item is long and\n  wraps here. It has two sentences.\n- Next item', [
      ['This item is long and\n  wraps here.', 'list-item'],
      ['It has two sentences.', 'list-item'],
      ['Next item', 'list-item'],
    ]);
  });

  it('does not take a hyphenated word, a year or a dash in prose for a list', () => {
    expectSpans('-5 degrees outside. 2019. Was a hard year. I froze - badly.', [
      '-5 degrees outside.',
      '2019.',
      'Was a hard year.',
      'I froze - badly.',
    ]);
  });
});

describe('splitSentences: unicode', () => {
  it('handles emoji with skin tones and ZWJ sequences, dashes and curly quotes', () => {
    expectSpans('I was proud 👍🏽. 👩‍⚕️ Nurses joined – all of them — and we said ‘thanks.’ Great!', [
      'I was proud 👍🏽.',
      '👩‍⚕️ Nurses joined – all of them — and we said ‘thanks.’',
      'Great!',
    ]);
  });

  it('splits before non-Latin capitals and caseless scripts, not before lower case', () => {
    expectSpans('We met Élodie. Ångström came. Он пришёл. Она ушла. 我们走了。 ok.', [
      'We met Élodie.',
      'Ångström came.',
      'Он пришёл.',
      'Она ушла.',
      '我们走了。 ok.',
    ]);
  });

  it('keeps a trailing emoji with the sentence before it', () => {
    expectSpans('It went well. 👍\n\nGreat session! 😍😍 Next week is endings. 🙂', [
      ['It went well. 👍', 'sentence', 0],
      ['Great session!', 'sentence', 1],
      ['😍😍 Next week is endings. 🙂', 'sentence', 1],
    ]);
  });

  it('copes with lone surrogates and NUL', () => {
    const text = '\ud800 Hi. \u0000 There. \udc00Then? \ud83d';
    const spans = checkInvariants(text);
    expect(spans.length).toBeGreaterThan(0);
  });
});

describe('splitSentences: properties', () => {
  const pieces = fc.constantFrom(
    ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '.', '. ', '? ', '! ', '...', '…', '?!',
    '"', '“', '”', '’', "'", '(', ')', '[', ']', ':', ',', ';', '-', '- ', '* ', '• ', '1. ', '2) ', 'a) ', '(b) ', '#',
    '## ', 'Dr.', 'e.g.', 'no. ', 'J. ', 'etc.', '3.5', 'www.x.org', 'word', 'Word', 'I', 'ok', 'What happened',
    'Next steps:', 'and', '😀', '👍🏽', '👩‍⚕️', '🇬🇧', '\ud800', '\udc00', '\u0000', '\u200b', 'É', 'é', '我', '–', '—',
  );
  const tricky = fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));
  const anyString = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

  // FC_RUNS=50000 npx vitest run tests/unit/sentences.test.ts -t properties  searches harder.
  it('always returns valid spans and never throws', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkInvariants(text);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1500) },
    );
  });

  it('loses no letter or digit outside list markers', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkCoverage(text, splitSentences(text));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 800) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        expect(splitSentences(text)).toEqual(splitSentences(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitSentences: long inputs', () => {
  const paragraph =
    'What happened\n\nOn Monday Dr. Lewis ran the session, e.g. role play. We had approx. 30 minutes each… then swapped! ' +
    'She said, “Wait.” Then we waited 👩‍⚕️.\n\nNext steps:\n- Ask about it. Then try it.\n2) Practise at home\n\n';

  it('handles 1 MB of text', () => {
    const copies = Math.ceil(1_000_000 / paragraph.length);
    const text = paragraph.repeat(copies);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const spans = checkInvariants(text);
    checkCoverage(text, spans);
    expect(spans.length).toBe(copies * splitSentences(paragraph).length);
  });

  it('handles one 20,000-word sentence with no punctuation as one span', () => {
    const words = ['we', 'talked', 'about', 'listening', 'and', 'waiting', 'Ravi', 'said'];
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' ');
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length, paragraph: 0, kind: 'sentence' }]);
  });

  it('handles pathological punctuation runs', () => {
    for (const unit of ['a.', '. ', 'A. ', '.', '?"', 'Dr. ', '- ', '\n', '\n- x', '“', 'x\r']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      checkInvariants(text);
    }
  });
});

describe('splitSentences: to-dos typed one a line without markers', () => {
  it('splits two lines that both open like a step, but not a hard-wrapped sentence', () => {
    // Lines longer than a heading, so only the step rule can split them.
    const lines = [
      'Talk to Priya on Thursday about when I will and will not read the shared diary',
      'I will add a note at the top saying it is checked on Tuesdays and Thursdays only',
      'To put the crisis line number in the diary so she has somewhere to turn at night',
    ];
    const text = ['Next steps', ...lines].join('\n');
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Next steps', ...lines]);
    const wrapped = 'On Monday I went to the group and\nSam was already there with his coat on.';
    expect(splitSentences(wrapped)).toHaveLength(1);
  });
});
