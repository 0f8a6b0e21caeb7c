import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillCountry } from './demonyms.ts';
import { compilePattern, containsAnyPattern, firstChars, loadLexiconFile, parseTsv } from './lexicon.ts';

describe('lexicon files', () => {
  it('names a state\'s forces in actors.tsv as the generic nouns name them ("of the Democratic Republic of Congo")', () => {
    // One spelling per actor: otherwise "the Congolese army" and "troops" in Congo are two actors that never merge.
    const odd = loadLexiconFile('actors.tsv')
      .filter((r) => /^(?:Military|Police) Forces of /.test(r.canonical!) && !r.canonical!.includes(' - '))
      .filter((r) => r.canonical !== fillCountry(r.canonical!.replace(/ of .*$/, ' of {country}'), r.country!));
    expect(odd.map((r) => r.canonical)).toEqual([]);
  });

  it('gives every actor named in ACLED\'s "ACRONYM: Full Name" form aliases to be found by (that form itself is never matched)', () => {
    const bare = loadLexiconFile('actors.tsv').filter((r) => /^[^:]+: /.test(r.canonical!) && !r.aliases!.trim());
    expect(bare.map((r) => r.canonical)).toEqual([]);
  });

  it('parses a header, skips comments and applies "!" removals', () => {
    const rows = parseTsv('# source: test\nterm\tkind\nshelled\tremote\nraided\tdirect\n!shelled\n');
    expect(rows).toEqual([{ term: 'raided', kind: 'direct' }]);
  });

  it('names the file and line of a short row', () => {
    expect(() => parseTsv('a\tb\nonly-one\n', 'x.tsv')).toThrow('x.tsv:2: expected 2 tab-separated columns, got 1');
  });

  const dir = mkdtempSync(join(tmpdir(), 'sitrep-lex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('data/custom/<file> adds to and removes from data/local/<file>', () => {
    mkdirSync(join(dir, 'local'));
    mkdirSync(join(dir, 'custom'));
    writeFileSync(join(dir, 'local', 'x.tsv'), 'pattern\tcategory\ngenocidal\tlabel\nheroic\tglorifying\n');
    writeFileSync(join(dir, 'custom', 'x.tsv'), 'pattern\tcategory\n!heroic\nbrave\tglorifying\n');
    expect(loadLexiconFile('x.tsv', dir).map((r) => r.pattern)).toEqual(['genocidal', 'brave']);
  });

  it('acronyms match case-sensitively, words case-insensitively, on word edges', () => {
    expect('the SAF and the saf'.match(compilePattern('SAF'))).toEqual(['SAF']);
    expect('Shelled, SHELLED, unshelled'.match(compilePattern('shelled'))).toEqual(['Shelled', 'SHELLED']);
  });

  it.each([
    ['(?<![\\w-])(?:abc|d[ef]g)(?![\\w-])', 'ad'],
    ['(?:armed |suicide )?drones?', 'ads'],
    ['^(?:Property destruction|Looting)(?=:)', 'lp'],
    ['[A-C]x|\\d{0,2}z|\\-', '-0123456789abcz'],
    ['x*', null],
    ['\\w+|y', null],
    ['[^a]', null],
    ['é', null],
  ])('first characters of /%s/: %s', (source, chars) => {
    const f = firstChars(source, 'gi');
    expect(f && [...f].sort().join('')).toBe(chars);
  });

  it('a paragraph test for sentence-scanned patterns: anchors dropped, refused when context matters', () => {
    const re = containsAnyPattern(['^Arrests?(?=:)', 'shell(?:ed|ing)'])!;
    expect(re.test('Calm. Arrests: police held 3.')).toBe(true);
    expect(re.test('They shelled it.')).toBe(true);
    expect(re.test('Nothing here; mis-shelled is no word edge.')).toBe(false);
    expect(containsAnyPattern(['a\\b'])).toBeNull();
    expect(containsAnyPattern(['end$'])).toBeNull();
    expect(containsAnyPattern(['(?<!no )fire'])).toBeNull();
    expect(containsAnyPattern(['fire(?! drill)'])).toBeNull();
    expect(containsAnyPattern(['[^a]b|(?<n>x)'])).not.toBeNull();
  });
});
