import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { ThemeId } from './labels';
import { namesAJob } from './jobNamed';
import { foldCase } from './text';
import { wordCluster } from './wordClusters';

/*
 * The golden thread in meaning, not only in ids: does a step lead towards its hope (same part of
 * life, or the same things talked about), and is a hope or step given again the same one?
 */

const THEME_WORDS: readonly [ThemeId, RegExp][] = [
  ['friends_and_community', /\b(?:socialplay|friends?|friendship|club|clubs|social|party|parties|community|team|church|mosque|youth\s+group|people|person|hello|chat|meet(?:\s+up|up|ing)?|play\s+with|girlfriend|boyfriend|together)\b/i],
  ['health_and_wellbeing', /\b(?:health|healthy|sleep|eat|eating|exercise|swim|swimming|fit|fitter|calm|anxious|anxiety|worry|worried|feelings?|teeth|toilet|dentist|doctor|walk|crawl|sit\s+up|bed|bedtime|night|gym|run(?!\s+out\b)|football|sport)\b/i],
  ['independent_living', /\b(?:cook|cooking|meals?|(?:make|makes|making|prepare|prepares|get|gets)\s+(?:(?:my|his|her|their|our|a|the|own|some)\s+)*(?:dinner|lunch|breakfast|tea|food|snacks?)|sandwich(?:es)?|toast|pasta|oven|microwave|kitchen|recipes?|bake|baking|travel|bus|train|money|cash|budget\w*|bills|pounds|spend|spending|shop|shopping|live|living|dress|dressed|dressing|clothes|jumper|jumpers|shoes?|socks?|coat|uniform|trousers|buttons?|zips?|laces|wash|washing|home|road|cross|own\s+bed|flat|house|ticket)\b/i],
  ['learning_and_work', /\b(?:job|work|college|school|university|read|reading|write|writing|maths|learn|learning|games?|design|course|exam|gcses?|qualification|apprenticeship|lesson|lessons|class|teacher)\b/i],
];

/** "train with the under 15s", "training on tuesdays": training for a sport, not the train. */
const TRAINING = /\btrain(?:ing|s)?(?=\s+(?:with|for|at|hard|every|twice|once|on|in|after|before|more)\b)|\btraining\b/gi;

/**
 * "take turns with another child", "waiting for his turn", "share toys", "play alongside other
 * children": early years social play, the way young children make friends. Read as one word so it
 * links a step to a friends hope ("turn the oven on" is no turn-taking).
 */
const SOCIAL_PLAY =
  /\b(?:tak(?:e|es|ing)\s+turns?|turn\s*-?\s*taking|wait(?:s|ing)?\s+(?:for\s+)?(?:his|her|my|their|your|a)\s+turn|shar(?:e|es|ing)\s+(?:(?:his|her|my|their|the)\s+)?(?:toys?|games?|things)|play(?:s|ing)?\s+(?:alongside|next\s+to|near)\s+(?:another|other|a)\s+(?:child|children|kids?)|(?:another|other)\s+(?:child|children|kids?)|play\s*dates?|peers?|playmates?)\b/gi;

/** "the open evening", "an open day": a visit to a college before starting there. */
const OPEN_EVENING = /\bopen\s+(?:evening|day|night)s?\b/gi;

/** "£20", "£5.50": an amount of money is money. */
const AMOUNT = /£\s*\d+(?:[.,]\d+)?|\b\d+(?:\.\d+)?\s*(?:quid|pounds?|p)\b/gi;
function withMoneyNamed(text: string): string {
  return text.replace(AMOUNT, ' money ');
}

/** The part of life a text is about, from its words alone; null when none is named. */
export function themeOfWords(text: string): ThemeId | null {
  // "be a mechanic with my friend": a job named is about work before anything else the words name.
  if (namesAJob(text)) return 'learning_and_work';
  const plain = withMoneyNamed(text).replace(TRAINING, 'practise');
  // "take turns with another child", "share toys": play with others is the theme, whatever else is named.
  if (PLAY_WITH_OTHERS.test(plain)) return 'friends_and_community';
  // "do well in maths like the other kids", "go to college with my peers": others named as company or a
  // comparison leave the theme to what is done; only with nothing else named do they make it social play.
  const themeOf = (said: string) => THEME_WORDS.find(([, words]) => words.test(said))?.[0] ?? null;
  return themeOf(plain.replace(SOCIAL_PLAY, ' ')) ?? themeOf(plain.replace(SOCIAL_PLAY, ' socialplay '));
}

