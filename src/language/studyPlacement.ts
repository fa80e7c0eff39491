/*
 * "im on a supported internship", "doing a traineeship", "on a work placement with college": a
 * study programme they are on now, so still in education. A "placement" alone is not one: a care
 * leaver's foster placement ("my placement broke down") or a placement only wished for ("id like
 * to go on a placement") says nothing about college.
 */

/** An internship or traineeship said as theirs or as one they are on. */
const INTERNSHIP_NOW = /\b(?:on|doing|at|in|my|his|her|their)\s+(?:a\s+|an\s+|the\s+)?(?:supported\s+)?(?:internship|traineeship)\b/;
/** A placement said as theirs or as one they are on. */
const PLACEMENT_NOW = /\b(?:on|doing|at|in|my|his|her|their)\s+(?:a\s+|an\s+|the\s+)?(?:(?:work|college|course|supported)\s+)?placement\b/;
/** "work", "college" or "course" beside the placement makes it a study one; "not at college" does not. */
const STUDY_WORD = /\b(?:work|college|course)\b/;
const STUDY_DENIED = /\b(?:not|never|no)\s+(?:at\s+|in\s+|on\s+|doing\s+|going\s+to\s+)?(?:a\s+|any\s+)?(?:college|course|work)\b/g;
/** A home, not a study place: foster and care placements, or one that broke down. */
const CARE_PLACEMENT = /\b(?:foster\w*|care\s+placement|in\s+care|residential|children'?s\s+home|(?:broke|break(?:s|ing)?|broken)\s+down|ended)\b/;
/** "id like to go on a placement", "get onto a supported internship": wished for, not on it now. */
const WISHED = /\b(?:wants?|wanted|wanna|would\s+like|i'?d\s+like|like\s+to|love\s+to|hop(?:e|es|ing)|wish(?:es)?|dream|looking\s+for|apply(?:ing)?|get\s+onto?)\b[^.!?]{0,40}?\b(?:internship|traineeship|placement)\b/;

/** True when the lower-cased `text` says they are on an internship, traineeship or study placement now. */
export function onStudyPlacementNow(text: string): boolean {
  if (WISHED.test(text)) return false;
  if (INTERNSHIP_NOW.test(text)) return true;
  return PLACEMENT_NOW.test(text) && STUDY_WORD.test(text.replace(STUDY_DENIED, ' ')) && !CARE_PLACEMENT.test(text);
}
