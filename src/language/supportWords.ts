import { foldCase } from './text';
/*
 * The words support is said in: the heads of support phrases (people who help, help itself, lessons
 * and therapy, equipment, time, places set aside), the words that open a noun phrase, and the verbs
 * of things a person does (which, first in an answer, make it a step rather than a thing wanted).
 */

/** "someone" as it is often typed: "sumone", "somebody", "sum1", "somone". */
export const SOMEONE = '(?:some|sum|som|summ)(?:one|1|body|bdy)';

/** Subjects and exams a person passes or gets ("english and maths", "my GCSEs", "functional skills"): won, never given. */
export const SCHOOL_SUBJECT =
  "english|maths?|science|sciences|biology|chemistry|physics|history|geography|french|spanish|german|computing|computer\\s+science|ict|art|music|drama|re|pe|food\\s+tech(?:nology)?|design\\s+(?:and|&)\\s+tech(?:nology)?|business|media|psychology|sociology|statistics|gcses?|a[\\s-]?levels?|btecs?|nvqs?|exams?|tests?|mocks?|functional\\s+skills|entry\\s+level|level\\s+\\d|qualifications?|driving|theory|course|courses|modules?|units?|year\\s+\\d+|sats";

/** People who help, help itself, sessions, equipment, time and places set aside. */
export const SUPPORT_HEAD = [
  'ta', 't\\.a\\.?', 'tas', 'teaching\\s+assistants?', 'assistants?', 'helpers?', 'help', 'support', 'supports',
  '1\\s*(?::|to|2|-)\\s*1', 'one[\\s-]to[\\s-]one', 'lessons?', 'class', 'classes', 'tuition', 'tutors?', 'tutoring',
  '[a-z]*therap(?:y|ies|ist|ists)', 'interpreters?', 'signers?', 'translators?', 'speech(?:\\s+and\\s+language)?', 'salt', 'slt', 'physio\\w*', 'ot', 'occupational',
  'counsell?(?:ing|ors?|ers?)', 'mentors?', 'mentoring', '(?:job|travel|life)\\s+coach(?:es|ing)?', 'coach(?:es|ing)?',
  'trainers?', 'training', 'instructors?', '(?:support|key|social|youth|care)\\s+workers?', 'workers?', 'carers?', 'pa',
  'personal\\s+assistants?', 'key\\s+(?:adult|person)', 'teachers?', 'staff', 'nurses?', 'dietitians?', 'dieticians?',
  'psychologists?', 'specialists?', 'advis[eo]rs?', 'advice', 'advocates?', 'key\\s*workers?', 'coordinators?',
  'lap\\s*tops?', 'computers?', 'ipads?', 'tablets?', 'apps?', 'devices?', 'equipment',
  'wheelchairs?', '(?:sports|wobble|special|standing)\\s+(?:chairs?|cushions?|frames?)', 'cushions?', 'seats?', 'chairs?', 'walkers?',
  'walking\\s+frames?', 'hearing\\s+aids?', 'glasses', 'ear\\s+defenders', 'headphones', 'scribes?', 'readers?',
  'reading\\s+pens?', 'pens?', '(?:extra|more)\\s+time', 'rest\\s+breaks?', 'movement\\s+breaks?', 'breaks',
  // A place to go to, said without a room word: "somewhere quiet to go", "somewhere safe".
  'somewhere\\s+(?:quiet|safe|calm)(?=\\s+to\\s+(?:go|sit|be|calm|work|chill|eat)\\b|\\s*$)',
  // Work made easier to see: "on cream paper", "in big print".
  '(?:cream|coloured|colored|yellow|blue|green|pastel|tinted)\\s+paper', '(?:big|large|bigger|larger)\\s+print', 'writing\\s+frames?',
  'time[\\s-]?out', 'quiet\\s+(?:room|place|space|area|corner)', 'safe\\s+(?:room|place|space)', 'rooms?',
  'classrooms?', 'spaces?', 'base', 'hub', 'clubs?', 'groups?', 'sessions?', 'hours?', 'person', 'people',
  SOMEONE, 'adults?', 'reminders?', 'prompts?', '(?:visual\\s+)?timetables?',
  // A card to show or use ("a time out card", "picture cards"); never one earned or of their own ("my CSCS card", "a bank card").
  '(?<!\\b(?:cscs|cpcs|sia|citizen|id|identity|provisional|bank|debit|library|gym|membership|student|nus|rail|oyster|loyalty)\\s)cards?', 'buddy', 'buddies', 'respite', 'dsa', 'disabled\\s+students?\\s+allowance', 'note[\\s-]?takers?',
  'supported\\s+(?:internships?|employment|living|accommodation|housing)', '(?:feeding|sleep|pain|eye|hearing|memory|child\\s+development)\\s+clinics?', 'clinics?',
  'short\\s+breaks?', 'programmes?', 'interventions?', 'resources?', 'medication', 'medicine', 'meds', 'medications', 'medicines', 'prescriptions?', '(?<!\\bfirst\\s)aids?', 'fidgets?',
  'overlays?', 'transport', 'taxi', 'lifts?', 'escort', 'funding', 'money\\s+for', 'places?\\s+to\\s+go', 'visits',
  'assessments?', 'ehc\\s*ps?',
  // Services and schemes known by name: what they are is help, whatever the words around them.
  'portage', 'access\\s+to\\s+work', 'direct\\s+payments?', 'personal\\s+budgets?', 'camhs', 'elsa', 'nurture\\s+(?:groups?|room|base|class)',
  'early\\s+help', 'home[\\s-]?start', 'blue\\s+badge', 'motability',
  // "brakes from lessons": breaks as people often spell them.
  'brakes', 'suport',
  // Benefits, kit and arrangements people name without a support word.
  'pip', 'dla', 'time\\s+off', 'work\\s*stations?', 'writing\\s+slopes?', 'pencil\\s+grips?', 'ear\\s*plugs', 'weighted\\s+(?:blankets?|vests?)',
  'chew(?:y|ies|\\s+toys?)', 'bus\\s+travel', 'travel\\s+(?:pass(?:es)?|cards?)', 'money\\s+to\\s+(?:pay|buy|get)',
  'ehc\\s+plans?',
  // Arrangements made for exams or work: "access arrangements", "reasonable adjustments", "taster days".
  '(?:exam\\s+)?access\\s+arrangements', 'exam\\s+arrangements', '(?:reasonable\\s+)?adjustments', 'taster\\s+(?:days?|sessions?|visits?)',
  // A visit to a setting before starting there: "a visit to the new school", "a transition visit".
  'transition\\s+visits?', 'visit(?=\\s+to\\s+(?:the|my|his|her|their|a)\\s+(?:new\\s+)?(?:school|college|nursery|class(?:room)?|setting|placement|workplace|sixth\\s+form|uni|university)\\b)',
  // A plan others write and keep to for them: "a transition plan", "a proper plan", "a care plan".
  '(?:transition|behaviou?r|care|health(?:\\s+care)?|support|learning|handling|risk|safety|travel|sensory|feeding|eating|toileting|intimate\\s+care|personal|individual|education|communication|crisis|medical|proper|clear|written|visual)\\s+plans?',
  // Ways of signing and picture exchange, said by name: "makaton", "PECS", "BSL".
  'makaton', 'signalong', 'pecs', 'bsl', '(?:british\\s+)?sign\\s+language', 'aac',
  // Equipment and changes to a home for moving, washing and standing: "a hoist", "a ramp", "splints".
  'hoists?', 'slings?', 'ramps?', 'stair\\s*lifts?', '(?:hand|grab)\\s*rails?', 'commodes?', 'splints?', 'afos?', 'orthotics?',
  'adaptations?', 'adapted\\s+[a-z]+', 'specialist\\s+(?:beds?|seating|buggy|pushchair|car\\s+seat)', '(?:special(?:ist)?\\s+)?buggy', 'bath\\s+seats?',
  // Things to look at that show what happens: "a picture board", "a now and next strip", "a visual schedule".
  '(?:picture|visual|symbol|communication|choice|now\\s+and\\s+next|first\\s+(?:and\\s+)?then|reward|token)\\s+(?:boards?|charts?|strips?|books?|schedules?)',
  '(?:art|sensory|craft|sports?|gym|music|drawing|painting|writing|fidget|cooking|baking|study|revision)\\s+(?:stuff|things|kit|gear|supplies)', 'kit',
  // "a pass to leave early", "a toilet pass"; never "a pass in maths" (a grade), "pass my test" or "pass english and maths" (a verb).
  `pass(?:es)?(?!\\s+(?:in|at|mark|grade|level|with|my|his|her|their|the|a|an|all|both|it|this|that|${SCHOOL_SUBJECT})\\b)`,
].join('|');