/** Playing, sharing or taking turns with someone: "take turns with another child", "share toys", "turn taking games with a peer". */
const PLAY_WITH_OTHERS =
  /\b(?:(?:tak(?:e|es|ing)\s+turns?|turn\s*-?\s*taking|shar(?:e|es|ing)|play(?:s|ing)?)\s+(?:\w+\s+){0,2}?(?:with|alongside|next\s+to|near)\s+(?:(?:an?other|other|a|the|his|her|my|their)\s+)?(?:child|children|kids?|peers?|friends?|others|brothers?|sisters?|classmates?)|shar(?:e|es|ing)\s+(?:(?:his|her|my|their|the)\s+)?toys?|play\s*dates?|playmates?)\b/i;

const STOP = new Set([
  'i', 'me', 'my', 'will', 'want', 'to', 'be', 'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'for', 'with', 'he', 'she',
  'they', 'his', 'her', 'their', 'can', 'could', 'would', 'like', 'go', 'get', 'do', 'have', 'able', 'more', 'by', 'own', 'is',
  'am', 'are', 'it', 'that', 'this', 'so', 'some', 'one', 'day', 'things', 'thing', 'really', 'just', 'also', 'when', 'then',
  'into', 'onto', 'from', 'end', 'year', 'years', 'month', 'months', 'week', 'weeks', 'term', 'summer', 'christmas', 'easter',
  'next', 'time', 'until', 'before', 'after', 'make', 'making', 'stuff', 'getting', 'gets', 'got', 'going', 'goes',
  // Filler that any two steps may share without meaning the same thing: "by herself", "maybe".
  'herself', 'himself', 'myself', 'themselves', 'yourself', 'ourselves', 'themself', 'maybe', "i'd", "she'd", "he'd",
  'much', 'lot', 'lots', 'well', 'better', 'good', 'without', 'every', 'each', 'other', 'wants', 'need', 'needs', 'still',
  'always', 'never', 'very', 'put', 'puts', 'alone', 'independently',
]);

/** Places and wishes many steps share ("at school", "i'd love"): they link a step to its hope, but never move it to another. */
const WEAK = new Set(['school', 'nursery', 'college', 'love', 'help', 'class', 'home', 'mornings', 'morning']);

/** Words people use for the same thing in a hope and a step ("a job in IT", "work placement"). */
const SAME_THING: Readonly<Record<string, string>> = {
  work: 'job', career: 'job', placement: 'job', mates: 'friend', mate: 'friends', pals: 'friend', flat: 'home', house: 'home',
  talk: 'speak', words: 'speak', signs: 'speak', cooking: 'cook', meal: 'cook', meals: 'cook', travel: 'bus', train: 'bus',
  exams: 'exam', gcse: 'exam', gcses: 'exam', sats: 'exam', tests: 'exam', test: 'exam', grades: 'exam', qualifications: 'exam',
  revision: 'exam', revise: 'exam', loo: 'toilet', bathroom: 'toilet', potty: 'toilet', toileting: 'toilet', wee: 'toilet',
  vets: 'vet', veterinary: 'vet', singing: 'sing', song: 'sing', songs: 'sing', choir: 'sing', singer: 'sing',
  // Turn-taking and playing beside others are how young children make friends.
  socialplay: 'friend',
  footy: 'football', footie: 'football', buddies: 'friend', bff: 'friend', dry: 'toilet', nappy: 'toilet', nappies: 'toilet',
  dressed: 'dress', dressing: 'dress', clothes: 'dress', jumper: 'dress', jumpers: 'dress', shoes: 'dress', shoe: 'dress',
  socks: 'dress', sock: 'dress', coat: 'dress', uniform: 'dress', trousers: 'dress', buttons: 'dress', zip: 'dress', laces: 'dress',
  chef: 'cook', chefs: 'cook', baker: 'cook', bakers: 'cook', sandwich: 'cook', sandwiches: 'cook', toast: 'cook', pasta: 'cook', oven: 'cook', microwave: 'cook', kitchen: 'cook', recipe: 'cook', recipes: 'cook', bake: 'cook', baking: 'cook',
  // Money by its everyday names: "do my own shopping with £20" is about the money hope.
  shopping: 'money', cash: 'money', budget: 'money', budgeting: 'money', pounds: 'money', quid: 'money', spend: 'money', spending: 'money',
  // Money by what it is earned and spent on: "budget my wages" and "pay my phone bill" are one matter.
  wage: 'money', wages: 'money', pay: 'money', paying: 'money', bill: 'money', bills: 'money', bank: 'money', banking: 'money', savings: 'money', rent: 'money',
  // Learning to drive: "my theory test" and "lessons with an instructor" are one matter.
  driving: 'drive', driver: 'drive', theory: 'drive', instructor: 'drive', licence: 'drive', license: 'drive',
  // Getting into college by its course or a university: one matter with the college itself.
  course: 'college', courses: 'college', uni: 'college', university: 'college',
  // "talking to customers" is about a shop job.
  customer: 'shop', customers: 'shop',
  // Sleep by how it feels the day after: "the sleep one" is the hope to "not be tired in lessons".
  tired: 'sleep', tiredness: 'sleep', sleepy: 'sleep', asleep: 'sleep', exhausted: 'sleep', knackered: 'sleep', bedtime: 'sleep', sleeping: 'sleep',
  book: 'read', books: 'read', reading: 'read', speaking: 'speak', talking: 'speak', say: 'speak',
};

