import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSeparateEvents } from './segment.ts';

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

describe('splitSeparateEvents', () => {
  const split = (text: string) => splitSeparateEvents(segmentSentences(text)).map((s) => ({ text: s.text, quoted: text.slice(s.start, s.end), index: s.index, clause: s.clause ?? false }));

  it('cuts a clause that tells another event after ", while" or ";", dropping the joining word', () => {
    const text = 'Prices rose. Gunmen killed two soldiers, while troops killed five militants in a separate operation. Rain fell; elsewhere, a bomb hit a bus.';
    expect(split(text)).toEqual([
      { text: 'Prices rose.', quoted: 'Prices rose.', index: 0, clause: false },
      { text: 'Gunmen killed two soldiers', quoted: 'Gunmen killed two soldiers', index: 1, clause: false },
      { text: 'troops killed five militants in a separate operation.', quoted: 'troops killed five militants in a separate operation.', index: 2, clause: true },
      { text: 'Rain fell', quoted: 'Rain fell', index: 3, clause: false },
      { text: 'elsewhere, a bomb hit a bus.', quoted: 'elsewhere, a bomb hit a bus.', index: 4, clause: true },
    ]);
  });

  it('leaves a clause that tells nothing else in its sentence', () => {
    const text = 'Gunmen killed two soldiers, while troops watched from the base; the army said nothing.';
    expect(splitSeparateEvents(segmentSentences(text)).map((s) => s.text)).toEqual([text]);
  });
});
