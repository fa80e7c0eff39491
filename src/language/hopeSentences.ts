import { funnyStoryIn } from './aboutMeChatter';
import { reasonOfOthersDoing } from './reasonBesideHope';
import { startsAHope } from './splitHopes';
import { onlyTimesBesideHope } from './hopeTime';
import { themeOfWords } from './thread';
import { hopeWords } from './hopeWords';
import { doingOfTheRole } from './roleDoing';
import { HOPE_WORDING, saysAHope } from './hopeWording';

/*
 * How a typed message is cut before its hopes are read (hopesInMessage.ts): into sentences, each
 * without its chatter ("nothing really." before a hope, a funny story beside it), and a long
 * sentence into clauses that each say a hope of their own. A sentence that only says what the one
 * before means ("like fix cars") stays with it.
 */

/** "nothing really.", "not much tbh", "idk": a shrug said as a sentence of its own. */
export const NOTHING_REALLY = /^\W*(?:nothing|nothin|nuthin|not\s+much|not\s+really|none|idk|dunno|i\s+dunno|i\s+dont\s+know|i\s+don't\s+know|no\s+idea|not\s+sure)(?:\s+(?:really|much|tbh|rn|yet|atm|at\s+the\s+moment|lol|to\s+be\s+honest))*[\s.,!…]*$/i;

const depthOf = (piece: string): number => (piece.match(/\(/g)?.length ?? 0) - (piece.match(/\)/g)?.length ?? 0);

/** "(which is a good thing and a bad thing! And scary)": a sentence end inside brackets ends no sentence. */
function withBracketsWhole(pieces: readonly string[]): string[] {
  const kept: string[] = [];
  let open = 0;
  for (const piece of pieces) {
    if (open > 0 && kept.length > 0) kept[kept.length - 1] = `${kept[kept.length - 1]} ${piece}`;
    else kept.push(piece);
    open = Math.max(0, open + depthOf(piece));
  }
  return kept;
}

/** "like fix cars", "as in look after animals", "i mean help in a nursery": a sentence saying what the one before means. */
const EXPLAINS = /^\s*(?:(?:so|and|n)\s+)?(?:like|as\s+in|i\s+mean|you\s+know\s+like|basically|e\.?g\.?|for\s+example)[\s,:-]+/i;

/**
 * "maybe", "perhaps" leading a later sentence: how sure they are about that part, said as part of the hope.
 * Before a time ("Maybe when he is big boy") it only softens when, and the time joins the hope without it.
 */
const DOUBT_LEAD = /^(?:maybe|perhaps|possibly|probably)\b(?=\s+\p{L})(?!\s+(?:when|by|after|before|in|one\s+day|some\s*day|next|this|at)\b)/iu;

/** "tattoo artist maybe??", "a vet perhaps.": a hope with a "maybe" said after it. */
const TRAILING_MAYBE = /\p{L}{2,}\s+(?:maybe|perhaps|possibly)(?:\s+(?:idk|lol|tbh))*[\s.!?]*$/iu;

/** The sentences of a message, each without its chatter; lines and full stops end a sentence. */
export function hopeSentencesOf(text: string): string[] {
  const kept: string[] = [];
  const pieces = withBracketsWhole(text.split(/(?<=[.!?])\s+|\n+|;\s*/))
    // "my dog ate my sock yesterday haha" beside a hope: the funny story is not part of it.
    .filter((s) => !funnyStoryIn(text, s));
  for (const [at, piece] of pieces.entries()) {
    const bare = hopeWords(piece);
    if (!bare) continue;
    // "nothing really. maybe music": the shrug before a hope is no part of it.
    if (kept.length === 0 && at < pieces.length - 1 && NOTHING_REALLY.test(piece)) continue;
    // "i want to work with animals. maybe a vet nurse.": after the first sentence, "maybe" is part of what they
    // said about the hope, so it stays; a hope of its own loses it again when its words are tidied at the end.
    const doubt = kept.length > 0 || (at > 0 && NOTHING_REALLY.test(pieces[0]!)) ? DOUBT_LEAD.exec(piece.trim())?.[0] : undefined;
    const hedged = doubt && !bare.toLowerCase().startsWith(doubt.trim().toLowerCase()) ? `${doubt.trim()} ${bare}` : bare;
    // "tattoo artist maybe??": a "maybe" after the hope is kept with it, as "(maybe)".
    const words = TRAILING_MAYBE.test(piece) && !/\bmaybe\b/i.test(hedged) ? `${hedged.replace(/[.!?\s]+$/, '')} (maybe)` : hedged;
    // "wanna be a mechanic. like fix cars": what the hope means, kept with it; "like i also want to travel" starts a hope of its own.
    const lead = EXPLAINS.exec(piece)?.[0];
    if (lead && kept.length > 0 && !HOPE_WORDING.test(words)) kept[kept.length - 1] = joinedAsTyped(kept.at(-1)!, `${lead.trim()} ${words.replace(EXPLAINS, '').replace(/[.]+$/, '')}`);
    else kept.push(words);
  }
  return kept;
}

/** Clauses of a long sentence that each say a hope of their own: "I would like him to be more independent, he could work in a kitchen". */
export function hopeClausesOf(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const comma of sentence.matchAll(/,\s+(?:(?:and|but|also)\s+)*/g)) {
    const at = comma.index ?? 0;
    const before = sentence.slice(from, at).trim();
    const after = sentence.slice(at + comma[0].length);
    const next = after.split(',')[0] ?? '';
    // A clause says a hope of its own only with its own wish or future ("he could work in a kitchen").
    // Or as the next item of a list: "I want him to read, to make his own lunch, and to go on a trip".
    const ownWish = HOPE_WORDING.test(next) && next.split(/\s+/).length >= 4;
    // "make friends there": leaning on the hope before, so one with it.
    // "I want my own adapted flat with PAs, a part time job in an art gallery or a shop": a thing wanted in another part of life.
    const listed = (startsAHope(next) || anotherThingWanted(before, next)) && !/\b(?:them|it|there|those|that)\b/i.test(next);
    // "one day, he can cross the road": a time before the comma leads the hope, never one itself.
    // "one day, when she is grown, I should like her to ...": two times said together still only lead the hope.
    if (!before || !saysAHope(before) || onlyTimesBesideHope(before) || !(ownWish || listed)) continue;
    // "..., her cousin Amy goes and Lily really wants to go too": someone else doing it is the reason, never a hope.
    if (reasonOfOthersDoing(next)) continue;
    // "be a footballer, play for villa": what someone in that role does is the same hope.
    if (doingOfTheRole(before, next)) continue;
    parts.push(before);
    from = at + comma[0].length;
  }
  parts.push(sentence.slice(from).trim());
  return parts.filter(Boolean);
}

