import { RecentReadings, readingKey } from './recentReadings';
import { helpSaidApart } from './stepUnsure';
import { withoutEdgeTime } from './withoutEdgeTime';
import { WHEN_SUPPORTED, isSupportAnswer } from './changeAsked';
import { isLifeGoalStep } from './lifeGoal';
import { isLifeThing, splitSupport, type SupportSplit } from './support';
import { foldCase } from './text';
import { isVagueWording } from './vagueSteps';
import { supportCondition, type SupportCondition } from './supportCondition';
import { festivalTime } from './festivalTime';
import { isShortTask } from './shortTask';
import { isBarrier } from './barrier';
import { hasVagueTime, type TimeContext, type Timeframe } from './timeframe';
import { withoutReported } from './reportedTime';
import { calendarWords } from './whenAnswer';
import { findTimeframeTolerant } from './timeframeTolerant';
import { isPastDate, isTargetDate } from './whenDateKind';
import { timeSaidApart } from './timeSaidApart';
import { withoutStepRemark } from './stepRemark';
import { helpIsThePoint } from './helpIsThePoint';
import { timeBesideTheStart } from './startAsStep';
import { keySentence } from './keySentence';

export { isTargetDate } from './whenDateKind';
export { isBarrier } from './barrier';

/*
 * What the coaching does with one answer at the outcome step, by the definitions in the Waltham
 * Forest guidance: an outcome is the difference made, something the young person will do, be able
 * to do or be, within a key stage or phase; a target is a shorter step (about a term); provision is
 * support; an aspiration is a long-term hope. A vague feeling ("be happy") is a start, not yet an
 * outcome: it gets one question that makes it concrete.
 */

export type StepAction = 'accept' | 'vague' | 'provision' | 'aspiration' | 'target' | 'barrier';

export interface CoachContext extends TimeContext {
  /** Under 5 or in Reception or below: outcomes look 3 to 6 months ahead, targets are shorter. */
  earlyYears?: boolean;
  age?: number;
}

export interface StepCoaching {
  action: StepAction;
  /** The part of the answer that is the step, in the person's words (a long answer's key sentence). */
  step: string;
  /** Support named inside the answer, kept as provision. */
  support: string | null;
  timeframe: Timeframe | null;
}

/** Filler, shrugs and one-word moods: nothing anyone could plan from. */
const FILLER = new Set([
  'whatever', 'idk', 'dunno', 'dno', 'donno', 'dont', 'know', 'meh', 'fine', 'good', 'ok', 'okay', 'k', 'nothing', 'not', 'sure',
  'maybe', 'stuff', 'things', 'thing', 'anything', 'something', 'everything', 'same', 'normal', 'yes', 'no', 'yeah', 'nah', 'more',
  'less', 'just', 'really', 'like', 'tbh', 'honestly', 'innit', 'lol', 'everything', 'whatevs', 'wotever', 'watever', 'kind', 'of', 'sort', 'um', 'erm', 'hmm', 'lol', 'the', 'a', 'i', 'to', 'be', 'do', 'all', 'it',
]);

/** How someone feels or is, with no action: "happy", "calmer", "more confident", "a good boy", "be himself" (never "get himself ready"). */
const STATE =
  '(?:happ\\w*|hapy|sad|better|best|good|well|calm\\w*|confident|normal|social|sociable|stressed|anxious|worried|independent|brave\\w*|clever\\w*|smart\\w*|strong\\w*|health\\w*|fit|fitter|ok|okay|fine|great|positive|relaxed|settled|safe|nice\\w*|kind\\w*|hard\\w*|quiet\\w*|focus\\w*|motivated|organi[sz]ed|mature|grown\\s+up|successful|included|busy|active|involved|(?:myself|himself|herself|themselves)(?!\\s+(?:ready|dressed|washed|changed|up|to|into|out|off|a|an|some|his|her|their|my)\\b)|less\\s+\\w+|more\\s+\\w+)';
