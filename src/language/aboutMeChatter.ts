import { onlyAddressWords, withoutChatter } from './chatter';
import { normaliseMessage } from './text';

/*
 * Chatter beside an answer about the person: "im good at football lol. my cat once ate a whole
 * sausage off the table haha". Only in a message that laughs (lol, haha, "so funny") are the funny
 * stories and the laughter set aside, so a sad story told plainly ("my nan died last year") is
 * always kept. What is left is the answer; nothing is left when it was all chatter.
 */

const LAUGH = /\b(?:lol+|lmao+|haha\w*|hehe\w*|rofl|xd)\b|\bit\s+was\s+(?:so\s+|really\s+|well\s+)?(?:funny|hilarious|jokes)\b|\bso\s+funny\b|\bhilarious\b|[\u{1F602}\u{1F923}]/iu;
/** Laughter said between the parts of a message: it ends a part, like a full stop. */
const LAUGH_BREAK = /\s*(?:\b(?:lol+|lmao+|haha\w*|hehe\w*|rofl|xd)\b[!.?]*|[\u{1F602}\u{1F923}]+)\s*/giu;
/** A story told: a time gone by with something that happened. */
const WHEN_IT_HAPPENED = /\b(?:once|one\s+time|today|earlier\s+today|this\s+(?:afternoon|evening)|last\s+(?:week|night|year|time|summer|weekend|month)|yesterday|the\s+other\s+day|this\s+morning|earlier|when\s+i\s+was\s+(?:little|small|young))\b/;
const HAPPENED = /\b(?:\w+ed|ate|went|was|were|did|got|ran|fell|broke|made|came|saw|said|had|took|threw|bit|sat|stole|hid|jumped|drew|won|lost|met|found|told|gave|caught|slept|woke|spilt|fought)\b/;
/**
 * "my nan just made chips", "the dog just ate my sock": something that happened just now, to
 * someone else. "i just passed my test" is about the person, and may be an answer; "things shown
 * not just said" is "not only", a way of helping and never a story.
 */
const JUST_HAPPENED = new RegExp(`(?<!\\b(?:i|we|ive|weve|not)\\s)\\bjust\\s+${HAPPENED.source}`);
/** Wishes and plans are never a story: "my nan just said i could be a chef one day". */
const HOPE_WORDS = /\b(?:want|wants|wanna|wish|hope|hoping|dream|would|could|will|gonna|going\s+to|one\s+day)\b/;
/** Only laughing about it: "it was so funny", "so funny", "haha". */
const ONLY_LAUGHING = /^(?:(?:it|that|this)\s+(?:was|is|s)\s+)?(?:so\s+|really\s+|well\s+|proper\s+)?(?:funny|hilarious|jokes|mad)$/;

function isChatter(part: string): boolean {
  const said = normaliseMessage(part);
  if (!said) return true;
  if (ONLY_LAUGHING.test(said)) return true;
  if (JUST_HAPPENED.test(said) && !HOPE_WORDS.test(said)) return true;
  return WHEN_IT_HAPPENED.test(said) && HAPPENED.test(said);
}

/** The answer without the chatter beside it; the message as typed when it does not laugh; '' when all of it was chatter. */
export function aboutMeAnswer(typed: string): string {
  // "bruv", "innit": a word to the listener alone is no answer, though trimming would leave it as typed.
  if (onlyAddressWords(typed)) return '';
  // "my nan and my dog. no offence mum": trimmed as every other answer is. The laugh is read
  // first: "lol" is what marks a funny story after it, and the trimming takes the laugh away.
  if (!LAUGH.test(typed)) return withoutChatter(typed).trim();
  const parts = typed
    .split(LAUGH_BREAK)
    .flatMap((p) => p.split(/(?<=[.!?])\s+/))
    .map((p) => p.trim().replace(/^[\s,.;:!?-]+/, ''))
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  const kept = parts.filter((p) => !isChatter(p)).map((p) => withoutChatter(p).replace(/[\s,;:.!?-]+$/, ''));
  return kept.filter((p) => p).join('. ').trim();
}

/** In a message that laughs, one of its sentences that is only a funny story or laughter. */
export function funnyStoryIn(message: string, sentence: string): boolean {
  if (!LAUGH.test(message)) return false;
  const said = sentence.replace(LAUGH_BREAK, ' ').replace(/[\s,;:.!?-]+$/, '').trim();
  return said !== '' && isChatter(said);
}
