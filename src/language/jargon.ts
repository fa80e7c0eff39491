/**
 * Professional terms and acronyms from EHC plans, with plain words the easy-read register can use.
 * Acronyms that are also ordinary words ("TA" = thanks, "SALT", "OT", "LA", "PA", "EP") only
 * count in capitals; the others in any case.
 */

export interface JargonHit {
  /** The usual written form of the term, e.g. "SALT", "1:1", "interventions". */
  term: string;
  /** Plain words for it. */
  plain: string;
}

interface Entry {
  term: string;
  plain: string;
  /** Regex source for the ways it is written. */
  pattern: string;
  /** Match in capitals only. */
  caseSensitive?: boolean;
}

const ENTRIES: readonly Entry[] = [
  { term: 'SALT', plain: 'speech and language therapy (help with talking and understanding)', pattern: 'SALT|SaLT|SLT|SLCN', caseSensitive: true },
  { term: 'speech and language therapy', plain: 'help with talking and understanding', pattern: 'speech\\s*(?:and|&|n)\\s*language\\s+therap(?:y|ist)' },
  { term: 'OT', plain: 'occupational therapy (help with everyday skills like writing, dressing and moving)', pattern: 'OTs?', caseSensitive: true },
  { term: 'occupational therapy', plain: 'help with everyday skills like writing, dressing and moving', pattern: 'occupational\\s+therap(?:y|ist)' },
  { term: 'physiotherapy', plain: 'exercises to help your body move', pattern: 'physio(?:therapy|therapist)?' },
  { term: 'TA', plain: 'teaching assistant (an adult who helps in class)', pattern: 'TAs?', caseSensitive: true },
  { term: 'LSA', plain: 'learning support assistant (an adult who helps in class)', pattern: 'LSAs?', caseSensitive: true },
  { term: 'SENCo', plain: 'the teacher in charge of extra help at school', pattern: 'SEN[D]?Co(?:s)?|SEN[D]?CO|sendco|senco', caseSensitive: false },
  { term: 'CAMHS', plain: "the NHS team that helps children and young people with feelings and mental health", pattern: 'C?AMHS|camhs' },
  { term: '1:1', plain: 'one adult helping just you', pattern: '1\\s*[:\\-]\\s*1|1\\s*to\\s*1|one[\\s-]to[\\s-]one' },
  { term: 'interventions', plain: 'extra help sessions', pattern: 'interventions?' },
  { term: 'differentiated', plain: 'changed to suit you', pattern: 'differentiat(?:ed|ion|e)' },
  { term: 'EHCP', plain: 'your Education, Health and Care plan', pattern: 'EHCP|EHC\\s+plan|ehcp|education,?\\s+health\\s+(?:and|&)\\s+care\\s+plan' },
  { term: 'SEN', plain: 'special educational needs (needing extra help to learn)', pattern: 'SEND?', caseSensitive: true },
  { term: 'ASD', plain: 'autism', pattern: 'ASD|ASC', caseSensitive: true },
  { term: 'ADHD', plain: 'ADHD (finding it hard to focus and sit still)', pattern: 'ADHD|adhd|ADD', caseSensitive: true },
  { term: 'SEMH', plain: 'feelings and behaviour', pattern: 'SEMH|semh' },
  { term: 'MLD', plain: 'finding learning harder than most people', pattern: 'MLD|SLD|PMLD', caseSensitive: true },
  { term: 'SpLD', plain: 'a specific difficulty with learning, like dyslexia', pattern: 'SpLD|SPLD', caseSensitive: true },
  { term: 'EP', plain: 'educational psychologist (someone who works out how you learn best)', pattern: 'EPs?', caseSensitive: true },
  { term: 'educational psychologist', plain: 'someone who works out how you learn best', pattern: 'educational\\s+psychologists?' },
  { term: 'LA', plain: 'the council', pattern: 'LA', caseSensitive: true },
  { term: 'local authority', plain: 'the council', pattern: 'local\\s+authorit(?:y|ies)' },
  { term: 'PA', plain: 'personal assistant (someone paid to help you)', pattern: 'PA', caseSensitive: true },
  { term: 'PfA', plain: 'getting ready for adult life', pattern: 'PfA|PFA|preparing\\s+for\\s+adulthood' },
  { term: 'key stage', plain: 'a stage of school', pattern: 'key\\s+stage\\s*\\d|KS\\s?[1-5]|ks\\s?[1-5]' },
  { term: 'EYFS', plain: 'nursery and Reception', pattern: 'EYFS|eyfs|early\\s+years\\s+foundation\\s+stage' },
  { term: 'PECS', plain: 'swapping picture cards to say what you want', pattern: 'PECS|pecs' },
  { term: 'Makaton', plain: 'signs and symbols to help you talk', pattern: 'makaton' },
  { term: 'BSL', plain: 'British Sign Language', pattern: 'BSL|bsl' },
  { term: 'visual impairment', plain: 'finding it hard to see', pattern: 'visual(?:ly)?\\s+impair(?:ment|ed)' },
  { term: 'hearing impairment', plain: 'finding it hard to hear', pattern: 'hearing\\s+impair(?:ment|ed)' },
  { term: 'IEP', plain: 'your plan of small steps at school', pattern: 'IEPs?|ILPs?|iep' },
  { term: 'provision', plain: 'the help you get', pattern: 'provisions?' },
  { term: 'transition', plain: 'moving on to something new', pattern: 'transitions?(?:ing)?' },
  { term: 'visual timetable', plain: 'a timetable with pictures', pattern: 'visual\\s+(?:timetables?|schedules?|supports?|aids?|prompts?|cues?)' },
  { term: 'social story', plain: 'a short story that explains what will happen', pattern: 'social\\s+stor(?:y|ies)' },
  { term: 'sensory diet', plain: 'planned movement and calm activities through the day', pattern: 'sensory\\s+(?:diet|breaks?|circuits?|room)' },
  { term: 'zones of regulation', plain: 'a way of naming your feelings with colours', pattern: 'zones\\s+of\\s+regulation' },
  { term: 'self-regulation', plain: 'calming yourself down', pattern: 'self[\\s-]?regulat(?:ion|e)|dysregulat(?:ion|ed)|emotional\\s+regulation' },
  { term: 'ELSA', plain: 'a trained adult who helps with feelings', pattern: 'ELSA|elsa' },
  { term: 'fine motor skills', plain: 'using your hands and fingers', pattern: 'fine\\s+motor(?:\\s+skills?)?' },
  { term: 'gross motor skills', plain: 'moving your body, like running and jumping', pattern: 'gross\\s+motor(?:\\s+skills?)?' },
  { term: 'expressive language', plain: 'talking and saying what you mean', pattern: 'expressive\\s+language' },
  { term: 'receptive language', plain: 'understanding what people say', pattern: 'receptive\\s+language' },
  { term: 'scaffolding', plain: 'help that is taken away bit by bit', pattern: 'scaffold(?:ing|ed)' },
  { term: 'attainment', plain: 'how well you are doing in your learning', pattern: 'attainment' },
  { term: 'cognition', plain: 'thinking and learning', pattern: 'cognition|cognitive' },
  { term: 'respite', plain: 'a short break', pattern: 'respite|short\\s+breaks?' },
  { term: 'direct payments', plain: 'money to pay for your own support', pattern: 'direct\\s+payments?|personal\\s+budgets?' },
  { term: 'alternative provision', plain: 'a different place to learn', pattern: 'alternative\\s+provision|PRU|pupil\\s+referral\\s+unit' },
  { term: 'mainstream', plain: 'an ordinary school', pattern: 'mainstream' },
  { term: 'multi-agency', plain: 'different services working together', pattern: 'multi[\\s-]?agency|multi[\\s-]?disciplinary|MDT' },
  { term: 'person-centred', plain: 'about you and what you want', pattern: 'person[\\s-]cent(?:red|ered)' },
  { term: 'statutory', plain: 'the law says it must happen', pattern: 'statutory' },
  { term: 'annual review', plain: 'a meeting once a year about your plan', pattern: 'annual\\s+reviews?' },
  { term: 'CYP', plain: 'children and young people', pattern: 'CYP', caseSensitive: true },
  { term: 'SEMH', plain: 'feelings and behaviour', pattern: 'social,?\\s+emotional\\s+and\\s+mental\\s+health' },
  { term: 'NEET', plain: 'not in school, college, training or a job', pattern: 'NEET', caseSensitive: true },
  { term: 'FE', plain: 'college', pattern: 'FE|further\\s+education', caseSensitive: true },
  { term: 'co-production', plain: 'working it out together', pattern: 'co[\\s-]?produc(?:tion|ed|e)' },
];

interface Compiled {
  term: string;
  plain: string;
  re: RegExp;
}

const COMPILED: readonly Compiled[] = ENTRIES.map((e) => ({
  term: e.term,
  plain: e.plain,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${e.pattern})(?![\\p{L}\\p{N}])`, e.caseSensitive ? 'u' : 'iu'),
}));

/**
 * A cheap first test: most statements have no jargon, and then no entry needs trying. The start of a
 * word is checked once at each place, not once for every entry (the same matches, three times faster).
 */
const ANY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ENTRIES.map((e) => `(?:${e.pattern})(?![\\p{L}\\p{N}])`).join('|')})`, 'iu');

/** The professional terms in a text, each once, in the order of the list. */
export function findJargon(text: string): JargonHit[] {
  if (!ANY.test(text)) return [];
  const hits: JargonHit[] = [];
  const seen = new Set<string>();
  for (const entry of COMPILED) {
    if (seen.has(entry.term) || !entry.re.test(text)) continue;
    seen.add(entry.term);
    hits.push({ term: entry.term, plain: entry.plain });
  }
  return hits;
}