const STATE_PREDICATE = new RegExp(
  `\\b(?:be|being|feel|feeling|get(?:\\s+on)?|getting(?:\\s+on)?|become|do|doing|try|trying|act|stay|keep|things?\\s+to\\s+be)\\s+(?:(?:a|more|less|much|a\\s+lot|lot|a\\s+bit|bit|really|very|so|just|even|lots)\\s+)*${STATE}\\b`,
  'i',
);
const BARE_STATE = new RegExp(`^(?:(?:more|less|much|a\\s+lot|really|very|so)\\s+)*${STATE}$`, 'i');
/** Verbs that on their own say nothing about what will change. */
const EMPTY_VERB = /^(?:(?:learn|learning)\s+(?:to|how\s+to)\s+)?(?:play|learn|improve|progress|develop|grow(?:\s+up)?|cope|manage|try|work|change|achieve|succeed|engage|participate|thrive|flourish|do\s+\w+|get\s+on|be\s+\w+)$/i;

/**
 * Making something general better, with nothing anyone could see: "improve my confidence", "work on
 * myself", "build his social skills", "work on his reading and writing". The thing improved is at most
 * three words (and one or two more after "and"), with no measure.
 */
const IMPROVE_GENERAL =
  /^(?:improve|improving|develop|developing|work\s+on|working\s+on|build(?:\s+up)?(?!\s+(?:an?|(?:my|his|her|their)\s+own|\d+)\s)|boost|strengthen|sort(?:\s+out)?|better|raise|grow|progress\s+(?:in|with)|make\s+(?:[a-z]+\s+)?progress(?:\s+(?:in|with|at|on))?)(?:\s+(?:my|his|her|their|the|on|at|in|with|more|\w+'s))?(?:\s+[a-z'-]+){0,3}(?:\s+and\s+(?:(?:my|his|her|their)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?)?$/i;
/** A verb and "better", "more", "harder": "eat better", "focus more", "manage his emotions better". */
const JUST_MORE =
  /^[a-z'-]+(?:\s+(?:(?:my|his|her|their|the|a|on|at|with|to|in)\s+)?[a-z'-]+){0,2}?\s+(?:better|more|harder|less|properly|well|good|nicer|faster|quicker|right)(?:\s+(?:with|at|in|around|about|on)\s+(?:my|his|her|their|the|a)?\s*[a-z'-]+)?$/i;
/** A skill of theirs wished better, with nothing to see: "his handwriting to improve", "her speech to come on". */
const SKILL_IMPROVES =
  /^(?:(?:my|his|her|their)\s+)?(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s+to\s+(?:improve|develop|progress|come\s+on|get\s+(?:a\s+lot\s+|much\s+|a\s+bit\s+)?better|be\s+(?:a\s+lot\s+|much\s+)?better)$/i;
/** Sayings about trying or growing that name nothing to do: "put myself out there", "keep going". */
const SAYING =
  /\b(?:comfort\s+zone|step\s+up|smash\s+it|nail\s+it|ace\s+it|crack\s+on|go\s+for\s+it|give\s+it\s+(?:my|his|her|their)\s+all|up\s+(?:my|his|her|their)\s+game|(?:get|keep|have)\s+(?:my|his|her|their)\s+head\s+in\s+the\s+game|take\s+(?:control|charge|ownership)\s+of\s+(?:my|his|her|their)\s+(?:own\s+)?(?:learning|life|future|education|behaviou?r|choices)|work\s+(?:really|very|so|super|extra)\s+hard|put\s+(?:myself|himself|herself|themselves)\s+out\s+there|keep\s+(?:going|trying|at\s+it|on\s+going)|(?:just\s+)?keep\s+(?:on\s+)?(?:progressing|improving|developing|growing|getting\s+better)(?:\s+(?:slowly|steadily|bit\s+by\s+bit|all\s+the\s+time))?$|get(?:s|ting)?\s+there(?:\s+(?:slowly|eventually|in\s+the\s+end|bit\s+by\s+bit|one\s+day))?$|(?:has|have|'s|'ve|s|ve)?\s*come\s+(?:such\s+|so\s+|a\s+)?(?:a\s+)?long\s+way$|(?:not|never|don'?t)\s+give\s+up|head\s+down|try\s+(?:my|his|her|their)\s+(?:best|hardest)|do\s+(?:my|his|her|their)\s+best|work\s+(?:hard|harder|my\s+hardest)|(?:train|study|revise|practi[cs]e)\s+(?:really\s+|very\s+|so\s+|super\s+|extra\s+)?(?:hard|harder)$|(?:a\s+)?better\s+place|sort\s+(?:myself|himself|herself|my\s+life|his\s+life|her\s+life)\s+out|get\s+(?:my|his|her)\s+(?:life|act|head)\s+(?:together|sorted|in\s+order|(?:back\s+)?on\s+track)|turn\s+(?:things|it|my\s+life|his\s+life)\s+around|learn\s+(?:stuff|things|more|loads|lots)|(?:reach|achieve|fulfil|fulfill)\s+(?:my|his|her|their)\s+(?:full\s+)?potential|be\s+the\s+best|make\s+(?:more\s+|an\s+|a\s+bit\s+more\s+)?effort|push\s+(?:myself|himself|herself|themselves)|engage\s+(?:more\s+)?(?:with|in)\s+(?:learning|lessons|school|education|his\s+learning|her\s+learning|my\s+learning)|(?:learn\s+to\s+)?behave(?:\s+(?:better|well|more|properly))?$|do\s+(?:my|his|her|their)\s+(?:work|homework|best)$|(?:learn|get|gain|develop|build|have)\s+(?:(?:some|more|better|good|basic|new|my|his|her|their)\s+){0,2}(?:life|social|independence|independent\s+living|living|key|people)\s+skills$|(?:actually\s+)?try\s+(?:this\s+time|properly|harder|again|more)(?:\s+to\s+(?:get|do|find|make|win|pass)\s+(?:one|it|that|this|them|some))?$|have\s+(?:a\s+)?(?:good|better|nice|positive|healthy|happy|great|normal|close)\s+(?:relationships?|time|life|future|day)(?:\s+with\s+(?:my|his|her|their)\s+\w+)?$|have\s+(?:more\s+|lots\s+of\s+|some\s+)?fun$|(?:pay|paying)\s+(?:more\s+|better\s+)?attention(?:\s+(?:in|to|at)\s+(?:the\s+|my\s+|his\s+|her\s+)?\w+)?$|(?:listen|concentrate|focus)(?:\s+(?:more|better|properly))?\s+(?:in|to|on|at)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:class|lessons?|school|teachers?|adults|staff|people|grown\s*ups|work|instructions)(?:\s+(?:more|better|properly))?$|follow\s+(?:the\s+)?rules$|(?:stop\s+)?(?:messing|mucking|fooling|playing)\s+(?:about|around)$|do\s+as\s+(?:i|he|she|they)\s*(?:am|is|are|'m|'s|'re)?\s+told$|(?:be|stay|keep)\s+on\s+task$|behave(?:\s+(?:better|well|more|properly|nicely|himself|herself|myself))?\s+(?:in|at)\s+(?:the\s+)?(?:class|school|lessons?|home|nursery|college)$|act\s+(?:my|his|her|their)\s+age$|stop\s+being\s+(?:so\s+)?[a-z]+$|have\s+(?:better|good|nice|nicer|more)\s+manners$|settle(?:\s+(?:in|down|better|well))?(?:\s+(?:at|in|into)\s+(?:the\s+|his\s+|her\s+|my\s+|a\s+)?(?:new\s+|big\s+)?\w+)?$|be\s+ready\s+to\s+learn$|be\s+(?:more\s+)?ready\s+(?:for|to\s+(?:start|go\s+(?:in)?to|move\s+(?:up\s+)?to))\s+(?:year\s+\d+|reception|nursery|school|big\s+school|secondary(?:\s+school)?|college|(?:the\s+)?next\s+(?:year|stage|step|class))$|get\s+(?:my|his|her|their)\s+(?:confidence|self[\s-]?esteem|spark|mojo|happiness)\s+back$|(?:control|manage|regulate)\s+(?:my|his|her|their)\s+(?:temper|anger|emotions|feelings|behaviour|behavior|moods?|stress|anxiety|worries)$|be\s+(?:a\s+)?(?:part|member)\s+of\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+|their\s+)?(?:community|society|things|everything)(?:\s+more)?$)\b/i;
/** What comes after the step and says nothing more: "really", "in everything", "in general". */
const TRAILING_EMPTY = /(?:[\s,]+(?:really|in\s+everything|at\s+everything|in\s+general|generally|overall|in\s+life|(?:in|within)\s+(?:my|him|her|them|your)sel(?:f|ves)|tbh|honestly|to\s+be\s+honest|i\s+(?:guess|think|reckon)|probably|maybe|innit|lol|and\s+stuff|and\s+that|n\s+that))+$/i;
/** A clause about when or why ("when something hurt him", "because he gets sad"): not what they will do. */
const SUBORDINATE = /\s+(?:when|whenever|if|because|cos|coz|as\s+soon\s+as|so\s+that)\s+.*$/i;

/** A count, how often, or an end anyone could see: "3 times a week", "on my own", "a whole book". */
const MEASURE_CUE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|once|twice|every|each|daily|weekly|times|on\s+(?:my|his|her|their)\s+own|by\s+(?:my|him|her|them)\s*sel(?:f|ves)|without\s+\w+|independently|whole|all\s+the\s+way|first\s+time|grade|level|pass|words?|metres?|minutes?|hours?)\b/i;

/** More of a way of being: "more confidence", "better self-esteem", "greater independence". */
const MORE_OF_A_FEELING = /^(?:(?:have|get|gain|build|show)\s+)?(?:(?:a\s+lot\s+|a\s+bit\s+|much\s+)?(?:more|less|better|greater|bigger))\s+(?:confidence|independence|self[\s-]?(?:esteem|belief|confidence)|happiness|courage|resilience|patience|motivation|focus|wellbeing|well-being)\b/;

/** How old someone is: "he's 16 now", "aged 9", "16 years old". */
const AGE_SAID = /\b(?:(?:i'?m|im|i\s+am|he'?s|hes|he\s+is|she'?s|shes|she\s+is|they'?re|they\s+are)\s+\d{1,2}(?:\s+now)?|aged?\s+\d{1,2}|\d{1,2}\s+years?\s+old)\b/gi;

/** Subject and "want to / will / can" taken off the front, so the rest starts with what they will do. */
const OPENING =
  /^(?:(?:so|and|but|also|then|ok|okay|well|honestly|tbh|i\s+think|i\s+guess|idk|i\s+dunno|dunno|maybe|um+|erm+|hmm+)[\s,]+)*(?:(?:i|he|she|they|we|you|[a-z]+(?=\s+(?:will|'ll|can|could|wants?|needs?|would|hopes?)\b))\s+|(?:i|he|she|they|we|you)(?='ll\s))?(?:really\s+|just\s+|would\s+)?(?:(?:want|wanna|would\s+like|'d\s+like|hope|wish|need|needs|plan)\s+(?:to\s+)?|will\s+|'ll\s+|can\s+(?:to\s+)?|could\s+|should\s+|to\s+)?/i;

function predicateOf(step: string): string {
  return foldCase(step).replace(/[.!?]+$/, '').replace(OPENING, '').replace(/\s+/g, ' ').trim();
}

/** "b more grown up", "get beter", "this n that": words as often typed, read as meant (their words are kept as typed). */
function spelledOut(text: string): string {
  const typed = text.replace(/\bbet(?:er|ta|tr)\b/gi, 'better').replace(/\s+n\s+(?=[a-z])/gi, ' and ');
  return typed.replace(/(^|\b(?:to|will|'ll|ll|can|could|should|would|wanna|and|or|i|he|she|they|just|really)\s+)b\s+(?=[a-z])/gi, '$1be ');
}

/** Says how someone will feel or be, or nothing at all: a start, not yet an outcome. */
export function isVague(said: string): boolean {
  // "improve his behaviour. the school say he's 'disruptive'": the remark after says nothing of the step.
  const text = spelledOut(withoutStepRemark(said));
  const step = keySentence(text);
  const lower = foldCase(step);
  const tokens = lower.replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return true;
  if (tokens.every((t) => FILLER.has(t.replace(/'/g, '')))) return true;
  if (/^(?:one|something|anything|an?\s+outcome|a\s+goal)?\s*(?:about|for|on)\s/.test(lower)) return true;
  // "more confidence in the water": more of a way of being, with nothing anyone could count.
  if (MORE_OF_A_FEELING.test(lower.replace(OPENING, '')) && !MEASURE_CUE.test(lower)) return true;
  // "work really hard and push myself every day": trying, however often, is still a saying.
  if (onlySayings(predicateOf(step).replace(TRAILING_EMPTY, '').replace(/\s+(?:every|each)\s+(?:single\s+)?(?:day|lesson|week|morning)$/, '').trim())) return true;
  // "he's 16 now" says how old, not how much.
  if (MEASURE_CUE.test(lower.replace(AGE_SAID, ' '))) return false;
  const predicate = predicateOf(step).replace(TRAILING_EMPTY, '').trim();
  const words = predicate.split(/\s+/).filter(Boolean);
  if (words.length <= 1) return true;
  if (BARE_STATE.test(predicate) || EMPTY_VERB.test(predicate)) return true;
  if (SAYING.test(predicate) && words.length <= 12) return true;
  if (isVagueWording(predicate)) return true;
  // The main clause decides: "point to a picture card when he feels sad" says what he will do.
  // "be working on his reading": the step said as going on is the same step.
  const main = predicate.replace(SUBORDINATE, '').trim().replace(/^(?:be|being)\s+(?=[a-z]+ing\b)/, '');
  if (IMPROVE_GENERAL.test(main) || JUST_MORE.test(main) || SKILL_IMPROVES.test(main)) return true;
  // "to engage and achieve", "focus more and actually try this time": vague in every part.
  const parts = main.split(/\s+and\s+/);
  if (parts.length > 1 && parts.every((part) => part.trim() && isVague(part.trim()))) return true;
  return STATE_PREDICATE.test(main) || STATE_PREDICATE.test(lower.replace(SUBORDINATE, ''));
}

/** Every part of the step is a saying about trying ("work really hard and push myself"). */
function onlySayings(predicate: string): boolean {
  const parts = predicate.split(/\s+and\s+|\s*,\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => SAYING.test(part) && part.split(/\s+/).length <= 8);
}

/** How someone would feel or be ("be happy", "more confident"): what it would do for them, kept for that question. */
export function saysAFeeling(text: string): boolean {
  const predicate = predicateOf(keySentence(text));
  // "get better at stuff", "do better", "be good at things": a vague step, not how they would feel.
  if (GETTING_BETTER_AT.test(predicate)) return false;
  return BARE_STATE.test(predicate) || STATE_PREDICATE.test(predicate);
}

/** Getting better at something, or doing better: about doing, so never kept as a feeling. */
const GETTING_BETTER_AT = /^(?:(?:get|gets|getting|be|become|do|does|doing)\s+(?:\w+\s+)?(?:better|good|best|well)(?:\s+(?:at|in|with)\b.*)?|(?:\w+\s+)?(?:better|good|best)\s+(?:at|in|with)\b.*)$/;

/**
 * "talk like other children", "a normal life like other kids", "like anyone else": a whole life
 * measured against everyone else's is a hope; a count ("sit with the class like the others for 10
 * minutes") makes it a step.
 */
const LIKE_OTHERS =
  /(?<!\b(?:i|he|she|they|we|you|would|'d|d|really|do|does|dont|don't|doesnt|doesn't)\s)\blike\s+(?:any(?:\s+other)?|(?:all\s+)?(?:the\s+)?other|normal|every(?:one|body)\s+else|any(?:one|body)\s+else)\b(?:\s+(?:young|little|teenage|grown[\s-]?up|\w+\s+year\s+old))?(?:\s+(?:kids|children|childs|boys?|girls?|people|teenagers|teens|adults|women|men|woman|man|child|kid|person|lads|students|pupils))?/i;

/** A hope for the far future rather than a step for the next year or two. */
export function isLifeGoal(text: string, context: { age?: number } = {}): boolean {
  const step = keySentence(spelledOut(text));
  if (LIKE_OTHERS.test(step) && !MEASURE_CUE.test(step)) return true;
  return isLifeGoalStep(step, predicateOf(step), context);
}

/** How someone is or does, said with no step: "she is calmer", "he does better". */
const BETTER_WITH_HELP =
  /^(?:\w+\s+)?(?:is|are|am|'s|does|do|gets?|feels?|seems?|works?|copes?|behaves?)\s+(?:much\s+|a\s+lot\s+|so\s+much\s+|loads\s+)?(?:better|calmer|happier|ok|okay|fine|good|settled|safer|well|best|more\s+\w+)\b/i;

/** Time words that always mean days or weeks away. */
const SOON =
  /\b(?:tomorrow|tmrw|tonight|today|this\s+(?:week|weekend|evening|afternoon|morning)|next\s+week(?:end)?|(?:on|for|by|this|next|before|b4)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s|\s+(?:nights?|evenings?|mornings?|afternoons?)\b)|half[\s-]?term|(?:next|this)\s+month|(?<!\b(?:to|into|between)\s+(?:the\s+|my\s+|his\s+|her\s+)?)(?:next|this|tomorrow'?s|today'?s)\s+(?:lesson|session)|(?:the\s+)?end\s+of\s+(?:the|this)\s+month|in\s+a\s+(?:few|couple\s+of)\s+weeks|(?:end\s+of\s+)?(?:this|the)\s+week(?!ends?\b)|(?:by|before|till|until|over)\s+the\s+weekend)\b/i;

/** "with a travel buddy at first by Christmas": the time belongs to the step, not to the support. */
function timeframeOutOfSupport(split: SupportSplit, timeframe: Timeframe | null): SupportSplit {
  if (!split.support || !timeframe) return split;
  const at = split.support.toLowerCase().indexOf(timeframe.phrase.toLowerCase());
  if (at < 0) return split;
  const support = `${split.support.slice(0, at)}${split.support.slice(at + timeframe.phrase.length)}`.replace(/\s+/g, ' ').trim().replace(/[\s,;:-]+$/, '');
  return { rest: `${split.rest} ${timeframe.phrase}`, support: support || null };
}

/** Answers longer than this are read this far (a step is a sentence or two; the draft keeps it all). */
const MAX_STEP_CHARS = 1000;

/** "for 3 months", "for a week": how long they will do it, not when it will be done. */
const HOW_LONG = /^for\s+(?:(?:about|around|at\s+least|over|up\s+to)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|a\s+couple\s+of|\d+)\s+(?:days?|weeks?|fortnights?|months?|terms?|years?|hours?|minutes?)$/i;

export function coachStep(text: string, context: CoachContext): StepCoaching {
  return stepCoachings.read(readingKey(text, context), () => coachStepAfresh(text, context));
}

/** An answer at "what is the step?" is coached once a turn, however many readers ask. */
const stepCoachings = new RecentReadings<StepCoaching>();

function coachStepAfresh(text: string, context: CoachContext): StepCoaching {
  // "actually starting college": "actually" leads the way in and is no part of the step.
  const step = keySentence(text.length > MAX_STEP_CHARS ? text.slice(0, MAX_STEP_CHARS) : text).replace(/^(?:actually|actualy)\s*,?\s+(?=\S)/i, '');
  // "I will pass my maths if I have a tutor": the step is theirs, the tutor is kept as provision.
  const condition = stepWithCondition(step);
  if (condition) {
    const inner = coachStepAfresh(condition.main, context);
    if (inner.action !== 'provision' && inner.action !== 'vague' && inner.action !== 'barrier') return { ...inner, support: inner.support ?? condition.support };
  }
  // "maybe 10 signs or pictures? and have a speech therapist actually see him": the step, and the help kept as provision.
  const apart = helpSaidApart(text);
  if (apart) {
    const inner = coachStepAfresh(apart.step, context);
    if (inner.action !== 'provision' && inner.action !== 'vague' && inner.action !== 'barrier') return { ...inner, support: inner.support ?? apart.support };
  }
  // "in next 6 weeks": read in the words the calendar knows when it reads nothing as said.
  const readTime = (said: string) => findTimeframeTolerant(said, context) ?? calendarWords(foldCase(said), context).map((s) => findTimeframeTolerant(s, context)).find(Boolean) ?? null;
  // "By the summer. I want to make a friend": a time said in a short sentence of its own, beside the key one, is the step's time.
  const read = readTime(step) ?? timeSaidApart(text, step, readTime);
  // "a placement for 3 months" says how long, not by when: the date is read from the rest, or asked.
  const found = read && HOW_LONG.test(read.phrase.trim()) ? readTime(step.replace(read.phrase, ' ')) : read;
  // A time already gone ("by year 7" said in Year 9) cannot be when they will do it.
  // "starting college in september": the start is the step, and "in september" its time.
  const timeframe = timeBesideTheStart(step, found && !isPastDate(found.date, context.today) ? found : null, readTime);
  const split = timeframeOutOfSupport(splitSupport(step), timeframe);
  const base = { step: split.support ? split.rest : step, support: split.support, timeframe };
  // "get a saturday job by summer": whether it is help asked for is read without its time words.
  const asksHelp = (words: string) => isSupportAnswer(withoutEdgeTime(words, timeframe?.phrase));
  if (asksHelp(step) || (step !== text.trim() && asksHelp(text))) return { action: 'provision', step, support: step, timeframe };
  if (isBarrier(text.trim())) return { action: 'barrier', step: text.trim(), support: null, timeframe };
  // "write his name on his christmas cards": the cards are written by Christmas, whenever that is.
  const festival = timeframe ? null : festivalTime(step, context);
  const due = timeframe ?? (festival && !isPastDate(festival.date, context.today) ? festival : null);
  // "my teacher said 'by friday' but I mean by summer": someone else's soon is no target when the person names their own time.
  const own = withoutReported(step);
  const soonIn = own !== step && readTime(own) ? own : step;
  if (SOON.test(soonIn) || isShortTask(step) || (due && isTargetDate(due.date, context))) return { ...base, action: 'target' };
  if (isLifeGoal(step, context) || (isLifeThing(step) && step.split(/\s+/).length <= 4) || (!timeframe && hasVagueTime(step))) return { ...base, action: 'aspiration' };
  // "he do better when there is an adult near him": how they are with someone there names the support.
  if (WHEN_SUPPORTED.test(step) && (isVague(step) || BETTER_WITH_HELP.test(step))) return { action: 'provision', step, support: step, timeframe };
  // "go to coding club with a helper", "get better at reading with a TA": the helper is what is brought.
  if (split.support && helpIsThePoint(split.rest, split.support, isVague(split.rest))) return { action: 'provision', step, support: split.support, timeframe };
  if (isVague(split.support ? split.rest : step)) return { ...base, action: 'vague' };
  return { ...base, action: 'accept' };
}

/** "do more things", "do it": a step that names nothing, however it goes on. */
const NOTHING_NAMED = /\b(?:more|other|lots\s+of|loads\s+of|different|new)\s+(?:things|stuff)\b|\b(?:do|manage|cope\s+with)\s+(?:it|that|this|things|stuff)\b/i;

/**
 * "would", "could", "might": the step imagined, not planned; "can": what they manage now with the
 * help there. Either way the help is the point ("she can manage lunch as long as there is an adult").
 */
const HYPOTHETICAL = /\b(?:would|could|might|'d)\b/;

/**
 * "can" with help there says how they manage now ("she can manage lunch as long as there is an adult"),
 * unless it names a thing they will do with help they have ("she can say hello with her talker if she
 * has the speech therapist each week"): then it is a step, as "will" is.
 */
const COPES_NOW = /\bcan\b(?:\s+\w+)?\s+(?:manage|cope|handle|deal|get\s+(?:by|through|on)|be\s+(?:ok|okay|fine|alright|calm|good))\b|\b(?:if|long\s+as|once|when)\s+there\b/;

/**
 * A step or hope said with the support it depends on ("I will pass my maths if I have a tutor"),
 * when the step itself says something; "he would be ok if he had someone at lunch" is support.
 */
export function stepWithCondition(text: string): SupportCondition | null {
  const condition = supportCondition(text);
  if (!condition) return null;
  const main = condition.main;
  // "he would manage more if he had a visual timetable": said as only possible with help, the help is the point.
  if (HYPOTHETICAL.test(foldCase(main)) || (/\bcan\b/.test(foldCase(main)) && COPES_NOW.test(foldCase(text)))) return null;
  if (NOTHING_NAMED.test(main) || BETTER_WITH_HELP.test(main) || isVague(main) || isSupportAnswer(main) || isBarrier(main)) return null;
  return condition;
}
