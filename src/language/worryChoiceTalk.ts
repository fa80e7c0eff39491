import { normaliseMessage, sentencesOf } from './text';

/*
 * After a worry about someone using them was noted, what a young adult says about it in plain words:
 * - the help and the police ("wot help. u sed police", "i dont want police", "i dont want jay in trubble"):
 *   asked what the help is, or saying what they do not want, each sentence about it and nothing else;
 * - someone at home who is not the worry ("nan is nice", "shes not the worry");
 * - more of the same ("i always run out cos i buy jay stuff"): money gone on buying someone things.
 * Each is read one sentence at a time, so the rest of the message still answers the question.
 */

/** A sentence about the help or the police, and nothing more. */
const HELP_OR_POLICE =
  /^(?:(?:what|wot|wat|wht)\s+(?:help|helps|police)|(?:you|u)\s+(?:said|sed|say)\s+(?:the\s+)?police|(?:i\s+)?(?:dont|do\s+not|dont\s+wanna|never)\s+(?:want\s+|wanna\s+)?(?:to\s+)?(?:call\s+|ring\s+|tell\s+)?(?:the\s+)?(?:police|cops|feds|101|999)|(?:no|not\s+the)\s+police(?:\s+please)?|(?:i\s+)?(?:dont|do\s+not)\s+(?:want|wanna)\s+(?:to\s+get\s+)?(?:him|her|them|\w+)\s+(?:in|into|to\s+get\s+in(?:to)?)\s+(?:trouble|trubble|truble)|(?:will|is|would)\s+(?:he|she|they|\w+)\s+(?:get|be|going\s+to\s+be)\s+(?:in\s+)?(?:trouble|trubble|arrested))(?:\s+(?:please|pls|plz|ok|okay))?\s*$/;

/** Someone at home who helps said not to be the worry: "nan is nice", "shes not the worry", "mum is not the problem". */
const HOME = '(?:nan|nana|nanna|gran|granny|grandma|grandad|mum|mam|mom|dad|auntie|aunt|uncle|carer|my\\s+carer|she|he)';
const NOT_THE_WORRY = new RegExp(
  `^(?:(?:what|wot|wat)\\s+)?(?:but\\s+|and\\s+)?(?:my\\s+)?${HOME}\\s*(?:is|s|isnt|is\\s+not|aint|was|wasnt)?\\s+(?:not\\s+)?(?:(?:really|so|very|well)\\s+)?(?:nice|kind|lovely|good|great|fine|ok|okay|not\\s+the\\s+(?:worry|problem|one)|the\\s+worry)(?:\\s+to\\s+me)?\\s*$`,
);
const IS_NOT = new RegExp(`\\b${HOME}\\s*(?:isnt|is\\s+not|s\\s+not|aint|not)\\s+(?:the\\s+)?(?:worry|problem|one)\\b|\\b${HOME}\\s*(?:is|s)\\s+(?:really\\s+|so\\s+|very\\s+)?(?:nice|kind|lovely|good)\\b`);

/** Money gone on buying someone things: "i always run out cos i buy jay stuff". */
const MONEY_ON_SOMEONE =
  /\b(?:buy|buys|buying|bought|get|getting|got|pay\s+for|paying\s+for)\s+(?!me\b|myself\b|my\s+own\b)(?:him|her|them|\w+)\s+(?:stuff|things|fags|cigs|food|top\s*ups?|vapes?|presents)\b/;
const RUN_OUT = /\b(?:run|ran|running|runs)\s+out\b|\bno\s+money\s+(?:left|for)\b|\bcant\s+afford\b|\bskint\b|\bbroke\b/;

export interface WorryChoiceTalk {
  /** They asked what the help is, or said they do not want the police or someone in trouble. */
  policeOrHelp: boolean;
  /** They said someone at home is kind, or not the worry. */
  notTheWorry: boolean;
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
  const moreOfTheSame: string[] = [];
  const rest: string[] = [];
  for (const sentence of sentencesOf(text)) {
    const said = normaliseMessage(sentence).replace(/^(?:what|wot|wat)\s*$/, '');
    if (!said) continue;
    if (HELP_OR_POLICE.test(said)) policeOrHelp = true;
    else if (NOT_THE_WORRY.test(said) && IS_NOT.test(said)) notTheWorry = true;
    else if (MONEY_ON_SOMEONE.test(said) && RUN_OUT.test(said)) moreOfTheSame.push(sentence);
    else rest.push(sentence);
  }
  if (!policeOrHelp && !notTheWorry && moreOfTheSame.length === 0) return undefined;
  return { policeOrHelp, notTheWorry, moreOfTheSame, rest: rest.join(' ').trim() };
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
