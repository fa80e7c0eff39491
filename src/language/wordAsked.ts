import { plainSpeak } from './plainSpeak';
import { sentencesOf } from './text';
import { withoutTheirReading } from './answerLead';

/*
 * Questions about a word the bot uses: "What is an outcome exactly?", "whats a hope", "what does
 * measure mean", "what do you mean by needs", "i dont know what provision is", "what does step mean. like stairs?". Each gets a plain
 * explanation of that word, instead of the open question's general help.
 */

export type PlanTerm = 'outcome' | 'hope' | 'measure' | 'need' | 'provision' | 'target' | 'step';
/** Everyday words the theme and needs questions use that a person may still ask about ("whats partners"). */
export type EverydayTerm = 'partner' | 'relationship' | 'localArea' | 'wellbeing' | 'training' | 'manage' | 'independent' | 'worksWell';
/** Words people meet in plans and meetings ("whats SALT", "what does EHCP stand for"): one line each, in everyday words. */
export type JargonTerm = 'salt' | 'ta' | 'senco' | 'ehcp' | 'ot' | 'camhs' | 'localOffer' | 'easyRead' | 'travelTraining';
export type BotTerm = PlanTerm | EverydayTerm | JargonTerm;

const TERMS: ReadonlyArray<readonly [BotTerm, string]> = [
  ['outcome', 'outcomes?|goals?'],
  ['hope', 'hopes?|dreams?|aspirations?'],
  ['measure', 'measures?|measured|measuring|measurable'],
  ['need', 'needs?'],
  ['provision', 'provisions?|provides?'],
  ['target', 'targets?'],
  ['step', 'steps?'],
  // "what is 'works well'?": the words of "What works well for you?".
  ['worksWell', String.raw`works?\s+well`],
  ['partner', 'partners?'],
  ['relationship', 'relationships?'],
  ['localArea', String.raw`local\s+areas?|community|communities`],
  ['wellbeing', String.raw`well\s*being`],
  // Before "training": "what is travel training?" asks about the whole name.
  ['travelTraining', String.raw`travel\s+training|travel\s+trainers?|independent\s+travel\s+training`],
  ['training', 'training'],
  ['manage', 'manage|managing'],
  ['independent', 'independent|independently|independence'],
  ['salt', String.raw`salt|slt|speech\s+and\s+language\s+therapy`],
  ['ta', String.raw`ta|tas|teaching\s+assistants?`],
  ['senco', String.raw`sencos?|sendcos?`],
  ['ehcp', String.raw`ehcps?|ehc\s+plans?|ehc`],
  ['ot', String.raw`ot|occupational\s+therapy`],
  ['camhs', String.raw`camhs|cahms|camhs`],
  ['localOffer', String.raw`local\s+offers?`],
  ['easyRead', String.raw`easy\s*read`],
];

/** Whether a term is one of the plan's own words (explained for the audience) or an everyday word. */
export function isPlanTerm(term: BotTerm): term is PlanTerm {
  return ['outcome', 'hope', 'measure', 'need', 'provision', 'target', 'step'].includes(term);
}

const A = String.raw`(?:(?:an?|the|this|that|a\s+word|the\s+word)\s+)?`;
const Q = String.raw`["']?`;

