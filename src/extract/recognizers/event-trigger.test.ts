import { describe, expect, it } from 'vitest';
import { lexicons, sentence } from '../../../test/helpers/extract.ts';
import { recognizeTriggers } from './event-trigger.ts';

const top = (text: string) => {
  const lx = lexicons();
  const ts = recognizeTriggers(sentence(text), lx.triggers, lx.nonConflict).filter((t) => !t.unreal);
  const t = ts.sort((a, b) => b.weight - a.weight)[0];
  return t ? [t.subEventType, t.weapon] : null;
};

describe('event-trigger', () => {
  it.each(['Ukrainian forces captured Russian soldiers near Kursk.', 'Police seized Hamas funds on Monday.', 'Rebels took French hostages near Gao.'])(
    'no territory taken in: %s', (text) => {
      const lx = lexicons();
      expect(recognizeTriggers(sentence(text), lx.triggers, lx.nonConflict).filter((t) => t.mode === 'territory')).toEqual([]);
    });

  it.each([
    ['A drone strike hit the port.', 'Air/drone strike', 'drone'],
    ['Warplanes bombed the market.', 'Air/drone strike', 'aircraft'],
    ['Artillery shelled the village overnight.', 'Shelling/artillery/missile attack', 'artillery'],
    ['A roadside bomb struck the convoy.', 'Remote explosive/landmine/IED', 'explosive'],
    ['A suicide bomber blew himself up at the checkpoint.', 'Suicide bomb', 'suicide explosive'],
    ['Rebels clashed with the army amid artillery shelling.', 'Armed clash', 'firearm'],
    ['Gunboats opened fire toward the coast.', 'Shelling/artillery/missile attack', 'artillery'],
    ['Fighters hit a tank with an anti-tank missile.', 'Shelling/artillery/missile attack', 'rocket'],
    ['Fighters clashed with troops and hit a tank with an anti-tank missile.', 'Armed clash', 'firearm'],
    ['Police arrested 40 people.', 'Arrests', null],
    ['Gunmen took 20 bus passengers hostage.', 'Abduction/forced disappearance', null],
    ['Militants blew up a bridge on the highway.', 'Remote explosive/landmine/IED', 'explosive'],
    ['Troops blew up three houses in the camp.', 'Looting/property destruction', null],
    ['Militiamen assaulted the village.', 'Attack', null],
    ['Iranian-supplied drones struck the city.', 'Air/drone strike', 'drone'],
    ['Gunmen killed a man and his wife in their home.', 'Attack', 'firearm'],
    ['Hundreds of protesters marched on parliament.', 'Peaceful protest', null],
    ['Gunmen kidnapped two aid workers.', 'Abduction/forced disappearance', null],
    ['Bandits carried out a wave of kidnappings in Zamfara.', 'Abduction/forced disappearance', null],
    ['Troops demolished 12 homes.', 'Looting/property destruction', null],
    ['Air defences shot down a drone.', 'Disrupted weapons use', null],
    ['Rebels seized Kherson on Friday.', 'Non-state actor overtakes territory', null],
    ['The army retook Al Fashir, the state capital, after a week of fighting.', 'Non-state actor overtakes territory', null],
  ])('%s → %s', (text, type, weapon) => {
    expect(top(text)).toEqual([type, weapon]);
  });

  it.each([
    'The militia threatened to strike oil facilities.',
    'The militia threatened on Wednesday to strike oil facilities.',
    'The group vowed last night to attack the base.',
    'The army denied shelling the village.',
    'The home side launched a blistering attack in the second half.',
    'A war drama about a bombing raid opened in cinemas.',
    'He died of a heart attack.',
    'The president warned that rebels would be crushed if they attacked the capital.',
    'The champions stormed to a 4-1 victory over their rivals.',
    'Customs officers found 12 assault rifles in a lorry.',
    'Attacks in the northwest have surged since the Taliban returned to power in 2021.',
    'Abductions rose sharply last year.',
    'Kidnappings for ransom have doubled in the state.',
    'The minister said the country would buy 40 new fighter jets and 200 drones by 2030.',
    'Ukraine received its first F-16 jets from Denmark.',
    'Officials estimate that tens of thousands of soldiers have been killed since the invasion began.',
    'Police arrested a man suspected of killing his wife with a knife.',
    'The ministry formed a new assault brigade.',
  ])('no real trigger in: %s', (text) => {
    expect(top(text)).toBeNull();
  });
});
