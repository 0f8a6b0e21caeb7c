import { beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from './gazetteer.ts';
import { createGeocoder } from './geocoder.ts';
import type { Geocoder, PlaceMention } from './types.ts';

let g: Geocoder;
beforeAll(() => {
  g = createGeocoder();
});

const names = (ms: PlaceMention[]) => ms.map((m) => m.surface);

describe('findMentions', () => {
  it('believes a place in a conflict neighbour of the country the text names, not one in a third country', () => {
    // Gaza towns in a text about Israel's offensive: the attacker's country is named, the place lies next door.
    expect(names(g.findMentions('Israeli strikes hit Khan Younis overnight, as Israel resumed its offensive.'))).toEqual(['Khan Younis', 'Israel']);
    expect(names(g.findMentions('Israeli air strikes killed 40 people across the Gaza Strip, as Israel resumed its offensive.'))).toEqual(['Gaza Strip', 'Israel']);
    // Egypt is no party to it: a small Egyptian town of the same name stays doubtful.
    expect(names(g.findMentions('Israeli strikes hit a house in Mansoura as Israel resumed its offensive.'))).toEqual(['Israel']);
  });

  it('reads another country\'s demonym before a noun as a nationality, not the place bearing the word', () => {
    expect(names(g.findMentions('The Somali government said its troops retook Jowhar.'))).toEqual(['Jowhar']);
    expect(names(g.findMentions('Chadian troops crossed into Sudan.'))).toEqual(['Sudan']);
    expect(names(g.findMentions('Fighters attacked a camp in the central Malian town of Boulkessi, near Mopti.'))).toEqual(['Mopti']);
    // Before a place word it is the place: Ethiopia's Somali Region.
    expect(g.findMentions('Fighting broke out in the Somali region of Ethiopia.').map((m) => [m.surface, m.candidates[0]?.iso2])).toEqual([['Somali region', 'ET'], ['Ethiopia', 'ET']]);
  });

  it('reads a capital that speaks as its government, not a place ("Kyiv described …"), but not "officials in Juba said"', () => {
    expect(names(g.findMentions('Drones struck Kharkiv overnight. Kyiv described the attacks as terrorism.'))).toEqual(['Kharkiv']);
    expect(names(g.findMentions('Moscow denied the report.'))).toEqual([]);
    expect(names(g.findMentions('Fighting resumed, officials in Juba said.'))).toEqual(['Juba']);
  });

  it('reads no town through its alternate name as a province, nor as part of another country\'s region', () => {
    // GeoNames lists "Samar" among Samara's names, "Bolan" among Bolano's (Italy).
    expect(names(g.findMentions('Rebels clashed with troops in Samar province on Sunday.'))).toEqual([]);
    expect(names(g.findMentions('Separatists attacked a train in Balochistan\'s Bolan district.'))).toEqual(['Balochistan']);
    expect(names(g.findMentions('Drones struck Russia\'s Kursk region overnight.'))).toEqual(['Russia', 'Kursk region']);
  });

  it('reads an acronym as an organisation, with or without "the" before it', () => {
    expect(names(g.findMentions('The UN said its peacekeepers came under fire near Goma.'))).toEqual(['Goma']);
    expect(names(g.findMentions('Peacekeepers near Goma came under fire, the UN said.'))).toEqual(['Goma']);
  });

  it('reads a street, junction or tower named after a town as no mention of that town', () => {
    expect(names(g.findMentions('Troops fired on a crowd at the Hebron junction in Khan Younis on Monday.'))).toEqual(['Khan Younis']);
    expect(names(g.findMentions('Two men were shot dead on Jaffa Street in Gaza City.'))).toEqual(['Gaza City']);
    expect(names(g.findMentions('A strike hit the Aleppo tower in Rafah.'))).toEqual(['Rafah']);
    // A name the gazetteer knows with its generic word, and a town with a camp or a crossing, stay places.
    expect(names(g.findMentions('Tanks shelled Jabalia camp and the Rafah crossing on Monday.'))).toEqual(['Jabalia camp', 'Rafah crossing']);
  });

  it('reads each place of a hyphenated pair that is no name itself, and keeps a name that is one', () => {
    expect(names(g.findMentions('Gunmen abducted passengers on the Abuja-Kaduna highway on Sunday.'))).toEqual(['Abuja', 'Kaduna']);
    expect(names(g.findMentions('Fighting was reported in Guinea-Bissau on Sunday.'))).toEqual(['Guinea-Bissau']);
    expect(names(g.findMentions('The Israeli-Palestinian talks resumed in Cairo.'))).toEqual(['Cairo']);
  });

  it('knows Kobani, Huwara, Kostiantynivka and Chasiv Yar by the names news uses', () => {
    for (const [text, name] of [['Shelling hit Kostiantynivka on Sunday.', 'Kostiantynivka'], ['Shelling hit Chasiv Yar on Sunday.', 'Chasiv Yar'], ['A missile hit Lviv on Sunday.', 'Lviv']]) {
      expect(g.findMentions(text!)[0]!.candidates[0]).toMatchObject({ name, iso2: 'UA' });
    }
    const [k] = g.findMentions('A drone struck a car near Kobani on Sunday.');
    expect(k!.candidates[0]).toMatchObject({ name: 'Kobani', iso2: 'SY' });
    const [h] = g.findMentions('Settlers attacked homes in Huwara on Sunday.');
    expect(h!.candidates[0]).toMatchObject({ name: 'Huwara', iso2: 'PS' });
  });

  it('finds "the Eilat Bay area" as the bay near Eilat, precision 2', () => {
    const [m] = g.findMentions('A drone fell in the Eilat Bay area on Sunday, the army said.');
    expect(m.surface).toBe('Eilat Bay');
    expect(m.qualifier).toBe('area');
    expect(m.candidates[0].precision).toBe(2);
    expect(distanceKm(29.56, 34.95, m.candidates[0].latitude, m.candidates[0].longitude)).toBeLessThan(25);
  });

  it('reads "northern Israel" as the north of the country, precision 3', () => {
    const [m] = g.findMentions('Hezbollah fired rockets at northern Israel.');
    expect(m).toMatchObject({ surface: 'Israel', qualifier: 'northern' });
    expect(m.candidates[0]).toMatchObject({ iso2: 'IL', kind: 'country', precision: 3 });
    expect(m.candidates[0].latitude).toBeGreaterThan(32.4);
  });

  it('moves "20 km south of Kharkiv" 20 km south, precision 2', () => {
    const [m] = g.findMentions('Shelling hit a village 20 km south of Kharkiv overnight.');
    expect(m.qualifier).toBe('20 km south of');
    const c = m.candidates[0];
    expect(c.precision).toBe(2);
    expect(distanceKm(49.99, 36.23, c.latitude, c.longitude)).toBeGreaterThan(17);
    expect(distanceKm(49.99, 36.23, c.latitude, c.longitude)).toBeLessThan(23);
    expect(c.latitude).toBeLessThan(49.9);
  });

  it('marks "near Goma" with precision 2', () => {
    const [m] = g.findMentions('M23 fighters clashed with the army near Goma.');
    expect(m).toMatchObject({ surface: 'Goma', qualifier: 'near' });
    expect(m.candidates[0]).toMatchObject({ iso2: 'CD', precision: 2 });
  });

  it('reads a dateline dash as a dateline, not "City - Neighbourhood", when the right side lies in another country', () => {
    const ms = g.findMentions('ADEN — US strikes hit Houthi positions near Hodeidah on Saturday.');
    // Not "Us" (a village in France) inside Aden; "ADEN" itself is the dateline (four capitals opening
    // the text before a dash: not an acronym like IDF or RSF).
    expect(names(ms)).toEqual(['ADEN', 'Hodeidah']);
    expect(ms.map((m) => m.candidates[0]!.iso2)).toEqual(['YE', 'YE']);
    expect(names(g.findMentions('KYIV - Ukraine\'s air force said it downed 45 drones.'))).toEqual(['KYIV', 'Ukraine']);
    expect(names(g.findMentions('The IDF said the PIJ fired rockets at Sderot.'))).toEqual(['Sderot']);
  });

  it('reads "the Swat valley" (lower-case valley) as the Swat district', () => {
    const [m] = g.findMentions('Army helicopters struck hideouts in the Swat valley on Thursday.');
    expect(m).toMatchObject({ surface: 'Swat valley' });
    expect(m!.candidates[0]).toMatchObject({ iso2: 'PK', precision: 3 });
  });

  it('does not read the end of an unknown name as a place ("Wadi Jbeil" is not Jbeil, Byblos)', () => {
    const ms = g.findMentions('An Israeli strike in southern Lebanon hit a car near Wadi Jbeil on Sunday.');
    expect(names(ms)).toEqual(['Lebanon']);
    // Bint Jbeil itself is known (GeoNames spells it Bent Jbail; places-aliases.tsv adds the usual spellings).
    expect(names(g.findMentions('An Israeli strike in southern Lebanon hit a car near Bint Jbeil on Sunday.'))).toEqual(['Lebanon', 'Bint Jbeil']);
    // A capitalised word opening the sentence, a weekday or a month is no first half of a name.
    expect(names(g.findMentions('Russian forces shelled Ukraine. Overnight Kharkiv came under fire, and on Monday Kyiv was hit.'))).toEqual(['Ukraine', 'Kharkiv', 'Kyiv']);
  });

  it('knows the admin1 regions of Colombia, Mexico and India', () => {
    const ms = g.findMentions('Rebels attacked a base in Cauca province, cartel gunmen struck in Michoacan, and militants clashed with troops in Manipur.');
    expect(ms.map((m) => [m.surface, m.candidates[0]!.kind, m.candidates[0]!.iso2])).toEqual([
      ['Cauca province', 'admin1', 'CO'], ['Michoacan', 'admin1', 'MX'], ['Manipur', 'admin1', 'IN'],
    ]);
  });

  it('reads a given name before a surname as a person ("Vladimir Putin", "Ismail Haniyeh"), not a place', () => {
    expect(g.findMentions('Vladimir Putin met Ismail Haniyeh in Moscow.').map((m) => m.surface)).toEqual(['Moscow']);
    expect(g.findMentions('Drones struck an oil depot in Vladimir on Sunday.').map((m) => [m.surface, m.candidates[0]!.iso2])).toEqual([['Vladimir', 'RU']]);
  });

  it('prefers the place bearing a name today over one that bore it once ("Pokrovsk" is not Engels)', () => {
    expect(g.findMentions('Russian forces pressed towards Pokrovsk, Ukrainian officials said.')[0]!.candidates[0]).toMatchObject({ name: 'Pokrovsk', iso2: 'UA' });
  });

  it('does not read the end of a longer unknown name with a suffix as a region ("the Great Lakes region" is not Lakes state)', () => {
    expect(g.findMentions('The Great Lakes region remains unstable, officials in Juba said.').map((m) => m.surface)).toEqual(['Juba']);
    expect(g.findMentions('Cattle raiders killed 12 people in the Lakes region on Monday.').map((m) => [m.surface, m.candidates[0]!.iso2])).toEqual([['Lakes region', 'SS']]);
  });

  it('reads a name after "da"/"de" and a capitalised word as the end of a longer name ("Xamboa da Praia" is not Praia)', () => {
    expect(g.findMentions('Insurgents raided Xamboa da Praia in Cabo Delgado.').map((m) => m.surface)).toEqual(['Cabo Delgado']);
    expect(g.findMentions('Insurgents raided Mocimboa da Praia on Monday.').map((m) => [m.surface, m.candidates[0]!.iso2])).toEqual([['Mocimboa da Praia', 'MZ']]);
  });

  it('knows the admin1 regions of Mozambique, Ethiopia, Cameroon and Russia', () => {
    const ms = g.findMentions('Insurgents struck in Cabo Delgado province, fighting resumed in the Tigray region, separatists attacked in the North-West region, and drones hit the Saratov region.');
    expect(ms.map((m) => [m.surface, m.candidates[0]!.kind, m.candidates[0]!.iso2, m.candidates[0]!.name])).toEqual([
      ['Cabo Delgado province', 'admin1', 'MZ', 'Cabo Delgado'], ['Tigray region', 'admin1', 'ET', 'Tigray'],
      ['North-West region', 'admin1', 'CM', 'North-West'], ['Saratov region', 'admin1', 'RU', 'Saratov Oblast'],
    ]);
  });

  it('resolves ACLED "City - Neighbourhood" names to the neighbourhood', () => {
    const ms = g.findMentions('Israeli warplanes launched a raid on a house in Gaza - Ad Darraj (Gaza City, Gaza Strip) killing 3 people.');
    expect(ms[0].surface).toBe('Gaza - Ad Darraj');
    expect(ms[0].candidates[0]).toMatchObject({ name: 'Ad Darraj', kind: 'neighbourhood', iso2: 'PS', precision: 1 });
    expect(names(ms)).toContain('Gaza Strip');
  });

  it('takes the longest match and Arabic articles inside names', () => {
    expect(names(g.findMentions('Fighting continued in Deir al-Zour and in Khan Younis.'))).toEqual(['Deir al-Zour', 'Khan Younis']);
    expect(names(g.findMentions('Strikes on Beit Lahia and the Jabalia camp.'))).toEqual(['Beit Lahia', 'Jabalia camp']);
  });

  it('uses the other places in the text to pick Tripoli, Lebanon', () => {
    const ms = g.findMentions('An explosion in Tripoli wounded two; Beirut condemned the attack.');
    expect(ms.find((m) => m.surface === 'Tripoli')?.candidates[0].iso2).toBe('LB');
    expect(g.findMentions('Clashes broke out in Tripoli between rival militias.')[0].candidates[0].iso2).toBe('LY');
  });

  it('treats admin suffixes as part of the name', () => {
    const [m] = g.findMentions('Drones hit Donetsk Oblast and the Kharkiv region.').slice(0, 1);
    expect(m.surface).toBe('Donetsk Oblast');
    expect(m.candidates[0]).toMatchObject({ kind: 'admin1', precision: 3 });
  });

  describe('negative cases: common words and names are not places', () => {
    it.each([
      'Police said the attack happened on Monday.',
      'The President met the Prime Minister in the morning.',
      'Hamas said it would respond; Hassan Nasrallah spoke later.',
      'IDF troops and PIJ fighters exchanged fire, according to Reuters.',
      'Many people were killed and others were wounded, officials said.',
      'Israeli and Palestinian officials declined to comment.',
      'However, the Mobile unit said the Reading was wrong.',
    ])('%s', (text) => {
      expect(names(g.findMentions(text))).toEqual([]);
    });
  });
});
