/*
 * At the read-back of an outcome, "sounds a bit rubbish written down. can you tidy it up so it
 * sounds proper" or "that reads weird, fix it" asks for better words; it is never the words.
 * Every part of the message must be such a remark or request, anchored at both ends, so a sentence
 * that says what someone will do ("Ffion will tidy up her toys") stays a wording.
 */

const LEAD = String.raw`(?:(?:no+|nah|hmm+|um+|ugh+|but|and|so|ok|okay|yeah|yes|oh|well|tbh|honestly|please|pls|plz|just)\s+)*`;
const IT = String.raw`(?:it|that|this|that\s+one|the\s+(?:words|wording|sentence|outcome|goal|way\s+its\s+written))`;
const BAD = String.raw`(?:rubbish|weird|wierd|odd|funny|strange|wrong|clunky|awkward|naff|off|bad|badly|terrible|awful|daft|silly|robotic|messy|not\s+(?:right|proper|great|good|very\s+good))`;
const SOUNDS = String.raw`(?:sounds?|reads?|looks?|is|s|seems?)`;

/** "sounds a bit rubbish written down", "that reads weird", "it doesnt sound right". */
const REMARK = new RegExp(
  String.raw`^${LEAD}(?:(?:${IT}|its|thats|that\s+is|it\s+is)\s+)?(?:still\s+)?(?:${SOUNDS}\s+(?:(?:a\s+)?(?:bit|bit\s+of\s+a|little|really|very|so|quite|kind\s+of|kinda|well|pretty|too)\s+)*${BAD}|(?:doesnt|doesn't|does\s+not|dont|don't)\s+(?:sound|read|look)\s+(?:right|proper|good|great|very\s+good|nice))(?:\s+(?:written\s+down|like\s+that|to\s+me|now|tbh|in\s+writing|when\s+(?:i|you)\s+read\s+it))*$`,
);
/** "can you tidy it up so it sounds proper", "can u make it sound better", "fix it", "word it better". */
const REQUEST = new RegExp(
  String.raw`^${LEAD}(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+)?|(?:please|pls)\s+|i\s+(?:want|need|would\s+like)\s+(?:you\s+)?to\s+)?(?:tidy\s+(?:${IT}\s+up|up\s+${IT})|fix\s+${IT}(?:\s+up)?|sort\s+(?:${IT}\s+out|out\s+${IT})|(?:re)?word\s+${IT}(?:\s+(?:better|properly|nicer|differently|again))?|rewrite\s+${IT}|make\s+${IT}\s+(?:sound|read|look)\s+(?:better|proper|properly|nicer|right|good|more\s+(?:proper|normal|natural))|polish\s+${IT}(?:\s+up)?)(?:\s+(?:so|so\s+that)\s+it\s+(?:sounds?|reads?)\s+(?:better|proper|properly|nicer|right|good|normal))?(?:\s+(?:please|pls|plz|for\s+me|a\s+bit))*$`,
);

/** True when every part of the message remarks on how the words read or asks for them tidied. */
export function asksToTidyWords(text: string): boolean {
  if (/\bwill\b/i.test(text)) return false;
  const parts = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[.,;:!?]+|\s+(?:and|but)\s+(?=can|could|please|fix|tidy|make|word)/)
    .map((p) => p.replace(/[^a-z0-9\s]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => REMARK.test(p) || REQUEST.test(p)) && parts.some((p) => REQUEST.test(p) || /\b(?:rubbish|clunky|awkward|naff|weird|wierd|odd|funny|proper)\b/.test(p));
}
