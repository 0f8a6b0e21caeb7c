import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment.ts';

const texts = (text: string, include?: (p: string) => boolean) => segmentSentences(text, include).map((s) => [s.paragraph, s.text]);

describe('segmentSentences', () => {
  it('numbers paragraphs at blank lines, leading ones included', () => {
    expect(texts('\n\nShelling resumed. Two died.\nA new line.\n \nLater, calm.\r\n\r\nEnd')).toEqual([
      [1, 'Shelling resumed.'], [1, 'Two died.'], [1, 'A new line.'], [2, 'Later, calm.'], [3, 'End'],
    ]);
  });

  it('glues an abbreviation break back, across a line break too', () => {
    expect(texts('Troops of the U.S.\nArmy arrived. Gen. Smith spoke.')).toEqual([[0, 'Troops of the U.S.\nArmy arrived.'], [0, 'Gen. Smith spoke.']]);
  });

  it('leaves out the paragraphs `include` rejects, keeping the others\' numbers and spans', () => {
    const text = 'Prices rose.\n\nA drone struck. It burned.\n\nRain fell.';
    const kept = segmentSentences(text, (p) => p.includes('drone'));
    expect(kept.map((s) => [s.paragraph, s.text, text.slice(s.start, s.end)])).toEqual([
      [1, 'A drone struck.', 'A drone struck.'], [1, 'It burned.', 'It burned.'],
    ]);
  });
});
