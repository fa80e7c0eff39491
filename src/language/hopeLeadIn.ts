/*
 * How people lead into a hope, said before it and never part of it: "Now the hopes.", "I want to add
 * a hope: to learn to drive", "another one is to have a dog", "and the third one is that he's safe
 * on school trips". The lead-in goes; a count said in the middle of a message ("..., and the third
 * one is that ...") ends the hopes before it and starts the next.
 */

/** Which one in the list: "the third one", "my next hope", "another one", "one more thing". */
const WHICH_ONE =
  String.raw`(?:(?:the|my|his|her|their|our)\s+)?(?:first|second|third|fourth|fifth|next|last|other|final|2nd|3rd|4th|5th)\s+(?:one|hope|dream|wish|thing|goal)|another(?:\s+(?:one|hope|dream|wish|thing|goal))?|one\s+more(?:\s+(?:hope|dream|wish|thing|goal))?`;
/** "is", "would be", "is that", ":": what joins the count to the hope. */
const JOINS = String.raw`(?:\s+(?:is|would\s+be|was|are)(?:\s+that\b)?|\s*:)\s*`;

/** A sentence that only says the hopes come now: "Now the hopes.", "ok, on to hopes", "here are my hopes:". */
const ANNOUNCES_ONLY =
  /^(?:(?:ok(?:ay)?|right|so|now|and|next|then|well)[\s,]+)*(?:(?:on\s+)?to\s+|onto\s+|here\s+(?:are|is)\s+|(?:now\s+)?for\s+)?(?:the|my|his|her|their|our)?\s*(?:hopes?|dreams?|hopes\s+and\s+dreams)(?:\s+(?:then|now|next|part|bit|section))?(?:\s+(?:are|is))?[\s.:!,-]*$/i;

/** Said before the hope: "I want to add a hope:", "another one is", "the third one is that", "one more:". */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:and|also|ok(?:ay)?|so|oh|then)[\s,]+)*(?:i\s+(?:want|wanna|would\s+like|'?d\s+like|need)\s+(?:to\s+)?(?:add|put(?:\s+down)?|say|give(?:\s+you)?)\s+(?:a|an|another|one\s+more|my)\s+(?:other\s+)?(?:hope|dream|wish|one|thing|goal)(?:\s+(?:too|as\s+well))?[\s:,.-]+|(?:here'?s|heres|here\s+is)\s+(?:${WHICH_ONE}|a\s+hope|my\s+hope)[\s:,.-]+|(?:${WHICH_ONE})${JOINS})`,
  'i',
);

/** The hope without the words that lead into it; '' when the sentence only announces the hopes. */
export function withoutHopeLeadIn(text: string): string {
  if (ANNOUNCES_ONLY.test(text.trim())) return '';
  return text.replace(LEAD_IN, '');
}

/** A later one of a list counted in the middle of a message: ", and the third one is that", ". Another one is". */
const COUNTED_ON = new RegExp(
  String.raw`(?:[,.;!?]\s*|\s+)(?:(?:and|also|then|plus)\s+)?(?:(?:the|my|his|her|their|our)\s+(?:second|third|fourth|fifth|next|last|other|final|2nd|3rd|4th|5th)\s+(?:one|hope|dream|wish|thing|goal)|another\s+(?:one|hope|dream|wish|thing|goal))${JOINS}`,
  'gi',
);

/**
 * The message cut where a later hope is counted ("..., and the third one is that he's safe"), each
 * piece to be read for its own hopes; undefined when no hope is counted in the middle.
 */
export function countedApart(text: string): string[] | undefined {
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(COUNTED_ON)) {
    const at = m.index ?? 0;
    const before = text.slice(from, at).trim();
    // At the start of the message, it is a lead-in, not a cut.
    if (!/\p{L}{2,}/u.test(before)) continue;
    pieces.push(before);
    from = at + m[0].length;
  }
  if (pieces.length === 0) return undefined;
  const rest = text.slice(from).trim();
  return rest ? [...pieces, rest] : undefined;
}
