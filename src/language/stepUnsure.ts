import { isSupportAnswer } from './changeAsked';
import { normaliseMessage, sentencesOf } from './text';

/*
 * At "what is one step?": "I don't know, happy is hard to make a step for?? maybe..." is a person unsure
 * how to make a step, never the step; "maybe 10 signs or pictures? and have a speech therapist actually
 * see him" is a step offered with a shrug and the help it needs said beside it.
 */

/** "i dont know", "not sure", "idk": said first. */
const UNSURE = String.raw`(?:i\s+(?:dont|do\s+not|really\s+dont)\s+know|idk|dunno|i\s+dunno|(?:im\s+|i\s+am\s+)?not\s+sure|no\s+idea)`;
/** "happy is hard to make a step for", "its hard to think of a step", "hard to find one for that". */
const HARD_TO_MAKE = String.raw`(?:(?:[a-z]+\s+){0,3}(?:is|are|s|its|it\s+is|thats|that\s+is)\s+)?(?:(?:really|so|quite|a\s+bit|kind\s+of|kinda|very)\s+)?(?:hard|difficult|tricky|tough)\s+(?:to|for\s+me\s+to)\s+(?:make|think\s+of|find|turn\s+into|come\s+up\s+with|put\s+into|pick|choose)\s+(?:a\s+|an\s+|one\s+)?(?:steps?|goals?|outcomes?|targets?|one)(?:\s+(?:for|about|from))?(?:\s+(?:that|this|it|him|her|them))?`;
/** Only a shrug after it: "maybe", "tbh", "sorry". */
const SHRUG = String.raw`(?:\s+(?:maybe|tbh|sorry|hmm+|lol|really|honestly|though|tho))*`;
const UNSURE_OF_STEP = new RegExp(String.raw`^(?:(?:um+|erm+|hmm+|well|honestly|sorry)\s+)*${UNSURE}\s+${HARD_TO_MAKE}${SHRUG}$`);

/** The person is unsure how to make a step for this hope, and says only that. */
export function unsureOfStep(text: string): boolean {
  return UNSURE_OF_STEP.test(normaliseMessage(text));
}

/** "maybe", "perhaps", "i think": a shrug before a step offered, no part of it. */
const OFFERED = /^(?:(?:maybe|perhaps|probably|possibly|i\s+think|i\s+guess|i\s+suppose|like)[\s,]+)+/i;
/** "10 signs or pictures", "5 makaton signs": a number of ways to say things, said without a doing word. */
const WAYS_TO_SAY = /^(?:\d{1,3}|a\s+few|some|more|ten|five|twenty)\s+(?:\w+\s+)?(?:signs?|pictures?|symbols?|photos?|gestures?)(?:\s+(?:or|and)\s+(?:\w+\s+)?(?:signs?|pictures?|symbols?|photos?|gestures?))*$/i;

/**
 * A step said in one sentence and the help it needs in the next ("maybe 10 signs or pictures? and have
 * a speech therapist actually see him"): the step without its shrug, and the help; null otherwise.
 */
export function helpSaidApart(text: string): { step: string; support: string } | null {
  const sentences = sentencesOf(text).map((s) => s.trim().replace(/[?!.…]+$/, '').trim()).filter(Boolean);
  if (sentences.length !== 2) return null;
  const bare = sentences.map((s) => s.replace(/^(?:and|also|plus|but)[\s,]+/i, ''));
  const help = bare.map((s) => isSupportAnswer(s));
  // The step comes first and its help after it; "a calmer classroom. the shouting is too much" is help, then why.
  if (help[0] || !help[1]) return null;
  const support = bare[1]!;
  const said = bare[0]!.replace(OFFERED, '').trim();
  if (!said) return null;
  return { step: WAYS_TO_SAY.test(said) ? `use ${said}` : said, support };
}
