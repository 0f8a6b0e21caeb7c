/**
 * Synthetic benchmark corpus: English, news-like articles about armed conflict, generated
 * deterministically from a seeded PRNG (same seed → byte-identical corpus on every machine).
 *
 * Each article has a lead paragraph (actor, action, place, weekday, casualties, attribution),
 * one to three detail paragraphs (quotes, claims and denials, second incidents), a background
 * paragraph ("the attack follows…") and filler paragraphs of ordinary news prose (economy,
 * aid, diplomacy, weather, transport…) until it reaches a target length drawn uniformly from
 * [minWords, maxWords]. Twelve theatres, each with its own actors, places, officials and
 * sources, so place look-ups, actor lexicons and date resolution see realistic variety.
 *
 * `npx tsx bench/corpus.ts [n]` writes `bench/corpus/corpus-<n>.jsonl` (gitignored) for inspection
 * or for `sitrep ingest`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article } from '../dist/core/types.js';

export interface CorpusOptions {
  /** Number of articles (default 2,000). */
  n?: number;
  seed?: number;
  minWords?: number;
  maxWords?: number;
}

/** mulberry32: small, fast, good enough for text generation, identical everywhere. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Theatre {
  country: string;
  /** Attackers and their opponents, as a wire story names them. */
  attackers: string[];
  defenders: string[];
  places: string[];
  /** "the capital of North Darfur" style appositions, keyed by place. */
  apposition?: Record<string, string>;
  officials: string[];
  sources: string[];
  conflictStart: string;
  names: string[];
}

