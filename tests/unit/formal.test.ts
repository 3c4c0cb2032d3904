import { describe, expect, it } from 'vitest';
import { readTerms } from '../../lib/analysis/nlp';
import { FORMAL_TERMS } from '../../lib/rules/data/formal-terms';
import { formalRule } from '../../lib/rules/formal';
import type { ResolvedOptions } from '../../lib/rules/types';

const options = (spelling: 'uk' | 'us' = 'uk'): ResolvedOptions => ({
  spelling,
  longSentenceWords: 40,
  rules: { passive: true, formal: true, 'long-sentence': true, 'missing-section': true, impersonal: true },
});

function check(text: string, spelling: 'uk' | 'us' = 'uk') {
  return formalRule.check({ text, terms: readTerms(text) }, options(spelling));
}
const flagged = (text: string) => check(text).map((f) => f.original);

describe('formal rule: matching', () => {
  it('matches every inflection of a verb, in both -ise and -ize spellings', () => {
    const text =
      'I utilise notes, she utilises them, we utilised them, they are utilising them. ' +
      'He utilizes it, she utilized it, and the utilisation rate rose.';
    expect(flagged(text)).toEqual([
      'utilise',
      'utilises',
      'utilised',
      'utilising',
      'utilizes',
      'utilized',
      'utilisation',
    ]);
  });

  it('matches irregular forms the tagger may not lemmatise', () => {
    expect(flagged('We undertook the audit, which was undertaken again later.')).toEqual(['undertook', 'undertaken']);
  });

  it('lets the longest phrase win', () => {
    expect(flagged('The utilisation of role play helped.')).toEqual(['The utilisation of']);
    expect(flagged('We stayed due to the fact that it rained.')).toEqual(['due to the fact that']);
    expect(flagged('A large number of trainees came.')).toEqual(['A large number of']);
  });

  it('ignores case and keeps spans to whole words', () => {
    expect(flagged('PRIOR TO the group, Whilst waiting, I read.')).toEqual(['PRIOR TO', 'Whilst']);
    expect(flagged('The pre-commencement checks and subsequentially odd words.')).toEqual([]);
  });

  it('needs the words of a phrase to be next to each other', () => {
    expect(flagged('It was prior, to be fair, to everything.')).toEqual([]);
    expect(flagged('We met in order. To start, we sat down.')).toEqual([]);
  });

  it('does not flag ordinary essay words', () => {
    const text =
      'However, it was evident and apparent that the rationale was merely considerable; therefore, in conclusion, ' +
      'nevertheless, I primarily noticed the ways in which the facilitator and the facilitation helped. ' +
      'We need to help, try, provide, identify and ensure additional support about the individual needs of each person.';
    expect(flagged(text)).toEqual([]);
  });

  it('flags "individual" as a noun but not as an adjective', () => {
    expect(flagged('I spoke to an individual who was upset.')).toEqual(['individual']);
    expect(flagged('Several individuals spoke.')).toEqual(['individuals']);
    expect(flagged('We planned individual sessions and an individual plan.')).toEqual([]);
  });

  it('leaves the idiom "once upon a time" alone', () => {
    expect(flagged('Once upon a time I relied upon luck.')).toEqual(['upon']);
  });

  it('flags a formal word inside a passive', () => {
    expect(flagged('The approach was deemed effective and was subsequently adopted.')).toEqual([
      'deemed',
      'subsequently',
    ]);
  });

  it('flags wordy frames with an adjective slot', () => {
    const [basis] = check('We check in on an ongoing basis.');
    expect(basis.original).toBe('on an ongoing basis');
    expect(basis.replacement).toBe('regularly');
    const [manner] = check('She answered in a calm and open manner.');
    expect(manner.original).toBe('in a calm and open manner');
    expect(manner.replacement).toBe('calmly and openly');
    expect(flagged('It helped in a way, in a manner of speaking.')).toEqual([]);
  });
});

