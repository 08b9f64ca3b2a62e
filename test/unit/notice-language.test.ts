// ORIGINAL_MESSAGE_MARKERS starts its regex just before the first anchor word instead of at the top of
// the text (a speed measure). It must find exactly what one case-insensitive, multi-line regex over the
// whole text finds: checked on edge cases and on random texts built from the markers' own words,
// whitespace of every kind (runs of it make a marker's length unbounded), heading decoration and noise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as language from '../../src/core/notice-language';
import { TrigramSet } from '../../src/core/knowledge/prefilter';
import { ORIGINAL_MARKER_HEADINGS, ORIGINAL_MARKER_PHRASES, ORIGINAL_MESSAGE_MARKERS, PhraseSet, prefixTree } from '../../src/core/notice-language';

const escape = (fragment: string) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const REFERENCE = new RegExp(
  `${ORIGINAL_MARKER_PHRASES.map(escape).join('|')}|^[ \\t>*=_#-]{0,12}(?:${ORIGINAL_MARKER_HEADINGS.map(escape).join('|')})`,
  'im',
);
const expected = (text: string) => REFERENCE.exec(text)?.index ?? -1;
const actual = (text: string) => ORIGINAL_MESSAGE_MARKERS.exec(text)?.index ?? -1;
// With the text's trigram table, the anchor words are looked up with indexOf in its lower-cased copy.
const actualIndexed = (text: string) => ORIGINAL_MESSAGE_MARKERS.exec(text, new TrigramSet().fill(text))?.index ?? -1;

const words = [...new Set([...ORIGINAL_MARKER_PHRASES, ...ORIGINAL_MARKER_HEADINGS].flatMap((f) => f.split(' ')))];
const wordArb = fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()), 'Original-Recipient:', 'copy', 'header');
const spaceArb = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', ' \n\t ', `${' '.repeat(300)}`);
const decorationArb = fc.constantFrom('-----', '>', '*', '=', '#', '___', '> > ', '------------');
const textArb = fc
  .array(fc.oneof({ weight: 4, arbitrary: wordArb }, { weight: 4, arbitrary: spaceArb }, decorationArb, fc.string({ maxLength: 6 })), { maxLength: 50 })
  .map((parts) => parts.join(''));

describe('ORIGINAL_MESSAGE_MARKERS', () => {
  it('finds the first marker where the whole-text regex does, on edge cases', () => {
    const cases = [
      '', 'no marker at all', 'Hello\n------ Original Message ------\nFrom: a@example.com',
      `intro\n${'-'.repeat(12)}Original message:\nrest`, `intro\n${'-'.repeat(13)}Original message:\nrest`,
      `below${' '.repeat(5000)}this line is a copy of the message`, 'Original-Recipient: rfc822; a@example.com\n\nthe text you sent follows',
      'encabezados\u00a0del\u2028mensaje\u3000original', `encabezados${'\u00a0'.repeat(40)}del mensaje original`, 'x\r\n> ***Ursprüngliche Nachricht', 'Content-Type: message/rfc822',
      'a copy of the original message but first: original message:', 'copy copy copy\nthe headers of your message are',
      // lower-casing "İ" lengthens the text (no lower-cased copy to search), the Kelvin sign lower-cases to "k"
      'İ below this line is a copy of the message', 'OORSPRON\u212aELIJKE BERICHTKOPPEN then oorspronkelijke berichtkoppen',
      'a COPY of the ORIGINAL message', 'the headers of\nyour message are', 'Header: x\n----- Original Message -----',
    ];
    for (const text of cases) {
      expect(actual(text), JSON.stringify(text.slice(0, 80))).toBe(expected(text));
      expect(actualIndexed(text), JSON.stringify(text.slice(0, 80))).toBe(expected(text));
    }
  });

  it('finds the first marker where the whole-text regex does, on random texts', () => {
    fc.assert(fc.property(textArb, (text) => actual(text) === expected(text) && actualIndexed(text) === expected(text)), { numRuns: 5000 });
  });
});

describe('phrase sets', () => {
  // Each set's regex is its phrases factored by common beginnings (prefixTree); it must answer what
  // the plain alternation of the phrases answers.
  const sets = Object.entries(language).filter((entry): entry is [string, PhraseSet] => entry[1] instanceof PhraseSet);
  const reference = (set: PhraseSet) => new RegExp(set.fragments.map((fragment) => escape(fragment.toLowerCase())).join('|'));
  const references = sets.map(([name, set]) => [name, set, reference(set)] as const);
  const setWords = [...new Set(sets.flatMap(([, set]) => set.fragments.flatMap((fragment) => fragment.split(' '))))].filter((word) => word !== '');
  const setWordArb = fc.constantFrom(...setWords).chain((word) => fc.constantFrom(word, word.toUpperCase(), word.slice(0, -1), word.slice(1)));
  const setTextArb = fc
    .array(fc.oneof({ weight: 5, arbitrary: setWordArb }, { weight: 4, arbitrary: spaceArb }, fc.string({ maxLength: 4 })), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('match where the plain alternation of their phrases does', () => {
    fc.assert(
      fc.property(setTextArb, (text) => {
        for (const [name, set, plain] of references) {
          if (set.test(text) !== plain.test(text.toLowerCase())) throw new Error(`${name} on ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keep the shorter of two phrases that begin alike, and refuse an empty one', () => {
    expect(prefixTree(['gave up', 'gave up on it', 'give'])).toBe('g(?:ave\\s+up|ive)');
    expect(() => prefixTree([''])).toThrow();
  });
});
