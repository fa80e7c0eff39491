import { TypoLexicon } from './fuzzy';
import { foldCase } from './text';
import { knownWords } from './vocabulary';
import { forgottenWithReadings, keepsEveryWord, readOnce } from './recentReadings';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { tagsOf } from './verbFirst';

/**
 * The concern detector reads messages normalised here: lower case, no apostrophes, text-speak
 * expanded, key-word typos corrected, leetspeak and starred-out words restored.
 */

/** Text-speak and spellings rewritten word by word before matching. */
export const SHORTHAND: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', r: 'are', ppl: 'people', bc: 'because', cos: 'because', coz: 'because',
  cuz: 'because', bcos: 'because', sum1: 'someone', some1: 'someone', no1: 'no one', any1: 'anyone',
  every1: 'everyone', wud: 'would', cud: 'could', shud: 'should', wudnt: 'wouldnt', cudnt: 'couldnt', shudnt: 'shouldnt', b4: 'before', h8: 'hate', h8s: 'hates', m8: 'mate', m8s: 'mates', '2day': 'today',
  '2nite': 'tonight', wanna: 'want to', gonna: 'going to', gotta: 'got to', kms: 'kill myself',
  kmslf: 'kill myself', kys: 'kill yourself', unalive: 'kill', unalived: 'killed', unaliving: 'killing',
  sewerslide: 'suicide', suicidal: 'suicide', selfharm: 'self harm', selfharming: 'self harming',
  sh: 'sh', myslef: 'myself', meself: 'myself', mysef: 'myself', mysel: 'myself', miself: 'myself',
  mi: 'my', ma: 'my', wiv: 'with', wit: 'with', dont: 'dont', doesnt: 'doesnt', im: 'im', ive: 'ive',
  mums: 'mums', mam: 'mum', mom: 'mum', mommy: 'mum', mummy: 'mum', mother: 'mum', daddy: 'dad',
  father: 'dad', stepdad: 'step dad', stepmum: 'step mum', stepmom: 'step mum', bf: 'boyfriend',
  gf: 'girlfriend', bro: 'brother', sis: 'sister', skool: 'school', scool: 'school', tho: 'though',
  nite: 'night', luv: 'love', pics: 'pictures', pic: 'picture', pix: 'pictures', nudez: 'nudes',
  noodz: 'nudes', nudies: 'nudes', pervert: 'pervert', perv: 'pervert', wen: 'when', wot: 'what',
  wat: 'what', ded: 'dead', dye: 'die', dieing: 'dying', tryna: 'trying to', hafta: 'have to',
  sooo: 'so', rly: 'really', realy: 'really', n: 'and', nd: 'and', cant: 'cant', aint: 'aint',
  anymore: 'any more', nomore: 'no more', gunna: 'going to', wana: 'want to', wanted: 'wanted',
  cyberbullying: 'cyber bullying', cyberbullied: 'cyber bullied', theyd: 'they would', hed: 'he would',
  youd: 'you would', theyll: 'they will', theyre: 'they are', kik: 'kick', kiks: 'kicks', kikd: 'kicked', killin: 'killing', attarcks: 'attacks', becase: 'because',
  kiked: 'kicked', kickd: 'kicked', kicken: 'kicking', puch: 'punch', puched: 'punched', punchd: 'punched',
  slaped: 'slapped', slapd: 'slapped', hitt: 'hit', hited: 'hit', hurtz: 'hurts', hert: 'hurt',
  herts: 'hurts', bruses: 'bruises', brusies: 'bruises', tuch: 'touch', tuches: 'touches',
  tuched: 'touched', tuchd: 'touched', touchd: 'touched', rapd: 'raped', raped: 'raped', bulli: 'bully',
  buly: 'bully', bulyd: 'bullied', bulid: 'bullied', bullyd: 'bullied', dyin: 'dying',
  cutt: 'cut', cuts: 'cuts', sed: 'said', sez: 'says', ses: 'says', nuffin: 'nothing', nothin: 'nothing',
  hungy: 'hungry', hungery: 'hungry', skared: 'scared', scard: 'scared', scaired: 'scared',
  frightend: 'frightened', afriad: 'afraid', threatend: 'threatened', threten: 'threaten',
  dissapear: 'disappear', disapear: 'disappear', dissappear: 'disappear', sexualy: 'sexually',
  sexully: 'sexually', bulled: 'bullied', bullyed: 'bullied', abussed: 'abused', abuesd: 'abused',
  suicdal: 'suicidal', sucidal: 'suicidal', razer: 'razor', overdoes: 'overdose',
  privits: 'privates', privats: 'privates', privites: 'privates', kil: 'kill', kils: 'kills', wil: 'will',
  pils: 'pills', tabs: 'tablets', burdun: 'burden', burdan: 'burden', tonite: 'tonight',
  wher: 'where', cupbord: 'cupboard', cubbord: 'cupboard', evry1: 'everyone', evry: 'every', hav: 'have',
  boyfren: 'boyfriend', boyfrend: 'boyfriend', boifren: 'boyfriend', girlfren: 'girlfriend', girlfrend: 'girlfriend',
  fone: 'phone', fones: 'phones', benifits: 'benefits', benefts: 'benefits', benafits: 'benefits', pasport: 'passport',
  chock: 'choke', chocks: 'chokes', chocked: 'choked', chokd: 'choked', merried: 'married', marryed: 'married',
  liv: 'live', livs: 'lives', slep: 'slept', bern: 'burn', berned: 'burned', purpos: 'purpose', brover: 'brother', bruvver: 'brother',
  maried: 'married', frend: 'friend', frends: 'friends', giv: 'give', muny: 'money', munny: 'money', benfits: 'benefits', tablits: 'tablets', birfday: 'birthday', colij: 'college', ugli: 'ugly', sey: 'say',
  smal: 'small', shoos: 'shoes', staf: 'staff', stuf: 'stuff', thik: 'thick', mak: 'make', tak: 'take', snifin: 'sniffing', sniffin: 'sniffing', snifing: 'sniffing',
  glases: 'glasses', glasess: 'glasses', hospitel: 'hospital', hospitle: 'hospital', hospitl: 'hospital', flor: 'floor', colleje: 'college', colledge: 'college', mise: 'mice', appointmint: 'appointment', apointment: 'appointment',
  beter: 'better', wivout: 'without', burdin: 'burden', burdon: 'burden', bruse: 'bruise', witout: 'without', heven: 'heaven', teddys: 'teddies',
  perpose: 'purpose', porpose: 'purpose', purpous: 'purpose',
  // Spellings people with a learning disability often type, read as the spelt word ("my frend wont give my monny bak").
  borow: 'borrow', borows: 'borrows', borowed: 'borrowed', borowing: 'borrowing', borro: 'borrow', borrer: 'borrow', borrers: 'borrows',
  las: 'last', reel: 'real', monny: 'money', mony: 'money', muney: 'money', munney: 'money', bak: 'back',
  taks: 'takes', tuk: 'took', tooked: 'took',
};

