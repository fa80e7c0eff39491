import { RecentReadings } from './recentReadings';
import { normaliseMessage, phrasesOf } from './text';
import { TAKE_OUT_VERB } from './takeOutVerbs';

/*
 * While choosing a part of the plan to change, "delete" or "get rid of the bus one" means taking
 * out one part, not deleting everything the person has said. Only "my data", "everything" or
 * "all" make it the delete-my-data command.
 */

const REMOVE = new RegExp(String.raw`^(?:(?:please|pls|can you|could you|can u|could u|can i|can we|could we|shall we|lets|i want to|i wanna|id like to|just|i (?:just |only )?(?:want|need) (?:you|u) to|i said)\s+)*(?:${TAKE_OUT_VERB}|take off|drop)(?:\s+(.*?))?(?:\s+(?:please|pls|thanks|out|off))*$`);
/** "take that one out", "take number 8 out": the part named between the verb and "out"; "take that away to" (too, spelt as it sounds) as well. */
const TAKE_OUT = /^(?:(?:please|pls|can you|could you|can u|could u|can i|can we|could we|shall we|lets|i want to|i wanna|id like to|just|i (?:just |only )?(?:want|need) (?:you|u) to|i said)\s+)*(?:take|get|rub|cross|leave)\s+(.+?)\s+(?:out|off|away)(?:\s+(?:please|pls|thanks|completely|altogether|too|to|as well|aswell|also))*$/;
/** "i'd like it removed completely please", "i want the potty thing gone": the part to go, said the other way round. */
const WANTS_GONE = /^(?:(?:please|pls|just|can|could|i want|i would like|id like|i wanna|i want to have|get)\s+)*(it|this|that|this one|that one|the .+? (?:one|thing|bit|part|line)|number \d{1,2}|\d{1,2})\s+(?:to be\s+|be\s+)?(?:removed|deleted|taken out|gone|got rid of|binned|scrapped)(?:\s+(?:please|pls|thanks|completely|altogether|for good|totally))*$/;
const EVERYTHING = /\b(?:my data|data|everything|all|every thing|my answers|all my|me|my information|my info|my details|my account|it all)\b/;
/** "that", "that one", "that 1 2" (that one too): the answer just kept. */
const POINTER = /^(?:it|this|that|this one|that one|this 1|that 1|the one|one|it completely|that completely)(?:\s+(?:too|2|as well|aswell|also))?$/;

/** Said beside "delete it" without naming anything else: "nothing. delete it", "no, remove that", "ok better. delete ...". */
const BESIDE = /^(?:nothing|none|no|nah|nope|ok|okay|yes|yeah|yep|ye|just|actually|wait|oops|sorry|please|pls|lol|haha|ugh|hmm|(?:ok|okay|yes|yeah|thats|that s|its|it s|much|a bit|bit|thanks|thank you)?\s*(?:better|good|great|thanks|thank you|cool|nice|ta|lovely|perfect)(?:\s+(?:now|thanks|ta))?|(?:its|thats|that is|it is) (?:wrong|not right|rubbish|not needed|not true|not me)|(?:i )?(?:dont|do not) (?:want|need) (?:it|that|this)(?: anymore| any more)?|not needed|(?:this|the new|the newer|the last|the latest|the second|my new|the other)(?: one| 1)? (?:is|s|was|looks|sounds) (?:much |a lot |way )?(?:better|best|right|nicer|the right one|the one i want)|(?:(?:the|my|this|that) (?:outcome|goal|hope|rest|sentence|main bit|main part) (?:is|s) )?(?:fine|alright|all good))$/;

/**
 * A remark about the part to take out, not new words for it: "that last thing is not a problem", "it
 * was my question to you", "i was asking you", "not change, delete". Kept as the answer, it would
 * replace what they asked to delete.
 */
const ABOUT_IT: readonly RegExp[] = [
  // "that last thing is not a problem", "this one isnt a need", "it was my question to you"
  /^(?:that|this|it|the|my|your)?\s*(?:last|previous|first)?\s*(?:thing|one|bit|answer|message|part|line|sentence|it|that|this)?\s*(?:is|was|s|isnt|wasnt|is not|was not|are|were|aint)\s+(?:not\s+|never\s+|just\s+|only\s+|really\s+)?(?:a|an|my|the|just a|more of a)?\s*(?:(?:new|other|another|different|separate|real|big)\s+)?(?:problem|question|need|hope|dream|answer|mistake|joke|typo|barrier|worry|thing|outcome|goal|comment|note)s?\b(?:\s+(?:to|for|from|i|you|u|me|asked|had|wrote|put|typed|meant|about)\b.*)?$/,
  // "i was asking you", "i asked you a question", "i only ask"
  /^i\s+(?:was\s+|only\s+|just\s+)*(?:ask|asked|asking|aks|aksed)\b.*$/,
  // "it's not help he needs", "that's not something she needs": what the part is not, said beside taking it out
  /^(?:its|it s|it is|thats|that s|that is|this is|it was|that was|this was)\s+not\s+(?:really\s+|even\s+|actually\s+)?(?:a\s+|an\s+|the\s+)?(?:help|support|provision|something|anything|what)\b.*$/,
  // "I was just explaining", "we were only saying": what they were doing when they typed it
  /^(?:i|we)\s+(?:was|were)\s+(?:just\s+|only\s+)+(?:explaining|saying|telling|describing|chatting|talking|giving|adding|mentioning)\b.*$/,
  // "not change", "dont change it", "not edit, delete": the way they want it gone, not words for it
  /^(?:no+\s+)*(?:not|dont|do not|didnt|did not|never)\s+(?:want\s+(?:to\s+|you\s+to\s+)?|mean\s+)?(?:change|changed|changing|edit|edited|reword|replace|fix)(?:\s+(?:it|that|this|the words?|the text))?(?:\s+(?:i said|i mean|i meant))?$/,
];

export function remarkAboutIt(said: string): boolean {
  return ABOUT_IT.some((re) => re.test(said));
}

function removalIn(t: string): string | null {
  const m = REMOVE.exec(t) ?? TAKE_OUT.exec(t) ?? WANTS_GONE.exec(t);
  if (!m) return null;
  const rest = (m[1] ?? '').trim().replace(/^number\s+(?=\d)/, '');
  if (EVERYTHING.test(rest)) return null;
  return POINTER.test(rest) ? '' : rest;
}

/** The part of the plan named after "delete" ("the bus one", "3"), '' for "delete" or "delete that"; null when not asking to take one part out. */
export function asksToRemove(text: string): string | null {
  return removals.read(text, () => removalAfresh(text));
}

const removals = new RecentReadings<string | null>();

function removalAfresh(text: string): string | null {
  // "Please delete that one, it's not help he needs": read whole, the remark would become the part's name.
  const inPieces = removalInPieces(text);
  if (inPieces !== null) return inPieces;
  return removalIn(normaliseMessage(text));
}

/** "nothing. delete it", "its wrong, remove that": one sentence asks, the others only lead up to it or say why. */
function removalInPieces(text: string): string | null {
  const pieces = phrasesOf(text).map((p) => normaliseMessage(p)).filter(Boolean);
  if (pieces.length < 2) return null;
  const asks = pieces.map((p) => removalIn(p));
  const at = asks.findIndex((a) => a !== null);
  // "not change, delete. remove it": the asking said twice is still one asking.
  if (at < 0 || pieces.some((p, i) => i !== at && !BESIDE.test(p) && !remarkAboutIt(p) && asks[i] !== '')) return null;
  return asks[at] ?? null;
}
