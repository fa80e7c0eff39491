import { RemarkPattern } from './remarkPatterns';
import { lifeThingsSpelt } from './lifeThingSpelling';
import { detectConcern } from './concern';
import { saysNotForThePlan } from './notForThePlan';

/*
 * Remarks said around a hope, about the chat rather than the future: "what?", "not help", "me
 * already say!!", "that my hope". Said in any order of words (British Sign Language order too),
 * they are left out, so the hope beside them is kept alone.
 */

const { puzzled: PUZZLED, notHelp: NOT_HELP, alreadySaid: ALREADY_SAID, isMyHope: IS_MY_HOPE } = RemarkPattern;

/*
 * "thats wot mum wants anyway", "my dad says", "its what my nan said tho": who else wants the hope
 * beside it. It says whose wish it is, never a hope of its own.
 */
const WHO_ELSE = String.raw`(?:(?:my|me|our|his|her)\s+)?(?:mum|mom|mam|mummy|dad|daddy|parents?|nan|nana|nanna|gran|grandma|grandad|grandpa|carer|foster\s+carer|teachers?|sister|brother|aunt|auntie|uncle|family|key\s*worker|social\s+worker|they|everyone)`;
const OTHERS_WANT = String.raw`(?:(?:(?:that|thats|that's|its|it's|it\s+is|that\s+is)\s+)?(?:what|wot|wat)\s+${WHO_ELSE}\s+(?:wants?|said|says|thinks?|likes?)(?:\s+(?:me\s+)?to(?:\s+do)?)?|${WHO_ELSE}\s+(?:says?|said)(?:\s+(?:so|i\s+should))?)(?:\s+(?:anyway|anyways|tho|though|lol|too|as\s+well|really|innit))*`;

/*
 * "He would love that.", "That would be wonderful for him.", "It would mean the world to us.": how
 * much the hope before it would mean. It points back at that hope and is never a hope of its own.
 */
const FEELS_ABOUT_IT = String.raw`(?:(?:and|oh|so|i\s+know|i'?m\s+sure)\s+)?(?:(?:i|we|he|she|they|\w+)\s*(?:would|'d|wud|will|'ll)\s+(?:really\s+|just\s+|absolutely\s+|so\s+)?(?:love|like|enjoy|adore)\s+(?:that|it|this)|(?:that|it|this)\s*(?:would|'d|wud|will|'ll)\s+(?:be\s+(?:so\s+|really\s+|just\s+|absolutely\s+)?(?:lovely|wonderful|nice|great|amazing|brilliant|fantastic|perfect|marvellous|a\s+dream(?:\s+come\s+true)?)|mean\s+(?:so\s+much|a\s+lot|the\s+world|everything))(?:\s+(?:to|for)\s+(?:him|her|them|us|me|\w+))?)(?:\s+(?:so\s+much|very\s+much|a\s+lot|more\s+than\s+anything|too|as\s+well|i\s+think|i'?m\s+sure))*`;

/** "its what i want", "what do you mean": about the chat, never a hope ("it isnt help its what i want" says the last answer was a hope). */
const WHAT_I_WANT = String.raw`(?:(?:that|thats|that's|it|its|it's|this)\s+(?:is\s+)?what\s+i\s+(?:really\s+)?(?:want|wanted|mean|meant))`;
const WHAT_DO_YOU_MEAN = String.raw`(?:(?:what|wot|wat)\s+)?(?:do|d)\s+(?:you|u|ya)\s+mean`;

const REMARK = new RegExp(String.raw`^\W*(?:${WHAT_DO_YOU_MEAN}|${NOT_HELP}(?:[\s,.!?]+${WHAT_I_WANT})?|${WHAT_I_WANT}|${PUZZLED}|${NOT_HELP}|${ALREADY_SAID}|${IS_MY_HOPE}|${OTHERS_WANT}|${FEELS_ABOUT_IT})(?:\s*[,.!?]+\s*(?:${PUZZLED}|${NOT_HELP}))*\W*$`, 'i');

/** True when the sentence is only a remark about the chat, with no hope in it. */
export function isRemarkBesideHope(sentence: string): boolean {
  return REMARK.test(sentence.trim());
}

/**
 * "more frends. i got 1 at the bus stop", "a dog. we have 2 cats already": after a hope, how many they have now.
 * It tells how things are, never a hope of its own, and never stands alone as one.
 */
