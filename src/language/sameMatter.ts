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
