import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer';
import { foldCase } from './text';
import { hasVagueTime, type TimeframeMatch } from './timeframe';
import { readWord, stemOf } from './wordReading';
import { WordGate } from './wordGate';
import { CUE_NAMES, FIRST_WORDS, STEM_PAIRS } from './featureNames';
import { isEarlyYears, monthsAhead, type FeatureContext } from './featureDates';

/**
 * Features for the statement classifiers: natural's tokenizer and Porter stemmer give word stems
 * and stem pairs; rules add cue features (prefixed "#") that words alone show poorly, such as how
 * far away the timeframe is or whether staff are the subject. The same function runs in training
 * and at run time, so the models and the code cannot drift apart.
 */

const tokenizer = new AggressiveTokenizer();

/** Contractions spelled out before tokenising ("i'll" -> "i will", "can't" -> "can not"). */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string | ((...m: string[]) => string)]> = [
  [/\bi'?ll\s+(?=be\b|have\b|get\b|go\b|do\b|know\b|make\b|use\b|try\b|learn\b|start\b|join\b|walk\b|need\b|always\b|still\b|only\b|just\b|definitely\b|probably\b|able\b)/g, 'i will '],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\bi'?m\b/g, 'i am'],
  [/\bi'?ve\b/g, 'i have'],
  [/\bi'd\b|\bid (?=like|love|want|rather|prefer|be)\b/g, 'i would '],
  [/\b(can|won|don|doesn|didn|isn|wasn|aren|couldn|shouldn|wouldn|haven|hasn)'?t\b/g, (_m: string, w: string) => `${w === 'won' ? 'will' : w} not`],
  [/\b(he|she|they|we|you|it|that|there|what)'s\b/g, '$1 is'],
  [/\b(they|we|you)'re\b/g, '$1 are'],
  [/\by(?:r|ear)?\s*(?=\d{1,2}\b)/g, 'year '],
];

/**
 * Text-speak and common misspellings, word for word. A Map, not an object: a typed word is looked up
 * without being made a property name first, and "constructor" ("I want to work as a constructor")
 * is a word like any other, never the object's own function.
 */
const WORD_FIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  wanna: 'want to', gonna: 'going to', gotta: 'got to', wud: 'would', cud: 'could', u: 'you', ur: 'your',
  cos: 'because', coz: 'because', cuz: 'because', bc: 'because', ppl: 'people', m8: 'friends', m8s: 'friends',
  mate: 'friends', mates: 'friends', b4: 'before', n: 'and', tbh: '', lol: '', idk: '', innit: '',
  collage: 'college', resturant: 'restaurant', proffesional: 'professional', dreem: 'dream', skool: 'school',
  scool: 'school', freinds: 'friends', frends: 'friends', becuase: 'because', realy: 'really', alot: 'a lot',
}));

const STOP = new Set(['the', 'a', 'an', 'and', 'of', 'at', 'on', 'it', 'is', 'that', 'this', 'so', 'just', 'really', 'very', 'um', 'like']);

const NOT_ASCII = /[^\x00-\x7f]/;

/** Lower-case words with contractions expanded; numbers become "<num>". */
export function words(text: string): string[] {
  let t = foldCase(text.length > 2000 ? text.slice(0, 2000) : text);
  // Accents are dropped ("café" -> "cafe"); plain ASCII has none, and most messages are plain ASCII.
  if (NOT_ASCII.test(t)) t = t.normalize('NFD').replace(/\p{M}/gu, '');
  if (t.includes("'") || /\b(?:id|im|ive|ill|cant|dont|wont|y\d|yr)\b/.test(t)) {
    for (const [re, rep] of CONTRACTIONS) t = t.replace(re, rep as string);
  }
  t = t.replace(/'/g, '').replace(/£?\d+(?:[.:]\d+)?%?/g, ' NUMTOKEN ');
  const out: string[] = [];
  for (const token of tokenizer.tokenize(t)) {
    const w = token.toLowerCase();
    if (w === 'numtoken') {
      out.push('<num>');
      continue;
    }
    const fixed = WORD_FIXES.get(w);
    if (fixed === undefined) out.push(w);
    else if (fixed !== '') out.push(...fixed.split(' '));
  }
  return out;
}

/** Porter stem of a word: looked up for corpus words, computed for the rest. */
export const stem = stemOf;

const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|once|twice|half)\b/;
const FREQUENCY =
  /\b(?:every|each|daily|weekly|fortnightly|monthly|termly|once|twice|times\s+a|a\s+(?:day|week|month|term|year)|per\s+(?:day|week|month|term|session|year)|a\s+night|most\s+(?:days|nights|weeks))\b/;
const DURATION = /\b(?:hours?|hrs?|minutes?|mins?|sessions?|weeks?\s+course|lessons?\s+a)\b/;
const STAFF_SUBJECT =
  /^(?:the\s+|a\s+|an\s+|my\s+|his\s+|her\s+)?(?:staff|teacher|teachers|class\s+teacher|ta|tas|teaching\s+assistant|lsa|adult|adults|senco|sendco|salt|slt|speech\s+and\s+language\s+therapist|therapist|ot|occupational\s+therapist|physio|physiotherapist|school|college|nursery|setting|camhs|the\s+council|local\s+authority|la|social\s+worker|support\s+worker|key\s+worker|keyworker|mentor|counsellor|nurse|ep|educational\s+psychologist|careers\s+adviser|job\s+coach|parents|carers|pa|personal\s+assistant|dietitian|doctor|specialist|service|team|mum|dad)\b[^.]{0,40}?\b(?:will|to|should|must|would|can|shall)\b/;
const RECEIVE =
  /\b(?:will\s+(?:receive|get|be\s+(?:given|provided|offered|supported|allocated))|to\s+(?:receive|be\s+(?:given|provided|offered|supported))|access\s+to|provided\s+with|will\s+have\s+access|is\s+to\s+(?:receive|be))\b/;
const PROVISION_WORDS =
  /\b(?:therapy|therapist|physio(?:therapy)?|counsell?(?:ing|or)|intervention|programme|program|sessions?|support(?:ed)?|ta|lsa|1:1|one\s+to\s+one|scribe|reader|laptop|ipad|equipment|overlays?|ear\s+defenders|respite|short\s+breaks|direct\s+payments|personal\s+(?:assistant|budget)|pa|mentor(?:ing)?|tutor(?:ing)?|nurture\s+group|group|club|buddy|befriender|training|assessment|referral|visual\s+(?:timetable|prompts|cues)|social\s+stor(?:y|ies)|time\s+out\s+card|exit\s+card|quiet\s+(?:room|space|place)|extra\s+time|access\s+arrangements|adult\s+support|help\s+(?:from|with)|someone\s+to|staff|camhs|salt|ot|elsa|pecs|makaton|job\s+coach|support\s+worker|carer|lift)\b/;
const I_WILL = /\b(?:i\s+will|i\s+shall|ill\s+be|i\s+am\s+going\s+to|i\s+would\s+like\s+to\s+be\s+able|i\s+want\s+to\s+be\s+able|i\s+will\s+have|i\s+will\s+be)\b/;
const WANT = /\b(?:want|wants|wanted|would\s+like|would\s+love|d\s+like|wish|hope|hopes|hoping|dream|dreams|love\s+to|aspire|aspires|aspiration|ambition|aim)\b/;
const DREAM =
  /\b(?:dream|dreams|one\s+day|some\s*day|when\s+i\s+(?:am|m)\s+(?:older|big|grown\s+up|an\s+adult)|when\s+i\s+grow\s+up|grown\s+up|in\s+the\s+future|future|ambition|aspire|aspires|aspiration|long[\s-]term|eventually|adult|adulthood|the\s+rest\s+of)\b/;
const JOB = /\b(?:be\s+an?|become\s+an?|job|career|work\s+(?:as|in|with|at)|paid\s+job|apprenticeship|university|uni|professional|famous)\b/;
const DIFFICULTY =
  /\b(?:hard|harder|difficult|difficulty|difficulties|struggle|struggles|struggling|can\s+not|cannot|unable|not\s+able|not\s+yet|does\s+not|do\s+not\s+(?:know|understand|like)|does\s+not\s+(?:know|understand)|find\s+it|finds\s+it|gets?\s+(?:upset|angry|anxious|lost|confused|stuck|tired|overwhelmed)|anxious|anxiety|worry|worries|scared|panic|meltdowns?|delay|delayed|below|behind|limited|problem|problems|too\s+(?:loud|noisy|bright|hard|fast|big)|never|no\s+friends|on\s+my\s+own|forget|forgets|relies|diagnosis|disorder|impairment|needs\s+(?:prompting|help|support|reminding)|need\s+help\s+with|need\s+reminding|hate|hates|refuses|won\s*t|will\s+not)\b/;
const LEARN = /^(?:to\s+)?(?:learn|practise|practice|try|use|know|say|count|read|write|recognise|identify|complete|attend|sit|take|make|put|go|join|ask|walk|finish|hand|get|do|find|set|send|bring|check|choose|greet|rate|wear|drink|tolerate|accept|follow|hold|highlight|arrive|pack|revise|type|iron|book|open)\b/;
const ABLE = /\b(?:be\s+able\s+to|will\s+be\s+able|able\s+to)\b/;
const VAGUE =
  /\b(?:better|more\s+confident|confident|confidence|improve|improved|improving|progress|develop|developed|develops|happier|happy|less\s+(?:stressed|anxious|worried)|more\s+independent|independent|independence|more\s+friends|good\s+life|well|wellbeing|potential|best|fine|ok|okay|more|less|stuff|things|everything|harder|try|trying|effort|enjoy|cope|look\s+after\s+myself)\b/;
const OBSERVABLE =
  /\b(?:on\s+my\s+own|by\s+myself|by\s+herself|by\s+himself|by\s+themselves|independently|without\s+(?:help|an\s+adult|adult|being|a\s+prompt|prompts|my|stabilisers|needing|panicking|having|falling|getting|missing)|with\s+(?:no\s+more\s+than|one|a\s+friend|friends|my\s+friends)|at\s+least|whole|all\s+(?:my|of)|full\s+time|grade|qualification|level\s+<num>|award|passed|pass|job|placement|member|volunteering|invited)\b/;
const PERSON_NAME = /^(?:by\s+[^,]{3,40},\s*)?[A-Z][a-z]+(?:'s)?\s+(?:will|is|has|would|needs|finds|can|aspires|hopes|wants|should)\b/;
const GENERIC_PUPIL = /\b(?:the\s+)?(?:pupil|student|learner|child|young\s+person|cyp)\s+(?:will|to|should)\b/;
const STARTS_TO = /^to\s+/;
/** Wanting a thing or a person rather than to do something: "a helper", "my own desk", "someone to help me". */
const WANT_THING =
  /\b(?:read|explained|written|done|given|printed|sent|shown|said)\s+(?:out\s+)?(?:to|for)\s+me\b|\b(?:want|would\s+like|need|needs|like|have|get|give\s+me)\s+(?:a|an|some|more|extra|my\s+own|the|his\s+own|her\s+own)\s+(?!go\b|be\b|job\b|friend)[a-z]+|\b(?:someone|somebody|people|an\s+adult|a\s+grown\s+up|a\s+person|staff|a\s+teacher|a\s+helper)\s+to\s+(?:help|check|show|read|write|sit|talk|take|go|come|play|remind|support|explain)\b|\b(?:allowed\s+to|can\s+i\s+have|please\s*$)/;
/** "needs help with reading": the state of needing help (a need); "needs a TA": a thing to provide. */
const NEED_HELP_WITH = /\b(?:need|needs|needed)\s+(?:(?:a\s+lot\s+of|lots\s+of|some|more)\s+)?(?:help|support|reminding|prompting)\s+(?:with|to|making|understanding|when|in\s+order)\b/;
const NEEDS_THING = /\b(?:need|needs|needed|requires|require)\s+(?:a|an|the|someone|somebody|his|her|my|some|more|extra|regular|daily|weekly)\s+(?!lot\b|lots\b)[a-z]+/;
/** Somebody not doing something with or for the person: a barrier described, not a wish. */
const NOBODY = /\b(?:no\s+one|nobody|noone|never|not\s+yet|does\s+everything\s+for|just\s+babbling)\b/;

/**
 * Words of each theme (Bristol's four themes; see data/language/README.md for the borderlines:
 * dressing, washing, cooking, travel and money are independent living; toileting, eating, sleep,
 * teeth, feelings and fitness are health and wellbeing).
 */
const THEME_WORDS: Readonly<Record<string, string>> = {
  learning:
    'school schools class classes classroom lesson lessons teacher teachers tutor tutors read reading reader book books write writing written handwriting spell spelling spellings maths math number numbers count counting times tables phonics letters words vocabulary sentence sentences paragraph homework exam exams test tests gcse gcses qualification qualifications course courses college university uni study studying studies learn learning learnt job jobs work working worker career careers apprenticeship internship placement experience cv interview interviews employment employer employed earn earning paid wages volunteer volunteering computer computers ict typing type keyboard laptop science english art history geography subject subjects instructions instruction concentrate concentrating concentration attention focus listen listening curriculum planner coursework assignment assignments deadline deadlines revise revision grade grades merits detention detentions attendance worksheet worksheets pencil pen board essay essays sixth form level award certificate diploma shift customers customer till colleague colleagues boss manager office factory farm garage salon restaurant café cafe kitchen vet chef nurse mechanic electrician plumber builder hairdresser hairdressing dancer scientist developer designer artist footballer police army navy firefighter paramedic soldier youtuber gamer zookeeper apprentice retail catering driver lorry pilot astronaut engineer programmer coder successful business businesses stacking shelves lecture lectures processing verbal information stuck training careers service trade skills pass passed passing fail failed mock mocks recognise recognising alphabet phonic nursery reception primary secondary year term topic project projects presentation library ambition ambitions profession professional qualified certificate',
  independent:
    'travel travelling traveling bus buses train trains tram taxi taxis journey journeys route routes road roads cross crossing pavement shop shops shopping supermarket money coins change pay paying payment bank card cards budget budgeting bills bill rent cook cooking cooked meal meals sandwich toast pasta breakfast kitchen washing machine laundry iron ironing clean cleaning tidy tidying housework hoover flat house home live living move moving supported drive driving car licence dress dressing dressed clothes coat shoes laces zip buttons wash time clock watch phone call calls calling address decisions decide deciding choices choice choose cashpoint cleaner chores errands post letter letters cost costs price prices spend spending afford lost places directions way town centre map maps app apps timetable timetables oyster pass ticket tickets timetable own independently independent independence myself herself himself shower bath hair grown adult adults appointment appointments alarm routine keys key door lock safety safe danger online account accounts cashier self checkout order ordering',
  friends:
    'friend friends friendship friendships mates mate best social socialise socialising play playing played playtime playground break breaktime lunchtime club clubs youth scouts guides brownies rainbows cubs beavers sleepover sleepovers party parties birthday cinema festival festivals concert concerts girlfriend boyfriend husband wife married marry wedding engaged relationship relationships family families brother brothers sister sisters cousins grandparents kids children child people peers peer talk talking chat chatting conversation conversations share sharing turns turn community church mosque temple gurdwara band drama choir group groups gaming invited invite invitation lonely loneliness alone together games sit message messages text texting hang hanging greet wave hello hi bullied bullying fit belong belonging part shy holiday prom disco trip trips outing outings understand understood included include left neighbours neighbour dating date',
  health:
    'health healthy happy happier happiness sad sadness anxiety anxious worry worried worries worrying stress stressed calm calmer angry anger cross upset feelings feeling emotions emotional mental panic meltdown meltdowns sleep sleeping slept tired fatigue eat eating food foods diet weight fit fitness fitter exercise gym swim swimming run running marathon walk walking walker frame wheelchair crutches physio physiotherapy medication meds tablets medicine inhaler seizures seizure epilepsy diabetes asthma toilet toileting nappies nappy continence teeth dentist doctor doctors gp hospital nurse pain hurt hurts sensory noise noises loud ear defenders sick headache headaches skin breathe breathing relax relaxed relaxing wellbeing confident confidence cry crying scared safe nightmares bed spoon cup drink drinking feed feeding fed tube blood sugar strong stronger sport sports football boxing basketball bike cycling stretches stretch alarm lights bright smell smells texture rubbish muscle muscles tone balance coordination mobility movement dietitian counselling counsellor therapy therapist camhs adhd autism autistic overwhelmed regulate regulation meditation mindfulness bottle milk reflux sick vomit vomiting allergy allergies hearing glasses vision',
};

/** Phrases that outweigh their words ("fit in" is about belonging, "fit" alone about fitness). */
const THEME_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bfit\s+in\b|\bpart\s+of\s+(?:the|my|a)\s+(?:community|group|team|class|form)\b|\bbelong/, 'friends'],
  [/\bhow\s+much\s+\w+\s+costs?\b|\bprices?\b|\bget\s+lost\b|\bown\s+(?:flat|house|home|place)\b|\bon\s+my\s+own\b|\bby\s+myself\b/, 'independent'],
  [/\bwork\s+experience\b|\bafter\s+(?:school|college)\b|\bin\s+(?:class|lessons?)\b|\bvolunteer/, 'learning'],
  [/\b(?:feel|feels|feeling)\s+(?:good|better|happy|sad|ok|calm|worried|anxious|upset|angry|rubbish|low)\b|\bmental\s+health\b|\bmuscle\s+tone\b|\bmotor\s+skills\b/, 'health'],
];

let themeStems: ReadonlyArray<readonly [string, ReadonlySet<string>]> | undefined;
/** The theme word lists as stems, made on first use (stemming them all is not worth holding up start-up). */
const themeStemSets = (): ReadonlyArray<readonly [string, ReadonlySet<string>]> =>
  (themeStems ??= Object.entries(THEME_WORDS).map(([theme, list]) => [theme, new Set(list.split(' ').map((w) => PorterStemmer.stem(w)))]));

export { isEarlyYears, monthsAhead, type FeatureContext } from './featureDates';

export interface StatementCues {
  staffSubject: boolean;
  receives: boolean;
  genericPupil: boolean;
  vague: boolean;
  observable: boolean;
  number: boolean;
  frequency: boolean;
  /** Vague time ("one day", "when I'm older"). */
  vagueTime: boolean;
}

/**
 * Cues the SMART rules read directly, computed once per statement. Counts and frequencies are
 * looked for outside the time phrase: the 10 of "by the end of Year 10" measures nothing.
 */
/**
 * The patterns read on a statement's joined words, tried only when the statement holds a word
 * they need (wordGate.ts): most statements hold the words of few of them.
 */
const ON_JOINED = {
  staffSubject: STAFF_SUBJECT, receives: RECEIVE, genericPupil: GENERIC_PUPIL, vague: VAGUE, observable: OBSERVABLE,
  duration: DURATION, provisionWord: PROVISION_WORDS, iWill: I_WILL, want: WANT, dream: DREAM, job: JOB,
  difficulty: DIFFICULTY, learnStart: LEARN, wantThing: WANT_THING, needHelpWith: NEED_HELP_WITH,
  needsThing: NEEDS_THING, nobody: NOBODY, able: ABLE,
  ...Object.fromEntries(THEME_PHRASES.map(([re], i) => [`themePhrase${i}`, re])),
} as const;
type OnJoined = keyof typeof ON_JOINED;
const JOINED_NAMES = Object.keys(ON_JOINED) as OnJoined[];
/** For tests: every pattern read on the joined words. */
export const joinedPatterns = (): RegExp[] => Object.values(ON_JOINED);
const JOINED_GATE = new WordGate(Object.values(ON_JOINED));
const SLOT: Readonly<Record<string, number>> = Object.fromEntries(JOINED_NAMES.map((name, i) => [name, i]));

/** Which of the patterns above match the joined words. */
function readJoined(joined: string): (name: OnJoined) => boolean {
  const hits = JOINED_GATE.matches(joined);
  return (name) => hits[SLOT[name]!] === 1;
}

export function statementCues(text: string, joined: string, time: TimeframeMatch | null, has = readJoined(joined)): StatementCues {
  const rest = time ? foldCase(`${text.slice(0, time.start)} ${text.slice(time.start + time.phrase.length)}`) : foldCase(text);
  return {
    staffSubject: has('staffSubject'),
    receives: has('receives'),
    genericPupil: has('genericPupil'),
    vague: has('vague'),
    observable: has('observable'),
    number: /\d/.test(rest) || NUMBER_WORD.test(rest),
    frequency: FREQUENCY.test(rest),
    vagueTime: hasVagueTime(text),
  };
}

export interface StatementFeatures {
  /** Stems, stem pairs and cues: for kind and the SMART models. */
  features: string[];
  /** Stems and theme-word cues only: for the theme model, which word pairs and form cues would distract. */
  topic: string[];
  joined: string;
  cues: StatementCues;
}

/**
 * The feature tokens of one statement: stems, stem pairs and "#" cues. `time` is the time phrase
 * found in it (or null), so the caller does that work once.
 */
export function statementFeatures(
  text: string,
  context: FeatureContext,
  time: TimeframeMatch | null,
): StatementFeatures {
  const ws = words(text);
  const joined = ws.join(' ');
  const has = readJoined(joined);
  const cues = statementCues(text, joined, time, has);
  const out: string[] = [];
  const stems: string[] = [];
  for (const w of ws) {
    const s = w === '<num>' ? '<num>' : readWord(w).stem;
    stems.push(s);
    if (!STOP.has(w)) out.push(s);
  }
  for (let i = 0; i + 1 < stems.length; i++) out.push(STEM_PAIRS.of(stems[i]!, stems[i + 1]!));
  const topic: string[] = [];
  for (const s of stems) if (s !== '<num>') topic.push(s);
  for (const [theme, set] of themeStemSets()) {
    let hits = 0;
    for (const s of stems) if (set.has(s)) hits++;
    if (hits > 0) topic.push(`#th_${theme}`);
    if (hits > 1) topic.push(`#th_${theme}_2`);
  }
  THEME_PHRASES.forEach(([, theme], i) => {
    if (has(`themePhrase${i}` as OnJoined)) topic.push(`#thp_${theme}`);
  });
  if (topic.length === 0) topic.push('#empty');
  out.push(...topic.filter((f) => f.startsWith('#')));
  if (stems.length > 0) out.push(FIRST_WORDS.of('', stems[0]!));
  if (stems.length > 1) out.push(FIRST_WORDS.of('', STEM_PAIRS.of(stems[0]!, stems[1]!)));

  const cue = (name: string, on: boolean) => {
    if (on) out.push(CUE_NAMES.of('', name));
  };
  const months = time ? monthsAhead(context.today, time.date) : null;
  cue('tf', time !== null);
  cue('tf_none', time === null);
  cue('tf_unresolved', time !== null && time.date === null);
  cue('tf_short', months !== null && months <= 4);
  cue('tf_mid', months !== null && months > 4 && months <= 9);
  cue('tf_long', months !== null && months > 9);
  cue('tf_very_long', months !== null && months > 30);
  cue('vague_time', cues.vagueTime);
  const early = isEarlyYears(context);
  cue('early_years', early);
  cue('early_short', early && months !== null && months <= 7);
  cue('num', cues.number);
  cue('freq', cues.frequency);
  cue('duration', has('duration'));
  cue('staff_subject', cues.staffSubject);
  cue('receive', cues.receives);
  cue('provision_word', has('provisionWord'));
  cue('i_will', has('iWill'));
  cue('want', has('want'));
  cue('dream', has('dream'));
  cue('job', has('job'));
  cue('difficulty', has('difficulty'));
  cue('learn_start', has('learnStart'));
  cue('starts_to', STARTS_TO.test(joined));
  cue('want_thing', has('wantThing'));
  cue('need_help_with', has('needHelpWith'));
  cue('needs_thing', has('needsThing'));
  cue('nobody', has('nobody'));
  cue('able', has('able'));
  cue('vague', cues.vague);
  cue('observable', cues.observable);
  cue('name_subject', PERSON_NAME.test(text.trim()));
  cue('generic_pupil', cues.genericPupil);
  cue('short', ws.length <= 5);
  cue('long', ws.length >= 16);
  return { features: out, topic, joined, cues };
}