/** The question forms, each with `TERM` where the word goes. */
const FORMS: readonly string[] = [
  // "What is an outcome exactly?", "whats a hope", "what are outcomes then"
  String.raw`^(?:(?:so|and|but|sorry|um+|erm+|ok|okay|wait|hi|hey|like|sorry\s+but)\s+)*(?:what|wat|wot|whats|wats|wots)\s*(?:is|s|are|r|be)?\s+${A}${Q}TERM${Q}(?:\s+(?:exactly|then|again|mean|means|meaning|please|pls|plz|here|sorry|though|anyway|actually|lol|haha|tho|x|btw|by the way))*$`,
  // "what does measure mean", "what do needs mean", "what does EHCP stand for"
  String.raw`\bwhat\s+(?:does|do|dose|dus)\s+${A}${Q}TERM${Q}\s+(?:mean|stand\s+for)`,
  // "whats SALT stand for"
  String.raw`\b(?:what|whats|wats|wots)\s+(?:is\s+|does\s+)?${A}${Q}TERM${Q}\s+stand\s+for`,
  // "what do you mean by outcome", "what u mean hope"
  String.raw`\bwhat\s+(?:do\s+|does\s+)?(?:you|u|ya)\s+mean\s+(?:by\s+)?${A}${Q}TERM${Q}(?:\s|$)`,
  // "what mean measure", "what means outcome", "meaning of outcome", "define hope", "explain measure"
  String.raw`\b(?:what\s+means?|meaning\s+of|define|explain|explain\s+what)\s+${A}${Q}TERM${Q}(?:\s+(?:is|are|means))?(?:\s|$)`,
  // "i dont know what an outcome is", "not sure what measure means", "you didnt say what provision means"
  String.raw`\b(?:know|understand|sure|get|idea|clue|say|said|ask|asked|asking|tell\s+me|told\s+me|explain|explained)\s+what\s+${A}${Q}TERM${Q}\s+(?:is|are|means?)\b`,
  // "Is that the same as provision?"; never "isnt that the same as goal 2", which points at an item kept.
  String.raw`\b(?:is|it|that|thats|this)\s+(?:\w+\s+)?(?:the\s+)?same\s+(?:thing\s+)?as\s+${A}${Q}TERM${Q}(?!\s*(?:\d|number\b|no\.?\s*\d))(?:\s|$)`,
  // "outcome?", "outcome means what", "outcomes what are they"
  String.raw`^${A}TERM(?:\s+(?:means?\s+what|what\s+(?:is|are)\s+(?:that|they|those|it)))?$`,
];

/** Any single word in the last form's place ("outcome?"): a bare word asked about, or an answer. */
const BARE_WORD = new RegExp(FORMS.at(-1)!.replace('TERM', '(?:\\w+)'), 'i');
/**
 * Each term's question forms, behind the term's own words: every form holds the word, so a message
 * without it is never tried against that term's forms (most messages name none of the words).
 */
const READERS: ReadonlyArray<readonly [BotTerm, RegExp, readonly RegExp[]]> = TERMS.map(
  ([term, words]) => [term, new RegExp(words, 'i'), FORMS.map((form) => new RegExp(form.replace('TERM', `(?:${words})`), 'i'))] as const,
);
/** Any term's words anywhere: a message without them asks about none of the bot's words. */
const ANY_TERM = new RegExp(TERMS.map(([, words]) => `(?:${words})`).join('|'), 'i');

/** The bot's word the message asks the meaning of, or undefined. */
export function wordAskedAbout(text: string): BotTerm | undefined {
  if (text.length > 160) return undefined;
  const whole = termIn(text);
  if (whole) return whole;
  // "whats a target? my tutor talks about them": a question sentence, with talk about it beside.
  for (const sentence of questionsIn(text)) {
    // A bare "ehcp?" after an answer ("extra time, not only morning, this plan? ehcp?") is a question
    // beside the answer, read by wordAskedBeside, so the answer is still kept.
    // "i dont know what that means sorry, like whats an outcome?": the question after the last comma.
    const term = termIn(sentence, { bare: false }) ?? termAfterPuzzled(sentence);
    if (term) return term;
  }
  return undefined;
}

/** "i dont know what that means sorry", "sorry im lost": only puzzled by the question, never an answer. */
const PUZZLED =
  /^(?:(?:sorry|um+|erm+|hmm+|ok|okay)\s+)*(?:i\s+)?(?:(?:dont|do not|didnt|really dont)\s+(?:know|understand|get)(?:\s+what\s+(?:that|this|it|you)\s+(?:means?|meant|mean by that))?|(?:im|i am)\s+(?:lost|confused|not sure what (?:that|this|it) means))(?:\s+(?:sorry|tbh|though|tho))*$/;

/** "i dont know what that means sorry, like whats an outcome?": the word asked after words only puzzled by it. */
function termAfterPuzzled(sentence: string): BotTerm | undefined {
  const clauses = sentence.split(/,\s*/);
  if (clauses.length < 2) return undefined;
  const before = clauses.slice(0, -1).map((c) => plainSpeak(c).toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9\s]+/g, ' ').replace(/\s+/g, ' ').trim());
  return before.every((c) => PUZZLED.test(c)) ? termIn(clauses.at(-1)!, { bare: false }) : undefined;
}

/** The question sentences of a message; "is it like a target?..." trails off and is still asked. */
function questionsIn(text: string): string[] {
  return text.split(/(?<=\?)[\s.…]+/).filter((s) => /\?[\s.…]*$/.test(s));
}