const THEATRES: Theatre[] = [
  {
    country: 'Ukraine',
    attackers: ['Russian forces', 'Russian troops', 'the Russian military', 'Moscow’s forces', 'Russian warplanes'],
    defenders: ['Ukrainian forces', 'Ukrainian troops', 'the Ukrainian army', 'Kyiv’s forces'],
    places: ['Kharkiv', 'Zaporizhzhia', 'Odesa', 'Kherson', 'Pokrovsk', 'Sumy', 'Dnipro', 'Kramatorsk', 'Chasiv Yar', 'Kupiansk', 'Mykolaiv', 'Sloviansk'],
    apposition: { Kharkiv: 'Ukraine’s second-largest city', Kherson: 'the southern regional capital', Pokrovsk: 'a logistics hub in the Donetsk region' },
    officials: ['the regional governor', 'the mayor', 'Ukraine’s emergency service', 'the prosecutor general’s office', 'the military administration'],
    sources: ['Ukraine’s air force', 'the regional military administration', 'Russia’s defence ministry'],
    conflictStart: 'February 2022',
    names: ['Olena Kovalenko', 'Serhiy Bondarenko', 'Ihor Terekhov', 'Natalia Shevchuk', 'Oleh Syniehubov'],
  },
  {
    country: 'Sudan',
    attackers: ['the RSF', 'the Rapid Support Forces', 'RSF fighters', 'the paramilitary Rapid Support Forces'],
    defenders: ['the Sudanese army', 'the Sudanese Armed Forces', 'army units', 'the military'],
    places: ['El Fasher', 'Omdurman', 'Khartoum', 'Nyala', 'El Obeid', 'Wad Madani', 'Geneina', 'Kadugli', 'Sennar'],
    apposition: { 'El Fasher': 'the capital of North Darfur', Nyala: 'the capital of South Darfur', 'Wad Madani': 'the capital of Gezira state' },
    officials: ['a local medical group', 'the Sudan Doctors Network', 'residents', 'a local resistance committee', 'the state health ministry'],
    sources: ['the Sudanese army', 'the RSF', 'activists'],
    conflictStart: 'April 2023',
    names: ['Mohamed Osman', 'Fatima Abdelrahman', 'Adam Yahya', 'Hawa Ibrahim', 'Salah Eldin Ahmed'],
  },
  {
    country: 'Yemen',
    attackers: ['Houthi rebels', 'the Houthis', 'Houthi forces', 'the Iran-aligned Houthis'],
    defenders: ['government forces', 'pro-government fighters', 'troops loyal to the government'],
    places: ['Hodeidah', 'Sanaa', 'Marib', 'Taiz', 'Saada', 'Aden', 'Hajjah', 'Al Bayda'],
    apposition: { Hodeidah: 'the Red Sea port city', Marib: 'the government’s last northern stronghold' },
    officials: ['a military official', 'medical sources', 'the health ministry', 'tribal sources'],
    sources: ['the Houthi-run Saba news agency', 'the coalition', 'government officials'],
    conflictStart: 'late 2014',
    names: ['Abdullah al-Hakimi', 'Mohammed Abdulsalam', 'Amal Saleh', 'Yahya Saree', 'Nabil al-Sharabi'],
  },
  {
    country: 'Palestine',
    attackers: ['Israeli warplanes', 'Israeli forces', 'the Israeli military', 'Israeli troops', 'an Israeli drone'],
    defenders: ['Hamas militants', 'Palestinian fighters', 'Islamic Jihad militants', 'Hamas'],
    places: ['Gaza City', 'Khan Younis', 'Rafah', 'Deir al-Balah', 'Jabalia', 'Nuseirat', 'Beit Lahia', 'Jenin', 'Tulkarem'],
    apposition: { 'Gaza City': 'in the north of the territory', Jenin: 'in the occupied West Bank', 'Khan Younis': 'in southern Gaza' },
    officials: ['the Gaza health ministry', 'civil defence officials', 'hospital officials', 'the Palestinian Red Crescent', 'witnesses'],
    sources: ['the Israeli military', 'Hamas', 'the Palestinian health ministry'],
    conflictStart: 'October 2023',
    names: ['Mahmoud Basal', 'Iyad Abu Jaber', 'Samira Hussein', 'Khalil al-Dakran', 'Rana Abu Ghali'],
  },
  {
    country: 'Somalia',
    attackers: ['al-Shabaab fighters', 'al-Shabaab militants', 'al-Shabaab', 'suspected al-Shabaab gunmen'],
    defenders: ['Somali troops', 'the Somali army', 'African Union forces', 'government soldiers'],
    places: ['Mogadishu', 'Baidoa', 'Kismayo', 'Beledweyne', 'Afgoye', 'Jowhar', 'Galkayo', 'Dhusamareb'],
    apposition: { Baidoa: 'in the southwest of the country', Afgoye: 'west of the capital' },
    officials: ['a police officer', 'a military official', 'ambulance services', 'local elders'],
    sources: ['al-Shabaab', 'the Somali government', 'state media'],
    conflictStart: '2006',
    names: ['Abdiqadir Hassan', 'Halima Farah', 'Ali Mohamed Nur', 'Abdirahman Mohamud', 'Faduma Ahmed'],
  },
  {
    country: 'Democratic Republic of Congo',
    attackers: ['M23 rebels', 'the M23', 'ADF militants', 'CODECO militiamen', 'suspected ADF fighters'],
    defenders: ['the Congolese army', 'FARDC soldiers', 'Wazalendo militias', 'UN peacekeepers'],
    places: ['Goma', 'Bunia', 'Beni', 'Rutshuru', 'Bukavu', 'Sake', 'Butembo', 'Masisi', 'Uvira'],
    apposition: { Goma: 'the capital of North Kivu province', Bunia: 'the capital of Ituri province' },
    officials: ['a local civil society leader', 'the provincial governor', 'a hospital director', 'the UN mission'],
    sources: ['the army', 'the rebels', 'the UN'],
    conflictStart: 'the 1990s',
    names: ['Jean-Claude Mambo', 'Espérance Kahindo', 'Patrick Muyaya', 'Gentil Mulume', 'Marie Kavira'],
  },
  {
    country: 'Syria',
    attackers: ['Syrian government forces', 'Russian jets', 'HTS fighters', 'Turkish-backed factions', 'Islamic State militants'],
    defenders: ['rebel fighters', 'Kurdish-led forces', 'the SDF', 'government troops'],
    places: ['Idlib', 'Aleppo', 'Deir ez-Zor', 'Hama', 'Homs', 'Manbij', 'Raqqa', 'Qamishli', 'Daraa'],
    apposition: { Idlib: 'the last rebel-held province', 'Deir ez-Zor': 'in the east of the country' },
    officials: ['the Syrian Observatory for Human Rights', 'the White Helmets', 'a war monitor', 'local activists'],
    sources: ['state news agency SANA', 'the SDF', 'the Observatory'],
    conflictStart: '2011',
    names: ['Rami Abdulrahman', 'Ahmad al-Khatib', 'Layla Darwish', 'Omar Haj Kadour', 'Hussam Hammoud'],
  },
  {
    country: 'Lebanon',
    attackers: ['an Israeli drone', 'Israeli warplanes', 'Hezbollah fighters', 'Israeli artillery'],
    defenders: ['Hezbollah', 'Israeli troops', 'the Lebanese army'],
    places: ['Tyre', 'Nabatieh', 'Bint Jbeil', 'Baalbek', 'Marjayoun', 'Sidon'],
    apposition: { Tyre: 'on the southern coast', Baalbek: 'in the eastern Bekaa valley' },
    officials: ['Lebanon’s health ministry', 'the state-run National News Agency', 'a security source'],
    sources: ['Hezbollah', 'the Israeli military', 'Lebanese officials'],
    conflictStart: 'October 2023',
    names: ['Hassan Fadlallah', 'Zeinab Hammoud', 'Ali Shoaib', 'Mariam Khalil', 'Youssef Ghazal'],
  },
  {
    country: 'Mali',
    attackers: ['JNIM militants', 'jihadist fighters', 'Islamic State Sahel Province fighters', 'Malian troops and Russian mercenaries'],
    defenders: ['the Malian army', 'Tuareg separatists', 'local self-defence militias'],
    places: ['Mopti', 'Gao', 'Timbuktu', 'Kidal', 'Menaka', 'Segou', 'Bamako'],
    apposition: { Timbuktu: 'the historic desert city', Kidal: 'the former separatist stronghold' },
    officials: ['a local official', 'a security source', 'community leaders', 'the army'],
    sources: ['the army', 'JNIM', 'the separatist alliance'],
    conflictStart: '2012',
    names: ['Moussa Ag Acharatoumane', 'Aminata Traoré', 'Boubacar Diallo', 'Hamadoun Dicko', 'Fatoumata Coulibaly'],
  },
  {
    country: 'Nigeria',
    attackers: ['Boko Haram fighters', 'ISWAP militants', 'armed bandits', 'gunmen'],
    defenders: ['Nigerian troops', 'the Nigerian army', 'vigilantes', 'the Civilian Joint Task Force'],
    places: ['Maiduguri', 'Bama', 'Gwoza', 'Zamfara', 'Katsina', 'Kaduna', 'Monguno'],
    apposition: { Maiduguri: 'the capital of Borno state' },
    officials: ['a police spokesman', 'a local government chairman', 'residents', 'an emergency official'],
    sources: ['the army', 'police', 'state officials'],
    conflictStart: '2009',
    names: ['Babagana Zulum', 'Aisha Musa', 'Ibrahim Abdullahi', 'Yusuf Adamu', 'Hauwa Bukar'],
  },
  {
    country: 'Myanmar',
    attackers: ['junta troops', 'the Myanmar military', 'the Arakan Army', 'resistance fighters', 'military aircraft'],
    defenders: ['People’s Defence Force fighters', 'ethnic armed groups', 'junta soldiers'],
    places: ['Sittwe', 'Lashio', 'Myawaddy', 'Mandalay', 'Sagaing', 'Loikaw', 'Hpakant'],
    apposition: { Sittwe: 'the capital of Rakhine state', Lashio: 'in northern Shan state' },
    officials: ['local media', 'a rescue worker', 'the shadow National Unity Government', 'residents'],
    sources: ['the junta', 'the Arakan Army', 'the NUG'],
    conflictStart: 'the February 2021 coup',
    names: ['Zaw Min Tun', 'Khine Thu Kha', 'Ma Thida', 'Ko Aung', 'Nang Seng'],
  },
  {
    country: 'Kenya',
    attackers: ['police', 'riot police', 'security forces'],
    defenders: ['protesters', 'demonstrators', 'opposition supporters'],
    places: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'],
    apposition: { Kisumu: 'an opposition stronghold in the west' },
    officials: ['witnesses', 'Amnesty International Kenya', 'the Kenya National Commission on Human Rights', 'a police statement'],
    sources: ['police', 'organisers', 'the interior ministry'],
    conflictStart: 'June 2024',
    names: ['Wanjiru Kamau', 'Brian Otieno', 'Faith Odhiambo', 'Kevin Mwangi', 'Irungu Houghton'],
  },
];

