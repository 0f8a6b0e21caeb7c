import { describe, expect, it } from 'vitest';
import { lexicons, sentence } from '../../../test/helpers/extract.ts';
import { recognizeCues } from './certainty-cue.ts';

const roles = (text: string) => recognizeCues(sentence(text), lexicons().cues).map((c) => `${c.role}:${c.rule.split('/')[0]}`);

describe('certainty-cue', () => {
  it.each([
    ['Reports suggest a drone was used.', ['reported:hedges.tsv:1']],
    ['The group claimed responsibility.', ['claimed:hedges.tsv:2']],
    ['The military confirmed an object fell.', ['confirmed:hedges.tsv:3']],
    ['The army denied shelling the village.', ['denied:hedges.tsv:4']],
    ['The figure could not be independently verified.', ['reported:hedges.tsv:1']],
    ['Three people died, the governor said.', ['reported:attribution']],
    ['Three people died on Tuesday, the army said, while medics said five were hurt.', ['reported:attribution']],
    ['Three people died, it was said, in the raid.', []],
    ['According to medics, five were hurt.', ['reported:attribution']],
    ['Troops shelled the town.', []],
    ['No group has yet claimed the kidnapping.', []],
    ['Nobody claimed the attack, but Al-Shabaab announced it later.', ['claimed:hedges.tsv:2']],
    // "announced"/"declared" claim an act told ("declared that", "announced the capture"), not a decision.
    ['The army declared that it had retaken the town.', ['claimed:hedges.tsv:2']],
    ['Nobody has claimed it, though the group later announced the capture of the airport.', ['claimed:hedges.tsv:2']],
    ['The government declared three days of national mourning.', []],
    ['After the attack, authorities announced a curfew in the city.', []],
    // A source opening the sentence reports what follows; a claim of its own act stays the claim.
    ['The governor said three people were killed in the strike.', ['reported:attribution']],
    ['Hamas-run media said four people were killed near Beit Lahia.', ['reported:attribution']],
    ['The army said it had killed four militants.', ['claimed:hedges.tsv:2']],
    ['The strike, officials said on Monday, was the deadliest this year.', ['reported:attribution']],
    ['He was said to have fled across the border.', ['reported:hedges.tsv:1']],
    ['Local activists put the death toll at 60.', ['reported:attribution']],
    // Not a relative clause, a question word or "said nothing".
    ['A witness who said he saw the attack was later arrested by police.', []],
    ['What the army said about the strike was not clear.', []],
    ['It said nothing about casualties in the raid.', []],
    ['The army blamed the RSF, which denied it.', ['accused:hedges.tsv:5', 'denied:hedges.tsv:4']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
