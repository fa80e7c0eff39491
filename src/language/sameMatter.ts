import { normaliseMessage } from './text';

/*
 * What a worry is about, named by the things it tells of, so a later message that names the same
 * thing ("the photos thing", "the group chat stuff") is known as the same matter even when the
 * concern reader files it under another kind. Only things count (pictures, a chat, money, a phone,
 * messages, posts, an account): people, places and feelings say too little, so "boys at school"
 * twice is no proof of one matter. Only these family words are kept, with the journey (deleted with
 * it), never the message.
 */

/** One word for each family of words for the same thing. */
const FAMILIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:pictures?|pics?|photos?|photographs?|images?|videos?|vids?|selfies?|nudes?|clips?)$/, 'picture'],
  [/^(?:chats?|gc|groupchats?|whatsapp|snapchat|snap|snaps|insta|instagram|tiktok|discord)$/, 'chat'],
  [/^(?:money|cash|quid|pounds?|card|wallet|purse)$/, 'money'],
  [/^(?:phones?|mobiles?|iphone)$/, 'phone'],
  [/^(?:messages?|texts?|dms?)$/, 'message'],
  [/^(?:posts?|posted|posting|comments?|commented)$/, 'post'],
  [/^(?:accounts?|profiles?|pages?)$/, 'account'],
];

/** The things a message names, one word per family ("photos" and "pics" are both "picture"). */
export function matterWords(text: string): string[] {
  const found = new Set<string>();
  for (const word of normaliseMessage(text).split(/\s+/)) {
    const family = FAMILIES.find(([pattern]) => pattern.test(word))?.[1];
    if (family) found.add(family);
  }
  return [...found];
}

/** Whether the message names a thing the worry already told of named too. */
export function namesTheSameMatter(text: string, told: readonly string[]): boolean {
  const said = matterWords(text);
  return told.some((word) => said.includes(word));
}

/** Who a worry names by their place in someone's life, one word per family ("frend" and "mate" are both "friend"). */
const PEOPLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:brothers?|bro|stepbrother)$/, 'brother'],
  [/^(?:sisters?|sis|stepsister)$/, 'sister'],
  [/^(?:mum|mam|mom|mummy|mother|stepmum)$/, 'mum'],
  [/^(?:dad|daddy|father|stepdad)$/, 'dad'],
  [/^(?:friends?|frend|frends|freind|freinds|mates?|bestie|bff)$/, 'friend'],
  [/^(?:boyfriend|girlfriend|partner|bf|gf)$/, 'partner'],
  [/^(?:uncle|aunt|auntie|cousin|nan|gran|grandad|grandma)$/, 'relative'],
  [/^(?:carer|neighbour|flatmate|housemate|landlord)$/, 'other'],
];

/** The people a message names by role ("my frend", "brother"), never by name: only these words are kept. */
export function peopleNamed(text: string): string[] {
  const found = new Set<string>();
  for (const word of normaliseMessage(text).split(/\s+/)) {
    const role = PEOPLE.find(([pattern]) => pattern.test(word))?.[1];
    if (role) found.add(role);
  }
  return [...found];
}

/** Taking, hurting, lending or paying back: what a worry about a person is about. */
const ABOUT_THE_HARM =
  /\b(?:take|takes|taking|took|taken|steal\w*|stole|nick\w*|hit\w*|hurt\w*|kick\w*|punch\w*|push\w*|angry|shout\w*|lend\w*|lent|bor+ow\w*|money|cash|pounds?|quid|pay\w*|give\s+(?:it\s+|me\s+)?back|owe\w*)\b/;

/**
 * The sentences of a message that speak of a person a worry named, doing what the worry told of
 * ("brother not take", "not lend it to my frend"), and the rest of the message without them.
 */
/**
 * The whole sentence is a lift ("mum takes me in the car some days"): help given, never something taken.
 * "takes me there" says nothing of what for, so it is never a lift.
 */
const A_LIFT =
  /^(?:and\s+)?(?:my\s+)?\w+\s+(?:(?:sometimes|often|usually|always|also)\s+)?(?:takes|took|drives|drove)\s+me\s+(?:in\s+(?:the|her|his|their)\s+car|to\s+(?:school|college|work))(?:\s+(?:some\s+days|sometimes|most\s+days|every\s+day|on\s+some\s+days|in\s+the\s+morning|if\s+its\s+busy))?[\s.!]*$/;

/** After a worry of these kinds a lift from that person may be how the harm happens, so it is never read as help. */
const LIFT_MAY_BE_THE_HARM: readonly string[] = ['exploitation', 'sexual_abuse', 'harm_from_others'];

export function splitAboutThePerson(text: string, people: readonly string[], category?: string): { worry: string[]; rest: string } {
  const liftIsHelp = !LIFT_MAY_BE_THE_HARM.includes(category ?? '');
  const sentences = text.split(/(?<=[.!?;])\s+|\s+(?=and\s+not\b)|\n+/).filter((s) => /\p{L}{2,}/u.test(s));
  const aboutThem = (s: string) => ABOUT_THE_HARM.test(normaliseMessage(s)) && !(liftIsHelp && A_LIFT.test(normaliseMessage(s))) && peopleNamed(s).some((p) => people.includes(p));
  const worry = sentences.filter(aboutThem);
  return { worry, rest: sentences.filter((s) => !aboutThem(s)).join(' ').replace(/^\s*and\s+/i, '').trim() };
}
