import { hopesPickedByWords } from './hopePicked';
import { normaliseMessage, sentencesOf } from './text';
import { saysDidAlready } from './didAlready';

/*
 * Moving a hard thing between hopes at the needs stage, and the end of the hopes said late.
 * - "wait no the manga one is hard. my hands shake" at another hope's "what makes this hard?": the
 *   hard thing after it is the named hope's.
 * - "for friends its that i dont know how to start talking to people", after the last answer was
 *   moved to another hope: the hard thing of the hope asked about, without the pointer.
 * - "thats it", "done" as the first answer at the needs stage: the end of the hopes, typed late.
 * - "i told u. animals": the hope said already, named; never a new hope or a hard thing.
 * Each is read whole, anchored at both ends, on the normalised words.
 */

const LEAD = String.raw`(?:(?:wait|no|nah|sorry|soz|oops|oh|um+|erm+|actually|hang\s+on|my\s+bad)\s+)*`;

/** "the manga one is hard", "its the manga one thats hard", "my manga hope is the hard one". */
const NAMED_HARD = new RegExp(
  String.raw`^${LEAD}(?:(?:it\s+is|its|it\s+s)\s+)?(?:the|my)\s+(.+?)\s+(?:one|hope|dream)\s+(?:is|s|that\s+is|thats|which\s+is)\s+(?:(?:really|very|so)\s+)?(?:hard|the\s+hard\s+one|difficult)$`,
);

/** The hope a hard thing is said for, and the hard thing: the sentences after the pointer. */
export function hardOfNamedHope<H extends { id: string; text: string }>(text: string, hopes: readonly H[]): { hope: H; hard: string } | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const said = NAMED_HARD.exec(normaliseMessage(sentences[0]!).replace(/\bthats\b/g, 'that is'));
  const named = said ? hopesPickedByWords(said[1]!, hopes) : [];
  if (named.length !== 1) return undefined;
  const hard = sentences.slice(1).join('. ').trim();
  return hard ? { hope: named[0]!, hard } : undefined;
}

/** "for friends its that", "and for the friend one it is": the pointer before this hope's hard thing. */
const FOR_THIS = /^(?:(?:and|but|so)\s+)?(?:for|with|about)\s+(?:the\s+|my\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:(?:one|hope)\s+)?(?:it\s+is|its|it\s+s|the\s+hard\s+thing\s+is|what\s+is\s+hard\s+is)\s+(?:that\s+)?/;

/** The hard thing for this hope, said after its pointer; undefined when the words point at no hope, or another. */
export function hardForThisHope<H extends { id: string; text: string }>(rest: string, hope: H, others: readonly H[]): string | undefined {
  const typed = rest.trim().replace(/[.!]+$/, '');
  const said = FOR_THIS.exec(normaliseMessage(typed).replace(/\bthats\b/g, 'that is'));
  if (!said) return undefined;
  const named = hopesPickedByWords(said[1]!, [hope, ...others]);
  if (named.length !== 1 || named[0]!.id !== hope.id) return undefined;
  const words = normaliseMessage(typed).slice(said[0].length).trim();
  return words || undefined;
}

/** "thats it", "thats all", "done", "im finished": the end of a list, and nothing else. */
const ENDED = /^(?:(?:ok|okay|so|and|yeah|yes|um+)\s+)*(?:(?:that\s+is|thats|that\s+s|i\s+think\s+that\s+is)\s+(?:it|all|everything|all\s+my\s+hopes)|(?:i\s+am\s+|im\s+|i\s+m\s+)?(?:done|finished)|no\s+more\s+hopes)(?:\s+(?:now|thanks|thank\s+you|for\s+now))*$/;

export function saysListEnded(text: string): boolean {
  return ENDED.test(normaliseMessage(text).replace(/\bthats\b/g, 'that is'));
}

/** "i told u. animals": they said the hope already; the hope named, never a new one. */
export function hopeSaidAlready<H extends { id: string; text: string }>(text: string, hopes: readonly H[]): H | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length !== 2 || !saysDidAlready(sentences[0]!)) return undefined;
  const named = hopesPickedByWords(sentences[1]!, hopes);
  return named.length === 1 ? named[0] : undefined;
}

/** "befor isnt a hard thing": the words named, said not to be a hard thing. */
const NOT_HARD = new RegExp(String.raw`^${LEAD}(?:wot|what|wat|huh)?\s*(.+?)\s+(?:is\s+not|isnt|isn\s+t|aint|ain\s+t)\s+(?:a\s+)?(?:hard\s+thing|problem|hard)$`);
/** Words beside it that only react or say what was meant: "wot?", "i ment its the same hope". */
const BESIDE = /^(?:(?:wot|what|wat|huh|eh|no|nah|sorry|soz|um+|ugh+|omg|lol)\s*)+$|^(?:no\s+)?i\s+(?:meant|ment|mean)\s+(?:its|it\s+is|it\s+s|that\s+is|thats)\s+(?:the\s+)?same\s+(?:hope|thing|one|as\s+before)$/;

/** The words said not to be a hard thing, when the rest of the message only reacts; undefined otherwise. */
export function saidNotAHardThing(text: string): string | undefined {
  const sentences = sentencesOf(text).map((s) => normaliseMessage(s).replace(/\bthats\b/g, 'that is'));
  const at = sentences.findIndex((s) => NOT_HARD.test(s));
  if (at < 0 || !sentences.every((s, i) => i === at || BESIDE.test(s))) return undefined;
  return NOT_HARD.exec(sentences[at]!)?.[1];
}

/**
 * "yes the hope about friends, hes shy with other kids", "the nursery one - he bites when cross",
 * "for the talking hope: he only has a few signs": a hope pointed at first, then its hard thing after
 * a comma, colon or dash. Only a pointer that says "hope", "one" or "bit" counts.
 */
const POINTED = new RegExp(
  String.raw`^\s*(?:(?:yes|yeah|yep|yh|ye|and|also|oh|um+|erm+|ok|okay|well|right)\b[\s,]*)*(?:(?:for|about|with|on|re)\s+)?(?:the|my|our|that)\s+` +
    String.raw`(?:(?:hope|dream|one)\s+(?:about|of|for|to|with)\s+(?<after>[^,:;.!?\-–—]+?)|(?<before>[^,:;.!?\-–—]+?)\s+(?:one|hope|dream|bit))\s*[,:;.!?\-–—]+\s*(?<hard>\S.*)$`,
  'is',
);

/** The hope pointed at before a hard thing, and the hard thing without the pointer; undefined unless one hope is named. */
export function hardAfterHopePointer<H extends { id: string; text: string }>(text: string, hopes: readonly H[]): { hope: H; hard: string } | undefined {
  if (text.length > 300) return undefined;
  const said = POINTED.exec(text.replace(/[’`]/g, "'"));
  const pointer = said?.groups?.after ?? said?.groups?.before;
  const hard = said?.groups?.hard?.trim();
  if (!pointer || !hard || pointer.split(/\s+/).length > 4) return undefined;
  const named = hopesPickedByWords(pointer, hopes);
  return named.length === 1 ? { hope: named[0]!, hard } : undefined;
}
