import { describe, expect, it } from 'vitest';
import { sentence } from '../../../test/helpers/extract.ts';
import { recognizeCasualties } from './casualty-count.ts';

const pick = (text: string, kind: 'killed' | 'injured') => {
  const ms = recognizeCasualties(sentence(text)).filter((m) => m.kind === kind);
  return ms.find((m) => m.authoritative)?.count ?? ms[0]?.count;
};

describe('casualty-count', () => {
  it.each([
    ['Warplanes struck a house, killing 3 people.', 3],
    ['The strike killed at least 12 civilians.', 12],
    ['Shelling killed a woman and a child.', 2],
    ['Two soldiers were killed in the ambush.', 2],
    ['Separatist fighters killed two gendarmes at a checkpoint.', 2],
    ['Strikes killed between 8 and 12 people.', 8],
    ['The raid killed 8 to 12 people.', 8],
    ['A mob lynched a man.', 1],
    ['The army struck a commander in his car, killing him.', 1],
    ['Two others were killed in the blast.', 2],
    ['The raid killed 11 militiamen and three servicemen.', 14],
    ['The blast left eight fatalities.', 8],
    ['The death toll rose to 41.', 41],
    ['An air strike killed a family of six.', 6],
    ['A mob beat 13 police officers to death.', 13],
    ['Glide bombs struck Kherson, murdering three civilians.', 3],
    // Left hurt, not dead (an adverb between).
    ['Shelling left three civilians seriously injured.', undefined],
    // Missing is not dead.
    ['The attack set the ship on fire, leaving one crew member missing.', undefined],
    ['Attackers hacked five villagers to death with machetes.', 5],
    ['14 people, including six children, were killed in strikes.', 14],
    ['Two dozen people were killed in the raid.', 24],
    ['The shelling killed three hundred soldiers.', 300],
    ['Rebels hacked to death 22 people.', 22],
    ['Militants beheaded 5 villagers.', 5],
    ['A drone landed without causing casualties.', 0],
    ['No one was killed in the attack.', 0],
    ['Raids killed dozens of fighters.', 12],
    ['The raid resulted in killing of 15 civilians.', 15],
    ['Troops killed 2 Hamas gunmen near the wall.', 2],
    ['Airstrikes killed and injured a number of people.', null],
    ['Two people died in the blast.', 2],
    ['Seven people lost their lives in the fire.', 7],
    ['100 bodies were recovered; 25 fatalities were coded to this event.', 25],
    ['Unspecified number of fatalities coded as 3.', 3],
    ['Jets hit a depot, leaving an unknown number of fatalities and many injuries among residents, coded as 4.', 4],
    ['Shelling left an unspecified number of fatalities [coded as 2].', 2],
    ['A shell hit the market, killing seven.', 7],
    ['Gunmen opened fire on the bus, killing one, police said.', 1],
    ['Drones hit the street, killing 3 and injuring 5 others.', 3],
    ['Shelling killed three and wounded 11 others.', 3],
    ['Warplanes targeted a clinic, killing 1 and injuring several people.', 1],
    ['A warship shelled a fishing boat, killing the fisherman.', 1],
    ['A drone strike on a car killed the local commander.', 1],
    ['A strike killed commander of the southern brigade.', 1],
    ["Jets struck and killed Hamas' Head of Logistics.", 1],
    ['The army said it had killed Hezbollah\'s deputy commander in a strike.', 1],
    ['At least 12 civilians (including children) were killed.', 12],
    ['Two members of the civil defence were killed.', 2],
    ['Artillery shelled a street, resulting in three people being injured.', undefined],
    ['Strikes killed the soldiers at the post.', undefined],
    ['Later one of the injured civilians succumbed to his wounds.', 1],
    ['The convoy was ambushed and three were killed.', 3],
    ['Warplanes bombed a school, killing 16 martyrs, the ministry said.', 16],
    ['Warplanes struck the camp, resulting in an unspecified number of fatalities.', null],
    ['The shelling caused deaths among the displaced.', null],
    ['Casualties unknown.', undefined],
    ['Gunmen ambushed the convoy, killing three drivers.', 3],
  ])('%s → killed %s', (text, expected) => {
    expect(pick(text, 'killed')).toBe(expected);
  });

  it.each([
    ['Shelling killed three and wounded 11 others.', 11],
    ['Four people were injured in a drone strike.', 4],
    ['Medics said 12 people were treated for smoke inhalation and beatings.', 12],
    ['Shelling left three civilians seriously injured.', 3],
    ['The strike killed four people and left 12 badly wounded.', 12],
    // "leaving … dead" hurts nobody.
    ['Rebels clashed with troops, leaving two rebels and a soldier dead.', undefined],
    ['Five protesters were hospitalised after the clashes.', 5],
    ['Nine people, among them two medics, were wounded.', 9],
    ['No injuries or damage were reported.', 0],
    ['The blast injured dozens.', 12],
    ['He said dozens more were wounded.', 12],
    ['Five more people were seriously injured.', 5],
    ['Drones struck overnight, killing two people and wounding five, the governor said.', 5],
    ['The blast injured twenty-one.', 21],
    ['Twelve civilians were killed and dozens were injured.', 12],
    ['Two were wounded, the police said.', 2],
    ['Strikes killed at least 51 people and wounded more than 200 on Tuesday.', 200],
    ['Artillery shelled the district, resulting in injuries.', null],
    ['A drone hit a car, leaving an unknown number of people wounded.', null],
    ['Artillery shelled the town, leaving 4 injured.', 4],
    ['Strikes hit the town without causing casualties.', 0],
    ['Casualties unknown.', undefined],
    ['The operator said no crew were hurt.', 0],
  ])('%s → injured %s', (text, expected) => {
    expect(pick(text, 'injured')).toBe(expected);
  });

  it.each([
    'The minister met 12 ambassadors on Tuesday.',
    'Prices rose by 3 percent.',
    'The ceremony marked 40 years since the treaty.',
  ])('no casualty in: %s', (text) => {
    expect(recognizeCasualties(sentence(text))).toEqual([]);
  });
});
