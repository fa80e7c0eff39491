import { FAMILY } from './familyWords';
import { normaliseMessage, sentencesOf } from './text';

/*
 * After a worry about someone using them was noted, what a young adult says about it in plain words:
 * - the help and the police ("wot help. u sed police", "i dont want police", "i dont want jay in trubble"):
 *   asked what the help is, or saying what they do not want, each sentence about it and nothing else;
 * - someone at home who is not the worry ("nan is nice", "shes not the worry"), and who is instead
 *   ("nan is not the worry. my uncle is", "mum is nice to me. dads not", "my uncle is the worry");
 * - more of the same ("i always run out cos i buy jay stuff"): money gone on buying someone things.
 * Each is read one sentence at a time, so the rest of the message still answers the question.
 */

/** A sentence about the help or the police, and nothing more. */
const HELP_OR_POLICE =
  /^(?:(?:what|wot|wat|wht)\s+(?:help|helps|police)|(?:you|u)\s+(?:said|sed|say)\s+(?:the\s+)?police|(?:i\s+)?(?:dont|do\s+not|dont\s+wanna|never)\s+(?:want\s+|wanna\s+)?(?:to\s+)?(?:call\s+|ring\s+|tell\s+)?(?:the\s+)?(?:police|cops|feds|101|999)|(?:no|not\s+the)\s+police(?:\s+please)?|(?:i\s+)?(?:dont|do\s+not)\s+(?:want|wanna)\s+(?:to\s+get\s+)?(?:him|her|them|\w+)\s+(?:in|into|to\s+get\s+in(?:to)?)\s+(?:trouble|trubble|truble)|(?:will|is|would)\s+(?:he|she|they|\w+)\s+(?:get|be|going\s+to\s+be)\s+(?:in\s+)?(?:trouble|trubble|arrested))(?:\s+(?:please|pls|plz|ok|okay))?\s*$/;

/** Someone at home who helps said not to be the worry: "nan is nice", "shes not the worry", "mum is not the problem". */
const HOME = `(?:${FAMILY}|carer|my\\s+carer|she|he)`;
const NOT_THE_WORRY = new RegExp(
  `^(?:(?:what|wot|wat)\\s+)?(?:but\\s+|and\\s+)?(?:my\\s+)?${HOME}\\s*(?:is|s|isnt|is\\s+not|aint|was|wasnt)?\\s+(?:not\\s+)?(?:(?:really|so|very|well)\\s+)?(?:nice|kind|lovely|good|great|fine|ok|okay|not\\s+the\\s+(?:worry|problem|one)|the\\s+worry)(?:\\s+to\\s+me)?\\s*$`,
);
const IS_NOT = new RegExp(`\\b${HOME}\\s*(?:isnt|is\\s+not|s\\s+not|aint|not)\\s+(?:the\\s+)?(?:worry|problem|one)\\b|\\b${HOME}\\s*(?:is|s)\\s+(?:really\\s+|so\\s+|very\\s+)?(?:nice|kind|lovely|good)\\b`);
/** "its not nan", "not my mum": someone at home set apart from the worry. */
const NOT_THEM = new RegExp(`^(?:but\\s+)?(?:its\\s+not|it\\s+is\\s+not|it\\s+isnt|not)\\s+(?:my\\s+)?${HOME}$`);

/** Someone named, in one or two words ("he", "my uncle", "jay", "mums boyfriend"); never "it", "that" or "i". */
const NOT_A_PERSON = '(?:the|a|it|its|that|thats|this|there|theres|what|who|which|i|im|you|u|we|nobody|noone|no|not|nothing|everyone|everything|money|yes|yeah|ok|okay|and|but|so|is)';
const WHO = `(?:my\\s+)?(?!${NOT_A_PERSON}\\b)[a-z]+(?:\\s+(?!(?:is|s|was|isnt|not|aint|wasnt|who|that)\\b)[a-z]+)?`;
/** Said to be the worry, any time: "my uncle is the worry", "its jay who is the problem". */
const IS_THE_WORRY = new RegExp(
  `^(?:but\\s+)?${WHO}\\s*(?:is|s|was)\\s+(?:really\\s+)?the\\s+(?:worry|problem)$|^(?:but\\s+)?(?:its|it\\s+is)\\s+${WHO}\\s+(?:who|that)\\s+(?:is|s)\\s+the\\s+(?:worry|problem)$`,
);
/**
 * Set against someone just said not to be the worry, the one who is: "he is", "my uncle is", "dads not",
 * "its my uncle". Read only after a not-the-worry in the same message.
 */
const THE_OTHER_ONE = new RegExp(
  `^(?:but\\s+)?${WHO}\\s*(?:is|was|are|isnt|aint|wasnt|not|is\\s+not)(?:\\s+(?:the\\s+)?(?:worry|problem|one))?$|^(?:but\\s+)?(?:its|it\\s+is|it\\s+was)\\s+${WHO}$`,
);

type WorryClause = 'notTheWorry' | 'theWorry';

/** What a clause says of who is the worry; `after` says a not-the-worry came before it in the message. */
function worryClause(said: string, after: boolean): WorryClause | undefined {
  if ((NOT_THE_WORRY.test(said) && IS_NOT.test(said)) || NOT_THEM.test(said)) return 'notTheWorry';
  if (IS_THE_WORRY.test(said) || (after && THE_OTHER_ONE.test(said))) return 'theWorry';
  return undefined;
}