const HAVE_NOW = /^\W*(?:i|we)\s+(?:(?:already\s+)?(?:got|have|ve\s+got|have\s+got|'ve\s+got))\s+(?:\d+|one|1|two|three|four|a\s+few|a\s+couple|some|none|no\s+\w+)(?:\s+\w+)?(?:\s+(?:at|in|from|on)\s+(?:the\s+|my\s+)?[a-z ]{2,25}?)?(?:\s+(?:already|now|atm))?\W*$/i;

/*
 * "my mum says i should do hair and beauty lol", "his dad thinks he should be a footballer": what someone else
 * suggests. Beside the person's own hopes it is that person's idea, never kept as one of theirs. "my mum says i
 * should do hair and beauty and i want to" says it is their own hope too, so it stays.
 */
const SUGGESTER = String.raw`(?:my|his|her|their|our)\s+(?:mum|mom|mam|mummy|dad|daddy|parents|nan|nana|nanna|nanny|gran|grandma|grandad|grandpa|step\s?mum|step\s?dad|carer|foster\s+carer|teachers?|sister|brother|aunt|auntie|uncle|family|key\s*worker|social\s+worker)`;
const SUGGESTS = String.raw`(?:says|said|thinks|thought|reckons|keeps\s+saying|always\s+says)\s+(?:that\s+)?(?:i|he|she|they)\s+(?:should|could|ought\s+to|need\s+to|needs\s+to|must|has\s+to|have\s+to)|(?:wants|wanted)\s+(?:me|him|her|them)\s+to`;
const OWN_TOO = /\b(?:i|me|he|she|they)\s+(?:want|wants|wanna|would|'?d|like|likes|love|loves|agree|agrees|do\s+too)\b|\b(?:too|as\s+well|me\s+too)\W*$/i;
const OTHERS_IDEA = new RegExp(String.raw`^\W*(?:(?:and|but|tho|though|also)\s+)?${SUGGESTER}\s+(?:${SUGGESTS})\s+[\p{L}\s'&-]+?(?:\s+(?:lol|lmao|haha|tbh|idk|innit))*[\s.!?]*$`, 'iu');

// The idea itself must read as a hope (a job, a course, an activity): "do hair and beauty", "be a footballer".
// "stop eating", "keep my mouth shut", "give him my money" are never set aside as someone's idea.
const HOPE_IDEA =
  /^\s*(?:do\s+(?!what\b|as\b|everything\b|it\b|that\b|this\b|anything\b|nothing\b)|be\s+(?:a|an)\s+|become\s+|learn\s+|study\s+|try\s+|join\s+|take\s+up\s+|get\s+a\s+job\b|work\s+(?:in|with|at|as|on)\s+|go\s+to\s+(?:college|uni|university|sixth\s+form|drama|dance|football|swimming|cadets|scouts|guides|art|music)\b|apply\s+for\s+|train\s+(?:as|to\s+be)\s+|go\s+into\s+)/i;

/** True when the sentence only tells what someone else suggests ("my mum says i should do hair and beauty lol"). */
export function othersIdeaOnly(sentence: string): boolean {
  const said = sentence.trim();
  if (!OTHERS_IDEA.test(said)) return false;
  const idea = said.replace(new RegExp(String.raw`^\W*(?:(?:and|but|tho|though|also)\s+)?${SUGGESTER}\s+(?:${SUGGESTS})`, 'iu'), '');
  return !OWN_TOO.test(idea) && HOPE_IDEA.test(idea) && !detectConcern(said).concern;
}

/** The message without its remark sentences ("what? not help. me want go deaf club" keeps the last). */
export function withoutRemarks(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  // "..., but thats not for this really is it": a sentence that sets itself aside is never a hope.
  const kept = sentences.filter((s, i) => !isRemarkBesideHope(s) && !(i > 0 && HAVE_NOW.test(s.trim())) && !saysNotForThePlan(s));
  // Someone else's idea is set aside only beside a hope of the person's own.
  const own = kept.filter((s) => !othersIdeaOnly(s));
  const left = own.length > 0 && own.some((s) => /\p{L}{2,}/u.test(s)) ? own : kept;
  return left.length === sentences.length ? text : left.join(' ');
}

/** "what? not help", "that's not help": the person says the bot read them wrongly as help. */
export function saysNotHelp(text: string): boolean {
  return new RegExp(String.raw`(?:^|[\s,.!?])${NOT_HELP}(?=$|[\s,.!?])`, 'i').test(text);
}

/** "no", "nah", "what?" opening a reply: the last reading is turned down. */
const TURNED_DOWN = /^\W*(?:no+|nah|nope|what|wot|wat|eh|huh)\b[\s,.!?]+(?=\S)/i;
/** Small words that say nothing of what a hope is about. */
const SMALL = new Set(['want', 'wants', 'wanna', 'that', 'this', 'with', 'have', 'like', 'really', 'just', 'some', 'more', 'keep', 'going', 'would', 'will', 'please']);
const wordsOf = (text: string) => new Set(lifeThingsSpelt(text.toLowerCase()).match(/[a-z]{4,}/g)?.filter((w) => !SMALL.has(w)) ?? []);

/** True when `said` names something of `earlier` again ("i want a boyfrend" after "a boyfrend"). */
export function namesAgain(said: string, earlier: string): boolean {
  const before = wordsOf(earlier);
  return [...wordsOf(said)].some((w) => before.has(w) || before.has(w.replace(/s$/, '')) || before.has(`${w}s`));
}

/**
 * "no i want a boyfrend", "what? not help. me WANT go deaf club": said just after something was
 * kept as help, the person says it was a hope. Null when the reply does not turn the reading down.
 */
export function helpTurnedDown(said: string, kept: string): { rest: string } | null {
  const rest = withoutRemarks(said.replace(TURNED_DOWN, '')).trim();
  if (saysNotHelp(said)) return { rest };
  return TURNED_DOWN.test(said) && namesAgain(rest, kept) ? { rest } : null;
}