/** Key words whose misspellings (one typo) are corrected; short or common look-alikes are protected below. */
const KEY_WORDS = [
  'suicide', 'suicidal', 'bullied', 'bullying', 'bullies', 'touched', 'touching', 'touches', 'molested',
  'molesting', 'abused', 'abusing', 'abusive', 'harming', 'strangled', 'strangles', 'strangling',
  'strangle', 'threatened', 'threatens', 'threatening', 'punched', 'punches', 'punching', 'slapped', 'slapping',
  'kicked', 'kicking', 'beaten', 'beating', 'bruises', 'bruised', 'groomed', 'grooming', 'exploited',
  'exploiting', 'myself', 'killing', 'kill myself', 'hitting', 'hurting', 'scared', 'frightened',
  'private', 'privates', 'naked', 'violent', 'violence', 'raping', 'rapist', 'raped', 'overdose',
  'starving', 'hungry', 'cutting', 'secret', 'secrets', 'drunk', 'forced', 'forces', 'forcing',
  'nobody', 'anymore', 'because', 'someone', 'touch', 'bully', 'abuse', 'pictures', 'photos', 'nudes',
  'knife', 'blade', 'blades', 'razor', 'scars', 'bleed', 'bleeding', 'choked', 'chokes', 'choking',
  'smacked', 'smacks', 'shoved', 'pushes', 'pushed', 'attacked', 'attacks', 'threaten', 'showed',
  'shows', 'eaten', 'beating', 'heating', 'bullet', 'kicks', 'punch', 'slaps', 'touch', 'abuser',
  'tablets', 'pictures', 'disappear', 'forever', 'violent', 'started', 'looking', 'leaves', 'without',
];
/** Real words one typo from a key word: never "corrected". */
const PROTECTED = new Set([
  'couch', 'pouch', 'tough', 'torch', 'belly', 'bulky', 'fully', 'bulls', 'bullet', 'bullets', 'bulldog',
  'skills', 'skill', 'filled', 'skilled', 'billed', 'milled', 'killer', 'hunting', 'sitting', 'fitting',
  'kitting', 'picked', 'ticked', 'licked', 'nicked', 'slipped', 'flapped', 'clapped', 'snacked',
  'cooked', 'hooked', 'booked', 'looked', 'bragged', 'starting', 'staring', 'starring', 'carving',
  'trunk', 'drink', 'drank', 'drunken', 'baked', 'caked', 'faked', 'raked', 'nukes', 'dudes', 'nodes',
  'blend', 'breed', 'bleep', 'bless', 'drums', 'amuse', 'amused', 'rapped', 'tapped', 'taped',
  'rapids', 'rapper', 'scarf', 'scare', 'scares', 'scarce', 'stars', 'scary', 'sacred', 'scarred',
  'scored', 'shared', 'snared', 'stared', 'secrete', 'pushed', 'rushes', 'bushes', 'pusher', 'pictured',
  'photo', 'choked', 'chores', 'chose', 'chosen', 'joked', 'smoked', 'stroked', 'somehow', 'somewhat',
  'forked', 'formed', 'forget', 'forest', 'forget', 'beating', 'seating', 'heating', 'eating', 'beaming',
  'hurling', 'curling', 'hurdling', 'hitching', 'bruiser', 'groomer', 'brooms', 'grooves', 'knives',
  'private', 'nobody', 'bloody', 'became', 'bemuse', 'abusers', 'attacker', 'kicker', 'kickers',
  'punchline', 'punchy', 'razors', 'blazer', 'blader', 'bladed', 'slapper', 'soccer', 'secretary',
  'violet', 'violin', 'violins', 'harmony', 'charming', 'farming', 'warming', 'alarming', 'charting',
  // "if i leave" is not "leaves".
  'leave', 'hunger', 'hungary', 'cutie', 'cutlery', 'putting', 'butting', 'jutting', 'gutting', 'nuttin',
]);
const TYPOS = new TypoLexicon(
  KEY_WORDS.filter((w) => !w.includes(' ')).map((w) => [w, w] as const),
  6,
);
const CONFUSABLE = [/[aeiouy]/, /[cks]/, /[iy]/, /[mn]/, /[dt]/];