/** A clause, or two run together ("shes not the worry he is"): what each says of who is the worry, or undefined. */
function worryClauses(said: string, after: boolean): WorryClause[] | undefined {
  const whole = worryClause(said, after);
  if (whole) return [whole];
  const words = said.split(' ');
  for (let i = 2; i < words.length; i++) {
    if (worryClause(words.slice(0, i).join(' '), after) !== 'notTheWorry') continue;
    const second = worryClause(words.slice(i).join(' '), true);
    if (second) return ['notTheWorry', second];
  }
  return undefined;
}

/** Money gone on buying someone things: "i always run out cos i buy jay stuff". */
const MONEY_ON_SOMEONE =
  /\b(?:buy|buys|buying|bought|get|getting|got|pay\s+for|paying\s+for)\s+(?!me\b|myself\b|my\s+own\b)(?:him|her|them|\w+)\s+(?:stuff|things|fags|cigs|food|top\s*ups?|vapes?|presents)\b/;
const RUN_OUT = /\b(?:run|ran|running|runs)\s+out\b|\bno\s+money\s+(?:left|for)\b|\bcant\s+afford\b|\bskint\b|\bbroke\b/;

export interface WorryChoiceTalk {
  /** They asked what the help is, or said they do not want the police or someone in trouble. */
  policeOrHelp: boolean;
  /** They said someone at home is kind, or not the worry. */
  notTheWorry: boolean;
  /** They said who the worry is ("nan is not the worry. my uncle is"). */
  worryNamed: boolean;
  /** The sentences that tell of money gone on buying someone things. */
  moreOfTheSame: string[];
  /** The sentences left, to answer the question (the message as typed, when nothing here was said). */
  rest: string;
}

/** What of the message is about the worry, sentence by sentence; undefined when nothing is. */
export function readWorryChoiceTalk(text: string): WorryChoiceTalk | undefined {
  if (text.length > 400) return undefined;
  let policeOrHelp = false;
  let notTheWorry = false;
  let worryNamed = false;
  const moreOfTheSame: string[] = [];
  const rest: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const said = normaliseMessage(sentence).replace(/^(?:what|wot|wat)\s*$/, '');
    if (!said) continue;
    if (HELP_OR_POLICE.test(said)) {
      policeOrHelp = true;
      continue;
    }
    // Clause by clause ("its not nan, my uncle is the worry"); a sentence with none about the worry is kept whole.
    const clauses = sentence.split(/\s*[,;]\s*/).filter((c) => normaliseMessage(c));
    const plain = clauses.map((c) => normaliseMessage(c).replace(/^(?:what|wot|wat)\s+/, ''));
    // "its X" or "he is" names the worry only set against someone just said not to be it, in this message:
    // "he scared of the flush noise, it is loud" names nobody.
    const setAgainst = notTheWorry || plain.some((c) => worryClauses(c, false)?.includes('notTheWorry'));
    const read = plain.map((c) => worryClauses(c, setAgainst));
    if (read.some(Boolean)) {
      clauses.forEach((c, i) => (read[i] ? undefined : rest.push(c)));
      for (const kind of read.flatMap((r) => r ?? [])) {
        if (kind === 'notTheWorry') notTheWorry = true;
        else worryNamed = true;
      }
    } else if (MONEY_ON_SOMEONE.test(said) && RUN_OUT.test(said)) moreOfTheSame.push(sentence);
    else rest.push(sentence);
  }
  if (!policeOrHelp && !notTheWorry && !worryNamed && moreOfTheSame.length === 0) return undefined;
  return { policeOrHelp, notTheWorry, worryNamed, moreOfTheSame, rest: rest.join(' ').trim() };
}

/** The worry was about being made to buy someone things (so money gone on them is more of it). */
export function tellsOfBuyingForSomeone(text: string): boolean {
  return /\b(?:buy|pay\s+for|get)\s+(?:him|her|them)\s+(?:\w+\s+)?(?:stuff|things|fags|cigs|food|top\s*ups?|vapes?|presents|alcohol)\b/.test(normaliseMessage(text));
}

/** New pressure told of a worry already noted: "he sed if i dont get him stuff he wont be my mate no more", "or else". */
const NEW_PRESSURE =
  /\bif\s+i\s+(?:dont|do\s+not|wont|will\s+not|say\s+no|stop)\b[^.!?]{0,40}\b(?:he|she|they|hed|shed|theyd)\s*(?:wont|will\s+not|ll|will|would|is\s+going\s+to|are\s+going\s+to|gonna|d)\b|\bor\s+else\b|\b(?:threaten\w*|threat)\b/;

export function tellsOfNewPressure(text: string): boolean {
  return NEW_PRESSURE.test(normaliseMessage(text));
}

/** The message without the clauses that say someone is not the worry ("nan is not the worry. my dad is. he hits me" → "my dad is. he hits me"). */
export function withoutNotTheWorry(text: string): string {
  return sentencesOf(text)
    .flatMap((sentence) => sentence.split(/\s*[,;]\s*/).filter((clause) => worryClauses(normaliseMessage(clause), false)?.[0] !== 'notTheWorry'))
    .join('. ');
}
