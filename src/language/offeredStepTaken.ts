import { normaliseMessage } from './text';

/*
 * "yeah the placement one", "yes that one", "yes do that one", after the bot offered a second thing
 * to do ("You also said '...'. It can be your next outcome."): a yes that points at the thing
 * offered, by "that one" or by its own words. Never new words of their own.
 */

const YES = /^(?:(?:yes|yeah|yea|yeh|ye|yep|yup|yh|ya|ok|okay|sure|go\s+on|alright|aight)\b[\s,.!]*)+/;
/** Words that only point ("do the ... one", "that one please", "like i said"). */
const POINTING = new Set(['the', 'that', 'this', 'one', 'ones', 'do', 'it', 'lets', "let's", 'please', 'pls', 'plz', 'then', 'like', 'i', 'said', 'go', 'with', 'for', 'thing', 'bit', 'outcome', 'next', 'a', 'can', 'we', 'as', 'same']);
const POINTS_AT_IT = /\b(?:that|this|the\s+\S+(?:\s+\S+)?\s+one)\b|\bdo\s+(?:it|that)\b|\blike\s+i\s+said\b/;

const wordsOf = (text: string): string[] => text.replace(/[^a-z0-9'\s]+/g, ' ').split(/\s+/).filter(Boolean);

/** "i said it already", "i told u": they point back at the thing offered, as a yes does. */
const SAID_IT = /^(?:i\s+(?:already\s+|alredy\s+|just\s+)?(?:said|sed|told\s+(?:you|u))(?:\s+(?:it|that|this))?(?:\s+(?:already|alredy|before))?\b[\s,.!:-]*)/;

/**
 * The message takes the thing to do offered as the next outcome. `hope`: the hope it is for, whose
 * words name it too ("ye the football one" for "get in the under 12s team", offered for the football hope).
 */
export function takesOfferedStep(text: string, offered: string, hope = ''): boolean {
  const said = normaliseMessage(text).toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();
  const rest = said.replace(YES, '').replace(SAID_IT, '').replace(YES, '').trim();
  const yes = rest !== said;
  const own = [...wordsOf(offered.toLowerCase()), ...wordsOf(hope.toLowerCase()).filter((w) => w.length >= 4)];
  const words = wordsOf(rest);
  // "i said it already": pointing back at it, with nothing else.
  if (words.length === 0) return SAID_IT.test(said.replace(YES, ''));
  if (words.length > 8) return false;
  const named = words.filter((w) => !POINTING.has(w));
  // Every word left names the offered thing ("placement", "work placement"): a prefix of four letters or more counts.
  const ofIt = named.every((w) => own.some((o) => o === w || (w.length >= 4 && o.startsWith(w))));
  if (!ofIt) return false;
  return named.length > 0 ? yes || POINTS_AT_IT.test(rest) : yes && POINTS_AT_IT.test(rest);
}

/**
 * "next one", "ok the next one", "do the next one pls": after "It can be the next one", the thing
 * offered is taken; with nothing offered, a yes to one more. Never the skip command there.
 */
const NEXT_ONE = /^(?:(?:yes|yeah|yea|yeh|ye|yep|ok|okay|sure|go\s+on)\b[\s,.!]*)*(?:(?:lets|let's|do|go\s+to|on\s+to|onto)\s+)?(?:the\s+)?next\s+(?:one|1|goal|outcome|step)(?:\s+(?:please|pls|plz|then|thanks))?[\s.!]*$/;

export function saysNextOne(text: string): boolean {
  return NEXT_ONE.test(normaliseMessage(text).trim());
}
