/*
 * "I should like to do the friends one and the toileting one, and the swimming if there is time":
 * at "another outcome?", the hopes to work on, named in the order wanted. Never an outcome's words.
 */

/** "I should like to do", "let's do", "can we do": the lead that says the hopes named are to be worked on next. */
const LEAD =
  /^(?:(?:yes|yeah|ok(?:ay)?|please|well|so)[\s,]+)*(?:i\s+(?:should|would|'d|d)\s+(?:like|love)\s+to\s+(?:do|work\s+on|look\s+at)|i\s+want\s+to\s+(?:do|work\s+on)|let'?s\s+(?:do|work\s+on|look\s+at)|(?:can|could|may)\s+we\s+(?:please\s+)?(?:do|work\s+on|look\s+at))\s+/i;
/** "if there is time", "as well", "please": said about the list, never a hope's name. */
const ASIDE = /\s*\b(?:if\s+there\s+is\s+time|if\s+there'?s\s+time|if\s+we\s+have\s+time|if\s+possible|as\s+well|too|please|then|next|first|after\s+that)\b\s*/gi;

/** The hopes named after the lead, each as its few words ("friends", "toileting", "swimming"); [] when the message is no such list. */
export function hopesNamedToDo(text: string): string[] {
  const lead = LEAD.exec(text.trim());
  if (!lead) return [];
  const rest = text.trim().slice(lead[0].length).replace(/[.!?]+$/, '');
  const pieces = rest
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=the\b)/i)
    .map((piece) => piece.replace(ASIDE, ' ').replace(/^(?:and\s+)?(?:the|her|his|my)\s+/i, '').replace(/\s+(?:one|hope|goal)$/i, '').trim())
    .filter(Boolean);
  // A name is a word or two; anything longer is an outcome's own words.
  return pieces.every((p) => p.split(/\s+/).length <= 3) ? pieces : [];
}