/** "a part time job in a shop" after "my own flat": a thing named as wanted, in a part of life of its own. */
function anotherThingWanted(before: string, next: string): boolean {
  // The thing itself, before where or what it is like: "a part time job" of "a part time job in an art gallery or a shop".
  const thing = next.trim().split(/\s+(?:in|at|with|near|for|where|that|which|so|because|or|and|on|of|like)\s+/i)[0] ?? '';
  if (!/^(?:a|an|my\s+own|some)\s+\S/i.test(thing) || thing.split(/\s+/).length > 5) return false;
  const theme = themeOfWords(thing);
  return theme !== null && theme !== themeOfWords(before);
}

/** Sentences joined as typed: "He is 12 and has autism. He would love to be a footballer." */
export function joinedAsTyped(first: string, second: string): string {
  return /[.!?]$/.test(first) ? `${first} ${second}` : `${first}. ${second}`;
}

/** "\\n\\n" typed or pasted as letters: a line break, as the person saw it. */
const LITERAL_BREAK = /(?:\\r)?\\n/g;
/** "..., but I'll carry on.", "Anyway, I'll keep going.": a remark about the chat, never part of a hope. */
const CARRY_ON = /(?:[,;]?\s*(?:but|and|so|anyway)?[,\s]*)\b(?:i'?ll|i\s+will|let\s+me|i'?m\s+going\s+to|i\s+should)\s+(?:carry\s+on|keep\s+going|go\s+on|get\s+on\s+with\s+it|move\s+on)(?:\s+(?:then|now|anyway))?[\s.!]*(?=$|\n)/gi;

/** The message without what belongs to the chat, not to a hope: letters for line breaks, "but I'll carry on". */
export function withoutChatMarks(text: string): string {
  return text.replace(LITERAL_BREAK, '\n').replace(CARRY_ON, '.').replace(/^\s*\.\s*$/gm, '');
}
