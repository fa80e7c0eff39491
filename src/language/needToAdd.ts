import { isBarrier } from './coaching';
import { addedThing } from './addedThing';

/*
 * At the review, a new thing that makes life hard, asked for in words: "add that he cant sleep",
 * "another hard thing is noise", "add a hard thing: loud places", "put busy buses in the hard
 * things". The words of the need are given back as typed, without the asking. A hope asked for the
 * same way ("add that i want to swim") is left to the hope readers.
 */

const ASK = String.raw`(?:(?:can|could)\s+(?:you|u|i|we)\s+|please\s+|pls\s+|i\s+(?:want|would\s+like|wanna)\s+to\s+|id\s+like\s+to\s+|also\s+|and\s+)*`;
const HARD_THING = String.raw`(?:hard\s+things?|things?\s+(?:that\s+(?:is|are|makes?\s+(?:it|things|life)|gets?\s+in\s+the\s+way)|thats?)\s*(?:hard|difficult)?|need|difficulty|difficulties|barrier|problem|struggle|worry)`;

/** "for the games shop hope", "for my job one": the hope a new hard thing goes under. */
const FOR_HOPE = String.raw`(?:\s+for\s+(?:the|my|his|her|their)\s+(?:[\p{L}\p{N}' ]{2,40}?)\s+(?:hope|dream|one))?`;
/** "add something hard for the games shop hope: ...": the hope named, in a group of its own. */
const ADD_SOMETHING_HARD = new RegExp(
  String.raw`^${ASK}add\s+(?:something|something\s+else|a\s+thing|another\s+thing)\s+(?:that\s+is\s+|thats\s+|that's\s+|that\s+makes\s+it\s+)?(?:hard|difficult)${FOR_HOPE}\s*(?::|-|=)\s*(.+)$`,
  'iu',
);

const PATTERNS: readonly RegExp[] = [
  ADD_SOMETHING_HARD,
  // "add a hard thing: loud places", "can you add another need - noise"
  new RegExp(String.raw`^${ASK}add\s+(?:a|an|another|one\s+more|an\s+other|one\s+other|a\s+new)\s+${HARD_THING}\s*(?::|-|=|is|that\s+is|which\s+is)?\s+(.+)$`, 'i'),
  // "another hard thing is noise", "one more thing that is hard is the bus", "also another need: sleep"
  new RegExp(String.raw`^${ASK}(?:another|one\s+more|an\s+other|one\s+other|a\s+new)\s+${HARD_THING}(?:\s+(?:for\s+(?:me|him|her|them)))?\s*(?::|-|=|is|are)\s*(.+)$`, 'i'),
  // "something else that is hard is noise", "something else hard: the lunch hall"
  new RegExp(String.raw`^${ASK}something\s+else\s+(?:that\s+is\s+|thats\s+|that's\s+)?(?:hard|difficult)(?:\s+(?:for\s+(?:me|him|her|them)))?\s*(?::|-|=|is)\s*(.+)$`, 'i'),
  // "add to hard stuff: teachers shoutin", "add to the hard things - loud bells": the kind first, then the words
  new RegExp(String.raw`^${ASK}add\s+(?:to|in|into|under)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:hard\s+(?:stuff|things?|bits?|parts?)|things\s+that\s+are\s+hard|what\s+makes\s+(?:things|it|life)\s+hard|needs|problems|difficulties)\s*(?::|\s-+|–)\s*(.+)$`, 'i'),
  // "put busy buses in the hard things", "add noise to what makes things hard"
  new RegExp(String.raw`^${ASK}(?:add|put)\s+(.+?)\s+(?:to|under|in|on|into)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:hard\s+things|things\s+that\s+are\s+hard|what\s+makes\s+(?:things|it|life)\s+hard|needs|hard\s+bit|hard\s+part)$`, 'i'),
];

/**
 * "but maths is hard", "put maths is hard. cubes help", "i want a new one. maths is hard": a hard
 * thing said plainly at the review, after a little opening word or asking for a new one; what helps
 * with it may follow ("cubes help"). The hard thing is its subject: "maths".
 */
