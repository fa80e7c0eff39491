import { namesPartOf, partsOfHope } from './hopeParts';

/*
 * "delete the 1 but can it just be the artist bit one": a hope of two or more choices ("be an artist
 * or a vet") cut down to the one named. The words kept are the hope's own, with its lead-in ("be")
 * when the choice named has none of its own ("a vet").
 */

/** "but can it just be the artist bit", "but keep the artist part": the words of the part to keep. */
const KEEP_ONLY =
  /\bbut\s+(?:(?:can|could|will)\s+(?:it|that|u|you)\s+)?(?:(?:just|only|please|pls)\s+)*(?:be|say|keep|leave|make\s+it|have)\s+(?:it\s+(?:as\s+)?)?(?:(?:just|only)\s+)?(?:the\s+)?(.{2,40}?)\s+(?:bit|part|one)(?:\s+(?:one|only|please|pls))*\s*[.!?]*$/i;

/** The words of the part to keep, or undefined when the message does not ask to keep only a part. */
export function keepOnlyPart(text: string): string | undefined {
  return KEEP_ONLY.exec(text.trim().replace(/\s+/g, ' '))?.[1]?.trim();
}

/** The start of a choice that says what to do: "be", "become", "work as", "I want to be". */
const LEAD = /^(.*?\b(?:be|become|work\s+as|work\s+with|train\s+as|go\s+to|get|have|do))\s+(.+)$/i;
const JOINS = /\s*(?:,|;|\bor\s+maybe\b|\bor\b|\band\s+maybe\b|\band\b|\/)\s*/i;

/** The hope cut down to the one part the words name ("be an artist"), or undefined when no one part holds them. */
export function hopeCutTo(hope: string, words: string): string | undefined {
  const cut = partsOfHope(hope);
  const pieces = cut.length > 1 ? cut : hope.split(JOINS).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const named = pieces.filter((piece) => namesPartOf(piece, words));
  if (named.length !== 1) return undefined;
  const piece = named[0]!.replace(/^maybe\s+/i, '');
  if (LEAD.test(piece)) return piece;
  const lead = LEAD.exec(pieces[0]!)?.[1];
  return lead ? `${lead} ${piece}` : piece;
}
