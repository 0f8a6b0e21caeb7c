/**
 * The extractor on one- and two-sentence articles: roles, grouping, types, certainty, background.
 * One row per behaviour (and per bug fixed); the whole-article cases live in test/golden/.
 */
import { describe, expect, it } from 'vitest';
import { createGeocoder } from '../geocode/geocoder.ts';
import { createExtractor } from './extractor.ts';
import { flattenEvent, type FlatEvent } from './flat.ts';

const extractor = createExtractor({ geocoder: createGeocoder() });
const run = (text: string, date = '2024-04-01') =>
  extractor.extract({ id: 't', date, text, origin: { path: 't' } }).events.map(flattenEvent);

describe('extractor', () => {
  it.each<[string, string, Partial<FlatEvent>]>([
    ['people hurt with no figure are victims of remote violence, their number unknown', 'Artillery shelled the Shujaiyya district of Gaza City on Monday, resulting in injuries.',
      { sub_event_type: 'Shelling/artillery/missile attack', actor2: 'Civilians (Palestine)', injured: null, fatalities: null }],
    ['a figure given later beats people hurt with no figure', 'Israeli artillery shelled Khan Younis on Monday, leaving injuries. Two people were wounded, medics said.',
      { actor1: 'Military Forces of Israel', actor2: 'Civilians (Palestine)', injured: 2 }],
    ['an unowned instrument joined to the trigger by "or" is no target', 'An airstrike or artillery fire killed two farmers near Deir al-Balah on Saturday.',
      { sub_event_type: 'Air/drone strike', actor2: 'Civilians (Palestine)', fatalities: 2 }],
    ['…nor one joined by "and" after a state agent\'s own strike', 'Israeli jets bombed Beit Lahia on Sunday. Later, drones and tanks opened fire east of the town.',
      { actor1: 'Military Forces of Israel', actor2: null }],
    ['…but one listed after a weapon someone owns is more of what was stopped', 'Interception: On 3 March 2024, Hamas fighters captured an Israeli quadcopter and two drones near Khan Younis.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Hamas Movement', actor2: 'Military Forces of Israel' }],
    ['where the guns are positioned is not where they hit', 'Russian artillery positioned near Nova Kakhovka shelled Kherson on Tuesday, wounding two people.',
      { location: 'Kherson', actor1: 'Military Forces of Russia', injured: 2 }],
    ['tanks that "opened fire" on homes shelled them', 'Army tanks stationed outside the town opened fire on homes in Bentiu on Friday.',
      { sub_event_type: 'Shelling/artillery/missile attack', weapon: 'artillery', actor2: 'Civilians (South Sudan)', location: 'Bentiu' }],
    ['…but police who opened fire on a crowd attacked it', 'Police opened fire on a crowd of traders in Juba on Friday.',
      { sub_event_type: 'Attack', weapon: 'firearm' }],
    ['generic militants are the named group that is the subject of the next act', 'Somali militants clashed with soldiers near Baidoa on Sunday and al-Shabaab fired mortars at the airport.',
      { sub_event_type: 'Armed clash', actor1: 'Al Shabaab', actor2: 'Military Forces of Somalia' }],
    ['…never a group of another country', 'Somali militants clashed with soldiers near Baidoa on Sunday and Hezbollah fired rockets at Kiryat Shmona.',
      { sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Somalia)' }],
    ['who escorts the target is not the agent "by" names', 'Militants of al-Shabaab detonated a bomb under an army truck escorted by soldiers near Afgoye on Monday.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Al Shabaab', actor2: 'Military Forces of Somalia' }],
    ['a bracketed aside comments on the event before it, and its coded figure is that event\'s', 'Rebels clashed with soldiers near Goma on Monday. [The army said its ground operation that week killed dozens of rebels; 3 fatalities were coded to this event.]',
      { sub_event_type: 'Armed clash', fatalities: 3 }],
    ['…but a bracketed dateline opens the report', '[GAO] Militants attacked an army post on Monday, killing four soldiers.',
      { sub_event_type: 'Armed clash', fatalities: 4 }],
    ['the groups named in brackets after a side are that side, not the other', 'Clashes broke out between militants (al-Shabaab and Islamic State fighters) and Somali troops near Bosaso on Monday.',
      { sub_event_type: 'Armed clash', actor1: 'Al Shabaab', actor2: 'Military Forces of Somalia' }],
    ['"likely from" a named group names the generic phrase before it', 'Nigerian troops killed an unspecified number of Nigerian militants, likely from Boko Haram in Bama.',
      { sub_event_type: 'Armed clash', actor2: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad' }],
    ['guns that were destroyed did not fire', 'Militants destroyed two Malian artillery pieces with a roadside bomb near Gao on Monday.',
      { sub_event_type: 'Remote explosive/landmine/IED', weapon: 'explosive', actor2: 'Military Forces of Mali' }],
    ['a nationality before a command post is that state\'s forces, the target', 'Hamas fighters fired mortar rounds at an Israeli command post near Khan Younis on Tuesday.',
      { actor1: 'Hamas Movement', actor2: 'Military Forces of Israel' }],
    ['…and before a military convoy', 'Houthi forces fired a missile at an American military convoy in Yemen on Friday.',
      { actor1: 'Houthi Movement (Ansar Allah)', actor2: 'Military Forces of the United States' }],
    ['a casualty of the agent\'s own side is not the other side of the fight', 'Pakistani security forces killed six militants in a raid in North Waziristan on Tuesday. One soldier was killed in the exchange of fire.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of Pakistan', actor2: 'Unidentified Armed Group (Pakistan)', fatalities: 7 }],
    ['an ambush of unarmed people is an attack on them', 'Suspected Islamic State militants ambushed a convoy carrying aid workers near Mocimboa da Praia on Wednesday, killing three drivers.',
      { sub_event_type: 'Attack', actor2: 'Civilians (Mozambique)', fatalities: 3 }],
    ['what was shot down belongs to who "launched" it, and a country after "by" is not the place', 'Ukraine\'s air force said it shot down 56 of 122 drones launched by Russia overnight.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Ukraine', actor2: 'Military Forces of Russia', country: 'Ukraine' }],
    ['the interceptor after "by a"', 'Drones launched by the Houthis were shot down over the Red Sea by a US destroyer.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of the United States', actor2: 'Houthi Movement (Ansar Allah)' }],
    ['a missile "fired by" a country is that state\'s', 'A missile fired by Russia hit a school in Kharkiv on Monday, killing two people.',
      { actor1: 'Military Forces of Russia', actor2: 'Civilians (Ukraine)', location: 'Kharkiv', fatalities: 2 }],
    ['a country after "by" is who did it, never where', 'A border village was raided by Russia on Monday, killing one man.',
      { location: null, fatalities: 1 }],
    ['"attacked by" a country: that state\'s forces did it', 'A border post was attacked by Russia on Monday, killing one guard, the Ukrainian army said.',
      { actor1: 'Military Forces of Russia', fatalities: 1 }],
    ['a country abbreviation before the noun names its forces ("Three US soldiers"), whatever country it happened in', 'Three US soldiers were killed and dozens wounded in a drone attack on a base in northeastern Jordan on Sunday.',
      { sub_event_type: 'Air/drone strike', actor2: 'Military Forces of the United States', location: 'Jordan', fatalities: 3 }],
    ['the day a source spoke is not the event\'s when a detail dates it', 'Gunmen abducted 20 medical students in Benue state, police said on Friday. The students were seized on a highway on Thursday evening.',
      { sub_event_type: 'Abduction/forced disappearance', date: '2024-03-28' }],
    ['…and is the only date said, it stands', 'Gunmen abducted 20 medical students in Benue state, police said on Friday.',
      { sub_event_type: 'Abduction/forced disappearance', date: '2024-03-29' }],
    ['"its fighters" are the group named before them', 'Hezbollah said its fighters attacked an Israeli army post near Metula with rockets on Wednesday.',
      { actor1: 'Hezbollah', actor2: 'Military Forces of Israel' }],
    ['"their forces" of a named armed group are that group, not some state\'s forces', 'The Houthis said their forces fired a ballistic missile at a ship in the Red Sea on Monday.',
      { actor1: 'Houthi Movement (Ansar Allah)', actor2: null }],
    ['"missile forces" are who has missiles, not a missile attack', 'An Israeli strike on a building in southern Beirut on Tuesday killed a senior Hezbollah commander. The Israeli military said it had targeted the head of Hezbollah\'s missile forces.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', location: 'Beirut' }],
    ['a place taken is found in a paragraph with no lexicon trigger ("M23 rebels captured Goma")', 'M23 rebels captured Goma on Monday.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'M23: March 23 Movement', location: 'Goma' }],
    ['"seized most of" a named place is taken territory', 'Syrian rebels led by Hayat Tahrir al-Sham seized most of Aleppo on Saturday.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'HTS: Hayat Tahrir al Sham', location: 'Aleppo' }],
    ['"over the weekend" is its Saturday, to the week', 'Gunmen attacked a village in Zamfara over the weekend, killing 12 people.',
      { date: '2024-03-30', date_precision: 'week', fatalities: 12 }],
    ['what air defences "intercepted" is the attack told before, whose agent stands; "Israel struck" is Israel acting', 'Israel struck military sites in Iran early on Saturday, the Israeli military said. Iran said its air defences intercepted most of the strikes, but that two soldiers were killed.',
      { actor1: 'Military Forces of Israel', location: 'Iran', fatalities: 2 }],
    ['a country\'s name and a verb are a subject, not a qualifier of the noun after ("Russia shelled residents")', 'Russia shelled residents of Kharkiv on Monday, killing three people.',
      { actor1: 'Military Forces of Russia', actor2: 'Civilians (Ukraine)', fatalities: 3 }],
    ['"said it was investigating" claims no act: the speaker is not the perpetrator', 'Unknown attackers threw a grenade at a bus near Hebron on Sunday, killing two passengers. The Israeli army said it was investigating.',
      { sub_event_type: 'Grenade', actor1: 'Unidentified Armed Group (Palestine)', fatalities: 2 }],
    ['"setting fire to homes" is property destruction; "earlier in the day" is no date', 'Masked men were setting fire to homes in a village near Nablus on Sunday night, hours after a shooting earlier in the day.',
      { sub_event_type: 'Looting/property destruction', date: '2024-03-31' }],
    ['armed men who "rampaged through" a village attacked it', 'Armed men rampaged through a village in Plateau state on Friday night.',
      { sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Nigeria)', location: 'Plateau' }],
    ['victims at a place the gazetteer lacks take the article\'s country before the attacker\'s', 'Hezbollah fired rockets at a kibbutz near the border on Monday, wounding two people, Israeli officials said. Sirens sounded across northern Israel.',
      { actor1: 'Hezbollah', actor2: 'Civilians (Israel)', injured: 2 }],
    ['"slaughtered 30 villagers in a raid": the loaded word is flagged, the killing still counted', 'Jihadist fighters slaughtered 30 villagers in a raid on a village in Tillaberi region on Sunday.',
      { sub_event_type: 'Attack', actor2: 'Civilians (Niger)', fatalities: 30 }],
    ['a hedged report stays reported when a denial follows it', 'Reports suggest that as many as 40 people may have been killed in an air strike on a market in Darfur, but the figure could not be independently verified. The Sudanese army denied carrying out any strikes in the area.',
      { sub_event_type: 'Air/drone strike', certainty: 'reported', fatalities: 40 }],
    ['a UN mission is its own actor, an external force ("a MINUSMA convoy")', 'A roadside bomb struck a MINUSMA convoy near Kidal on Sunday, wounding three peacekeepers.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor2: 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali', actor2_kind: 'external_force', injured: 3 }],
    ['Naxal rebels are the CPI (Maoist)', 'Indian security forces killed 29 Naxal rebels in a gunfight in Kanker district on Tuesday, police said.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of India', actor2: 'CPI (Maoist): Communist Party of India (Maoist)', fatalities: 29 }],
    ['a claim about something else in the sentence ("as the president declared…") leaves the event stated', 'Armed men stormed a television studio in Guayaquil on Tuesday, as the president declared an internal armed conflict against criminal gangs.',
      { location: 'Guayaquil', certainty: 'stated' }],
    ['"their home" after "an Israeli strike" is the victims\' home, and "members of a family" counts the members only', 'Five members of a family, including three children, were killed in an Israeli strike on their home in the Nuseirat refugee camp overnight.',
      { actor1: 'Military Forces of Israel', actor2: 'Civilians (Palestine)', fatalities: 5 }],
    ['"tried to march" is no date in March', 'Police in Istanbul detained more than 200 people on Sunday as they tried to march to Taksim Square.',
      { date: '2024-03-31', location: 'Istanbul' }],
    ['who met an attack "by" a group is its other side ("Kurdish-led forces repelled an attack by Islamic State fighters")', 'Kurdish-led forces repelled an attack by Islamic State fighters on a prison in Hasakah on Thursday, killing 10 of the attackers.',
      { sub_event_type: 'Armed clash', actor1: 'Islamic State (Iraq and Syria)', actor2: 'SDF: Syrian Democratic Forces', fatalities: 10 }],
    ['a court\'s sentence carried out is no event; soldiers executing villagers is', 'Soldiers executed four villagers suspected of collaborating with rebels near Bamenda on Monday.',
      { sub_event_type: 'Attack', actor2: 'Civilians (Cameroon)', fatalities: 4 }],
    ['a protest against a death sentence is still a protest', 'Hundreds of people rallied in Tehran on Monday against a court that sentenced to death a rapper convicted of spreading corruption.',
      { sub_event_type: 'Peaceful protest', location: 'Tehran' }],
    ['with nothing but what was stopped, that is the event (no crash): "intercepted most of the missiles; two people died"', 'Air defences intercepted most of the missiles over Kyiv overnight; two people died from falling debris.',
      { location: 'Kyiv', fatalities: 2 }],
    ['an actor phrase holding the trigger is the agent', 'Israeli warplanes struck a house in Gaza City, killing 3 people.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', actor2: 'Civilians (Palestine)', fatalities: 3, location: 'Gaza' }],
    ['passive voice without "by": the subject is the target', 'Several journalists were arrested in Nairobi on Sunday.',
      { sub_event_type: 'Arrests', actor1: null, actor2: 'Civilians (Kenya)', date: '2024-03-31' }],
    ['an agentless opening noun takes the agent of the sentence\'s verb', 'In the deadliest attack on the army since 2023, militants killed 12 soldiers near Djibo on Sunday.',
      { sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Burkina Faso)', actor2: 'Military Forces of Burkina Faso', fatalities: 12 }],
    ['retaking ground with its dead is still a change of territory', 'The army said on Monday it had retaken the base at Djibo, killing 30 militants.',
      { sub_event_type: 'Government regains territory', actor1: 'Military Forces of Burkina Faso', fatalities: 30, location: 'Djibo' }],
    ['the dead of the act answered are not the answer\'s', 'Hezbollah said it fired dozens of rockets at an Israeli army base in Kiryat Shmona on Wednesday in response to Israeli strikes that killed two of its fighters a day earlier.',
      { sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Hezbollah', fatalities: null }],
    ['the dead after the answered act\'s clause are the answer\'s', 'Israeli jets struck Rafah on Sunday, in response to rocket fire, killing seven people.',
      { sub_event_type: 'Air/drone strike', fatalities: 7 }],
    ['"taking control of" is taken territory, by the group that led it', 'Syrian rebels led by Hayat Tahrir al-Sham entered Aleppo on Friday, taking control of several neighbourhoods.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'HTS: Hayat Tahrir al Sham', location: 'Aleppo' }],
    ['"captured" and a place\'s name is taken territory, even as troops withdrew', 'M23 rebels backed by Rwanda captured Bukavu, the second-largest city in eastern Congo, on Sunday after Congolese troops withdrew.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'M23: March 23 Movement', location: 'Bukavu' }],
    ['a group that usually acts is the other side of a clash', 'Haitian police clashed with gang members in Port-au-Prince on Monday.',
      { sub_event_type: 'Armed clash', actor1: 'Police Forces of Haiti', actor2: 'Unidentified Gang (Haiti)' }],
    ['a public flogging is an attack; "The Taliban" is the group, not a village of that name', 'The Taliban publicly flogged 12 people in a stadium in Ghazni province on Wednesday, the Supreme Court said.',
      { sub_event_type: 'Attack', actor1: 'Military Forces of Afghanistan', actor2: 'Civilians (Afghanistan)', location: 'Ghazni', weapon: 'melee' }],
    ['an agreement "ending months of fighting" is no clash', 'Government and rebel negotiators signed a ceasefire agreement in Addis Ababa on Monday, ending three months of fighting in the Amhara region.',
      { sub_event_type: 'Agreement' }],
    ['…nor is fighting that "is to stop" under it', 'The warring parties signed a truce in Addis Ababa on Monday, under which fighting in the Amhara region is to stop from midnight.',
      { sub_event_type: 'Agreement' }],
    ['a gathering to demand something, dispersed in the next sentence, is a protest met by force', 'Around 40 women gathered outside the governor\'s office in Kandahar on Sunday to demand the reopening of girls\' schools. The gathering was dispersed by Taliban fighters who fired shots into the air.',
      { sub_event_type: 'Protest with intervention', actor1: 'Protesters (Afghanistan)', actor2: 'Military Forces of Afghanistan', location: 'Kandahar' }],
    ['setting homes on fire and wounding people is an attack on them', 'Settlers set fire to cars and homes in a village near Nablus on Sunday night, wounding 12 Palestinians, the health ministry said.',
      { sub_event_type: 'Attack', actor2: 'Civilians (Palestine)', injured: 12 }],
    ['unnamed gunmen and a group the ministry blamed: the blamed group, by its branch', 'Gunmen stormed a mosque during evening prayers in Tillaberi region on Tuesday, killing 20 worshippers, the defence ministry said. The ministry blamed the attack on the Islamic State.',
      { sub_event_type: 'Attack', actor1: 'Islamic State (Sahel)', actor2: 'Civilians (Niger)', fatalities: 20 }],
    ['"M23 rebels" is one actor: the army is the other side of "fighting between"', 'Fighting between M23 rebels and the Congolese army forced thousands to flee Rutshuru on Saturday.',
      { sub_event_type: 'Armed clash', actor1: 'M23: March 23 Movement', actor2: 'Military Forces of the Democratic Republic of Congo' }],
    ['a dateline with its country and date: the event\'s own place and day win', 'GOMA, Democratic Republic of Congo, April 1 (Reuters) - M23 rebels clashed with the army in North Kivu province over the weekend.',
      { location: 'North Kivu', date: '2024-03-30' }],
    ['an unnamed military reporting an interception is the interceptor, of the country where it happened', 'Hamas fired three rockets at Tel Aviv on Thursday, the military said, adding that one was intercepted.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Israel', actor2: 'Hamas Movement', location: 'Tel Aviv' }],
    ['"clashing" is a clash, which outranks the looting with it', 'Insurgents attacked the town of Macomia in Cabo Delgado on Friday, looting shops and clashing with Mozambican troops.',
      { sub_event_type: 'Armed clash', actor2: 'Military Forces of Mozambique' }],
    ['"US and British warplanes": the first of two states', 'US and British warplanes carried out strikes on Houthi targets in Sanaa on Wednesday night.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of the United States', actor2: 'Houthi Movement (Ansar Allah)' }],
    ['"Philippine troops" and the New People\'s Army', 'Philippine troops clashed with New People\'s Army rebels in Mindanao on Saturday, leaving three rebels dead.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of the Philippines', actor2: "NPA: New People's Army", fatalities: 3 }],
    ['a crowd that set fire to parliament stays a violent demonstration when police then killed', 'Demonstrators set fire to parliament in Nairobi on Tuesday as police fired live rounds, killing at least five people.',
      { sub_event_type: 'Violent demonstration', actor1: 'Rioters (Kenya)', actor2: 'Police Forces of Kenya', fatalities: 5 }],
    ['police who attacked a peaceful crowd with live rounds used excessive force', 'Police attacked peaceful protesters in Nairobi on Tuesday and fired live rounds, killing three people.',
      { sub_event_type: 'Excessive force against protesters', actor1: 'Protesters (Kenya)', actor2: 'Police Forces of Kenya', fatalities: 3 }],
    ['the dead of both sides add up; "neutralised" is killed', 'Jihadists attacked an army post near Djibo on Sunday, killing 18 soldiers. The army said 40 assailants were neutralised in the counter-offensive.',
      { sub_event_type: 'Armed clash', fatalities: 58 }],
    ['attackers killed by troops add to the police they killed', 'Gunmen killed 4 policemen at a checkpoint in Gusau on Monday. Troops later killed 6 of the attackers.',
      { fatalities: 10 }],
    ['each side is told by its head noun ("three Pakistani soldiers")', 'Militants ambushed a convoy in Bajaur on Sunday, killing three Pakistani soldiers. The army said troops killed five of the attackers.',
      { fatalities: 8 }],
    ['a subset is not another side', 'An air strike killed 10 people in Gusau, including 4 soldiers.', { fatalities: 10 }],
    ['the same side counted twice is not summed', 'Militants killed 12 soldiers in an ambush near Djibo on Sunday. The 12 soldiers were buried on Monday.',
      { fatalities: 12 }],
    ['"airplanes" are aircraft', 'Israeli airplanes struck two houses in Khan Younis on Sunday, killing four people.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', fatalities: 4 }],
    ['direct fire by either armed side makes mortars part of a clash', 'Al-Shabaab fighters fired mortar rounds at an army base in Baidoa on Sunday and snipers shot two soldiers on its perimeter.',
      { sub_event_type: 'Armed clash', actor1: 'Al Shabaab', actor2: 'Military Forces of Somalia' }],
    ['an IED then gunfire at the same troops is a clash', 'JNIM fighters detonated a roadside bomb under an army convoy near Gao and then opened fire on the soldiers.',
      { sub_event_type: 'Armed clash' }],
    ['mortars at troops with no direct fire stay shelling', 'Al-Shabaab fighters fired mortar rounds at an army base in Baidoa on Sunday.',
      { sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Al Shabaab', actor2: 'Military Forces of Somalia' }],
    ['snipers and an air strike: the strike stays a strike', 'Israeli warplanes struck a building in Khan Younis where snipers had fired at soldiers.',
      { sub_event_type: 'Air/drone strike' }],
    ['"between A and B"', 'An exchange of fire erupted between Hamas militants and Israeli troops in Gaza City.',
      { sub_event_type: 'Armed clash', actor1: 'Hamas Movement', actor2: 'Military Forces of Israel' }],
    ['a generic phrase is upgraded to the group named in brackets', 'Palestinian militants (coded as Hamas) clashed with IDF troops in Gaza City.',
      { actor1: 'Hamas Movement', actor2: 'Military Forces of Israel' }],
    ['a speaker reporting its own act is the agent', 'The Israeli military said it had killed a Hamas commander in an air strike in Khan Younis.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', actor2: 'Hamas Movement', fatalities: 1, certainty: 'claimed' }],
    ['a speaker relaying a report is not its agent', 'The army said it had received reports that militants attacked a village near Gao on Friday.',
      { sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Mali)', actor2: 'Civilians (Mali)' }],
    ['a model designation between the nationality and the noun ("a US MQ-9 Reaper drone") keeps the nationality',
      'Houthi rebels said on Wednesday they shot down a US MQ-9 Reaper drone over Marib province.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Houthi Movement (Ansar Allah)', actor2: 'Military Forces of the United States', country: 'Yemen', weapon: 'drone' }],
    ['a demonym before a model designation ("Russian Su-34 jets")', 'Russian Su-34 jets bombed a bridge near Kupiansk on Tuesday.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Russia', country: 'Ukraine' }],
    ['"his forces" belong to the nationality named before; "Vladimir Putin" is no place; Pokrovsk is the town named so today',
      'Russian President Vladimir Putin said on Friday that his forces had captured the town of Pokrovsk after months of fighting with Ukrainian troops.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'Military Forces of Russia', actor2: 'Military Forces of Ukraine', location: 'Pokrovsk', country: 'Ukraine' }],
    ['"the Kashmir valley" (lower-case valley)', 'Militants attacked an army patrol in the Kashmir valley on Thursday, killing two soldiers.',
      { location: 'Kashmir Valley', country: 'India', fatalities: 2 }],
    ['"Islamic State" is coded as its branch where the event happened (Nigeria: West Africa)',
      'Islamic State fighters attacked a military base in Borno state on Friday, killing six soldiers, the army said.',
      { actor1: 'Islamic State (West Africa)', actor1_kind: 'rebel_group', country: 'Nigeria', fatalities: 6 }],
    ['"Islamic State" in Mozambique is its Mozambique branch; "Mocimboa da Praia" is not Praia (Cape Verde)',
      'Islamic State militants attacked a village near Mocimboa da Praia in Cabo Delgado on Friday, killing three civilians, officials said.',
      { actor1: 'Islamic State (Mozambique)', actor2: 'Civilians (Mozambique)', location: 'Mocimboa da Praia', country: 'Mozambique', fatalities: 3 }],
    ['"Islamic State" in Iraq stays the Iraq and Syria group', 'An Islamic State suicide bomber killed 11 people at a checkpoint near Mosul on Friday.',
      { actor1: 'Islamic State (Iraq and Syria)', country: 'Iraq', sub_event_type: 'Suicide bomb' }],
    ['a country named as the subject of a military verb is its forces; the interceptor is actor1, the launcher actor2',
      'Russia launched 142 drones at Ukraine overnight, and air defences shot down 120 of them, the Ukrainian air force said.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Ukraine', actor2: 'Military Forces of Russia', weapon: 'drone' }],
    ['pagers that exploded are a bomb attack; who used them did not do it; "Hezbollah blamed Israel" names the doer',
      'Hundreds of pagers used by Hezbollah members exploded across Lebanon on Tuesday, killing nine people, the health minister said. Hezbollah blamed Israel, which did not comment.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Military Forces of Israel', actor2: 'Hezbollah', fatalities: 9 }],
    ['who used the thing hit did not do it ("a truck used by the RSF drove over a landmine")',
      'A truck used by the RSF drove over a landmine near El Obeid on Monday, wounding four.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: null, injured: 4 }],
    ['"Israel denied that its troops…": the troops are Israel\'s',
      'Israel denied that its troops had opened fire on crowds waiting for food aid in Rafah on Saturday, after the health ministry said 31 people were killed.',
      { actor1: 'Military Forces of Israel', fatalities: 31 }],
    ['an earthquake\'s dead told beside strikes are not the strikes\' dead',
      'The junta carried out airstrikes on villages in Sagaing region on Saturday, a day after an earthquake killed more than 1,600 people. Seven people were killed in the strikes, residents said.',
      { sub_event_type: 'Air/drone strike', fatalities: 7 }],
    ['blowing up a train is a bomb attack; separatists are an armed group',
      'Separatists blew up a passenger train in Balochistan on Tuesday and took dozens of passengers hostage, officials said.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Unidentified Armed Group (Pakistan)', weapon: 'explosive' }],
    ['groups that "have fought around the city for months" tell the background, not who set off the bomb',
      'A car bomb exploded near a market in the northern Syrian city of Manbij on Monday, killing 20 people. No group claimed the attack, but Turkish-backed factions and Kurdish-led forces have fought around the city for months.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: null, location: 'Manbij', fatalities: 20 }],
    ['who manned the place hit is its target, not the agent "by" names',
      'An explosion at a checkpoint manned by Chadian troops near Lake Chad killed 40 soldiers on Sunday night, the presidency said, blaming Boko Haram.',
      { actor1: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', actor2: 'Military Forces of Chad', fatalities: 40 }],
    ['"its troops had repelled 31 Russian assaults": the side named inside the trigger is the other side, not the one "its troops" stand for',
      'Ukraine\'s General Staff said its troops had repelled 31 Russian assaults near Pokrovsk over the past day.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of Ukraine', actor2: 'Military Forces of Russia' }],
    ['the interceptor is not the launcher named before it ("Russia launched … air defences shot down")',
      'Russia launched 7 missiles and 120 drones at Ukraine overnight, the air force said, adding that air defences shot down 5 missiles and 98 drones.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Ukraine', actor2: 'Military Forces of Russia', country: 'Ukraine' }],
    ['the interceptor is not the state whose drones it stopped, named inside the trigger; those drones\' state is actor2',
      'The defence ministry in Moscow said air defences had destroyed 31 Ukrainian drones over the Kursk region overnight.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Russia', actor2: 'Military Forces of Ukraine', country: 'Russia' }],
    ['"Israel struck" names the state\'s forces as the agent', 'Israel struck a building in the southern Lebanese town of Nabatieh on Sunday, killing two people.',
      { actor1: 'Military Forces of Israel', actor2: 'Civilians (Lebanon)', location: 'Nabatieh', fatalities: 2 }],
    ['"armed settlers" are Israeli settlers', 'Armed settlers attacked Palestinian farmers near the village of Turmus Ayya on Saturday, injuring four people.',
      { sub_event_type: 'Attack', actor1: 'Settlers (Israel)', actor2: 'Civilians (Palestine)', injured: 4 }],
    ['a background marker in a clause after a fresh dated event does not make it background; "despite … in Doha" is not the place; "M23 rebels and Congolese troops" are two sides; "local sources said" is the claimant',
      'M23 rebels and Congolese government troops clashed near Walikale in North Kivu province on Thursday, despite a ceasefire agreed last month in Doha, local sources said.',
      { sub_event_type: 'Armed clash', background: false, date: '2024-03-28', actor1: 'M23: March 23 Movement', actor2: 'Military Forces of the Democratic Republic of Congo', location: 'Walikale', country: 'Democratic Republic of Congo' }],
    ['a lynching kills its victim, a civilian; "a man accused of blasphemy" is no claim', 'A mob lynched a man accused of blasphemy in Sargodha on Sunday and set fire to his shop, police said.',
      { sub_event_type: 'Mob violence', actor1: 'Rioters (Pakistan)', actor2: 'Civilians (Pakistan)', fatalities: 1, location: 'Sargodha', certainty: 'stated' }],
    ['a range of figures records its lowest; launchers that were hit are no weapon used; "Israeli strikes" are Israel\'s',
      'Israeli strikes on several towns in south Lebanon killed between 8 and 12 people on Monday, while Israel said it had hit Hezbollah rocket launchers.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', actor2: 'Civilians (Lebanon)', fatalities: 8, country: 'Lebanon' }],
    ['police dispersing a crowd with tear gas is a protest with intervention, even with no protest word',
      'Police in Dhaka used batons and tear gas to disperse garment workers demanding unpaid wages on Monday, injuring dozens, union leaders said.',
      { sub_event_type: 'Protest with intervention', actor1: 'Protesters (Bangladesh)', actor2: 'Police Forces of Bangladesh', location: 'Dhaka', injured: 12 }],
    ['an acronym between a number and its noun ("three PKK militants"); Sulaimaniyah spelt the English way',
      'A Turkish drone strike killed three PKK militants in a vehicle near Sulaimaniyah in northern Iraq on Sunday.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Turkey', actor2: 'PKK: Kurdistan Workers Party', fatalities: 3, location: 'Sulaymaniyah', country: 'Iraq' }],
    ['what an event avenges ("in retaliation for attacks … by gunmen") names neither its type nor its actors',
      'Syrian government forces and allied fighters killed dozens of civilians in Alawite villages near Latakia on Thursday, a war monitor said, in retaliation for attacks on security forces by gunmen loyal to the former president.',
      { sub_event_type: 'Attack', actor1: 'Military Forces of Syria', actor2: 'Civilians (Syria)', fatalities: 12, location: 'Latakia' }],
    ['executing detained men is an attack, not an arrest', 'Videos appear to show RSF fighters executing detained men in El Fasher on Monday.',
      { sub_event_type: 'Attack', actor1: 'RSF: Rapid Support Forces', actor2: 'Civilians (Sudan)', certainty: 'reported' }],
    ['a suicide car bomber is a suicide bomb; the group that claimed it is its actor', 'A suicide car bomber rammed an army checkpoint in Bannu on Tuesday, killing five soldiers and wounding 12, officials said. The Hafiz Gul Bahadur group claimed the attack.',
      { sub_event_type: 'Suicide bomb', actor1: 'Hafiz Gul Bahadur Group', actor2: 'Military Forces of Pakistan', fatalities: 5, injured: 12, certainty: 'claimed' }],
    ['gangs armed with machetes attack with a melee weapon', 'Gang members armed with machetes attacked residents of Port-au-Prince on Sunday, killing eight people.',
      { sub_event_type: 'Attack', actor2: 'Civilians (Haiti)', weapon: 'melee', fatalities: 8 }],
    ['the reporting military that says most rockets were intercepted is the interceptor; the launcher actor2',
      'Hezbollah fired dozens of rockets at northern Israel on Tuesday, the Israeli military said, adding that most were intercepted and there were no injuries.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Israel', actor2: 'Hezbollah', weapon: 'rocket', injured: 0 }],
    ['a retaliation marker opening the sentence introduces the news', 'In response to the rocket fire, Israeli jets struck a house in Rafah on Monday, killing three people.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', location: 'Rafah', fatalities: 3 }],
    ['who did the act an opening clause answers takes no role', 'In retaliation for Hamas rocket attacks, Israeli jets struck a house in Rafah on Monday, killing three people.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', actor2: 'Civilians (Palestine)', fatalities: 3 }],
    ['"Days after" opening the sentence does not make its event earlier', 'Days after the ceasefire, militants attacked a checkpoint near Gao on Monday, killing four soldiers.',
      { sub_event_type: 'Armed clash', actor2: 'Military Forces of Mali', location: 'Gao', fatalities: 4, background: false }],
    ['rebels seizing a town overtake territory, even after fighting', 'M23 rebels seized the town of Rubaya on Monday after two days of fighting with Congolese troops.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'M23: March 23 Movement' }],
    ['the police reporting a riot are not its other side', 'A mob set fire to a church and several homes in Jaranwala on Wednesday, police said.',
      { sub_event_type: 'Mob violence', actor1: 'Rioters (Pakistan)', actor2: null }],
    ['a claim nobody made is no claim', 'Gunmen abducted 20 students from a school in Kaduna on Friday. No group has claimed the kidnapping.',
      { sub_event_type: 'Abduction/forced disappearance', certainty: 'stated' }],
    ['a death toll that later rose replaces the first count', 'Two dozen people were killed when an air strike hit a market in Saada early Monday, medics said. The death toll later rose to 31.',
      { sub_event_type: 'Air/drone strike', fatalities: 31, date: '2024-04-01' }],
    ['"in a series of attacks" in the lead is the news, not background', 'Gang members killed at least 50 people in a series of attacks on a town in Haiti over the weekend, the UN said.',
      { sub_event_type: 'Attack', actor1: 'Unidentified Gang (Haiti)', actor2: 'Civilians (Haiti)', fatalities: 50, background: false }],
    ['a region that "has seen repeated clashes" is background to the news, not its main trigger',
      'Gunmen killed at least 23 villagers in an attack on Kwall in Plateau state late on Sunday, a local official said. Plateau has seen repeated clashes between herders and farmers.',
      { sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Nigeria)', actor2: 'Civilians (Nigeria)', fatalities: 23, background: false }],
    ['"riot police" are police, not a riot',
      'Riot police used water cannon and tear gas to disperse demonstrators outside parliament in Tbilisi on Saturday.',
      { sub_event_type: 'Protest with intervention', actor1: 'Protesters (Georgia)', actor2: 'Police Forces of Georgia' }],
    ['what happened at a protest joins it, though an arrest is its strongest trigger',
      'Hundreds of demonstrators gathered in Eldoret on Tuesday; police arrested dozens of them, a rights group said. Witnesses said the shooting lasted for more than an hour.',
      { sub_event_type: 'Protest with intervention', actor1: 'Protesters (Kenya)', actor2: 'Police Forces of Kenya', location: 'Eldoret' }],
    ['a dateline is no place for a town the gazetteer lacks: the country its places lie in is',
      'BAMAKO, June 3 (Reuters) - Jihadist fighters attacked a military camp in the central Malian town of Boulkessi on Sunday, killing more than 30 soldiers.',
      { location: 'Mali', country: 'Mali', geo_precision: 3, actor2: 'Military Forces of Mali', fatalities: 30 }],
    ['…nor for a name after a locative that is no known place ("around Zindikoulou")',
      'OUAGADOUGOU, Aug 26 (Reuters) - Suspected jihadists killed dozens of villagers who were digging trenches around Zindikoulou on Saturday, a security source said.',
      { location: 'Burkina Faso', country: 'Burkina Faso', geo_precision: 3 }],
    ['…but a dateline stands when the sentence names no other place, only a month; a day told relatively beats a month written out',
      'NIAMEY, March 26 (Reuters) - Gunmen attacked a police checkpoint on Saturday, the second attack on the post in March, killing four officers, the interior ministry said.',
      { location: 'Niamey', country: 'Niger', date: '2024-03-30', date_precision: 'day' }],
    ['a town the gazetteer lacks, named with its country\'s demonym, puts the event in that country; "beat 13 officers to death" is 13 killed',
      'A mob set fire to a police station in the Bangladeshi town of Enayetpur on Sunday and beat 13 officers to death, police said.',
      { sub_event_type: 'Mob violence', country: 'Bangladesh', geo_precision: 3, fatalities: 13 }],
    ['forces that pushed the fighters out of a town regained it',
      'Soldiers pushed the jihadists out of the town of Mocimboa da Praia on Sunday after two days of fighting, the army said.',
      { sub_event_type: 'Government regains territory', actor1: 'Military Forces of Mozambique' }],
    ['"the Red Sea city" says what kind of town the dateline\'s is, not where (the state)',
      'PORT SUDAN, May 6 (Reuters) - Drones struck the airport of the Red Sea city on Tuesday, witnesses said.',
      { sub_event_type: 'Air/drone strike', location: 'Port Sudan', geo_precision: 1 }],
    ['on a road named after the towns it joins, the event is near the first town (precision 2), not in it',
      'Gunmen abducted 20 travellers on the Zaria-Kano highway on Sunday evening, police said.',
      { sub_event_type: 'Abduction/forced disappearance', location: 'Zaria', geo_precision: 2 }],
    ['…and on "the road between" two towns too',
      'Gunmen kidnapped three aid workers on the road between Gao and Ansongo on Wednesday, their organisation said.',
      { sub_event_type: 'Abduction/forced disappearance', location: 'Gao', geo_precision: 2 }],
    ['a group telling "in a statement that it had" done the act is its agent',
      'Jihadist fighters attacked a military camp near Mopti on Sunday, killing 30 soldiers. The al Qaeda-linked group JNIM said in a statement that it had seized weapons during the assault.',
      { actor1: "JNIM: Jama'at Nasr al-Islam wal Muslimin", actor2: 'Military Forces of Mali', location: 'Mopti' }],
    ['a drone that was detonated is a drone strike, not a bomb',
      'Dissidents of the former FARC guerrilla group detonated an explosive-laden drone over a military base in Cauca department on Sunday, injuring three soldiers.',
      { sub_event_type: 'Air/drone strike', weapon: 'drone', actor1: 'FARC Dissidents', actor2: 'Military Forces of Colombia', injured: 3 }],
    ['troops that "repelled 28 assaults" fought a battle; the village a side "liberated" it captured (the word is flagged, never the field)',
      'Heroic Russian forces liberated the village of Orlivka in the Donetsk region on Sunday, the defence ministry in Moscow said.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'Military Forces of Russia', location: 'Donetsk Oblast' }],
    ['Ukrainian troops repelled 28 assaults near Pokrovsk on Sunday, the General Staff said.',
      'Ukrainian troops repelled 28 assaults near Pokrovsk on Sunday, the General Staff said.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of Ukraine', location: 'Pokrovsk' }],
    ['"in the Ukrainian capital" is Kyiv',
      'Russian drones struck an energy facility in the Ukrainian capital overnight, injuring two people, city officials said.',
      { location: 'Kyiv', country: 'Ukraine', geo_precision: 1, injured: 2 }],
    ['a crowd that "clashed with police" used no firearm',
      'Hundreds of protesters clashed with police in Istanbul on Monday. Police used tear gas and detained 52 people.',
      { sub_event_type: 'Protest with intervention', weapon: null }],
    ['an agent that "said it was looking into the report" claims nothing',
      'Israeli warplanes struck a house in Khan Younis overnight, killing a family of six, Gaza\'s civil defence said. The Israeli military said it was looking into the report.',
      { certainty: 'stated', actor1: 'Military Forces of Israel', fatalities: 6 }],
    ['Israeli settlers are an actor of their own', 'Israeli settlers attacked Palestinian farmers near Sinjil in the West Bank on Monday, injuring five people.',
      { sub_event_type: 'Attack', actor1: 'Settlers (Israel)', actor2: 'Civilians (Palestine)', injured: 5 }],
    ['"blamed on X": X is the agent; an outlet that could not verify the account leaves it reported',
      'Drone strikes blamed on the Rapid Support Forces hit a power station in Atbara on Sunday, the army said. The RSF denied responsibility. Reuters could not independently verify the accounts.',
      { sub_event_type: 'Air/drone strike', actor1: 'RSF: Rapid Support Forces', actor2: null, certainty: 'reported' }],
    ['an unverified toll leaves the event stated', 'Militants attacked a checkpoint in Mogadishu on Sunday, killing 4 soldiers, police said. The figure could not be independently verified.',
      { sub_event_type: 'Armed clash', fatalities: 4, certainty: 'stated' }],
    ['"between A and B" keeps both sides when both are generic', 'Clashes erupted between Druze gunmen and Bedouin fighters in Sweida on Thursday, leaving at least 30 dead.',
      { sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Syria)', actor2: 'Unidentified Armed Group (Syria)', fatalities: 30 }],
    ['rape is sexual violence whoever the victims are', 'Soldiers raped at least 10 women in a village near Goma last week, the UN said.',
      { event_type: 'Violence against civilians', sub_event_type: 'Sexual violence' }],
    ['"agreed to a 72-hour ceasefire" is an agreement', 'The warring parties agreed to a 72-hour ceasefire in Tripoli on Monday after mediation by the UN mission.',
      { event_type: 'Strategic developments', sub_event_type: 'Agreement' }],
    ['a foreign army taking a village overtakes it; the ministry in Moscow is not where',
      'Russian forces have captured the village of Novopavlivka in the Donetsk region, the defence ministry in Moscow said on Monday.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'Military Forces of Russia', location: 'Donetsk Oblast' }],
    ['a detail naming a town in the same country places a country-level report',
      'An Israeli strike in southern Lebanon killed two people on Sunday. The Israeli military said it had targeted a Hezbollah operative near Nabatieh.',
      { sub_event_type: 'Air/drone strike', location: 'Nabatieh', fatalities: 2 }],
    ['gunmen "believed to be linked to" a cartel are that cartel, and the people they killed civilians',
      'Gunmen believed to be linked to the Jalisco New Generation Cartel killed 11 people at a party in Salamanca, Guanajuato, late on Sunday.',
      { sub_event_type: 'Attack', actor1: 'CJNG: Jalisco New Generation Cartel', actor2: 'Civilians (Mexico)', fatalities: 11 }],
    ['"dissidents of the former FARC rebel group" are FARC dissidents', 'Dissidents of the former FARC rebel group attacked a military base in Colombia with drones on Saturday, wounding seven soldiers.',
      { actor1: 'FARC Dissidents', actor2: 'Military Forces of Colombia', injured: 7 }],
    ['a lawyer shot dead is a civilian killed; the police spokesperson who said so is no side',
      'Unidentified gunmen on Sunday shot and killed a prominent human rights lawyer in Port Harcourt, police spokesperson Grace Iringe-Koko said.',
      { sub_event_type: 'Attack', actor2: 'Civilians (Nigeria)', fatalities: 1 }],
    ['"A and B fought": the second subject is the other side, not the civilians caught in it',
      'Ethiopian federal forces and Fano militiamen fought for control of Lalibela on Monday, with at least eight civilians killed in the crossfire.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of Ethiopia', actor2: 'Fano Militia', fatalities: 8 }],
    ['"a 14-year-old boy was killed" is one dead', 'A 14-year-old boy was killed and three others were wounded when a landmine exploded in a field near Mosul on Wednesday.',
      { sub_event_type: 'Remote explosive/landmine/IED', fatalities: 1, injured: 3 }],
    ['a bare nationality before "missiles" is the state firing them', 'Russian missiles struck an energy facility in Odesa overnight, injuring two workers.',
      { sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Military Forces of Russia', injured: 2 }],
    ['villages attacked are civilian targets ("the village of X" is a place)', 'The Arakan Army attacked villages near Sittwe on Tuesday, aid workers said.',
      { sub_event_type: 'Attack', actor1: 'Arakan Army', actor2: 'Civilians (Myanmar)' }],
    ['a protest always has its crowd, named or not', 'Thousands rallied in Tel Aviv on Saturday night to demand a deal to free the hostages held in Gaza.',
      { sub_event_type: 'Peaceful protest', actor1: 'Protesters (Israel)', actor2: null }],
    ['a planned rally is no protest: the arrests before it are the event', 'Police in Dhaka arrested at least 200 opposition supporters on Sunday ahead of a planned rally, the party said.',
      { sub_event_type: 'Arrests', actor1: 'Police Forces of Bangladesh' }],
    ['drones destroyed by air defences are a disrupted attack by the defender', "Russia's defence ministry said on Friday its air defence units had destroyed 41 Ukrainian drones over the Belgorod region overnight.",
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Russia', certainty: 'claimed' }],
    ['wedding guests are civilians', 'Armed men stormed a wedding party in western Niger last night, killing 14 guests, a local official said.',
      { event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Niger)', fatalities: 14 }],
    ['a dateline gives way to the place of the event', 'BEIRUT — Israeli strikes hit Hezbollah positions near Nabatieh on Saturday, killing 3 fighters.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', actor2: 'Hezbollah', location: 'Nabatieh', fatalities: 3 }],
    ['a dateline with its wire service gives way too', 'KHARTOUM, March 10 (Reuters) - Shelling hit a market in Omdurman, killing 5 people.',
      { sub_event_type: 'Shelling/artillery/missile attack', location: 'Omdurman' }],
    ['direct fire at civilians is an attack', 'Gunmen shot dead two farmers near Goma on Friday.',
      { event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Democratic Republic of Congo)', fatalities: 2 }],
    ['direct fire at troops is a clash', 'Al-Shabaab fighters opened fire on Somali soldiers in Mogadishu.',
      { sub_event_type: 'Armed clash', actor1: 'Al Shabaab', actor2: 'Military Forces of Somalia' }],
    ['the claimant of an unattributed bombing is its actor', 'A roadside bomb struck an army convoy near Mogadishu. Al-Shabaab claimed responsibility.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Al Shabaab', certainty: 'claimed' }],
    ['a named claimant replaces an unnamed attacker', 'Suspected jihadists ambushed an army convoy near Mopti on Thursday, killing 12 soldiers. JNIM later claimed responsibility.',
      { sub_event_type: 'Armed clash', actor1: "JNIM: Jama'at Nasr al-Islam wal Muslimin", actor2: 'Military Forces of Mali', fatalities: 12 }],
    ['a protest met by force', 'Police fired tear gas to disperse protesters in Nairobi.',
      { sub_event_type: 'Protest with intervention', actor1: 'Protesters (Kenya)', actor2: 'Police Forces of Kenya' }],
    ['a note label names the kind; the verb after it names the actors', 'Property destruction: On 30 March 2024, Russian forces burned down a school in Kupiansk.',
      { sub_event_type: 'Looting/property destruction', actor1: 'Military Forces of Russia', date: '2024-03-30' }],
    ['a bare instrument says nothing about who used it', 'A drone assault hit a military facility in northern Israel on Monday.',
      { sub_event_type: 'Air/drone strike', actor1: null, actor2: 'Military Forces of Israel', weapon: 'drone' }],
    ['two coordinated subjects are the two sides', 'Russian and Ukrainian forces clashed near Avdiivka on Friday.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia', actor2: 'Military Forces of Ukraine' }],
    ['state forces retaking a town', 'The Sudanese army recaptured the town of Sinja from the RSF on Thursday.',
      { sub_event_type: 'Government regains territory', actor1: 'Military Forces of Sudan', actor2: 'RSF: Rapid Support Forces' }],
    ['a non-state group taking a town', 'M23 rebels seized control of Goma on Tuesday.',
      { sub_event_type: 'Non-state actor overtakes territory', actor1: 'M23: March 23 Movement' }],
    ['denying responsibility disputes who, not whether', 'The Taliban denied responsibility for the bombing of a mosque in Kunduz that killed 20 worshippers.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: null, fatalities: 20, certainty: 'stated' }],
    ['an accusation names the accused, not the accuser', 'Syrian government forces were accused of using chlorine gas in an attack on Douma.',
      { sub_event_type: 'Chemical weapon', actor1: 'Military Forces of Syria', certainty: 'claimed' }],
    ['a person named by their act is the agent', 'A suicide bomber blew himself up at a checkpoint in Mogadishu, killing 6 people.',
      { sub_event_type: 'Suicide bomb', actor1: 'Unidentified Armed Group (Somalia)', actor2: 'Civilians (Somalia)', fatalities: 6 }],
    ['who reports an interception made it; a speaker is not a target', 'The Israeli military said most of the rockets were intercepted over Metula.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Israel', actor2: null }],
    ['gunfire at a protest is excessive force', 'Police opened fire on protesters in Nairobi on Tuesday, wounding at least 30.',
      { sub_event_type: 'Excessive force against protesters', actor1: 'Protesters (Kenya)', actor2: 'Police Forces of Kenya', injured: 30 }],
    ['a region named inside its country is the place', 'A Ukrainian drone struck an oil depot in Russia\'s Bryansk region on Monday.',
      { sub_event_type: 'Air/drone strike', location: 'Bryansk Oblast', country: 'Russia' }],
    ['"armed men" are armed, not civilians; a priest is a civilian', 'Armed men kidnapped a Catholic priest in Enugu on Sunday.',
      { sub_event_type: 'Abduction/forced disappearance', actor1: 'Unidentified Armed Group (Nigeria)', actor2: 'Civilians (Nigeria)' }],
    ['shepherds are counted; Tal Afar is a local place', 'A landmine explosion killed three shepherds near Tal Afar on Saturday.',
      { sub_event_type: 'Remote explosive/landmine/IED', fatalities: 3, location: 'Tal Afar', country: 'Iraq' }],
    ['killing a village chief is an attack on a civilian', 'Unknown assailants killed a village chief in Ituri province overnight.',
      { event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Democratic Republic of Congo)' }],
    ['barricades of burning tyres make a protest violent', 'Demonstrators blocked roads and burned tyres in Port-au-Prince on Monday.',
      { event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Haiti)' }],
    ['protesters who storm and burn are rioters, even when police then disperse them', 'Protesters attacked several embassies in Kinshasa on Tuesday, setting fire to the French embassy, before police fired tear gas.',
      { event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Democratic Republic of Congo)', actor2: 'Police Forces of the Democratic Republic of Congo' }],
    ['"suicide bombers" (plural) storming a compound make a suicide bombing, not an air strike and no storm', 'Two suicide bombers blew themselves up at the gate of a cantonment in Bannu on Tuesday, and militants then tried to storm the compound. Eighteen people were killed.',
      { sub_event_type: 'Suicide bomb', weapon: 'suicide explosive', location: 'Bannu', fatalities: 18 }],
    ['"the South Sudanese army" is South Sudan\'s, not Sudan\'s', 'Clashes between the South Sudanese army and a militia in Nasir county, Upper Nile state, killed 20 people on Saturday.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of South Sudan', country: 'South Sudan' }],
    ['drones "were shot down": their launcher is the other side, the army reporting it the interceptor', 'Indian drones were shot down over Lahore on Thursday, the Pakistani army said. India denied sending any drones.',
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Pakistan', actor2: 'Military Forces of India', location: 'Lahore' }],
    ['"rival armed groups" (plural) are both sides', 'Heavy clashes broke out overnight between rival armed groups in Tripoli, killing six people, including two civilians.',
      { sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Libya)', actor2: 'Unidentified Armed Group (Libya)', fatalities: 6 }],
    ['a candidate shot at a campaign event is a civilian attacked, not a clash', 'Gunmen killed a mayoral candidate during a campaign event in the town of Texistepec in Veracruz state on Sunday, prosecutors said.',
      { sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Mexico)', actor2: 'Civilians (Mexico)', fatalities: 1 }],
    ['the Taliban detaining journalists since 2021 are the state arresting them', 'Taliban intelligence officers detained two journalists in Kabul on Tuesday, a media freedom group said.',
      { event_type: 'Strategic developments', sub_event_type: 'Arrests', actor1: 'Military Forces of Afghanistan', actor2: 'Civilians (Afghanistan)' }],
    ['"Israel said it killed a Hezbollah commander": Israel\'s forces did it, the commander\'s group was hit', 'Israel said it killed a Hezbollah commander in a strike on a car near Tyre on Wednesday.',
      { actor1: 'Military Forces of Israel', actor2: 'Hezbollah', location: 'Tyre' }],
    ['a raid whose outcome is arrests ("…, arresting 15") is an arrest', 'Israeli troops raided the Jenin refugee camp before dawn on Tuesday, arresting 15 Palestinians, a prisoners\' group said.',
      { event_type: 'Strategic developments', sub_event_type: 'Arrests', actor1: 'Military Forces of Israel' }],
    ['"rebels backed by Rwandan troops": the backer is not the one who did it', 'At least 700 people were killed in fighting in Goma last week, the United Nations said, after M23 rebels backed by Rwandan troops took control of the city.',
      { actor1: 'M23: March 23 Movement', location: 'Goma', fatalities: 700 }],
    ['"Ukraine\'s air force said it had downed 45 drones": the air force intercepted them', "Ukraine's air force said it had downed 45 of 60 drones launched overnight on Sunday.",
      { sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Ukraine', actor2: null }],
    ['"captured a town" is territory taken', 'Resistance fighters captured a town in Mandalay region from the junta after weeks of fighting, the opposition said on Friday.',
      { sub_event_type: 'Non-state actor overtakes territory', location: 'Mandalay' }],
    ['an attack "blamed on" AQAP is theirs', 'A drone attack blamed on al-Qaeda in the Arabian Peninsula killed three soldiers at a checkpoint in Abyan province on Monday.',
      { sub_event_type: 'Air/drone strike', actor1: 'AQAP: Al Qaeda in the Arabian Peninsula', actor2: 'Military Forces of Yemen', fatalities: 3 }],
    ['troops "fighting alongside" an army are on its side, not against it', 'Burundian troops fighting alongside the Congolese army clashed with M23 rebels near Uvira on Saturday.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of Burundi', actor2: 'M23: March 23 Movement' }],
    ['"burning dozens of fuel trucks" is property destruction', 'JNIM militants burned dozens of fuel trucks on the road between Kayes and Bamako on Monday, drivers said.',
      { sub_event_type: 'Looting/property destruction', actor1: "JNIM: Jama'at Nasr al-Islam wal Muslimin" }],
    ['"a bomb planted on a motorcycle exploded" is a remote explosive', 'A bomb planted on a motorcycle exploded near a market in Quetta on Thursday, killing five people and wounding 12, police said.',
      { sub_event_type: 'Remote explosive/landmine/IED', weapon: 'explosive', fatalities: 5, injured: 12, location: 'Quetta' }],
    ['rival party supporters who clash are rioters, not an armed clash', 'Supporters of two rival parties clashed in Chittagong on Saturday, leaving one person dead and 30 injured, police said.',
      { event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Bangladesh)', fatalities: 1, injured: 30 }],
    ['bandits are an unidentified armed group', 'Bandits abducted at least 25 villagers in a raid on a village in Zamfara state on Thursday.',
      { sub_event_type: 'Abduction/forced disappearance', actor1: 'Unidentified Armed Group (Nigeria)' }],
    ['"Russian glide bombs" are the Russian forces\' strike', 'Russian glide bombs hit a residential area of Kharkiv late on Tuesday, wounding 18 people.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Russia', injured: 18 }],
    ['protesters who were attacked are not rioters', 'Protesters were attacked by police with batons in Nairobi on Tuesday.',
      { event_type: 'Protests', actor1: 'Protesters (Kenya)' }],
    ['hacking people to death is an attack', 'Suspected ADF rebels hacked to death 22 people in Beni territory on Saturday night.',
      { sub_event_type: 'Attack', actor1: 'ADF: Allied Democratic Forces', fatalities: 22 }],
    ['"retaken" is regaining territory', 'The Sudanese army said it had retaken the town of Bara in North Kordofan from the RSF on Wednesday.',
      { sub_event_type: 'Government regains territory', actor1: 'Military Forces of Sudan', actor2: 'RSF: Rapid Support Forces' }],
    ['every Nigerian state is a place', 'Gunmen attacked a church in Kogi state on Sunday, killing a pastor.',
      { admin1: 'Kogi', country: 'Nigeria', fatalities: 1 }],
    ['a labour strike is a protest, not an air strike', 'Dock workers in Mombasa went on strike on Wednesday over unpaid wages.',
      { event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Kenya)' }],
    ['whoever was killed by the blast is its target, not its agent', 'Two Israeli soldiers were killed when their vehicle hit a roadside bomb in Jenin on Tuesday.',
      { sub_event_type: 'Remote explosive/landmine/IED', actor1: null, actor2: 'Military Forces of Israel', fatalities: 2 }],
    ['"were killed when X attacked": X is the agent, the killed the target', 'Three Israeli soldiers were killed when Hamas fighters attacked a checkpoint in Rafah on Monday.',
      { sub_event_type: 'Armed clash', actor1: 'Hamas Movement', actor2: 'Military Forces of Israel', fatalities: 3 }],
    ['a speaker is the agent only when nobody else is named', 'Colombian police said FARC dissidents ambushed a patrol in Tumaco on Sunday, killing two officers.',
      { sub_event_type: 'Armed clash', actor1: 'FARC Dissidents' }],
    ['shared demonyms belong to the UN member state', 'American troops shelled positions near Deir ez-Zor on Saturday.',
      { actor1: 'Military Forces of the United States' }],
    ['a drone whose owner the text does not give is nobody\'s in particular, not the struck country\'s',
      'A drone strike hit a market in Kherson on Sunday, killing two civilians, regional officials said.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces', actor2: 'Civilians (Ukraine)', fatalities: 2 }],
    ['a drone no one is said to own is put on the group a source blames', 'A drone struck a crowded market in Omdurman on Sunday, killing 14 people, medics said. The army blamed the RSF.',
      { actor1: 'RSF: Rapid Support Forces', actor2: 'Civilians (Sudan)', fatalities: 14 }],
    ['artillery with no owner stays unowned too', 'Artillery shelled the town of Nikopol overnight, wounding three people.',
      { sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Military Forces', injured: 3 }],
    ['troops with no nationality are the forces of the country they are in', 'Troops killed four villagers in a raid near Maiduguri on Saturday.',
      { actor1: 'Military Forces of Nigeria', actor2: 'Civilians (Nigeria)', fatalities: 4 }],
    ['hedged report', 'Reports suggest a drone struck a depot in Kharkiv.', { certainty: 'reported', weapon: 'drone' }],
    ['shells that fell are the act, not a falling count', 'Shells fell on a crowded market in Kharkiv on Sunday, killing four people.',
      { sub_event_type: 'Shelling/artillery/missile attack', fatalities: 4 }],
    ['a count of acts that rose is no act; the news beside it stays', 'Gunmen killed five farmers near Jos on Sunday. Such attacks have risen sharply in Plateau state.',
      { fatalities: 5, location: 'Jos' }],
    ['soldiers "also killed" count with the militants they fought', 'Troops killed eight militants in a raid on a hideout in North Waziristan on Saturday. Two soldiers were also killed in the exchange of fire, the army said.',
      { sub_event_type: 'Armed clash', fatalities: 10 }],
    ['a death toll told after a long phrase about the strike', 'The death toll from Monday\'s Russian missile strike on a residential block in Dnipro has risen to 12, with 34 people injured, the emergency service said.',
      { fatalities: 12, injured: 34, location: 'Dnipro' }],
    ['a junta is its country\'s forces, and "bombed" is a strike from the air', 'Myanmar\'s junta bombed a school in Sagaing region last Friday, killing 20 students and two teachers, a local administrator said.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Myanmar', actor2: 'Civilians (Myanmar)', fatalities: 22 }],
    ['a running toll in thousands beside the news is not its count', 'Russian forces killed three civilians in Kherson on Monday, bringing to thousands the number of people who have been killed in the region.',
      { fatalities: 3, location: 'Kherson' }],
    ['gunmen "likely including" a named group are that group', 'Israeli jets struck several gunmen [likely including Hamas members] in Rafah on Monday.',
      { actor1: 'Military Forces of Israel', actor2: 'Hamas Movement' }],
    ['"eliminated" is a killing, and its count', 'Troops eliminated four militants near Kidal on Tuesday, the army said.',
      { sub_event_type: 'Armed clash', actor1: 'Military Forces of Mali', fatalities: 4 }],
    ['a city standing for its rulers is not where it happened; the place shelled is', 'The Kyiv government\'s forces shelled Donetsk on Tuesday, killing two civilians, the mayor said.',
      { location: 'Donetsk', fatalities: 2 }],
    ['a building named after a city is not in that city', 'Israeli artillery struck Al Quds Hospital in Gaza City on Saturday, injuring several people.',
      { location: 'Gaza', country: 'Palestine' }],
    ['fighters destroying tanks attack the forces; the armed group telling it did it', 'Fighters destroyed two tanks near Khan Younis on Tuesday, the Qassam Brigades said.',
      { sub_event_type: 'Armed clash', actor1: 'Hamas Movement', actor2: 'Military Forces' }],
    ['troops destroying houses stays destruction of property', 'Israeli troops destroyed several houses near Khan Younis on Tuesday.',
      { sub_event_type: 'Looting/property destruction', actor1: 'Military Forces of Israel' }],
    ['a town the text puts in another region than the gazetteer\'s namesake is placed in that region', 'Suspected Maoist rebels killed two villagers in Chhattisgarh\'s Bijapur district on Saturday night, police said.',
      { actor1: 'CPI (Maoist): Communist Party of India (Maoist)', location: 'Chhattisgarh', fatalities: 2 }],
    ['"one ranger and two insurgents" are three dead', 'Troops clashed with insurgents in Narathiwat province on Sunday. One ranger and two suspected insurgents died in the gunfight, the army said.',
      { sub_event_type: 'Armed clash', fatalities: 3 }],
    ['"killing him and his son" is two dead', 'A landmine exploded under a tractor near Marib on Wednesday, killing him and his son, an official said.',
      { sub_event_type: 'Remote explosive/landmine/IED', fatalities: 2 }],
    ['the place of the act answered is not where the answer struck', 'Hezbollah fired rockets at northern Israel on Thursday in response to an Israeli strike that killed one of its commanders in south Lebanon a day earlier.',
      { actor1: 'Hezbollah', country: 'Israel' }],
    ['the side that did it, telling it with a date after "said", claims it', 'Russian forces captured the village of Novoselivka in Ukraine\'s Donetsk region, Russia\'s defence ministry said on Thursday.',
      { actor1: 'Military Forces of Russia', certainty: 'claimed' }],
    ['a crowd that clashed with police and then burned their vehicles is one protest', 'Protesters in Dhaka clashed with police on Sunday. Police fired rubber bullets and tear gas, injuring at least 40 people, while protesters set fire to two police vehicles, witnesses said.',
      { sub_event_type: 'Violent demonstration', actor1: 'Rioters (Bangladesh)', actor2: 'Police Forces of Bangladesh', injured: 40, date: '2024-03-31' }],
    ['the day a group claimed an attack is not the day of the attack', 'ISWAP claimed responsibility on Saturday for Friday\'s suicide bombing at a market in Maiduguri.',
      { sub_event_type: 'Suicide bomb', actor1: 'Islamic State (West Africa)', date: '2024-03-29' }],
    ['"government shelling", "regime airstrikes": the state\'s forces (the loaded word stays out of the field)', 'Regime airstrikes killed 12 people in Douma on Monday.',
      { sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Syria', fatalities: 12 }],
    ['"assault" is an attack', 'Militiamen assaulted a village near Bunia on Sunday, killing six civilians.',
      { sub_event_type: 'Attack', actor2: 'Civilians (Democratic Republic of Congo)', fatalities: 6 }],
    ['a force that declines to comment is neither side', 'An explosion destroyed a fuel depot near Kherson on Friday, but the Russian military declined to comment.',
      { actor1: null, actor2: null, location: 'Kherson' }],
    ['a hedged report stays hedged when a later sentence only names who is blamed for it; who declines to comment is no party',
      'Reports suggest an explosion hit an ammunition depot near Hama late on Friday. Syrian state television blamed Israel for the strike, but the Israeli army declined to comment.',
      { certainty: 'reported', actor1: 'Military Forces of Israel', actor2: null }],
  ])('%s', (_, text, expected) => {
    const events = run(text).filter((e) => !e.background);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(expected);
  });

  it('a clause telling a separate event is an event of its own, dated with its sentence, and keeps its own dead', () => {
    const evs = run('Gunmen attacked a checkpoint near Djibo on Sunday, killing two soldiers, while troops killed five militants near Kaya in a separate operation.');
    expect(evs.map((e) => [e.sub_event_type, e.actor1, e.location, e.date, e.fatalities])).toEqual([
      ['Armed clash', 'Unidentified Armed Group (Burkina Faso)', 'Djibo', '2024-03-31', 2],
      ['Armed clash', 'Military Forces of Burkina Faso', 'Kaya', '2024-03-31', 5],
    ]);
  });

  it('the army answering an armed group is a second event, even unnamed ("The army responded with air strikes")', () => {
    const evs = run('The Rapid Support Forces shelled a market in El Fasher on Sunday, killing 18 civilians. The army responded with air strikes on RSF positions east of the city.');
    expect(evs.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.location, e.fatalities])).toEqual([
      ['Shelling/artillery/missile attack', 'RSF: Rapid Support Forces', 'Civilians (Sudan)', 'El Fasher', 18],
      ['Air/drone strike', 'Military Forces of Sudan', 'RSF: Rapid Support Forces', 'El Fasher', null],
    ]);
  });

  it('in a fight both sides act: the other side\'s blows stay in the one clash', () => {
    const evs = run('Hamas fighters clashed with Israeli troops in Khan Younis on Monday. Troops then shelled their positions, killing four of the fighters.');
    expect(evs.map((e) => [e.sub_event_type, e.actor1, e.fatalities])).toEqual([['Armed clash', 'Hamas Movement', 4]]);
  });

  it('a clause after ", while" with a trigger of its own is an event of its own', () => {
    const evs = run('Syrian rebels led by Hayat Tahrir al-Sham seized most of Aleppo on Saturday, while Russian warplanes bombed rebel-held areas of Idlib on Sunday, killing at least 11 people.');
    expect(evs.map((e) => [e.sub_event_type, e.actor1, e.location, e.date, e.fatalities])).toEqual([
      ['Non-state actor overtakes territory', 'HTS: Hayat Tahrir al Sham', 'Aleppo', '2024-03-30', null],
      ['Air/drone strike', 'Military Forces of Russia', 'Idlib', '2024-03-31', 11],
    ]);
  });

  it('…but clauses that tell one event stay one ("police fired tear gas, while protesters threw stones")', () => {
    const evs = run('Police fired tear gas at protesters in Nairobi on Tuesday, while demonstrators threw stones at officers.');
    expect(evs.map((e) => e.sub_event_type)).toEqual(['Violent demonstration']);
  });

  it('a bare earlier year ("since 2021, when…", "in 2019") dates a recalled event, to the year, as background', () => {
    const evs = run('Protesters clashed with police in Dakar on Sunday. Senegal has been rocked by unrest since 2021, when at least 14 people died in protests.');
    expect(evs.map((e) => [e.date, e.date_precision, e.background, e.fatalities])).toEqual([
      ['2024-03-31', 'day', false, null],
      ['2021-01-01', 'year', true, 14],
    ]);
  });

  it('an act told after an event, in a town outside the region it happened in, is an event of its own', () => {
    const evs = run('Colombian soldiers clashed with FARC dissidents in Cauca department on Wednesday, leaving two soldiers dead, the army said. The dissidents also attacked a police station in the town of Jamundi with explosives.');
    expect(evs.map((e) => [e.sub_event_type, e.location, e.admin1, e.fatalities])).toEqual([
      ['Armed clash', 'Cauca', 'Cauca', 2],
      ['Armed clash', 'Jamundi', 'Valle del Cauca', null],
    ]);
  });

  it('a background event is never dated to the article day', () => {
    const events = run('Russian forces shelled Kharkiv on Monday. The attack follows a series of missile strikes on the city last year.');
    expect(events.map((e) => [e.background, e.date])).toEqual([[false, '2024-04-01'], [true, '2023-01-01']]);
  });

  it('an event dated over a month before the article is background, however it is worded', () => {
    const events = run('The RSF attacked the Zamzam camp on Tuesday, killing at least 20 people, aid groups said. The camp was also shelled in February, when dozens were killed.', '2025-03-12');
    expect(events.map((e) => [e.background, e.date, e.sub_event_type])).toEqual([[false, '2025-03-11', 'Attack'], [true, '2025-02-01', 'Shelling/artillery/missile attack']]);
    // A date earlier in the same month stays news.
    expect(run('Militants attacked a village near Maiduguri on March 2, killing 9 people.', '2025-03-20').map((e) => e.background)).toEqual([false]);
  });

  it('the lead\'s "last month" is the news, told late; a year-old lead event is still background', () => {
    expect(run('Paramilitary fighters raped dozens of women in villages of Al Jazirah state last month, the UN said on Monday.', '2024-11-05')
      .map((e) => [e.sub_event_type, e.date, e.date_precision, e.background])).toEqual([['Sexual violence', '2024-10-01', 'month', false]]);
    expect(run('Last year, militants attacked a village near Maiduguri, killing 9 people.', '2025-03-20').map((e) => e.background)).toEqual([true]);
  });

  it('an undated report is the news: a strike in the same town months before is another event, with its own dead', () => {
    const text = 'A missile hit an apartment block in Sumy, injuring 14 people, the regional governor said. In January, a strike on a bus in Sumy killed 35 people.';
    expect(run(text).map((e) => [e.background, e.date, e.location, e.fatalities, e.injured])).toEqual([[false, '2024-04-01', 'Sumy', null, 14], [true, '2024-01-01', 'Sumy', 35, null]]);
    // Nor is it a detail of the news when it has no trigger of its own.
    const detail = 'A missile hit an apartment block in Sumy, injuring 14 people. In January, more than 35 people died in the city.';
    expect(run(detail).map((e) => [e.background, e.date, e.fatalities, e.injured])).toEqual([[false, '2024-04-01', null, 14]]);
  });

  it('the army reporting its own strikes after an attack by bandits is a second event, on the bandits', () => {
    const text = 'Bandits killed 15 villagers in a raid on Maru in Zamfara state on Monday, a local lawmaker said. The army said it had killed dozens of the bandits in air strikes on their camps later that day.';
    expect(run(text).map((e) => [e.sub_event_type, e.actor1, e.actor2, e.fatalities])).toEqual([
      ['Attack', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 15],
      ['Air/drone strike', 'Military Forces of Nigeria', 'Unidentified Armed Group (Nigeria)', 12]]);
  });

  it('a weak trigger dated months before a dated report is an older event, not a detail of the news', () => {
    const text = 'Rebels shelled a camp near Goma on Sunday, killing 15 people. In January, more than 100 people were killed at the camp.';
    expect(run(text).map((e) => [e.background, e.date, e.fatalities])).toEqual([[false, '2024-03-31', 15], [true, '2024-01-01', 100]]);
  });

  it('in a record of past events, an undated act after a dated one is as old as it, and its aside of that time counts', () => {
    const text = 'On 4 December 2023, Hamas militants fired mortars at Israeli troops east of Jenin. In addition, PIJ militants clashed with Israeli troops in the area. [The army said 40 militants were killed in Jenin between 4 and 18 December; 3 fatalities coded to this event.]';
    expect(run(text).map((e) => [e.background, e.sub_event_type, e.fatalities])).toEqual([
      [true, 'Shelling/artillery/missile attack', null], [true, 'Armed clash', 3]]);
  });

  it('an earlier attack recalled after "came a year after" keeps its own toll', () => {
    const events = run('A bomb hit a police van in Quetta on Saturday, wounding four officers. The blast came a year after a suicide bombing at a mosque in Peshawar killed more than 80 people.');
    expect(events.map((e) => [e.background, e.location, e.fatalities, e.injured])).toEqual([[false, 'Quetta', null, 4], [true, 'Peshawar', 80, null]]);
  });

  it('a source between commas mid-sentence reports what came before it', () => {
    const [e] = run('Troops killed four militants near Kidal on Tuesday, the army said, adding that two soldiers were wounded.');
    expect(e!.claims.map((c) => [c.role, c.claimant, c.statement])).toEqual([['reported', 'army', 'Troops killed four militants near Kidal on Tuesday']]);
  });

  it('"according to" names the source as written unless it is a known group', () => {
    const [e] = run('At least 17 civilians were killed when RSF drones struck a market in Omdurman on Friday, according to the Sudan Doctors Network.');
    expect(e!.claims).toEqual([{ role: 'reported', claimant: 'Sudan Doctors Network', statement: 'At least 17 civilians were killed when RSF drones struck a market in Omdurman on Friday' }]);
  });

  it('a toll update names its place inside "an Omdurman market" and counts a long "death toll … rose to"', () => {
    const [e] = run("The death toll from Friday's RSF drone attack on an Omdurman market rose to 21, a local rights group said on Saturday.");
    expect(e).toMatchObject({ location: 'Omdurman', fatalities: 21, actor1: 'RSF: Rapid Support Forces' });
  });

  it('"later that day" is the day of the event told before', () => {
    const events = run('Hundreds of people protested peacefully in Nairobi on Monday. Later that day, police shot dead two demonstrators in Kisumu, a rights group said.', '2026-01-13');
    expect(events.map((e) => [e.sub_event_type, e.location, e.date])).toEqual([['Peaceful protest', 'Nairobi', '2026-01-12'], ['Excessive force against protesters', 'Kisumu', '2026-01-12']]);
  });

  it('a withdrawal has no civilian counterpart; entering "without a fight" is a non-violent transfer, where the withdrawal was', () => {
    const events = run('Government troops have withdrawn from three villages near Kidal, the army said. Rebel fighters entered the villages without a fight, a rebel spokesman said.', '2025-01-28');
    expect(events.map((e) => [e.sub_event_type, e.actor2, e.location])).toEqual([
      ['Change to group/activity', null, 'Kidal'], ['Non-violent transfer of territory', null, 'Kidal']]);
  });

  it('a reply told next is an event of its own, that day, even when the first act\'s doer is unknown', () => {
    const events = run('Rockets were fired from southern Lebanon toward the Israeli town of Metula on Sunday, causing no casualties. The Israeli military responded with artillery fire on the outskirts of Kfar Kila.', '2025-06-09');
    expect(events.map((e) => [e.actor1, e.location, e.date])).toEqual([[null, 'Metulla', '2025-06-08'], ['Military Forces of Israel', 'Kfar Kila', '2025-06-08']]);
    // …also where the reply names no place of its own.
    expect(run('Rockets were fired toward the Israeli town of Metula on Sunday. The Israeli military responded with artillery fire.', '2025-06-09').map((e) => e.actor1))
      .toEqual([null, 'Military Forces of Israel']);
  });

  it('"regained full control" is retaking ground; "south of the palace" is where the event before was', () => {
    const events = run('The army said on Tuesday it had regained full control of the presidential palace in central Khartoum. A source in the RSF said its fighters had withdrawn to positions south of the palace.', '2025-03-18');
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.location])).toEqual([
      ['Government regains territory', 'Military Forces of Sudan', 'Khartoum'], ['Change to group/activity', 'RSF: Rapid Support Forces', 'Khartoum']]);
  });

  it('"later in the day" is that day too', () => {
    const events = run('Rebels took control of Aleppo on Saturday, a war monitor said. Russian warplanes struck Idlib later in the day, killing at least 15 people.', '2024-12-02');
    expect(events.map((e) => [e.sub_event_type, e.date])).toEqual([['Non-state actor overtakes territory', '2024-11-30'], ['Air/drone strike', '2024-11-30']]);
  });

  it('an accusation is recorded as who accused whom, and leaves a plainly reported event stated', () => {
    const text = 'A drone hit a crowded market in Kadugli on Sunday, killing 9 people, medics said.\n\nThe army blamed the Rapid Support Forces for the attack, and the RSF denied any involvement.';
    const [e] = extractor.extract({ id: 't', date: '2024-04-01', text, origin: { path: 't' } }).events;
    expect(e).toMatchObject({ certainty: 'stated', actor1: { value: { name: 'RSF: Rapid Support Forces' } } });
    expect(e!.claims.map((c) => [c.role, c.claimant, c.statement])).toEqual([
      ['reported', 'medics', 'A drone hit a crowded market in Kadugli on Sunday, killing 9 people'],
      ['accused', 'army', 'the Rapid Support Forces for the attack, and the RSF denied any involvement.'],
      ['denied', 'RSF: Rapid Support Forces', 'any involvement.'],
    ]);
    // An accusation that tells the event itself is all there is of it: claimed, as before.
    const [only] = extractor.extract({ id: 't', date: '2024-04-01', text: 'Kyiv accused Russian forces of shelling a hospital in Kherson on Sunday, killing two nurses.', origin: { path: 't' } }).events;
    expect(only).toMatchObject({ certainty: 'claimed', claims: [expect.objectContaining({ role: 'accused', claimant: 'Kyiv' })] });
  });

  it('the paragraph after an event that only says who did it joins the event; nothing else of that paragraph does', () => {
    const x = (text: string) => extractor.extract({ id: 't', date: '2024-04-01', text, origin: { path: 't' } }).events.filter((e) => !e.background);
    const [claimed] = x('A car bomb exploded near a police station in Mogadishu on Sunday, killing 7 people, police said.\n\nAl-Shabaab claimed responsibility.');
    expect(claimed).toMatchObject({ actor1: { value: { name: 'Al Shabaab' } }, claims: [expect.objectContaining({ role: 'reported' }), expect.objectContaining({ role: 'claimed', claimant: 'Al Shabaab' })] });
    const blamed = x('A drone hit a crowded market in Kadugli on Sunday, killing 9 people, medics said.\n\nThe army blamed the Rapid Support Forces. The RSF denied any involvement. Witnesses said 40 people were wounded.');
    expect(blamed).toHaveLength(1);
    expect(blamed[0]).toMatchObject({ actor1: { value: { name: 'RSF: Rapid Support Forces' } }, injured: { value: null } });
    expect(blamed[0]!.sentences).toHaveLength(3); // the event's, the accusation, the denial: not the witnesses'
    expect(blamed[0]!.claims.map((c) => [c.role, c.claimant])).toEqual([['reported', 'medics'], ['accused', 'army'], ['denied', 'RSF: Rapid Support Forces']]);
    // Not from a paragraph further on: another paragraph came between.
    const [far] = x('A drone hit a crowded market in Kadugli on Sunday, killing 9 people, medics said.\n\nThe UN condemned the violence.\n\nThe army blamed the Rapid Support Forces.');
    expect(far!.claims.map((c) => c.role)).toEqual(['reported']);
    expect(far!.actor1?.value.name).not.toBe('RSF: Rapid Support Forces');
  });

  it('a source\'s own toll ("put the death toll at 60") is its claim; the figure told with the act stays the field', () => {
    const [e] = run('Paramilitary fighters shelled a camp near El Fasher on Sunday, killing at least 40 people, a doctors\' network said. Police confirmed the attack but put the toll at 18.', '2025-08-18');
    expect(e!.fatalities).toBe(40);
    expect(e!.claims.map((c) => [c.role, c.claimant, c.statement])).toEqual([
      ['reported', "doctors' network", 'Paramilitary fighters shelled a camp near El Fasher on Sunday, killing at least 40 people'],
      ['confirmed', 'Police', 'the attack but put the toll at 18.'],
      ['reported', 'Police', 'the toll at 18.'],
    ]);
  });

  it('the sentence after one about a flood or a film is about it too, unless it names armed men', () => {
    expect(run('Floods killed at least 40 people in Nigeria\'s Niger state on Thursday after days of heavy rain. Hundreds of homes were destroyed.')).toEqual([]);
    expect(run('The film bombed at the box office over the weekend. Its star was shot by a famous photographer for the poster.')).toEqual([]);
    const after = run('Floods killed at least 40 people in Niger state on Thursday. Gunmen then attacked a relief convoy near Minna, killing two drivers.');
    expect(after.map((e) => [e.sub_event_type, e.location])).toEqual([['Attack', 'Minna']]);
  });

  it('"…, a local official told AFP." names its source', () => {
    const [e] = run('Armed men attacked a church in northern Burkina Faso on Sunday during mass, killing 12 worshippers, a local official told AFP.');
    expect(e!.claims.map((c) => [c.role, c.claimant])).toEqual([['reported', 'local official']]);
  });

  it('the other side\'s act told next is an event of its own, even with a weak verb; a gunfight that ensued is not', () => {
    const events = run('Separatists blew up a passenger train in Balochistan on Tuesday, officials said. Security forces launched a rescue operation that killed 33 militants, the military said.', '2025-03-12');
    expect(events.map((e) => [e.actor1, e.fatalities])).toEqual([['Unidentified Armed Group (Pakistan)', null], ['Military Forces of Pakistan', 33]]);
  });

  it('"…, it said." is the source named before it', () => {
    const [e] = run('Pakistani Taliban militants attacked a security checkpoint in Bannu late on Sunday, killing five soldiers, the military\'s media wing said. Troops killed four of the attackers in the ensuing gunfight, it said.', '2024-12-02');
    expect(e!.claims.map((c) => c.claimant)).toEqual(["military's media wing", "military's media wing"]);
  });

  it('an accusation about something else does not join the event; a relative pronoun is no claimant', () => {
    const x = (text: string) => extractor.extract({ id: 't', date: '2024-11-02', text, origin: { path: 't' } }).events.filter((e) => !e.background);
    const [next] = x('Police fired tear gas at protesters in Tbilisi on Saturday.\n\nOpposition leaders accused the governing party of rigging the vote.');
    expect(next!.claims).toEqual([]);
    const [same] = x('Police fired tear gas at protesters in Tbilisi on Saturday, and opposition leaders accused the government of rigging the vote, which it denies.');
    expect(same!.claims.map((c) => [c.role, c.claimant])).toEqual([['accused', 'opposition leaders'], ['denied', 'unnamed source']]);
  });

  it('a gang\'s raid and the police\'s firefight with the gang later are two events; a firefight answering an attack on troops is that attack', () => {
    const two = run('Armed gang members stormed a town overnight, setting homes on fire and killing at least eight people, Haitian police said on Tuesday.\n\nPolice said officers killed three gang members in a firefight on the outskirts of the town.', '2025-02-11');
    expect(two.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.fatalities])).toEqual([
      ['Attack', 'Unidentified Gang (Haiti)', 'Civilians (Haiti)', 8],
      ['Armed clash', 'Police Forces of Haiti', 'Unidentified Gang (Haiti)', 3],
    ]);
    const one = run('Gunmen attacked a checkpoint in Kano on Sunday, killing four soldiers. Troops returned fire in a firefight that lasted two hours, killing two of the attackers.');
    expect(one.map((e) => [e.sub_event_type, e.location])).toEqual([['Armed clash', 'Kano']]);
  });

  it('an event with no place takes the one country the article\'s places lie in, a country only where something happened in it', () => {
    const events = run('Government troops clashed with rebels in Sudan on Sunday, the army said.\n\nIn a separate incident, gunmen stormed a village on Monday, killing 12 people.');
    expect(events[1]).toMatchObject({ sub_event_type: 'Attack', location: 'Sudan', country: 'Sudan', geo_precision: 3 });
  });

  it('an act in another country\'s region is another event, whatever the trigger\'s weight', () => {
    const events = run('Russian drones struck an apartment building in Sumy overnight, killing a woman, the governor said.\n\nUkraine\'s military said it had hit an oil refinery in Russia\'s Saratov region.', '2025-03-10');
    expect(events.map((e) => [e.location, e.country, e.actor1])).toEqual([['Sumy', 'Ukraine', 'Military Forces of Russia'], ['Saratov Oblast', 'Russia', 'Military Forces of Ukraine']]);
    // Where the weapons came from is no other place of the act.
    const one = run('Russian drones struck an apartment building in Sumy overnight, killing a woman, the governor said. The drones were launched from Russia\'s Kursk region, the air force said.', '2025-03-10');
    expect(one.map((e) => [e.location, e.country])).toEqual([['Sumy', 'Ukraine']]);
  });

  it('"…, local sources said." names the sources and reports what came before them', () => {
    const [e] = extractor.extract({ id: 't', date: '2024-04-01', text: 'Rebels and soldiers clashed near Goma on Thursday, local sources said.', origin: { path: 't' } }).events;
    expect(e!.claims).toEqual([expect.objectContaining({ role: 'reported', claimant: 'local sources', statement: 'Rebels and soldiers clashed near Goma on Thursday' })]);
  });

  it('the interception of the weapon just told ("the missile was intercepted") is that event: disrupted, interceptor first', () => {
    const events = run('The Houthis said they fired a ballistic missile at Ben Gurion airport near Tel Aviv on Wednesday. The Israeli military said the missile was intercepted and there were no injuries.', '2025-11-20');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Israel', actor2: 'Houthi Movement (Ansar Allah)', date: '2025-11-19', weapon: 'missile', location: 'Tel Aviv' });
  });

  it('"a drone had been fired … it was shot down": the weapon restated, then "it", is the interception of that drone', () => {
    const events = run('The Houthis said they had launched a drone at a cargo ship off Hodeidah on Tuesday. US Central Command confirmed that a one-way attack drone had been fired toward the vessel and said it was shot down by a coalition warship.', '2024-02-21');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of the United States', actor2: 'Houthi Movement (Ansar Allah)', location: 'Hodeidah' });
  });

  it('"X said most were intercepted" makes X the interceptor; the countries that helped are not where it happened', () => {
    const events = run('Iran fired dozens of missiles at Israel overnight. Israel said most of them were intercepted with the help of the United States and Britain.');
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.country])).toEqual([
      ['Shelling/artillery/missile attack', 'Military Forces of Iran', 'Israel'], ['Disrupted weapons use', 'Military Forces of Israel', 'Israel']]);
  });

  it('a launch "most were intercepted", reported by the other side: the reporter intercepts, the launcher is the other side', () => {
    const [e] = run('Iran launched more than 300 drones and missiles at Israel late on Saturday, the Israeli military said, adding that 99 percent of them were intercepted.');
    expect(e).toMatchObject({ sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Israel', actor2: 'Military Forces of Iran' });
  });

  it('drones that got through stay a strike when air defences shot down others of the kind', () => {
    const events = run('Russia launched 60 drones at Kyiv overnight, killing two people. Air defences shot down 40 drones.');
    expect(events.map((e) => e.sub_event_type)).toEqual(['Air/drone strike', 'Disrupted weapons use']);
  });

  it('a strike that got through stays a strike when another weapon is intercepted', () => {
    const events = run('A Russian missile struck an apartment block in Kharkiv on Monday, killing three people. Air defences shot down 20 drones over the region.');
    expect(events.map((e) => e.sub_event_type)).toEqual(['Shelling/artillery/missile attack', 'Disrupted weapons use']);
  });

  it('drones that struck and hurt people are their own event next to the ones shot down', () => {
    const events = run('Russian drones struck a power plant in the Odesa region overnight, injuring four people, the governor said. The air force said it had shot down 38 of the 52 drones launched overnight.');
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.injured])).toEqual([
      ['Air/drone strike', 'Military Forces of Russia', 4], ['Disrupted weapons use', 'Military Forces of Ukraine', null]]);
  });

  it('unnamed troops who raid or arrest are the one country\'s forces named before them, not the place\'s', () => {
    const events = run('A roadside bomb wounded three Israeli soldiers near Jenin on Sunday, the army said. Troops later stormed the camp and arrested 20 Palestinians, a prisoners\' group said.');
    expect(events.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([
      ['Remote explosive/landmine/IED', null, 'Military Forces of Israel'], ['Arrests', 'Military Forces of Israel', 'Civilians (Palestine)']]);
    // In a battle the unnamed side is as often the home side: it keeps the place's country, and the
    // side that attacked in the sentence before is the one it fought.
    const battle = run('Russian forces attacked the village of Robotyne in the Zaporizhzhia region on Sunday. Troops repelled the assault after heavy fighting, the general staff said.');
    expect(battle.map((e) => [e.sub_event_type, e.actor1, e.actor2])).toEqual([['Armed clash', 'Military Forces of Ukraine', 'Military Forces of Russia']]);
  });

  it('a dateline\'s date is the filing date when the sentence dates the event; a reply "in the city" is there, that day', () => {
    const events = run('KHARTOUM, April 1 (Reuters) - The Rapid Support Forces shelled Omdurman on Sunday, killing 15 civilians. The Sudanese army responded with air strikes on RSF positions in the east of the city.');
    expect(events.map((e) => [e.sub_event_type, e.location, e.date])).toEqual([
      ['Shelling/artillery/missile attack', 'Omdurman', '2024-03-31'], ['Air/drone strike', 'Omdurman', '2024-03-31']]);
  });

  it('"Also, …" after a dated event is the same day, however long before the article', () => {
    const events = run('On 3 January 2024, Israeli warplanes struck a house in Khan Younis, killing 4 people. Also, Israeli troops arrested five men in Jenin.');
    expect(events.map((e) => [e.date, e.background])).toEqual([['2024-01-03', true], ['2024-01-03', true]]);
  });

  it('the dead of a separate operation are its own, not added to the first fight', () => {
    const events = run('Militants ambushed a convoy in Bajaur on Sunday, killing three Pakistani soldiers. Separately, troops killed five militants in North Waziristan.');
    expect(events.map((e) => e.fatalities)).toEqual([3, 5]);
  });

  it('"the rebels" in a later paragraph are the group named before; "gunmen" stay unnamed', () => {
    const events = run('M23 fighters clashed with the army near Rutshuru on Friday.\n\nThe rebels took control of Kanyabayonga on Saturday after the army withdrew. Gunmen later shot dead two traders in Goma on Sunday.');
    expect(events.map((e) => [e.sub_event_type, e.actor1])).toEqual([
      ['Armed clash', 'M23: March 23 Movement'], ['Non-state actor overtakes territory', 'M23: March 23 Movement'],
      ['Attack', 'Unidentified Armed Group (Democratic Republic of Congo)']]);
  });

  it('an event in a village the gazetteer lacks is placed in the region the article names, at region precision', () => {
    const events = run('M23 rebels clashed with the army in North Kivu province on Friday.\n\nShells hit a displacement camp near Kibirizi on Saturday, killing six civilians.');
    expect(events.map((e) => [e.sub_event_type, e.location, e.geo_precision, e.fatalities])).toEqual([
      ['Armed clash', 'North Kivu', 3, null], ['Shelling/artillery/missile attack', 'North Kivu', 3, 6]]);
  });

  it('a later weak mention ("the attack") joins the event instead of opening another', () => {
    expect(run('A drone struck a fuel depot in Kharkiv on Monday. The attack caused a large fire.')).toHaveLength(1);
  });

  it('two events in different places stay apart', () => {
    const events = run('Russian forces shelled Kharkiv on Monday, killing two. Separately, a drone struck a depot in Odesa on Sunday.');
    expect(events.map((e) => [e.location, e.date])).toEqual([['Kharkiv', '2024-04-01'], ['Odesa', '2024-03-31']]);
  });

  it('a military strike next to a natural disaster is still an event, dated by the article, not by "a day after"', () => {
    const events = run('The military carried out air strikes on villages in Sagaing region a day after a powerful earthquake, killing at least seven people, a resistance group said.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sub_event_type: 'Air/drone strike', location: 'Sagaing', fatalities: 7, date: '2024-04-01' });
  });

  it.each([
    'The militia threatened to strike oil facilities if the blockade continued.',
    'An earthquake destroyed hundreds of homes in Sagaing region on Friday, killing 40 people.',
    'The striker fired three shots on target in the second half.',
    'The city marked the anniversary of the floods that killed 40 people.',
    'Flash floods killed at least 40 people in Texas on Friday, officials said.',
    'A bus carrying pilgrims collided with a truck in Uttar Pradesh on Sunday, killing 18 people, police said.',
    'A fire at a hospital in Baghdad killed 30 patients on Monday, the health ministry said, blaming an electrical fault.',
  ])('no event: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it.each([
    'The Al Aqsa Martyrs Brigade held a\tmeeting in Gaza\u00a0City.\n\nIsraeli jets struck a house in Rafah on Monday, killing 3 people.\n\nThe heroic Al Aqsa Martyrs Brigade denounced the genocide.',
    'Markets were calm in Khartoum.\r\n\r\nArrests: On 3 May 2024, police arrested 12 protesters in Khartoum.\r\n\r\nThe regime met in Cairo.',
    'Officials from the U.S.\nArmy met in Kabul.\n\nGunmen killed two farmers near Maiduguri on Sunday.\n\nTerrorist groups\tin Mali.',
  ])('skipping paragraphs without a trigger changes nothing: %j', (text) => {
    const article = { id: 't', date: '2024-04-01', text, origin: { path: 't' } };
    // A traced run segments every paragraph; an untraced one only those that can hold a trigger.
    expect(extractor.extract(article)).toEqual(extractor.extract(article, []));
  });
});
