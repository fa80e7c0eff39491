/*
 * "I have thought about this a great deal, lying awake at night.", "We've been thinking about it a
 * lot.": how the person came to their answer, said before it. It is part of the chat, never a hope,
 * and never joined to the hope after it.
 */

const THOUGHT =
  /^\W*(?:(?:well|so|ok(?:ay)?|oh|gosh|goodness|right)[\s,]+)*(?:i|we)\s*(?:'ve|ve|\s+have|\s+had|'d|\s+did)?\s+(?:(?:really|truly|honestly|certainly|often)\s+)*(?:thought|been\s+thinking|think|thinking|wondered|been\s+wondering)\s+(?:(?:about|over|on)\s+(?:this|it|that|your\s+question|the\s+question)|(?:long\s+and\s+hard|a\s+(?:great\s+deal|lot|good\s+deal)|(?:very\s+)?(?:hard|carefully|deeply)))\b|^\W*(?:(?:well|so|ok(?:ay)?|oh|gosh|goodness|right)[\s,]+)*(?:i|we)\s*(?:'ve|ve|\s+have|\s+had|'d|\s+did)?\s+(?:(?:really|truly|honestly|certainly)\s+)*given\s+(?:this|it|that|your\s+question|the\s+question)\s+(?:(?:some|a\s+lot\s+of|much|a\s+(?:great|good)\s+deal\s+of|careful|real|serious)\s+)+thought\b/i;

/** True when the sentence only tells how they thought about the question (at most a dozen more words). */
export function thoughtAboutIt(sentence: string): boolean {
  const opening = THOUGHT.exec(sentence.trim());
  if (!opening) return false;
  const rest = sentence.trim().slice(opening[0].length).split(/\s+/).filter(Boolean);
  return rest.length <= 12;
}
