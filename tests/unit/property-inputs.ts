/**
 * Hostile text pieces shared by the engine property tests and the CLI hardening tests: what trainees paste or
 * pages hand us. Every sentence here was made up for this file.
 */
import fc from 'fast-check';

export const ENGLISH = [
  'I felt nervous when the group started.',
  'The leaflet was handed out by the facilitator.',
  'Prior to the session I endeavoured to utilise the checklist.',
  'Next time I will ask an open question and wait.',
  'I realised that silence can help someone think.',
  'It was decided that nobody would speak first',
  'What happened',
  'Dear diary,',
];
export const RTL = ['שלום עולם, זה משפט.', 'مرحبا بالعالم. هذه جملة.', 'I said ‏שלום‏ to her.', '\u202eevil override\u202c', 'כן. לא.'];
export const EMOJI = [
  '👍🏽', // thumbs up + skin tone
  '👩🏾‍⚕️', // woman health worker, skin tone, ZWJ, variation selector
  '👨‍👩‍👧‍👦', // family ZWJ sequence
  '🏳️‍🌈',
  '🇬🇧',
  '❤️',
  '🧑🏻‍🤝‍🧑🏿',
  '😀',
];
export const HTML = [
  '<p>I felt <b>calm</b>.</p>',
  '<script>alert(1)</script>',
  '<div class="x">&nbsp;&amp;&lt;</div>',
  '<!-- comment -->',
  '<br/>',
  '<img src=x onerror=alert(1)>',
];
export const CONTROLS = ['\u0000', '\r\n', '\r', '\n\n', '\t', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u00ad', '\u0301'];
export const SURROGATES = ['\ud83d', '\ude00', '\udbff', '\udc00', '\ud800\ud800', '\udfff\ud800'];
export const PUNCT = ['.', '. ', '?', '!', '…', '...', '“', '”', '’', '"', "'", '(', ')', ':', ';', '-', '—', ' ', '  ', 'Dr.', 'e.g.', '1.', '- '];

export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ENGLISH) },
  { weight: 2, arbitrary: fc.constantFrom(...RTL) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...SURROGATES) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  // Any code point, astral planes included (whole pairs), and any UTF-16 unit (lone surrogates too).
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }) },
);

/** A text made of hostile pieces, joined sometimes with a space. */
export const hostileText: fc.Arbitrary<string> = fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 40 }).map((parts) =>
  parts.map(([text, space]) => (space ? `${text} ` : text)).join(''),
);
