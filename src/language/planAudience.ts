import { normaliseMessage } from './text';

/*
 * At the read-back, a question about how to show the plan, even without a question mark: "how do
 * i show karen", "how do I send it to the SENCo" (who sees it is read by readDataQuestion). And a number put right about a date: "christmas is 25 december not 18".
 * Hopes that look alike are left alone: "my dad can see me cook", "show karen how to cook",
 * "can go to the shops on my own".
 */

export type PlanAudienceTopic = 'howShared';

const LEAD = /^(?:(?:and|but|so|ok|okay|um+|wait|also|then|please)\s+)*/;
/** The plan, as people name it: "it", "this", "my plan", "the draft", "what i said". */
const PLAN = String.raw`(?:it|this|that|all this|(?:my|the|this|his|her)\s+(?:plan|draft|goals?|outcomes?|answers?)|what\s+i\s+(?:said|wrote|put|typed))`;

/** A word for someone a plan is shown to: "mum", "teacher", "senco", "key worker". */
const PEOPLE_WORD = String.raw`(?:mum|mam|mom|mummy|dad|daddy|parents?|(?:foster\s+)?carers?|step\s*(?:mum|dad)|(?:head\s*|form\s+|class\s+)?teachers?|tutor|senco|ta|teaching\s+assistant|(?:key|social|support|youth)\s+worker|nan|nana|nanny|gran|grandma|grandad|grandparents|brother|sister|aunt|auntie|uncle|family|friends?|boyfriend|girlfriend|doctor|nurse|college|school|boss)`;
/** Words that follow "show", "send" or "give" and are no one's name: "show up", "give up", "send help". */
const NOT_A_NAME = String.raw`(?:i|me|you|u|we|us|it|this|that|them|up|in|out|off|on|back|around|away|more|less|help|support|better|myself|yourself|how|what|where|something|anything|things?|stuff|people|feelings?|emotions?|work|money|food|a|an|the|my|your)`;
/** Who the plan is shown to: "my dad", "the senco", "mrs patel", or one name ("karen"). */
const AUDIENCE = String.raw`(?:(?:(?:my|the|his|her|our)\s+)?${PEOPLE_WORD}|(?:mr|mrs|ms|miss|dr)\s+[a-z]+|(?!${NOT_A_NAME}$)[a-z]+)`;

/** "how do i show karen", "how do i send it to the senco", "how do i get it to my dad", "how can my dad get it", "how does the college see my plan". */
const HOW_SHARED = new RegExp(
  String.raw`^how\s+(?:do|can|could|should|would|will)\s+(?:i|we)\s+(?:(?:show|send|give|share|email|forward)\s+(?:${PLAN}\s+)?(?:(?:to|with)\s+)?|get\s+${PLAN}\s+(?:over\s+)?to\s+)${AUDIENCE}$|^how\s+(?:do|can|could|does|will|would)\s+${AUDIENCE}\s+(?:see|get|read|have)\s+${PLAN}$`,
);

/** Who the person named is, said beside the question: "shes my key worker", "he is my tutor", "thats my support worker". */
const WHO_THEY_ARE = new RegExp(String.raw`^(?:(?:she|he|they|that|thats|shes|hes|theyre)(?:\s+(?:is|s|are|re))?|(?:she|he)\s+is)\s+(?:my|our|the)\s+${PEOPLE_WORD}$`);

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n+/).map((s) => normaliseMessage(s).replace(LEAD, '').trim()).filter(Boolean);

/** Whether a message at the read-back asks how to show the plan; null when it does not. */
export function readPlanAudience(text: string): PlanAudienceTopic | null {
  if (text.length > 200) return null;
  const sentences = sentencesOf(text);
  // Who sees it, and how long it is kept, are read by readDataQuestion.
  // "how does sarah see it? shes my key worker": who they are, said beside it, is part of the question.
  return sentences.some((s) => HOW_SHARED.test(s)) && sentences.every((s) => HOW_SHARED.test(s) || WHO_THEY_ARE.test(s.replace(/[?.!]+$/, ''))) ? 'howShared' : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** "christmas is 25 december not 18", "its the 25th not the 18th", "25th dec not 18th". */
const DAY_PUT_RIGHT = new RegExp(String.raw`(?:^|\s)(?:the\s+)?${DAY}(?:\s+(?:of\s+)?(${MONTH}))?\s*,?\s+(?:not|isnt|instead\s+of)\s+(?:the\s+)?${DAY}(?:\s+(?:of\s+)?(${MONTH}))?$`);

export interface DayPutRight {
  /** The day of the month it should be. */
  right: number;
  /** The day of the month that is wrong. */
  wrong: number;
  /** The month named (1 to 12), when one is. */
  month?: number;
}

const monthNumber = (word: string | undefined): number | undefined => {
  if (!word) return undefined;
  const at = MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3)));
  return at >= 0 ? at + 1 : undefined;
};

/** A day of the month put right ("christmas is 25 december not 18"); null when the message is not that. */
export function readDayPutRight(text: string): DayPutRight | null {
  if (text.length > 120) return null;
  const said = normaliseMessage(text).replace(/[.!]+$/, '');
  const found = DAY_PUT_RIGHT.exec(said);
  if (!found) return null;
  const right = Number(found[1]);
  const wrong = Number(found[3]);
  if (right < 1 || right > 31 || wrong < 1 || wrong > 31 || right === wrong) return null;
  const month = monthNumber(found[2] ?? found[4]);
  return { right, wrong, ...(month ? { month } : {}) };
}
