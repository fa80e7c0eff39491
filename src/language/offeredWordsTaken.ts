import { normaliseMessage } from './text';

/*
 * "Please put that instead of what I wrote", "use those words", "yours is better, put that": the
 * words offered are taken in place of their own. Never new words of their own to keep.
 */
const TAKES_OFFERED = [
  /^(?:(?:yes|yeah|ok|okay)\s+)?(?:please\s+|pls\s+|just\s+|can\s+you\s+|could\s+you\s+)*(?:put|use|write|have|keep|take|go\s+with|swap\s+(?:it|mine)\s+for)\s+(?:that|those|these|this|yours|your\s+(?:words|one|version)|those\s+words|these\s+words|the\s+new\s+(?:words|one)|that\s+one|them)(?:\s+(?:instead|one|words|version))*(?:\s+(?:of|for)\s+(?:what\s+i\s+(?:wrote|put|said|typed)|mine|my\s+(?:words|one|version)))?(?:\s+(?:please|pls|thanks|thank\s+you))*$/,
  /^(?:yours|your\s+(?:words|one|version)|that|those\s+words|the\s+new\s+words)\s+(?:is|are|sounds?|reads?)\s+better(?:\s+(?:put|use)\s+(?:that|those|it|them)(?:\s+instead)?)?(?:\s+(?:please|pls|thanks))*$/,
];

/** The message takes the words offered instead of their own. */
export function takesOfferedWords(text: string): boolean {
  const said = normaliseMessage(text).replace(/[.!]+$/, '').trim();
  return TAKES_OFFERED.some((re) => re.test(said));
}