describe('formal rule: findings', () => {
  it('gives offsets relative to the sentence, after curly quotes and emoji', () => {
    const text = '“Honestly” 😅 — I felt ‘odd’ prior to the session.';
    const [finding] = check(text);
    expect(finding.original).toBe('prior to');
    expect(text.slice(finding.start, finding.end)).toBe('prior to');
    expect(finding.start).toBe(text.indexOf('prior'));
  });

  it('keeps the possessive outside the span', () => {
    const text = 'The individual’s views mattered.';
    const [finding] = check(text);
    expect(finding.original).toBe('individual');
    expect(finding.replacement).toBe('person');
  });

  it('replaces with the same verb form', () => {
    const byWord = (text: string) => Object.fromEntries(check(text).map((f) => [f.original, f.replacement]));
    expect(byWord('I utilised notes while commencing the group.')).toEqual({ utilised: 'used', commencing: 'starting' });
    expect(byWord('She commences at nine and we ascertained the facts.')).toEqual({
      commences: 'starts',
      ascertained: 'found out',
    });
    // "demonstrated" is a past tense after a subject and a participle after "was".
    expect(byWord('The talk demonstrated that hope matters.')).toEqual({ demonstrated: 'showed' });
    expect(byWord('Hope was demonstrated clearly.')).toEqual({ demonstrated: 'shown' });
    expect(byWord('Further reading was undertaken.')).toEqual({ undertaken: 'done' });
  });

  it('keeps the capital of the first letter', () => {
    const [first] = check('Prior to the session I was nervous.');
    expect(first.replacement).toBe('Before');
    const [next] = check('Furthermore, it helped.');
    expect(next.replacement).toBe('Also');
    const [upon] = check('Upon reflection, it was fair.');
    expect(upon.replacement).toBe('On');
  });

  it('replaces nominalisations with the action', () => {
    const [finding] = check('The implementation of these measures is planned.');
    expect(finding.original).toBe('The implementation of');
    expect(finding.replacement).toBe('Implementing');
  });

  it('gives no replacement when the swap would need rewording', () => {
    // "had been got" reads badly, and "an person" would need the article changed.
    expect(check('Consent had been obtained.')[0].replacement).toBeUndefined();
    expect(check('I met an individual there.')[0].replacement).toBeUndefined();
    expect(check('With regard to practice, I will read more.')[0].replacement).toBeUndefined();
  });

  it('chooses noun or verb alternatives for words that are both', () => {
    expect(check('An endeavour will be made.')[0].replacement).toBe('effort');
    expect(check('I will endeavour to ask.')[0].replacement).toBe('try');
  });

  it('suggests in the user’s spelling', () => {
    const uk = check('In summation, it went well.', 'uk')[0];
    const us = check('In summation, it went well.', 'us')[0];
    expect(uk.suggestion).toContain('to summarise');
    expect(us.suggestion).toContain('to summarize');
    expect(uk.replacement).toBe('In summary');
  });

  it('writes a kind, plain message and a "Try:" suggestion', () => {
    const [finding] = check('We will utilise supervision.');
    expect(finding.message).toBe(
      '“utilise” is a formal word for “use”. Plain words are easier to read and sound more like you.',
    );
    expect(finding.suggestion).toBe('Try: use');
  });

  it('returns nothing for plain writing or an empty sentence', () => {
    expect(check('I was nervous, so I asked my supervisor for help before the group.')).toEqual([]);
    expect(check('')).toEqual([]);
  });
});