const SAID_HARD = new RegExp(
  String.raw`^(?:(?:i\s+(?:want|need|wanna)|add|can\s+i\s+(?:have|add))\s+(?:a\s+)?new\s+(?:one|thing|bit)\s*[.,!:-]+\s*)?(?:(?:but|put|and|also|plus|oh|so)\s+)+(?:(?:i\s+think|i\s+find)\s+)?([\p{L}' ]{2,40}?)\s+(?:is|are|iz|r)\s+(?:really\s+|so\s+|very\s+|too\s+)?(?:hard|difficult|dificult|tricky|hrd)(?:\s+for\s+me)?\s*(?:[.,!]+\s*(.{2,60}?\s+(?:helps?|help\s+me))\s*[.!]*)?\s*$` +
    String.raw`|^(?:i\s+(?:want|need|wanna)|add|can\s+i\s+(?:have|add))\s+(?:a\s+)?new\s+(?:one|thing|bit)\s*[.,!:-]+\s*([\p{L}' ]{2,40}?)\s+(?:is|are|iz|r)\s+(?:really\s+|so\s+|very\s+|too\s+)?(?:hard|difficult|dificult|tricky|hrd)(?:\s+for\s+me)?\s*(?:[.,!]+\s*(.{2,60}?\s+(?:helps?|help\s+me))\s*[.!]*)?\s*$`,
  'iu',
);

/** The hard thing and what helps with it, when said plainly ("put maths is hard. cubes help"); null otherwise. */
export function hardThingSaid(text: string): { need: string; helps?: string } | null {
  const m = SAID_HARD.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const need = tidy(m[1] ?? m[3] ?? '');
  const helps = tidy(m[2] ?? m[4] ?? '');
  // "but it is hard": a word pointing back names no hard thing.
  if (!need || /^(?:it|this|that|everything|life|things|all|school stuff)$/i.test(need)) return null;
  return { need, ...(helps ? { helps } : {}) };
}

/** "add that he cant sleep": what follows, only when it says something hard. */
const ADD_THAT = new RegExp(String.raw`^${ASK}add\s+(?:that|this)\s*:?\s+(.+)$`, 'i');

const tidy = (words: string): string => words.trim().replace(/^["'“‘]+|["'”’.!]+$/g, '').trim();

/** "for a ta", "a ta in class": help wanted, not something hard. */
const HELP_WANTED =
  /^(?:for\b|(?:a|an|some|more|extra|another|a\s+new)\s+(?:\w+\s+)?(?:ta|tas|teaching\s+assistant|tutor|helper|support\s+worker|support|help|lessons?|sessions?|therapy|laptop|mentor|key\s*worker)\b(?!\s+(?:leaving|left|going|went|changing|changed|is|are|was|were|not|never|doesnt|dont|isnt)\b))/i;
const helpAskedFor = (words: string): boolean => HELP_WANTED.test(words);

/** The new need asked for at the review, in the person's words; null when the message asks for none. */
export function needToAdd(text: string): string | null {
  const said = text.trim().replace(/\s+/g, ' ');
  if (!said || said.length > 200 || /\?\s*$/.test(said)) return null;
  for (const re of PATTERNS) {
    const words = tidy(re.exec(said)?.[1] ?? '');
    if (words && /\p{L}{2,}/u.test(words)) return helpAskedFor(words) ? null : words;
  }
  const plain = hardThingSaid(said);
  if (plain) return plain.need;
  const that = tidy(ADD_THAT.exec(said)?.[1] ?? '');
  if (that && isBarrier(that)) return that;
  // "add maths": a thing named after "add" goes on the list of hard things, never a hope called "add maths".
  const named = addedThing(said);
  return named && !helpAskedFor(named) ? named : null;
}

/** The hope a new hard thing was asked for ("games shop" of "add something hard for the games shop hope: ..."), or null. */
export function hopeOfNeedToAdd(text: string): string | null {
  const said = text.trim().replace(/\s+/g, ' ');
  if (!ADD_SOMETHING_HARD.test(said)) return null;
  return /^.*?\s+for\s+(?:the|my|his|her|their)\s+([\p{L}\p{N}' ]{2,40}?)\s+(?:hope|dream|one)\s*(?::|-|=)/iu.exec(said)?.[1]?.trim() ?? null;
}
