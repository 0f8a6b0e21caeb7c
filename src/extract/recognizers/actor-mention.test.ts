import { describe, expect, it } from 'vitest';
import { lexicons, sentence } from '../../../test/helpers/extract.ts';
import { loadDemonyms } from '../demonyms.ts';
import { compileActorRules, recognizeActors } from './actor-mention.ts';

const names = (text: string) => recognizeActors(sentence(text), lexicons().actors).map((m) => m.actor.name);

describe('actor-mention', () => {
  it.each([
    ['The IDF said its jets struck.', 'Military Forces of Israel'],
    ['Hizballah fired rockets.', 'Hezbollah'],
    ['Ansar Allah claimed the attack.', 'Houthi Movement (Ansar Allah)'],
    ['Daesh fighters attacked a checkpoint.', 'Islamic State (Iraq and Syria)'],
    ['Russian troops advanced.', 'Military Forces of Russia'],
    ['Ukrainian forces repelled the assault.', 'Military Forces of Ukraine'],
    ['Congolese soldiers fought M23.', 'Military Forces of the Democratic Republic of Congo'],
    ['Sudanese police dispersed the crowd.', 'Police Forces of Sudan'],
    // A demonym several territories share belongs to the UN member; "the" as ACLED writes it.
    ['American troops shelled the village.', 'Military Forces of the United States'],
    ['French soldiers patrolled the town.', 'Military Forces of France'],
    ['Dutch police detained two men.', 'Police Forces of the Netherlands'],
    ['Kenyan protesters marched.', 'Protesters (Kenya)'],
    ['A Palestinian was shot.', 'Civilians (Palestine)'],
    ['The United States carried out a wave of airstrikes on Sanaa.', 'Military Forces of the United States'],
    ['Hamas said the Israeli "occupation army" shelled the camp.', 'Military Forces of Israel'],
    ['Fighters ambushed an Israeli patrol east of Rafah.', 'Military Forces of Israel'],
    ['Gunmen attacked a Pakistani police patrol.', 'Police Forces of Pakistan'],
    ['Russian occupiers struck Kherson.', 'Military Forces of Russia'],
    ["Moscow's forces abducted five villagers.", 'Military Forces of Russia'],
    ["Moscow's defence ministry said its troops hit military targets.", 'Military Forces of Russia'],
    ['KNLA fighters overran an army outpost.', 'KNLA: Karen National Liberation Army'],
    ['Wazalendo militias clashed with the rebels.', 'Wazalendo'],
    ['The Baloch Liberation Army claimed the attack.', 'BLA: Baloch Liberation Army'],
    ['Fighters of the Oromo Liberation Army ambushed a bus.', 'OLA: Oromo Liberation Army'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('acronyms match case-sensitively only', () => {
    expect(names('The saf was calm.')).not.toContain('Military Forces of Sudan');
    expect(names('The SAF shelled the town.')).toContain('Military Forces of Sudan');
  });

  it('country abbreviations stand for the state only before a strike or force word, in exact case', () => {
    expect(names('US strikes hit the port.')).toContain('Military Forces of the United States');
    expect(names('Residents said the U.S. strikes went on for hours.')).toContain('Military Forces of the United States');
    expect(names('A UK-backed force moved in.')).toContain('Military Forces of the United Kingdom');
    expect(names('He told us strikes would follow.')).not.toContain('Military Forces of the United States');
    expect(names('The US said it was monitoring.')).toEqual([]);
  });

  it('a verb or conjunction before a noun is not part of its phrase (the free word slot takes adjectives)', () => {
    const surfaces = (text: string) => recognizeActors(sentence(text), lexicons().actors).map((m) => text.slice(m.span.start, m.span.end));
    expect(surfaces('The ministry said air defences shot down six drones.')).toContain('air defences');
    expect(surfaces('Witnesses said when soldiers arrived the market emptied.')).toContain('soldiers');
    expect(surfaces('Local police detained two men.')).toContain('Local police');
  });

  it('a generic noun without a nationality is left for the resolver to qualify', () => {
    expect(names('Gunmen opened fire.')).toEqual(['Unidentified Armed Group (?)']);
  });

  it('a machine of remote violence with no nationality takes no country from the context; one with a nationality keeps it', () => {
    const found = (text: string) => recognizeActors(sentence(text), lexicons().actors).map((m) => [m.actor.name, m.ownerFromContext ?? true]);
    expect(found('A drone hit the market.')).toEqual([['Military Forces of ?', false], ['Civilians (?)', true]]);
    expect(found('Soldiers opened fire.')).toEqual([['Military Forces of ?', true]]);
    expect(found('Russian drones hit the city.')).toEqual([['Military Forces of Russia', true]]);
  });

  it('a country blamed for an act is its forces; a word blamed is nobody', () => {
    const found = (text: string) => recognizeActors(sentence(text), lexicons().actors).map((m) => [m.actor.name, m.rule]);
    expect(found('Syrian state media blamed Israel for the strike.')).toEqual([['Military Forces of Israel', 'country-name-blamed']]);
    expect(found('Officials blamed the attack on Russia.')).toEqual([['Military Forces of Russia', 'country-name-blamed']]);
    expect(found('Kyiv accused Russia of shelling the plant.')).toEqual([['Military Forces of Russia', 'country-name-blamed']]);
    expect(found('Ministers blamed inflation for the unrest.')).toEqual([]);
  });

  it('the owner column must say context or stated', () => {
    const row = { pattern: 'drones?', template: 'Military Forces of {country}', kind: 'state_forces', role: 'either' };
    expect(() => compileActorRules([], [{ ...row, owner: 'place' }], loadDemonyms())).toThrow(/actor-nouns\.tsv row 1: owner must be 'context' or 'stated', got "place"/);
    expect(() => compileActorRules([], [{ ...row, owner: 'stated' }], loadDemonyms())).not.toThrow();
  });
});