describe('formal word list', () => {
  it('holds lower-case, unique terms with at least one alternative', () => {
    const seen = new Set<string>();
    for (const entry of FORMAL_TERMS) {
      const key = `${entry.kind}:${entry.term}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(entry.term).toBe(entry.term.toLowerCase());
      expect(entry.plain.length, entry.term).toBeGreaterThan(0);
    }
  });

  it('runs in linear time on a long text', () => {
    const text = 'Prior to commencing, we utilised notes in order to ascertain the facts. '.repeat(400);
    const t0 = performance.now();
    const findings = check(text);
    expect(findings.length).toBe(2000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('formal rule: plain-English staples found missing on held-out essays', () => {
  it('flags them, with every inflection for the verbs', () => {
    expect(
      flagged(
        'Each pair was allocated a scenario and we will allocate more time next week. ' +
          'The form was amended twice, owing to staff sickness. ' +
          'Over the preceding weeks I went in the capacity of a volunteer. ' +
          'Five carers were in attendance. Choices were made on the basis of cost. ' +
          'It works provided that people consent. We asked about the discontinuation of the drop-in.',
      ),
    ).toEqual([
      'allocated',
      'allocate',
      'amended',
      'owing to',
      'preceding',
      'in the capacity of',
      'in attendance',
      'on the basis of',
      'provided that',
      'the discontinuation of',
    ]);
  });

  it('swaps them for the plain word in the same form', () => {
    const byWord = (text: string) => Object.fromEntries(check(text).map((f) => [f.original, f.replacement]));
    expect(byWord('The plan was amended, owing to the weather.')).toEqual({ amended: 'changed', 'owing to': 'because of' });
    expect(byWord('I went in the capacity of a helper.')).toEqual({ 'in the capacity of': 'as' });
  });

  it('leaves their everyday neighbours alone', () => {
    expect(flagged('They provided tea and we owed her a thank-you. Providing lunch helped.')).toEqual([]);
  });
});

describe('formal rule: second pass over the plain-English lists', () => {
  it('flags stiff verbs in every inflection and both spellings', () => {
    expect(
      flagged(
        'I concur with her. He concurred, and they are concurring. The plan never materialised; it may materialize. ' +
          'We envisaged a calm group, which precludes shouting, and I rectified my notes.',
      ),
    ).toEqual(['concur', 'concurred', 'concurring', 'materialised', 'materialize', 'envisaged', 'precludes', 'rectified']);
  });

  it('flags legal connectives and stock wordy phrases, longest first', () => {
    expect(
      flagged(
        'I stayed on the grounds that she was upset. In all likelihood she was tired. ' +
          'At the conclusion of the group we talked, irrespective of the time, as regards the rota.',
      ),
    ).toEqual(['on the grounds that', 'In all likelihood', 'At the conclusion of', 'irrespective of', 'as regards']);
    expect(flagged('The notes hereinafter and the forms thereto were filed.')).toEqual(['hereinafter', 'thereto']);
  });

  it('flags "the X of" forms of listed verbs', () => {
    expect(flagged('The retention of staff and the optimization of rotas were discussed.')).toEqual([
      'The retention of',
      'the optimization of',
    ]);
  });

  it('swaps them for the plain word in the same form', () => {
    const byWord = (text: string) => Object.fromEntries(check(text).map((f) => [f.original, f.replacement]));
    expect(byWord('Her words denoted fear and the plan never materialised.')).toEqual({
      denoted: 'meant',
      materialised: 'happened',
    });
    expect(byWord('The fees accrued, so we got reimbursed.')).toEqual({ accrued: 'built up', reimbursed: 'paid back' });
    expect(byWord('The file was transmitted; we are transmitting it.')).toEqual({
      transmitted: 'sent',
      transmitting: 'sending',
    });
    expect(byWord('We concurred at the conclusion of the meeting.')).toEqual({
      concurred: 'agreed',
      'at the conclusion of': 'at the end of',
    });
  });

  it('leaves the ordinary words the labelled essays use unflagged', () => {
    const text =
      'I acknowledged her feelings, communicated clearly, consulted my supervisor and validated her view. ' +
      'The designated lead illustrated the point, emphasised safety and initially said it was appropriate and essential. ' +
      'We could not eliminate the risk immediately, so I spoke on behalf of the group.';
    expect(flagged(text)).toEqual([]);
  });

  it('leaves the noun readings of "warrant" and "purport" alone', () => {
    expect(flagged('The police had a warrant.')).toEqual([]);
    expect(flagged('This does not warrant a referral.')).toEqual(['warrant']);
  });
});

describe('formal rule: terms found missing in the fourth round of blind essays', () => {
  it('flags "sufficiently" and the verb "permit", not the noun', () => {
    expect(flagged('Staff had not been sufficiently prepared. The club would permit a stand, permitting it again.')).toEqual([
      'sufficiently',
      'permit',
      'permitting',
    ]);
    expect(flagged('She showed her parking permit at the gate.')).toEqual([]);
  });
});
