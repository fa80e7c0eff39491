import { detectConcern } from './concern';
import { normaliseMessage } from './text';

/*
 * After the help lines, a parent or young person may object: "that was quite upsetting to read. A
 * domestic abuse helpline? Nobody is being abused", "please don't put that down as a safeguarding
 * thing", "you've done it again and I'm honestly quite upset now". That is talk about the bot's own
 * answer and its note, never a new worry: it deserves an apology and the truth about the note. Anything
 * the rules read as harm beside it ("nobody is abused except by his dad") is no objection.
 */

/** The help lines or the note named, or questioned: "a domestic abuse helpline?", "abuse numbers", "a safeguarding thing". */
const THE_ANSWER =
  /\b(?:(?:domestic\s+)?(?:abuse|violence)\s+(?:help\s*lines?|numbers?|lines?|charity|stuff|thing)|help\s*lines?|crisis\s+(?:numbers?|lines?|list)|(?:phone\s+)?numbers|safeguarding(?:\s+(?:thing|note|flag|concern|issue|referral))?|samaritans|childline|999)\b/;
/** Upset by what the bot said: "that was quite upsetting to read", "how dare", "that's offensive". */
const UPSET_BY_IT =
  /\b(?:(?:that|this|it)\s+(?:was|is|s)\s+(?:\w+\s+){0,2}?(?:upsetting|hurtful|offensive|insulting|horrible|awful|distressing|out\s+of\s+order|uncalled\s+for)|(?:thats|its)\s+(?:\w+\s+){0,2}?(?:upsetting|hurtful|offensive|insulting|out\s+of\s+order|uncalled\s+for)|how\s+dare)\b/;
/** Abuse denied outright: "nobody is being abused", "there is no abuse", "it's not abuse". */
const DENIED =
  /\b(?:(?:no\s+one|noone|nobody)\s+(?:is|was|s|has\s+been)\s+(?:being\s+|getting\s+)?(?:abused|harmed|hurt|in\s+danger)|(?:no\s+one|noone|nobody)\s+(?:is\s+)?(?:abusing|harming|hurting)\s+(?:anyone|anybody|him|her|them|us|me)|there\s+(?:is|s|was)\s+no\s+(?:domestic\s+)?(?:abuse|violence)|(?:its|it\s+is|thats|that\s+is|this\s+is)\s+not\s+(?:domestic\s+)?(?:abuse|violence|a\s+safeguarding)|nothing\s+like\s+that)\b/;
/** Asking for no note, or the note off: "please don't put that down as a safeguarding thing", "I'd like it taken off". */
const NO_NOTE =
  /\b(?:(?:dont|do\s+not|please\s+dont)\s+(?:put|write|record|mark|log|flag|note|report|pass)\s+(?:that|this|it)\b|(?:take|taken|get|delete|remove)\s+(?:(?:it|that|this|the\s+note)\s+)?(?:off|out|away)\b|(?:take|delete|remove)\s+(?:it|that|this|the\s+note)\b)/;
/** The bot did it once more: "you've done it again", "not again", "you did the same thing again". */
const AGAIN = /\b(?:(?:you|u)\s*(?:ve|have)?\s+(?:done|did|said|given|gave|sent)\s+(?:it|that|this|the\s+same(?:\s+thing)?|them|those)\s+again|not\s+this\s+again|again\s+with\s+the)\b/;
/** The bot named as the one who said it: "you gave me", "you said", "you've". */
const THE_BOT_DID = /\b(?:you|u)\s*(?:ve|have)?\s+(?:gave|given|give|sent|said|put|wrote|written|made|done|did)\b/;
/** Asking for the words to go in the plan after all: "can it go in his plan?", "put it in her plan instead". */
const IN_THE_PLAN =
  /\b(?:(?:can|could|will|would|should)\s+(?:it|this|that|we|you)\s+(?:go|be\s+(?:put|added|written|kept)|put\s+(?:it|this|that)|add\s+(?:it|this|that))\s+(?:in|into|on|to)\s+(?:his|her|their|the|my)\s+plan|(?:put|add|keep)\s+(?:it|this|that)\s+(?:in|into|on|to)\s+(?:his|her|their|the|my)\s+plan(?:\s+instead)?)\b/;

export interface FlagObjection {
  /** They ask for what they said to go in the plan as a need after all. */
  wantsItInThePlan: boolean;
  /** They say abuse or harm is not happening ("nobody is being abused"): their words beside the note say so. */
  denies: boolean;
}

/**
 * An objection to the help lines or the note about a worry, with no new worry beside it; undefined
 * when the message is not one. A denial counts only with the answer or the note named, or upset at it
 * ("nobody is being abused" alone may simply answer "are you safe?").
 */
export function readFlagObjection(text: string): FlagObjection | undefined {
  if (text.length > 800) return undefined;
  const said = normaliseMessage(text);
  if (!said) return undefined;
  const aboutTheAnswer = THE_ANSWER.test(said) || NO_NOTE.test(said);
  const objects =
    UPSET_BY_IT.test(said) ||
    (AGAIN.test(said) && (THE_BOT_DID.test(said) || aboutTheAnswer)) ||
    (DENIED.test(said) && (aboutTheAnswer || THE_BOT_DID.test(said))) ||
    (THE_ANSWER.test(said) && NO_NOTE.test(said));
  if (!objects) return undefined;
  const worry = detectConcern(text);
  if (worry.concern && worry.sure) return undefined;
  return { wantsItInThePlan: IN_THE_PLAN.test(said), denies: DENIED.test(said) };
}
