import type { PlanPart, ThemeId } from '../src/domain/draft';
import { analyseStatement, findTimeframe, hasVagueTime, splitYesWithContent, type TimeContext, type Timeframe } from '../src/language';

/*
 * What the outcomes stage needs to know about one answer: the language analysis (kind, SMART
 * reasons, theme, timeframe) with a few plain rules on top for the answers the coaching must never
 * miss ("i need a TA" is support, whatever the model thinks).
 */

export interface StepReading {
  /** Support offered as an answer ("i need a TA"): kept as provision, never as an outcome. */
  isProvision: boolean;
  /** A hope for the far future rather than a step for the next year or two. */
  tooBig: boolean;
  /** Nobody could tell when it has been done. */
  vague: boolean;
  theme: ThemeId | null;
  timeframe: Timeframe | null;
}

const PROVISION_THING =
  /\b(?:ta|t\.a\.?|teaching assistant|assistant|1[:\-]1|one[- ]to[- ]one|help|support|supported|therapy|therapist|speech and language|physio|physiotherapy|occupational|extra time|laptop|ipad|tablet|equipment|respite|short breaks?|carer|personal assistant|mentor|tutor|tutoring|counsell?ing|counsell?or|quiet room|quiet space|social worker|nurse|medication|hours)\b/i;
const PROVISION_OPENER =
  /^(?:i\s+(?:need|want|would like|'d like|d like|should have|should get|could have)\s+(?:a|an|more|some|extra|my|someone|help|support|\d)|(?:need|needs|more|extra|some|a|an|help|support|give me|to have|to get|getting|having|someone to)\b)/i;

const TOO_BIG =
  /\b(?:one day|some ?day|when i(?:'m| am) (?:older|grown up|an adult)|when i grow up|for the rest of my life|my dream|dream is|be famous|become an?\b|be an?\s+(?:\w+\s+)?(?:doctor|vet|nurse|teacher|designer|developer|footballer|singer|actor|artist|engineer|chef|pilot|police|scientist|youtuber|gamer)|have my own (?:house|flat|home|family|business|company)|get married|live on my own)\b/i;

const VAGUE = /\b(?:better|more confident|confident|improve|improved|happier|happy|more independent|independent|good at|ok|okay|fine|progress|develop|try to|more|less|cope|manage|feel)\b/i;
const MEASURABLE =
  /\b(?:\d+|once|twice|three|four|five|ten|times|every|each|daily|weekly|a week|a day|a month|on my own|by myself|by herself|by himself|by themselves|alone|independently|without help|without (?:a|an|any)|whole|all of|all the)\b/i;
const ABOUT_ONLY = /^(?:one|something|anything|an? outcome|a goal)?\s*(?:about|for|on|with)\b/i;

const THEME_WORDS: readonly [ThemeId, RegExp][] = [
  ['friends_and_community', /\b(?:friends?|friendship|club|clubs|social|party|parties|community|team|church|mosque|youth group|people)\b/i],
  ['health_and_wellbeing', /\b(?:health|healthy|sleep|eat|eating|exercise|swim|swimming|fit|fitter|calm|anxious|anxiety|worry|worried|feelings?|teeth|toilet|dentist|doctor)\b/i],
  ['independent_living', /\b(?:cook|cooking|travel|bus|train|money|shop|shopping|live|living|dress|dressed|wash|washing|home|road|cross|own bed)\b/i],
  ['learning_and_work', /\b(?:job|work|college|school|university|read|reading|write|writing|maths|learn|learning|games?|design|course|exam|gcses?|qualification|apprenticeship|lesson|lessons|class)\b/i],
];

export function themeOf(text: string): ThemeId | null {
  return THEME_WORDS.find(([, words]) => words.test(text))?.[0] ?? null;
}

export function isProvisionAnswer(text: string): boolean {
  const trimmed = text.trim();
  if (/^(?:ta|a ta|more help|extra help|help|support)$/i.test(trimmed)) return true;
  return PROVISION_OPENER.test(trimmed) && PROVISION_THING.test(trimmed);
}

export function readStepAnswer(text: string, context: TimeContext): StepReading {
  const analysis = analyseStatement(text, context);
  const timeframe = analysis.timeframe ?? findTimeframe(text, context);
  const words = text.trim().split(/\s+/).length;
  return {
    isProvision: isProvisionAnswer(text) || (analysis.kind === 'provision' && analysis.smartReasons.includes('is_provision')),
    tooBig: !timeframe && (TOO_BIG.test(text) || hasVagueTime(text) || analysis.smartReasons.includes('too_big')),
    vague: ABOUT_ONLY.test(text.trim()) || words < 2 || (VAGUE.test(text) && !MEASURABLE.test(text)),
    theme: analysis.theme ?? themeOf(text),
    timeframe,
  };
}

const HEALTH = /\b(?:therap(?:y|ist)|speech|language therapy|salt|physio|physiotherapy|occupational|ot|nurse|doctor|gp|medication|medicine|camhs|counsell?(?:ing|or)|mental health|wheelchair|hearing aid|dietitian|psychologist|hospital|health)\b/i;
const SOCIAL_CARE = /\b(?:respite|short breaks?|carer|personal assistant|pa|social worker|support worker|care package|overnight|direct payments?|befriender|home help|youth worker)\b/i;

/** Which part of the plan usually provides this help; the key worker confirms on the review site. */
export function provisionPart(text: string): PlanPart {
  if (HEALTH.test(text)) return 'health';
  if (SOCIAL_CARE.test(text)) return 'social_care';
  return 'education';
}

const NOTHING = /^(?:nothing|none|no|nope|not really|no help|nothing else|n\/a)$/i;

/** The separate pieces of help in one answer ("a TA, a quiet room; extra time"). */
export function provisionItems(text: string): string[] {
  return text
    .split(/[;,\n]|\band also\b|\bplus\b/i)
    .map((part) => part.trim().replace(/^and\s+/i, '').replace(/[.!]+$/, '').trim())
    .filter((part) => part.length > 0 && !NOTHING.test(part));
}

export type YesNo = 'yes' | 'no';

/** A yes or no at the start of an answer and whatever came after it ("yes, and one about friends"). */
export function yesWithContent(text: string): { answer: YesNo | undefined; rest: string } {
  const split = splitYesWithContent(text);
  const answer = split.answer === 'yes' || split.answer === 'no' ? split.answer : undefined;
  const rest = split.rest.replace(/^(?:and|also|please)\b[\s,]*/i, '').trim();
  return { answer, rest: answer ? rest : text.trim() };
}