interface Action {
  /** `{A}` attacker, `{D}` defender, `{P}` place (with apposition), `{W}` weekday phrase, `{K}` casualty clause. */
  lead: string[];
  title: string[];
  protest?: boolean;
}

const ACTIONS: Action[] = [
  {
    lead: ['{A} shelled a residential district of {P} {W}, {K}, {S} said.', '{A} pounded {P} with artillery {W}, {K}, according to {S}.'],
    title: ['Shelling kills {N} in {PL}', '{PL} hit by artillery fire'],
  },
  {
    lead: ['{A} carried out an air strike on a house in {P} {W}, {K}, {S} said.', 'An air strike by {A} hit a market in {P} {W}, {K}, {S} said.'],
    title: ['Air strike on {PL} kills {N}', 'Strike hits market in {PL}'],
  },
  {
    lead: ['Heavy fighting broke out {W} between {A} and {D} in {P}, {S} said, {K}.', '{A} clashed with {D} on the outskirts of {P} {W}, {K}, {S} said.'],
    title: ['Clashes in {PL} leave {N} dead', 'Fighting erupts in {PL}'],
  },
  {
    lead: ['A drone launched by {A} struck a fuel depot in {P} {W}, {K}, {S} said.', '{A} launched a wave of drones at {P} overnight into {W2}, {K}, {S} said.'],
    title: ['Drone attack on {PL}', 'Drones target {PL} overnight'],
  },
  {
    lead: ['A roadside bomb struck a military convoy near {P} {W}, {K}, {S} said. {A} claimed responsibility for the attack.', 'A car bomb exploded outside a hotel in {P} {W}, {K}, {S} said.'],
    title: ['Bomb blast in {PL}', 'Car bomb kills {N} in {PL}'],
  },
  {
    lead: ['{A} abducted at least {N2} villagers from a farming community near {P} {W}, {S} said.', 'Gunmen believed to be {A} kidnapped {N2} people travelling on a road outside {P} {W}, {S} said.'],
    title: ['{N2} abducted near {PL}', 'Kidnapping near {PL}'],
  },
  {
    lead: ['{A} said {W} they had captured the town of {P} after days of fighting with {D}, {K}.', '{A} seized control of {P} {W}, forcing {D} to withdraw, {S} said.'],
    title: ['{PL} falls after days of fighting', 'Control of {PL} changes hands'],
  },
  {
    lead: ['Thousands of people marched through {P} {W} to protest against rising prices, and {A} fired tear gas to disperse them, {S} said.', 'Hundreds of demonstrators gathered in {P} {W}; {A} arrested dozens of them, {S} said.'],
    title: ['Protest in {PL} dispersed with tear gas', 'Arrests at {PL} demonstration'],
    protest: true,
  },
];

