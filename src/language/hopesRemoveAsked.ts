import { TAKE_OUT_VERB } from './takeOutVerbs';
import { normaliseMessage } from './text';

/*
 * "can u just delete all the footballer ones pls", typed at a needs question: a request to take some
 * hopes out, never a hard thing. What names the hopes ("footballer") is read here; which hopes hold
 * it, and what is said, is for the dialog.
 */

const ASKS = new RegExp(
  String.raw`^(?:(?:please|pls|plz|can|could|will|would|you|u|just|i\s+want\s+(?:you|u)\s+to|i\s+want\s+to|i\s+wanna|id\s+like\s+to|lets)\s+)*${TAKE_OUT_VERB}\s+(?:all\s+)?(?:of\s+)?(?:the|my|those|these|them)\s+(.{2,40}?)\s+(?:ones?|hopes?|dreams?|bits?|things?)(?:\s+(?:out|please|pls|plz|thanks|ta|too|as\s+well|x+))*$`,
);

/** The words that name the hopes to take out ("footballer"), or null when the message is not that request. */
export function hopesAskedToRemove(text: string): string | null {
  const m = ASKS.exec(normaliseMessage(text).replace(/\bu\b/g, 'you'));
  return m?.[1]?.trim() || null;
}

/** "NOOO i sed", "Actully no wait", "ok so": talk before "i dont want to be a vet anymore". */
const LEAD = String.raw`(?:(?:no+|nah|noo+|nope|actually|actully|acshully|wait|ok|okay|so|but|and|i\s+(?:said|sed|say|told\s+(?:you|u)|mean|meant))\s+)*`;
/** "i dont want to be a vet anymore", "i dont wanna be a vet any more": the hope named by what is no longer wanted. */
const NO_LONGER = new RegExp(
  String.raw`^${LEAD}(?:i\s+)?(?:dont|do\s+not|dnt|no\s+longer)\s+(?:want|wanna|wana|wnt)\s+(?:to\s+)?(.{2,40}?)\s+(?:any\s*more|no\s+more|n\s*e\s*more)$`,
);

/** The words naming a hope no longer wanted ("be a vet"), or null. */
export function hopeNoLongerWanted(text: string): string | null {
  const m = NO_LONGER.exec(normaliseMessage(text).replace(/\bu\b/g, 'you'));
  return m?.[1]?.trim() || null;
}

/** "my hope is to be a youtuber", "i want to be a youtuber now": a new hope said after taking one out. */
const NEW_HOPE = /^(?:(?:and|but|so|now|instead)\s+)*(?:my\s+(?:new\s+)?(?:hope|dream)\s+is(?:\s+now)?|i\s+(?:want|wanna|would\s+like|hope)|now\s+i\s+want)\s+(?:to\s+)?(.{3,60}?)(?:\s+(?:now|instead|lol|pls|please))*$/;

/** The new hope in their words ("to be a youtuber"), or null. */
export function newHopeSaid(piece: string): string | null {
  const m = NEW_HOPE.exec(normaliseMessage(piece));
  return m?.[1] ? `to ${m[1].trim()}` : null;
}

const SMALL_WORDS = new Set(['the', 'and', 'for', 'but', 'all', 'one', 'get', 'got', 'own', 'big']);

/** Whether a hope's words hold what was named: "footballer" in "be a footballer", "football" in "play football". */
export function hopeHolds(hope: string, named: string): boolean {
  const words = normaliseMessage(hope).split(' ');
  const said = normaliseMessage(named).split(' ');
  const long = said.filter((w) => w.length > 3);
  // "the vet one", "be a vet": a short word is what names the hope when no longer word is said.
  return (long.length > 0 ? long : said.filter((w) => w.length === 3 && !SMALL_WORDS.has(w)))
    .some((w) => {
      const stem = w.replace(/(?:ers?|ing|s)$/, '');
      return words.some((h) => h === w || (stem.length > 3 && h.startsWith(stem)));
    });
}
