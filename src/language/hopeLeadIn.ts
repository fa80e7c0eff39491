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

/** Who asks, before "add": "can i", "pls", "let me", "i wanna". */
const ASKS = String.raw`(?:(?:can|could|may)\s+(?:i|we|u|you)\s+(?:please\s+|pls\s+|just\s+)?|(?:please|pls|plz|let\s+me|lets|i\s+(?:want|wanna|would\s+like|'?d\s+like|need)\s+(?:to\s+)?)\s*)?`;
/** The word for a hope itself (never "one" or "thing", which can be anything said at any question). */
const HOPE_WORD = String.raw`(?:hope|dream|wish)`;
/** Words that make "dream" or "hope" part of a name ("new dream job is a vet"), not the command. */
const NAMES_MORE = String.raw`(?:jobs?|house|home|car|school|college|life|team|come|came|is|are|was|were|of|for)\b`;
/**
 * The add-a-hope command typed with the hope after it, with or without a mark between:
 * "add a hope: not be tired in lessons", "add hope - X", "new hope X", "can i add a new dream, X".
 */
const ADD_COMMAND = new RegExp(
  String.raw`^(?:(?:and|also|ok(?:ay)?|so|oh|then)[\s,]+)*(?:${ASKS}(?:add|put(?:\s+down)?|write(?:\s+down)?)\s+(?:(?:a|an|another|one\s+more|my|new|a\s+new|an\s+extra|extra)\s+)?(?:new\s+|other\s+)?|(?:new|another|one\s+more|extra)\s+)${HOPE_WORD}(?:\s+(?:too|as\s+well|please|pls))?(?:\s*[:,.;=>–—-]+\s*|\s+(?:is|its|saying|that\s+says|to\s+say)\s+|\s+(?!${NAMES_MORE})(?=\S))`,
  'i',
);
/** The hope said inside the command: "can i add not be tired as a hope", "put sleep better down as a new dream". */
const ADD_AS = new RegExp(
  String.raw`^(?:(?:and|also|ok(?:ay)?|so|oh|then)[\s,]+)*${ASKS}(?:add|put(?:\s+down)?|write(?:\s+down)?)\s+(.+?)\s+(?:down\s+)?as\s+(?:a|an|another|one\s+more|my|a\s+new|new|an\s+extra|extra)\s+(?:new\s+|other\s+)?${HOPE_WORD}(?:\s+(?:too|as\s+well|please|pls))*[\s.!?]*$`,
  'i',
);

/**
 * The hope typed with the add-a-hope command ("add a hope: X", "new hope X", "can i add X as a
 * hope"), without the command; null when the message is not that command with a hope in it.
 */
export function hopeInAddCommand(text: string): string | null {
  const said = text.trim();
  const as = ADD_AS.exec(said);
  const hope = as ? as[1]! : ADD_COMMAND.test(said) ? said.replace(ADD_COMMAND, '') : '';
  const words = hope.replace(/[\s.!?]+$/, '').trim();
  return /\p{L}{2,}/u.test(words) ? words : null;
}

/** The hope without the words that lead into it; '' when the sentence only announces the hopes. */
export function withoutHopeLeadIn(text: string): string {
  if (ANNOUNCES_ONLY.test(text.trim())) return '';
  return hopeInAddCommand(text) ?? text.replace(LEAD_IN, '');
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