/**
 * Whether `token` is a likely slip for `word`: same first letter, and a missing, extra or swapped
 * letter, or one vowel (or look-alike consonant) for another. "sucide" is; "eaten" for "beaten" or
 * "showed" for "shoved" is not.
 */
function plausibleTypo(token: string, word: string): boolean {
  if (token[0] !== word[0]) return false;
  if (token.length !== word.length) return true;
  let i = 0;
  while (i < token.length && token[i] === word[i]) i++;
  const a = token[i] ?? '';
  const b = word[i] ?? '';
  if (token[i + 1] === b && word[i + 1] === a) return true; // swapped neighbours
  return CONFUSABLE.some((set) => set.test(a) && set.test(b));
}

/** Normalised words with shorthand expanded and key-word typos corrected, joined by single spaces. */
/** The key word `word` is a likely misspelling of ("sucide" -> "suicide"), or undefined. */
export function typoOf(word: string): string | undefined {
  if (PROTECTED.has(word)) return undefined;
  const fixed = TYPOS.get(word) ?? (/(\p{L})\1/u.test(word) ? TYPOS.get(word.replace(/(\p{L})\1/gu, '$1')) : undefined);
  if (fixed === undefined || (fixed !== word && !plausibleTypo(word, fixed))) return undefined;
  return fixed === word || !anotherRealWord(word, fixed) ? fixed : undefined;
}

/**
 * A real English word (natural's lexicon) that is not a form of the key word: "tables" is never
 * "tablets", "pinched" never "punched", "ballet" never "bullet". Forms of the same word ("attack"
 * for "attacks", "choke" for "choked") read as the key word still.
 */
function anotherRealWord(word: string, fixed: string): boolean {
  return tagsOf(word) !== undefined && PorterStemmer.stem(word) !== PorterStemmer.stem(fixed);
}

/*
 * Most messages are plain ASCII, and most words plain letters: the cheap patterns below find the
 * few that need the Unicode ones, which give the same result on the rest.
 */
const NOT_ASCII = /[^\x00-\x7f]/;
/** Three of one code unit in a row, or a character outside the Basic Multilingual Plane. */
const MAYBE_TRIPLED = /(.)\1\1|[\ud800-\udfff]/;
const NOT_ASCII_ALNUM = /[^a-z0-9]/;

/**
 * A message's words as the concern readers read them. One message is read this way several times
 * a turn (the rules' cleared text, the denial check, the reading of a buried sentence): the reading
 * is pure, so it is made once and kept with the turn's other readings (and forgotten with them).
 */
export const concernText: (text: string) => string = readOnce(concernTextAfresh, 4);

