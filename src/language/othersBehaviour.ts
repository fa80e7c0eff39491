import { foldCase } from './text';

/*
 * "the other kids stop laughing at him", "teachers understand me": an outcome about what other
 * people will do. It matters, and it is not the child's outcome: an outcome is what the child will
 * do. The others' part is kept for the adults (a need of the hope), and a step of the child's own
 * is asked for.
 */

const OTHERS = String.raw`(?:the\s+)?(?:other\s+(?:kids|children|pupils|students|boys|girls|people|lads)|(?:his|her|my|their)\s+(?:classmates|class|friends|peers|teachers?|brothers?|sisters?|siblings)|people|everyone|everybody|teachers?|staff|the\s+class|the\s+bullies|bullies|kids|children)`;
const LEAD = String.raw`(?:(?:i|we)\s+(?:just\s+|really\s+)?(?:want|would\s+like|'?d\s+like|wish|hope)\s+(?:for\s+)?|for\s+|by\s+\w+(?:\s+\w+)?[\s,]+|that\s+)?`;
const DOES = String.raw`(?:(?:to|will|would|should|must|could|can|ll|'ll)\s+)?(?:stop|quit|not|never|dont|don't|wont|won't|leave|be\s+(?:nicer|kinder|nice|kind|patient)|understand|accept|include|let|listen|treat|start|give|help)`;
/** Said of someone: "at him", "to me", "with her", or the child named after the verb. */
const ABOUT_SOMEONE = /\b(?:him|her|me|them|us)\b/;
const OTHERS_DO = new RegExp(String.raw`^${LEAD}${OTHERS}\s+${DOES}\b`);

/** The outcome is what other people will do ("the other kids stop laughing at him"), not the child. */
export function outcomeAboutOthers(text: string): boolean {
  const said = foldCase(text).replace(/[\u2018\u2019]/g, "'").replace(/[.!]+$/g, '').trim();
  return OTHERS_DO.test(said) && ABOUT_SOMEONE.test(said);
}
