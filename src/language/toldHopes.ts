/*
 * A carer may tell how the hopes were said: "I asked him this the other night while he was fixing
 * his bike and he said be a mechanic, play football, those were his three, and I'd add that he's
 * happy". The story of asking and the count after the list are no hopes; what the carer adds is a
 * hope of its own. "he said he wants to be a footballer", with no story of asking, is read as before.
 */

/** The story of asking, up to what they said: "I asked him ... and he said", "when I asked her she said". */
const ASKED_THEN_SAID =
  /^[^.!?]*?\basked\b[^.!?]*?\b(?:and\s+|,\s*)?(?:he|she|they)\s+(?:said|says|told\s+me|replied|answered|came\s+out\s+with)\b(?:\s+that\b)?[\s,:]*/i;
/** The count after a list: "those were his three", "that's my hopes". */
const COUNT =
  /[\s,;.!-]*\b(?:(?:those|these|them|that)\s*(?:were|are|'re|was|is|'s)|thats)\s+(?:all\s+)?(?:his|her|their|my|the)\s+(?:(?:three|two|four|five|3|2|4|5|main|big)\s*)?(?:ones?|hopes|dreams|wishes|answers|things)?\b[\s,;.!-]*/gi;
/** What the carer adds after the child's list: "and I'd add that", "I would also add". */
const ADDED = /[\s,;.!-]*\b(?:and\s+|but\s+)?(?:i'?d|id|i\s+would)\s+(?:also\s+)?add\s+(?:that\s+)?/gi;

/** A count only when it names how many or what they are ("those were his three"), never "that is his bike". */
function isCount(words: string): boolean {
  return /\b(?:three|two|four|five|3|2|4|5|ones?|hopes|dreams|wishes|answers|things)\b/i.test(words);
}

/**
 * The parts of a told message that each hold hopes, without the story of asking and the count;
 * undefined when the message tells no such story (then it is read as it is).
 */
export function toldParts(text: string): string[] | undefined {
  const asked = ASKED_THEN_SAID.exec(text);
  // "I asked and she said no": only a story of asking followed by words of their own.
  const saidWords = asked ? text.slice(asked[0].length).split(/\s+/).filter(Boolean).length : 0;
  const story = asked && saidWords >= 2 ? asked : null;
  let rest = story ? text.slice(story[0].length) : text;
  let cut = false;
  rest = rest.replace(COUNT, (m) => {
    if (!isCount(m)) return m;
    cut = true;
    return '\u0000';
  });
  const added = rest.replace(ADDED, () => {
    cut = true;
    return '\u0000';
  });
  if (!story && !cut) return undefined;
  const parts = added.split('\u0000').map((p) => p.trim()).filter((p) => /\p{L}{2,}/u.test(p));
  return parts.length > 0 ? parts : undefined;
}