function concernTextAfresh(text: string): string {
  const known = knownWords();
  const lowered = foldCase(text)
    .replace(/\bs\s*\/\s*h\b/g, 'self harm')
    .replace(/'/g, '');
  // On ASCII text (lower case by now) the Unicode letters and digits are a-z and 0-9.
  const folded = NOT_ASCII.test(lowered) ? lowered.replace(/[^\p{L}\p{N}*!@$|]+/gu, ' ') : lowered.replace(/[^a-z0-9*!@$|]+/g, ' ');
  const out: string[] = [];
  for (const raw of folded.split(' ')) {
    if (!raw) continue;
    let word = normalisedWords.get(raw);
    if (word === undefined) {
      word = normalisedWord(raw, known);
      // The same words come in message after message: each is normalised once (bounded).
      if (normalisedWords.size >= WORDS_KEPT) normalisedWords.clear();
      normalisedWords.set(raw, word);
    }
    if (word) out.push(word);
  }
  // "my money an i cant say no": "an" before a person or "then" is "and" (never an article there).
  const joined = out.join(' ').replace(AN_FOR_AND, 'and');
  return ` ${SPORT_OR_ACCIDENT.test(joined) || ON_PURPOSE.test(joined) ? joined.replace(OWN_BODY_ME, '$1my ') : joined} `;
}

/** "an" typed for "and": before a pronoun or "then", where the article never stands. */
const AN_FOR_AND = /\ban(?= (?:i|im|ive|she|shes|he|hes|they|theyre|we|my|me|then|now|it|its|his|her|them)\b)/g;

/** Sport, play or a fall: only beside these is "me" before a part of the body read as "my" ("i hurt me head on wall when i sad" is read as typed). */
const SPORT_OR_ACCIDENT =
  /\b(?:football|footy|rugby|netball|hockey|cricket|tennis|basketball|pe|training|match|game|playing|gym|dancing|dance|running|skating|skateboard\w*|bike|scooter|trampoline|swimming|fell|fall|tripped|slipped|accident|by\s+accident)\b/;

/** "ive hurt me arm again on purpose": done to their own body on purpose, so "me arm" is their own arm (self-harm), never someone hurting them. */
const ON_PURPOSE = /\b(?:on\s+purpose|deliberately|purposely|purposefully)\b/;

/** "i hurt me knee at football": "me" for "my" before a part of the body, said of oneself, reads as "my". */
const OWN_BODY_ME =
  /\b((?:i|ive|i\s+have|i\s+had|i\s+went\s+and)\s+(?:\w+\s+)?)me\s+(?=(?:knee|knees|ankle|ankles|leg|legs|arm|arms|wrist|wrists|hand|hands|foot|feet|toe|toes|finger|fingers|back|neck|shoulder|shoulders|elbow|elbows|hip|hips|shin|shins|thumb|nose|tooth|teeth|head|hamstring|groin|ribs?)\b)/g;

/** A word's text-speak spelling: only the table's own words ("constructor" or "tostring" are not in it). */
function shorthandOf(word: string): string | undefined {
  return Object.hasOwn(SHORTHAND, word) ? SHORTHAND[word] : undefined;
}

/** Each word met, as it reads normalised ('' when nothing is left of it). */
const normalisedWords = new Map<string, string>();
const WORDS_KEPT = 20_000;
forgottenWithReadings({ forget: () => normalisedWords.clear(), holds: (text) => keepsEveryWord(normalisedWords, text) });

/** One word of folded text, normalised: it depends on nothing but the word itself. */
function normalisedWord(raw: string, known: ReadonlyMap<string, string>): string {
  let word = shorthandOf(raw) !== undefined ? raw : deLeet(raw);
  if (MAYBE_TRIPLED.test(word)) word = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  if (word.includes('*')) word = unmask(word);
  if (NOT_ASCII_ALNUM.test(word)) word = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (!word) return '';
  const short = shorthandOf(word);
  if (short !== undefined) return short;
  const fixed = word.length >= 5 && !known.has(word) ? typoOf(word) : undefined;
  return fixed ?? word;
}

/** "k1ll", "su1c1de", "s3lf h4rm": digits and symbols standing for letters inside a word. */
function deLeet(word: string): string {
  if (!/[0-9!|@$]/.test(word) || !/\p{L}/u.test(word)) return word;
  // Only symbols inside a word count ("h4rm", "k1ll"); "10s", "y9" and "b4" keep their digits.
  return word.replace(/(?<=\p{L})[0-9!|@$]+(?=\p{L})/gu, (m) =>
    m
      .replace(/[1!|]/g, 'i')
      .replace(/3/g, 'e')
      .replace(/[4@]/g, 'a')
      .replace(/0/g, 'o')
      .replace(/[$5]/g, 's')
      .replace(/7/g, 't'),
  );
}

const MASKED = ['rape', 'raped', 'suicide', 'kill', 'killed', 'die', 'dead', 'abuse', 'abused', 'self', 'harm', 'sex', 'cut', 'cutting', 'bullied', 'nudes'];
/** "r*pe", "s*icide", "k*ll": a starred word people use to get past filters. */
function unmask(word: string): string {
  const re = new RegExp(`^${word.replace(/[^a-z*]/g, '').replace(/\*+/g, '[a-z]{1,3}')}$`);
  return MASKED.find((w) => re.test(w)) ?? word.replace(/\*/g, '');
}

