import { TAKE_OUT_VERB } from './takeOutVerbs';
import { normaliseMessage } from './text';

/*
 * "can u just delete all the footballer ones pls", typed at a needs question: a request to take some
 * hopes out, never a hard thing. What names the hopes ("footballer") is read here; which hopes hold
 * it, and what is said, is for the dialog.
 */

/** "NOOO i sed", "Actully no wait", "ok so": talk before "i dont want to be a vet anymore". */
const LEAD = String.raw`(?:(?:no+|nah|noo+|nope|actually|actully|acshully|wait|ok|okay|so|but|and|i\s+(?:said|sed|say|told\s+(?:you|u)|mean|meant))\s+)*`;
/** The same talk before a request ("no i meant delete the shop hope"). */
const LEAD_WORDS = LEAD;

const ASKS = new RegExp(
  String.raw`^${LEAD_WORDS}(?:(?:please|pls|plz|can|could|will|would|you|u|just|i\s+want\s+(?:you|u)\s+to|i\s+want\s+to|i\s+wanna|id\s+like\s+to|lets)\s+)*${TAKE_OUT_VERB}\s+(?:all\s+)?(?:of\s+)?(?:the|my|those|these|them)\s+(.{2,40}?)\s+(?:ones?|hopes?|dreams?|bits?|things?)(?:\s+(?:out|please|pls|plz|thanks|ta|too|as\s+well|x+))*$`,
);

/** The words that name the hopes to take out ("footballer"), or null when the message is not that request. */
export function hopesAskedToRemove(text: string): string | null {
  const m = ASKS.exec(normaliseMessage(text).replace(/\bu\b/g, 'you'));
  return m?.[1]?.trim() || null;
}

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

/** "that one", "it", "this hope": the hope being talked about, pointed at, never named by its words. */
const POINTER = String.raw`(?:it|that|this|that\s+one|this\s+one|that\s+hope|this\s+hope|that\s+dream|this\s+dream|the\s+last\s+one|that\s+last\s+one)`;
const ASK_LEAD = String.raw`(?:(?:please|pls|plz|can|could|will|would|you|just|i\s+want\s+you\s+to|i\s+want\s+to|i\s+wanna|id\s+like\s+to|lets)\s+)*`;
const POINTED_OFF: readonly RegExp[] = [
  // "can u take it off", "remove that one", "delete this hope please", "take that one out"
  new RegExp(String.raw`^${LEAD}${ASK_LEAD}(?:${TAKE_OUT_VERB}|take\s+off|get\s+rid\s+of)\s+${POINTER}(?:\s+(?:off|out|away|please|pls|plz|thanks|too|now|x+))*$`),
  new RegExp(String.raw`^${LEAD}${ASK_LEAD}take\s+${POINTER}\s+(?:off|out|away)(?:\s+(?:please|pls|plz|thanks|now|x+))*$`),
  // "i dont want that one anymore", "i dont want it any more", "i dont want this hope now"
  new RegExp(String.raw`^${LEAD}(?:i\s+)?(?:dont|do\s+not|dnt|no\s+longer)\s+(?:want|wanna|wana|wnt|need)\s+${POINTER}(?:\s+(?:any\s*more|no\s+more|now|either|in\s+my\s+plan|on\s+there))+$`),
  // "no i dont want that one": a bare "i dont want it" may be about help, so only "that one" or "that hope" counts without "anymore".
  new RegExp(String.raw`^${LEAD}(?:i\s+)?(?:dont|do\s+not|dnt)\s+(?:want|wanna|need)\s+(?:that|this)\s+(?:one|hope|dream)$`),
];

/** Every sentence asks for the hope pointed at ("that one", "it") to go: "actually i dont want that one anymore. can u take it off". */
export function pointedHopeOff(text: string): boolean {
  const pieces = text.split(/[.!?…\n]+/).map((p) => normaliseMessage(p).replace(/\bu\b/g, 'you')).filter((p) => /[a-z]/.test(p));
  // A bare "take it out" is about the words just kept ("I kept this: ..."), never the whole hope: "that one", "this hope" or
  // "anymore" must say it is the hope.
  const aboutTheHope = pieces.some((p) => /\b(?:that|this)\s+(?:one|hope|dream)\b|\bany\s*more\b|\bno\s+more\b|\bno\s+longer\b/.test(p));
  return pieces.length > 0 && aboutTheHope && pieces.every((p) => POINTED_OFF.some((re) => re.test(p)));
}