/** "is it like a target?", "is that the same as a target?": a second word the person compares it to. */
const LIKE_TERM = /^(?:so\s+|or\s+)?(?:is|it|that|thats|this)\s+(?:it\s+|that\s+|this\s+)?(?:like|the\s+same\s+as|same\s+as)\s+(?:an?\s+|the\s+)?(\w+)$/;

/**
 * Every word the message asks about, in the order asked: "whats an outcome? is it like a target?"
 * asks about both, so both are explained.
 */
export function termsAskedAbout(text: string): BotTerm[] {
  const first = wordAskedAbout(text);
  if (!first) return [];
  const terms: BotTerm[] = [first];
  for (const sentence of questionsIn(text)) {
    const compared = LIKE_TERM.exec(plainSpeak(sentence).toLowerCase().replace(/[^a-z0-9\s]+/g, ' ').replace(/\s+/g, ' ').trim())?.[1];
    const term = compared ? READERS.find(([, named]) => new RegExp(`^(?:${named.source})$`, 'i').test(compared))?.[0] : undefined;
    if (term && isPlanTerm(term) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** A remark after the question about who keeps using the word: "btw the lady at school keeps saying it". */
const SAYS_THE_WORD =
  /\s+(?:(?:btw|by the way|cos|because|coz)\s+|(?=(?:the|my|our|his|her|their|mr|mrs|miss|ms|dr|she|he|they|everyone|everybody|people|teachers?|staff)\s))(?:[a-z]+\s+){0,6}?(?:keeps?|kept|always|keep on|is always|are always)\s+(?:saying|says|using|uses|talking about|going on about|on about|mentioning|asking)\b(?:\s+[a-z]+){0,4}$/;

function termIn(text: string, { bare: bareAllowed = true } = {}): BotTerm | undefined {
  // "wot does goal mean", "wats a outcome": text-speak read as the words it stands for.
  const plain = plainSpeak(text)
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9"\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return undefined;
  // "whats a measure btw the lady at school keeps saying it": the remark about who says the word is left off.
  const asked = plain.replace(SAYS_THE_WORD, '').trim();
  if (asked !== plain && asked) return termIn(asked, { bare: false });
  // "outcome?" alone is a question; "outcome" alone could be an answer.
  const bare = BARE_WORD.test(plain);
  if (bare && (!bareAllowed || !/\?/.test(text))) return undefined;
  // "travel training" alone, like "outcome" alone, could be an answer: only with "?" is it asked.
  const bareAsked = bareAllowed && /\?/.test(text);
  if (!ANY_TERM.test(plain)) return undefined;
  for (const [term, named, readers] of READERS) {
    if (named.test(plain) && readers.some((r, i) => r.test(plain) && (i < readers.length - 1 || bareAsked))) return term;
  }
  return undefined;
}

/** The bot's word said in a short remark beside the question: "Sarah keeps saying provision". */
const REMARK_WORDS = 8;

/**
 * A question about the bot's word inside a longer answer: "Speech therapy like I said ... What does
 * 'provide' mean here sorry? Is that the same as provision? Sarah keeps saying provision". The word
 * asked about, and the answer without the question and the short remarks about the word.
 */
export function wordAskedBeside(text: string): { term: BotTerm; rest: string } | undefined {
  // "i pass the theory test, whats a measure": a question after a comma is a sentence of its own.
  const sentences = sentencesOf(text).flatMap((s) => s.split(/,\s*(?=(?:what|whats|wats|wat|wot|wots)\b)/i));
  if (sentences.length < 2) return undefined;
  const asked = sentences.map((s) => termIn(s) ?? termIn(s.replace(/^(?:and|but|so|also|sorry)[\s,]+/i, '')));
  const term = asked.find((t): t is BotTerm => t !== undefined);
  if (!term) return undefined;
  const named = new RegExp(`\\b(?:${TERMS.find(([t]) => t === term)![1]})\\b`, 'i');
  const rest = sentences.filter((s, i) => !asked[i] && !(named.test(s) && s.split(/\s+/).length <= REMARK_WORDS));
  // "what do you mean provide? if you mean help, a map on my phone": only the map is the answer.
  const words = withoutTheirReading(rest.join(' ').trim());
  return words.split(/\s+/).length >= 3 ? { term, rest: words } : undefined;
}