const NUM_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const VICTIMS = ['civilians', 'people', 'soldiers', 'fighters', 'children', 'residents', 'aid workers', 'members of one family'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const QUOTES = [
  '“We heard a huge explosion and then everything was on fire,” said {NM}, a {AGE}-year-old resident who lives nearby.',
  '“There is no safe place left in this city,” {NM}, a teacher, told reporters by telephone.',
  '“The children were asleep when the walls came down,” said {NM}, whose brother was among the wounded.',
  '“We buried them this morning, we could not wait any longer,” said {NM}, a relative of two of the dead.',
  '“This was a deliberate attack on civilians and those responsible must be held to account,” {NM}, a rights campaigner, said.',
  '“Our teams are overwhelmed and we are running out of blood for transfusions,” said {NM}, a doctor at the main hospital.',
  '“The shooting lasted for more than three hours,” said {NM}, a shopkeeper who hid in his storeroom.',
];

const CLAIMS = [
  '{SRCC} said its forces had struck “military targets” in the area and denied hitting civilians.',
  '{SRCC} claimed responsibility for the attack in a statement posted on social media.',
  'The figures could not be independently verified.',
  '{SRCC} did not immediately respond to a request for comment.',
  'A spokesman for {SRC} denied that its fighters had been involved.',
  '{SRCC} confirmed the death toll later in the day, adding that rescue operations were continuing.',
  'Reuters could not independently confirm the account.',
];

const BACKGROUND = [
  'The attack follows a series of strikes on {PL} last month, including one on a school that killed {N} people.',
  'The conflict, which began in {START}, has killed tens of thousands of people and displaced millions more, according to the United Nations.',
  'It was the deadliest single incident in the area since {MONTH}, when {N} people were killed in a similar attack.',
  'Fighting in the region has intensified in recent weeks as both sides seek to gain ground before the rainy season.',
  'Earlier this year, a ceasefire brokered by regional mediators collapsed within days amid mutual accusations of violations.',
];

/**
 * Ordinary news prose with no conflict events, to reach realistic article lengths. Generated
 * from a small grammar whose slots (names, organisations, commodities, numbers, places,
 * weekdays, months) are dense, so two articles share few 3-word shingles — as two real,
 * unrelated stories do — and the store's near-duplicate detection does not see a corpus of
 * copies. (A fixed pool of filler paragraphs would make every article a near-copy of the rest.)
 */
const FIRST = ['Amina', 'David', 'Leila', 'Samuel', 'Grace', 'Omar', 'Irina', 'Pierre', 'Nadia', 'Kwame', 'Sofia', 'Hassan', 'Maria', 'Tomas', 'Aisha', 'Viktor', 'Chloe', 'Ibrahim', 'Yusuf', 'Elena', 'Joseph', 'Mei', 'Ravi', 'Zainab', 'Daniel', 'Fatou', 'Karim', 'Anna', 'Peter', 'Rahel'];
const LAST = ['Mensah', 'Haddad', 'Novak', 'Okafor', 'Rahman', 'Petrenko', 'Diallo', 'Schmidt', 'Karimi', 'Mwangi', 'Costa', 'Nasser', 'Lindqvist', 'Abebe', 'Moreau', 'Qureshi', 'Tesfaye', 'Ivanova', 'Banda', 'Farouk', 'Osei', 'Kowalski', 'Hussein', 'Njoroge', 'Salem', 'Yilmaz', 'Tanaka', 'Achieng', 'Dubois', 'Bakr'];
const ORG_A = ['National', 'Regional', 'Central', 'Independent', 'United', 'Municipal', 'Federal', 'Provincial', 'Joint', 'Northern', 'Southern', 'Coastal'];
const ORG_B = ['Grain', 'Water', 'Transport', 'Teachers', 'Traders', 'Health', 'Power', 'Fisheries', 'Housing', 'Statistics', 'Farmers', 'Bakers', 'Roads', 'Pharmacists', 'Exporters', 'Tourism'];
const ORG_C = ['Board', 'Union', 'Authority', 'Association', 'Institute', 'Agency', 'Council', 'Office', 'Cooperative', 'Commission', 'Federation', 'Chamber'];
const GOODS = ['bread', 'cooking oil', 'diesel', 'rice', 'sugar', 'cement', 'school uniforms', 'bus fares', 'rent', 'medicine', 'flour', 'eggs', 'electricity', 'mobile data', 'tomatoes', 'onions', 'baby formula', 'kerosene', 'lentils', 'fertiliser', 'car tyres', 'textbooks', 'tea', 'charcoal'];
const ROLES = ['an economist at {ORG}', 'a spokeswoman for {ORG}', 'the head of {ORG}', 'a shopkeeper in {PL}', 'a retired teacher from {PL}', 'a taxi driver in {PL}', 'a nurse in {PL}', 'a member of the {PL} municipal council', 'a researcher with {ORG}', 'a baker who has worked in {PL} for {N} years', 'a mother of {N}', 'a student at the university in {PL}', 'a fisherman', 'a lorry driver', 'an engineer with {ORG}'];
const PEOPLE = ['pensioners', 'students', 'farmers', 'shop owners', 'commuters', 'volunteers', 'families', 'traders', 'nurses', 'factory workers', 'young people', 'fishermen', 'taxi drivers', 'teachers', 'market women', 'engineers'];
const THINGS = ['clinics', 'classrooms', 'water points', 'bakeries', 'kilometres of road', 'solar panels', 'wells', 'bus routes', 'pharmacies', 'training courses', 'grain silos', 'housing units', 'street lights', 'bridges', 'small loans', 'school meals'];
const METRICS = ['inflation', 'the wheat harvest', 'fuel imports', 'school enrolment', 'tax revenue', 'remittances', 'bus ridership', 'hotel occupancy', 'the fish catch', 'power output', 'exports of coffee', 'unemployment', 'hospital admissions', 'rice production'];
const PLACES_GENERIC = ['the old town', 'the port district', 'the market quarter', 'the northern suburbs', 'the industrial zone', 'the university district', 'the riverside', 'the bus station', 'the central square', 'the eastern villages'];
const EVENTS_CIVIC = ['a football match', 'a book fair', 'a wedding', 'a vaccination drive', 'a job fair', 'a concert', 'a town hall meeting', 'a cooking competition', 'a graduation ceremony', 'a film screening', 'a charity run', 'a farmers’ market'];
const QUOTE_BITS = ['we cannot plan more than a week ahead', 'people are tired but they keep working', 'the prices change every day', 'nobody knows what next month will bring', 'we need investment, not promises', 'my children ask me when things will be normal again', 'business is slow but we open every morning', 'the young people are leaving for the cities', 'we fixed what we could with our own money', 'without the generator we would have closed long ago'];
const FILLER_SENTENCES = [
  'Prices of {G} rose by {P} percent in {MO}, according to figures published by {ORG} on {WD}.',
  '{NM}, {ROLE}, said the cost of {G} had {MOVE} since {MO} and that {PEOPLE} were {COPE}.',
  '{ORGC} said it had {BUILT} {N} {THINGS} in and around {PL} since {MO}, {CMP} the {N2} it had planned.',
  '“{Q},” said {NM}, {ROLE}.',
  '{ORGC} expects {METRIC} to {CHANGE} by about {P} percent this year, down from an earlier forecast of {P2} percent.',
  'About {BIG} people attended {EVENT} in {GPL} on {WD}, the first such gathering in {N} months.',
  'In {GPL}, {PEOPLE} queued for up to {N} hours on {WD} to buy {G}, which sold for {N3} {CUR} a kilo.',
  'The {N}-kilometre road between {PL} and {PL2} {ROADSTATE}, {NM} of {ORG} said.',
  'Officials in {PL} said {N} {THINGS} would reopen by {MO} if funding of {N3} million {CUR} was approved.',
  '{NM}, who runs a small {SHOP} near {GPL}, said {Q2}.',
  'A survey of {BIG} households by {ORG} found that {P} percent had cut spending on {G} and {G2} in the past {N} months.',
  'Power cuts in {GPL} lasted up to {N} hours a day last week, and {PEOPLE} said they relied on {BACKUP}.',
  '{ORGC} will hold elections for its board in {MO}, with {N} candidates competing for {N2} seats.',
  'The exchange rate weakened to {N3} {CUR} to the dollar on {WD}, from {N4} a month earlier.',
  'Teachers in {PL} said classes of {BIG2} pupils were common, and {N} schools shared buildings in shifts.',
  '{PEOPLEC} in {GPL} have formed a cooperative that sells {G} directly to {N2} shops, cutting out middlemen.',
];
const MOVES = ['nearly doubled', 'risen steadily', 'fallen slightly', 'swung wildly', 'climbed by a third', 'jumped twice'];
const COPE = ['buying smaller quantities', 'borrowing from relatives', 'skipping meals', 'selling jewellery', 'sharing costs with neighbours', 'working second jobs'];
const BUILT = ['repaired', 'opened', 'rebuilt', 'funded', 'equipped', 'handed over'];
const CMP = ['short of', 'well above', 'close to', 'about half of', 'more than'];
const CHANGES = ['grow', 'shrink', 'recover', 'fall', 'rise'];
const ROADSTATE = ['has been closed for repairs since the spring', 'reopened to lorries last month', 'is passable only in daylight', 'is being resurfaced with foreign funding', 'floods every rainy season'];
const SHOPS = ['bakery', 'pharmacy', 'tailoring shop', 'phone repair stall', 'grocery', 'barber shop', 'print shop', 'café'];
const BACKUP = ['shared generators', 'car batteries', 'small solar panels', 'candles and torches', 'a neighbour’s inverter'];
const CURRENCY: Record<string, string> = {
  Ukraine: 'hryvnias', Sudan: 'pounds', Yemen: 'rials', Palestine: 'shekels', Somalia: 'shillings', 'Democratic Republic of Congo': 'francs',
  Syria: 'pounds', Lebanon: 'pounds', Mali: 'CFA francs', Nigeria: 'naira', Myanmar: 'kyat', Kenya: 'shillings',
};

function fillerParagraph(r: () => number, th: Theatre): string {
  const org = (): string => `the ${pick(r, ORG_A)} ${pick(r, ORG_B)} ${pick(r, ORG_C)}`;
  const name = (): string => `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const n = (lo: number, hi: number): string => String(lo + Math.floor(r() * (hi - lo + 1)));
  const sentences: string[] = [];
  const k = 3 + Math.floor(r() * 3);
  for (let i = 0; i < k; i++) {
    const pl = pick(r, th.places);
    const vars: Record<string, string> = {
      G: pick(r, GOODS), G2: pick(r, GOODS), P: n(2, 60), P2: n(2, 60), MO: pick(r, MONTHS), WD: pick(r, WEEKDAYS), ORG: org(), ORGC: cap(org()),
      NM: name(), PEOPLE: pick(r, PEOPLE), PEOPLEC: cap(pick(r, PEOPLE)), THINGS: pick(r, THINGS), N: n(2, 19), N2: n(20, 90), N3: n(100, 9000), N4: n(100, 9000), BIG: n(300, 20000), BIG2: n(45, 90),
      METRIC: pick(r, METRICS), CHANGE: pick(r, CHANGES), EVENT: pick(r, EVENTS_CIVIC), GPL: `${pick(r, PLACES_GENERIC)} of ${pl}`, PL: pl, PL2: pick(r, th.places),
      Q: cap(pick(r, QUOTE_BITS)), Q2: pick(r, QUOTE_BITS), MOVE: pick(r, MOVES), COPE: pick(r, COPE), BUILT: pick(r, BUILT), CMP: pick(r, CMP),
      ROADSTATE: pick(r, ROADSTATE), SHOP: pick(r, SHOPS), BACKUP: pick(r, BACKUP), CUR: CURRENCY[th.country] ?? 'dollars',
    };
    vars.ROLE = fill(pick(r, ROLES), vars);
    sentences.push(fill(pick(r, FILLER_SENTENCES), vars));
  }
  return sentences.join(' ');
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function claim(r: () => number, th: Theatre): string {
  const src = pick(r, th.sources);
  return fill(pick(r, CLAIMS), { SRC: src, SRCC: cap(src) });
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
}

function fill(s: string, vars: Record<string, string>): string {
  return s.replace(/\{([A-Z0-9]+)\}/g, (m, k: string) => vars[k] ?? m);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function num(r: () => number, n: number): string {
  return n < NUM_WORDS.length && r() < 0.6 ? NUM_WORDS[n]! : String(n);
}

function casualtyClause(r: () => number, protest: boolean): [string, number] {
  const k = Math.floor(r() ** 2 * 40) + 1;
  const w = Math.floor(r() * 30);
  const v = protest ? 'protesters' : pick(r, VICTIMS);
  const say = (t: string, dead = k): [string, number] => [t, dead];
  switch (Math.floor(r() * 6)) {
    case 0: return say(`killing ${num(r, k)} ${v} and wounding ${num(r, w)} others`);
    case 1: return say(`killing at least ${num(r, k)} ${v}`);
    case 2: return say(`leaving ${num(r, k)} dead and ${num(r, w)} wounded`);
    case 3: return say(`wounding ${num(r, w)} ${v}`, 0);
    case 4: return say(`with no immediate reports of casualties`, 0);
    default: return say(`killing ${num(r, k)} people, including ${num(r, Math.min(k, 1 + Math.floor(r() * 5)))} children`);
  }
}

/** Generate the corpus in memory. Deterministic for a given (n, seed, minWords, maxWords). */
export function generateCorpus(opts: CorpusOptions = {}): Article[] {
  const { n = 2000, seed = 20240501, minWords = 300, maxWords = 800 } = opts;
  const r = rng(seed);
  const base = Date.UTC(2023, 0, 1);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const th = pick(r, THEATRES);
    const protest = th.country === 'Kenya';
    const actions = ACTIONS.filter((a) => !!a.protest === protest);
    const pub = new Date(base + Math.floor(r() * 900) * 86400000);
    const date = pub.toISOString().slice(0, 10);
    const target = minWords + Math.floor(r() * (maxWords - minWords + 1));
    const paras: string[] = [];
    const nIncidents = 1 + (r() < 0.35 ? 1 : 0);
    let title = '';
    for (let j = 0; j < nIncidents; j++) {
      const act = pick(r, actions);
      const pl = pick(r, th.places);
      const ago = Math.floor(r() * 3);
      const day = new Date(pub.getTime() - ago * 86400000);
      const wd = WEEKDAYS[day.getUTCDay()]!;
      const wphrase = ago === 0 && r() < 0.3 ? 'on Sunday'.replace('Sunday', wd) : r() < 0.5 ? `on ${wd}` : r() < 0.5 ? `early on ${wd}` : `on ${wd} evening`;
      const app = th.apposition?.[pl];
      const [K, dead] = casualtyClause(r, protest);
      const vars: Record<string, string> = {
        A: pick(r, th.attackers), D: pick(r, th.defenders), P: app && r() < 0.6 ? `${pl}, ${app},` : pl, PL: pl, W: wphrase, W2: wd,
        K, S: pick(r, th.officials), N: String(dead), N2: num(r, 3 + Math.floor(r() * 30)),
      };
      if (j === 0) title = fill(pick(r, act.title.filter((t) => dead > 0 || !t.includes('{N}'))), vars);
      const lead = fill(pick(r, act.lead), vars).replace(/,,/g, ',').replace(/, ,/g, ',');
      paras.push(j === 0 ? cap(lead) : `In a separate incident, ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`);
      const detail: string[] = [];
      detail.push(fill(pick(r, QUOTES), { NM: pick(r, th.names), AGE: String(19 + Math.floor(r() * 60)) }));
      detail.push(claim(r, th));
      if (r() < 0.5) detail.push(claim(r, th));
      paras.push(detail.join(' '));
    }
    const bgVars = { PL: pick(r, th.places), N: String(3 + Math.floor(r() * 60)), START: th.conflictStart, MONTH: pick(r, MONTHS) };
    const b1 = Math.floor(r() * BACKGROUND.length);
    const b2 = (b1 + 1 + Math.floor(r() * (BACKGROUND.length - 1))) % BACKGROUND.length;
    paras.push(fill(BACKGROUND[b1]!, bgVars) + ' ' + fill(BACKGROUND[b2]!, bgVars));
    // Filler until the target length.
    let words = paras.reduce((s, p) => s + wordCount(p), 0);
    while (words < target) {
      let p = fillerParagraph(r, th);
      if (words + wordCount(p) > maxWords) {
        // Trim the last filler at a sentence boundary so the article stays within maxWords.
        const kept: string[] = [];
        for (const s of p.split(/(?<=[.”])\s+/)) {
          if (words + wordCount([...kept, s].join(' ')) > maxWords) break;
          kept.push(s);
        }
        if (!kept.length) break;
        p = kept.join(' ');
      }
      const insertAt = 2 + Math.floor(r() * (paras.length - 1));
      paras.splice(Math.min(insertAt, paras.length), 0, p);
      words += wordCount(p);
    }
    const text = paras.join('\n\n');
    out.push({
      id: `bench-${String(i).padStart(5, '0')}`,
      date,
      title,
      text,
      source: 'Bench Wire',
      lang: 'en',
      origin: { path: 'bench/corpus', line: i + 1 },
    });
  }
  return out;
}

/** Words per article: min, mean, max. */
export function corpusStats(articles: Article[]): { articles: number; words_min: number; words_mean: number; words_max: number; chars_total: number } {
  const ws = articles.map((a) => wordCount(a.text));
  return {
    articles: articles.length,
    words_min: Math.min(...ws),
    words_mean: Math.round(ws.reduce((s, w) => s + w, 0) / Math.max(1, ws.length)),
    words_max: Math.max(...ws),
    chars_total: articles.reduce((s, a) => s + a.text.length, 0),
  };
}

/** Write the corpus as JSONL under `bench/corpus/` (gitignored); returns the path. */
export function writeCorpus(articles: Article[]): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `corpus-${articles.length}.jsonl`);
  writeFileSync(path, articles.map(({ origin: _o, ...a }) => JSON.stringify(a)).join('\n') + '\n');
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 2000);
  const articles = generateCorpus({ n });
  console.log(writeCorpus(articles), corpusStats(articles));
}
