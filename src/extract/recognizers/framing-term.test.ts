import { describe, expect, it } from 'vitest';
import { lexicons } from '../../../test/helpers/extract.ts';
import { recognizeFraming } from './framing-term.ts';

const flags = (text: string) => recognizeFraming(text, lexicons().framing).map((f) => `${f.term}/${f.category}`);

describe('framing-term', () => {
  it('flags the loaded words of either side of one war alike', () => {
    // The same act told by each side's media, in its words.
    expect(flags('The Kyiv regime\'s neo-Nazi militants shelled the peaceful city of Horlivka. Our brave defenders answered.'))
      .toEqual(['Kyiv regime/delegitimising-label', 'neo-Nazi/delegitimising-label', 'peaceful city/loaded-description', 'brave defenders/glorifying']);
    expect(flags('Russian occupiers struck Kherson, murdering three civilians. The heroic army eliminated 1,200 orcs.'))
      .toEqual(['occupiers/delegitimising-label', 'murdering three civilians/loaded-description', 'heroic/glorifying', 'orcs/dehumanising']);
  });

  it('leaves plain reporting unflagged', () => {
    expect(flags('Russian forces struck Kherson on Sunday, killing three civilians, the governor said.')).toEqual([]);
    expect(flags('A court convicted the man of murder.')).toEqual([]);
  });
});