function stems(text: string, weak = true): Set<string> {
  return new Set(
    foldCase(withMoneyNamed(text))
      .replace(TRAINING, 'practise')
      .replace(SOCIAL_PLAY, ' socialplay ')
      .replace(OPEN_EVENING, 'college')
      .replace(/[^a-z0-9' ]+/g, ' ')
      .split(/\s+/)
      .map(withTheG)
      .filter((w) => w.length > 2 && !STOP.has(w) && (weak || !WEAK.has(w)))
      .map((w) => PorterStemmer.stem(SAME_THING[w] ?? w)),
  );
}

/** The meaning words of a text, by stem ("reading" and "reads" alike); filler set aside. */
export function meaningStems(text: string): ReadonlySet<string> {
  return stems(text);
}

/** "cookin", "drivin": a word typed without its last "g" ("cabin", "again" are words of their own). */
function withTheG(word: string): string {
  if (word.length < 4 || !word.endsWith('in') || wordCluster(word) !== undefined) return word;
  return wordCluster(`${word}g`) !== undefined ? `${word}g` : word;
}

/** How many words (by stem) a step shares with a text; stems in `aside` are not counted. */
export function overlap(step: string, text: string, weak = true, aside: ReadonlySet<string> = new Set()): number {
  const mine = stems(step, weak);
  return [...stems(text, weak)].filter((s) => mine.has(s) && !aside.has(s)).length;
}

/**
 * The hope a step leads towards: the one whose words (or whose needs' words) it shares most, then
 * the one of the same part of life; undefined when none does (then the bot asks how it helps).
 */
export function bestHope<H extends { id: string; text: string; theme: ThemeId | null }>(
  step: string,
  current: H,
  hopes: readonly H[],
  needsOf: (id: string) => readonly string[],
): { hope: H; linked: boolean } {
  // Meaning words only: "at school" or "i'd love" shared with another hope is no reason to move.
  const score = (hope: H, weak = false) => Math.max(0, ...[hope.text, ...needsOf(hope.id)].map((text) => overlap(step, text, weak)));
  const mine = score(current);
  const stepTheme = themeOfWords(step);
  const sameLife = (hope: H) => stepTheme !== null && (stepTheme === hope.theme || stepTheme === themeOfWords(hope.text));
  const others = hopes.filter((h) => h.id !== current.id).map((h) => ({ h, s: score(h) })).sort((a, b) => b.s - a.s);
  // The step is asked for the hope being worked on: it moves only on a clearly better fit, two
  // more meaning words, or more words and the other hope's part of life when this one's is not.
  const best = others[0];
  const clearlyBetter = best !== undefined && best.s > mine && (best.s >= mine + 2 || (sameLife(best.h) && !sameLife(current)));
  if (best && clearlyBetter && (others[1]?.s ?? -1) < best.s) return { hope: best.h, linked: true };
  if (score(current, true) > 0) return { hope: current, linked: true };
  // No shared words: a hope of the same part of life is the likely home, but the person is asked
  // how the step helps with it, so the thread is in their words and not only in a theme.
  // The same part of life as the hope ("a work placement" for "be a mechanic") leads towards it.
  if (stepTheme && sameLife(current)) return { hope: current, linked: true };
  const sameTheme = stepTheme ? hopes.find((h) => h.id !== current.id && h.theme === stepTheme) : undefined;
  return { hope: sameTheme ?? current, linked: false };
}

/** Whether a step shares a part of life or the things talked about with a hope (or its needs). */
export function linksTo(step: string, hope: { text: string; theme: ThemeId | null }, needs: readonly string[] = []): boolean {
  if ([hope.text, ...needs].some((text) => overlap(step, text) > 0)) return true;
  const stepTheme = themeOfWords(step);
  return !stepTheme || !hope.theme || stepTheme === hope.theme;
}

/** The same hope or step said again, in nearly the same words. */
/**
 * "live on my own in a flat" after "work in a kitchen and live on my own one day in my own flat":
 * a new hope whose words are all part of an earlier, longer hope repeats it.
 */
export function repeatsPartOf(earlier: string, said: string): boolean {
  const x = stems(earlier);
  const y = stems(said);
  if (y.size < 2 || x.size <= y.size) return false;
  return [...y].filter((s) => x.has(s)).length / y.size >= 0.8;
}

/** "not at school just at home": words that start by saying no to something never say more of a hope. */
const SAYS_NOT = /^\s*(?:(?:no|nah|nope)[\s,.!]+)*(?:not|dont|don't|never)\b/i;

/** "get a job in a shop" after "a job": the same short hope said again more fully. */
export function saysMoreOf(earlier: string, said: string): boolean {
  if (SAYS_NOT.test(said)) return false;
  const x = stems(earlier);
  const y = stems(said);
  if (x.size === 0 || x.size > 3 || y.size <= x.size) return false;
  return [...x].every((s) => y.has(s));
}

export function sameHope(a: string, b: string): boolean {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return foldCase(a).trim() === foldCase(b).trim();
  const shared = [...x].filter((s) => y.has(s)).length;
  return shared / Math.max(x.size, y.size) >= 0.75;
}

/**
 * Words that point at a hope rather than say a step: "the bus one", "one about friends", "my
 * cooking hope", "that one". The bot asks the step question for that hope.
 */
export function pointsAtHope(text: string): boolean {
  const t = foldCase(text)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // "what about sleep and the telling teachers one? do those": the asking is not the hope.
    .replace(/(?:\s+(?:please|pls|plz|then|thanks|thx|mate|(?:(?:can|could|shall)\s+(?:we|i|u|you)\s+)?(?:do|try|pick|have|add|work on)\s+(?:those|them|these|that|both|it|this)(?:\s+one)?|(?:is\s+)?(?:that|it)\s+(?:ok|okay|alright|allowed)|those|both))+$/, '')
    // "ye but for the flat one": the joining words before the pointing are not the hope.
    .replace(/^(?:(?:but|and|so|well|ok|okay|ye|yeah|yes|yep|yh|no|nah|nope|sorry|oops|wait|actually|i meant|i mean|meant|not (?:that|this)(?: one)?|wrong one)\s+)+(?=\S)/, '')
    .replace(/^(?:what|how)\s+about\s+(?=\S)/, '')
    // "i'd like to add one about the toilet", "can we do the exams one": the asking is not the hope.
    .replace(/^(?:(?:yes|yeah|ok|okay|please|pls|i'd|id|i would|i want|i wanna|can|could|we|i|lets|let's|like|to|just)\s+)*(?:add|do|make|have|pick|choose|try|write|go for|go with)\s+(?=\S)/, '');
  if (!t) return false;
  if (/^(?:(?:the|a|an|one|that|this|my|for|another)\s+)?(?:[a-z']+\s+){0,3}(?:and\s+(?:the\s+|my\s+)?(?:[a-z']+\s+){0,3})?(?:one|ones|hope|dream|thing|bit|outcome)$/.test(t)) return true;
  // "the one about getting to college": the pointing words are not counted as the hope's.
  const about = /^(?:the\s+|that\s+)?(?:(?:another|a|one|an\s+outcome|something|anything)\s+)?(?:about|for|on|with)\s+(?:(?:the|my|a)\s+)?((?:[a-z']+\s*){1,4})(?:one|hope|dream)?$/.exec(t);
  return Boolean(about && (about[1] ?? '').trim().split(' ').length <= 4 && t.split(' ').length <= 7);
}

/**
 * Words that only point or ask ("one about", "please", "the ... hope", "i meant"): they name no
 * hope, so a hope that happens to hold "about" is never picked by them.
 */
const POINTING =
  /\b(?:about|please|pls|plz|thanks|one|ones|hopes?|dreams?|outcomes?|goals?|things?|something|another|yes|yeah|yep|no|nope|nah|meant|mean|instead|actually|sorry|oops|wrong|right|add|new|other|different|do|does|did|work|pick|choose)\b/gi;

/** How well words name a hope: its own words count twice its needs' words, so "the reading one" picks the hope that says reading. */
function namingScore(words: string, hope: { id: string; text: string }, needsOf: (id: string) => readonly string[]): number {
  const said = words.replace(POINTING, ' ');
  return 2 * overlap(said, hope.text) + Math.max(0, ...needsOf(hope.id).map((n) => overlap(said, n)));
}

/** The hope that words point at ("the bus one"): the one whose words (or needs' words) it shares most, else of the same part of life. */
export function hopePointedAt<H extends { id: string; text: string; theme: ThemeId | null }>(
  text: string,
  hopes: readonly H[],
  needsOf: (id: string) => readonly string[] = () => [],
): H | undefined {
  // "sleep and the telling teachers one": two hopes named; the first is worked on first.
  for (const part of text.split(/\band\b/i)) {
    const scored = hopes.map((h) => ({ h, s: namingScore(part, h, needsOf) })).sort((a, b) => b.s - a.s);
    if (scored[0] && scored[0].s > 0 && (scored[1]?.s ?? -1) < scored[0].s) return scored[0].h;
  }
  const theme = themeOfWords(text);
  return theme ? (hopes.find((h) => h.theme === theme) ?? hopes.find((h) => themeOfWords(h.text) === theme)) : undefined;
}

/** The hope words name, or the hopes they might mean when more than one fits as well (then the bot asks which). */
export interface HopeNamed<H> {
  hope?: H;
  candidates: H[];
}

/**
 * The hope that words name at "another outcome?" ("yes, for toilet", "the singing one", "yeah for
 * making friends"): by the words of the hope and of its needs, then by part of life (the hope's own
 * and its words'). One clear winner is the hope; a tie, or nothing at all, is not guessed.
 */
export function hopeNamedBy<H extends { id: string; text: string; theme: ThemeId | null }>(
  text: string,
  hopes: readonly H[],
  needsOf: (id: string) => readonly string[] = () => [],
): HopeNamed<H> {
  if (hopes.length === 0) return { candidates: [] };
  const byWords = hopes.map((h) => ({ h, s: namingScore(text, h, needsOf) }));
  const top = Math.max(...byWords.map((x) => x.s));
  if (top > 0) {
    const best = byWords.filter((x) => x.s === top).map((x) => x.h);
    return best.length === 1 ? { hope: best[0], candidates: best } : { candidates: best };
  }
  const theme = themeOfWords(text);
  if (!theme) return { candidates: [...hopes] };
  // The hope's own part of life and the part its words (and needs' words) are about both count.
  const byTheme = hopes.map((h) => ({ h, s: Number(h.theme === theme) + Number([h.text, ...needsOf(h.id)].some((t) => themeOfWords(t) === theme)) }));
  const most = Math.max(...byTheme.map((x) => x.s));
  if (most === 0) return { candidates: [...hopes] };
  const best = byTheme.filter((x) => x.s === most).map((x) => x.h);
  return best.length === 1 ? { hope: best[0], candidates: best } : { candidates: best };
}