/** Determiners and amounts that open a noun phrase ("a", "more", "extra", "his"). */
export const OPENER =
  '(?:a|an|the|some|more|extra|less|fewer|my|his|her|their|our|any|another|same|\\d+|one|two|three|lots\\s+of|a\\s+lot\\s+of|proper|regular|weekly|daily|access\\s+to)';

/**
 * Verbs of things a person does: first in an answer ("go to lessons", "use my laptop", "join a
 * club") they make it a step they will take, not support they want.
 */
export const ACTIVITY_VERBS = new Set(
  `go goes going get gets do does have has take takes use uses join joins attend attends ask asks tell tells find finds
  choose make makes lead run runs teach help helps finish complete pass start starts book catch ride pay organise organize
  plan call ring phone email text visit meet see talk speak show learn practise practice try enjoy stay sit wear carry
  pack charge bring read write type order buy cook walk be become keep work play like love want drive swim manage cope
  improve set fill fix build look leave move apply earn save spend change put sort open own hit eat drink sleep wash
  dress brush tie count sign say listen follow remember answer hold point stand wait share give check sing dance draw
  paint bake clean tidy lift push pull feed hear watch film record post send live invite host message greet
  introduce thank borrow lend queue shop`.split(/\s+/),
);

/** Little words that never modify a support noun: a phrase with one before its head is a clause, not a thing wanted. */
export const NOT_A_MODIFIER = new Set(
  `i me he him she her they them we us you it to not and or but with without at in on by for from of into onto about
  after before during till until when if so as because cos is are was were will can could would should been being am
  there here this that these those what who which how why be become i'll he'll she'll they'll we'll you'll
  i'd he'd she'd they'd we'd i'm he's she's they're we're`.split(/\s+/),
);

/** A support word anywhere in the text ("a TA", "help with", "speech therapy"). */
export const SUPPORT_WORD = new RegExp(`\\b(?:${SUPPORT_HEAD})\\b`, 'i');

/** The text as the support rules read it: lower case, "wiv" as "with", straight quotes, no end marks. */
export function cleanSupportText(text: string): string {
  // "help wiv spellings": text-speak for "with" is read as "with".
  return foldCase(text).replace(/\b(?:wiv|wid)\b/g, 'with').replace(/[\u2018\u2019]/g, "'").replace(/[.!?]+$/g, '').replace(/\s+/g, ' ').trim();
}
