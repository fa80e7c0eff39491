import { normaliseMessage } from './text';

/*
 * Words typed at the read-back that talk to the bot rather than add to the plan, even without a
 * question mark: "can karen see it. and my dad", "how do i show karen", "No, not a hope!", "i dont
 * want a new hope", "christmas is 25 december not 18". They are never offered as a new hope or
 * need. A hope typed there ("have more friends at school", "do more swimming") still is.
 */

/**
 * A sentence that opens as a question: "how do i show karen", "can karen see it", "will my dad
 * read it". "can go to the shops on my own" and "when im older i want to drive" are hopes.
 */
const ASKS =
  /^(?:(?:and|but|so|ok|okay|um+|wait)\s+)*(?:(?:how|who|what|whats|where|why|does|should|shall)\s+\S|(?:can|could|will|would|is|are|do)\s+(?:i|you|u|we|he|she|they|it|this|that|my\s+\w+|the\s+\w+|[a-z]+)\s+(?:see|read|know|look|get|have|show|send|find|change|add)\b)/;
/** "not a hope", "isnt a dream", "i dont want a new hope". */
const NOT_A_HOPE = /\b(?:not|isnt|no|dont\s+want|do\s+not\s+want|never\s+said)\s+(?:(?:a|an|any|another|new|more)\s+)*(?:hopes?|dreams?|goals?)\b/;
/** "25 december not 18", "its 3 not 4": a number put right. */
const NUMBER_PUT_RIGHT = /\b(?:not|isnt|instead\s+of)\s+(?:the\s+)?\d{1,4}(?:st|nd|rd|th)?\b/;

export function remarkAtReadBack(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map(normaliseMessage).filter(Boolean);
  return sentences.some((s) => ASKS.test(s)) || sentences.some((s) => NOT_A_HOPE.test(s) || NUMBER_PUT_RIGHT.test(s));
}

/**
 * What follows "no" to a hope read back that only refuses or explains it, never a hope in new
 * words: "no i dont want that", "nah thats not a hope", "no its not", "no, I meant it as a
 * question", "no thank you", "not now". "no, I want to swim at the big pool" is new words.
 */
const REFUSES =
  /^(?:(?:i|we|he|she)\s+)?(?:dont|do not|didnt|did not|never)\s+(?:want|mean|meant|need|said|say|like)\b|^(?:its|it is|thats|that is|it was|that was|this is)\s+(?:not|just|only|wrong)\b|^(?:its|it is|thats|that is)\s+(?:a\s+)?(?:question|joke|mistake)\b|\bmeant\s+(?:it\s+|that\s+)?(?:as|like)\b|^(?:(?:im|i am|i was|was|just)\s+)*asking(?:\s+(?:a question|you|u))?$|^(?:its\s+|it is\s+|just\s+)*a question$|^(?:thanks|thank you|ta|cheers|never\s*mind|forget (?:it|that)|not (?:now|yet|today)|maybe later|later|leave it|no need|all good|im good|its fine|thats fine)(?:\s+(?:thanks|thank you|mate))?$/;

export function refusesBesideNo(rest: string): boolean {
  const said = normaliseMessage(rest).replace(/^(?:(?:no|nah|nope|thanks|thank you|sorry|um+|wait)\s+)+/, '');
  return !said || REFUSES.test(said) || remarkAtReadBack(rest);
}

/*
 * The hope they meant, typed after "no" to a hope read back: "no i dont want college i want an
 * apprenticeship" is "i want an apprenticeship"; "no i meant like working with animals" is
 * "working with animals"; "no its just going to college" is "going to college". Null when there
 * is none: "no i meant it as a question", "no its just a joke", "no i dont want that".
 */
const WANT_CLAUSE = /(?:^|[\s,.;!]+)((?:i|we)\s+(?:really\s+|just\s+|only\s+)?(?:want|wanna|would\s+like|['’]?d\s+like)\s+\S.*)$/i;
const MEANT = /^(?:(?:no|nah|nope|sorry|um+|wait)[\s,.!]+)*i\s+meant\s+(?:like\s+)?(?!(?:it|that|this|as|a joke|a question)\b)(\S.*)$/i;
const JUST_DOING = /^(?:(?:no|nah|nope|sorry|um+|wait)[\s,.!]+)*(?:its|it is|it's|it’s)\s+(?:just|only)\s+((?:to\s+|be\s+|[a-z]+ing\s+)\S.*)$/i;

export function hopeMeantBesideNo(rest: string): string | null {
  const said = rest.trim().replace(/[.!]+$/, '');
  const found = WANT_CLAUSE.exec(said) ?? MEANT.exec(said) ?? JUST_DOING.exec(said);
  const meant = found?.[1]?.trim();
  return meant && meant.split(/\s+/).length >= 2 && !refusesBesideNo(meant) ? meant : null;
}
