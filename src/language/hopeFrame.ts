import { withoutPraiseTail } from './praiseTail';
/*
 * "my hope is to be a chef", "my dream is being a vet", "i hope to drive": the words that only say a
 * hope is coming are not the hope. It is kept as "to be a chef", the way "I want to ..." keeps the
 * person's own voice. A parent's "my hope is for him to ..." is left whole: the read-back shortens it
 * (see `hopeItself`), and the draft keeps who the hope is for.
 */

/** "my hope is", "my biggest dream would be", "our goal is": a hope announced, also before a bare verb typed fast ("my hope is have my own garage"). */
const MY_HOPE_IS =
  /^(?:(?:and|so|well|ok|okay|um+|erm+)[\s,]+)*(?:my|our)\s+(?:(?:biggest|main|big|one|only|real|ultimate|long[\s-]term|future)\s+)?(?:hope|dream|wish|goal|aim|ambition|plan)s?\s+(?:is|would\s+be|will\s+be|'s|s)\s*[:,-]?\s*(?:that\s+(?=i\b))?(?=(?:to|i|being|having|\w+ing|be|become|have|hav|get|go|live|work|own|open|run|learn|make|move|drive|travel|buy|find|earn|play|fix|build|start)\b)/i;
/** "i hope to", "i really wish to", "i aim to": the hope said with its own verb after "to". */
const I_HOPE_TO = /^(?:(?:and|so|well|ok|okay|um+|erm+)[\s,]+)*(?:i|we)\s+(?:really\s+|would\s+)?(?:hope|wish|aim|plan|dream)\s+(?=to\s+\w)/i;

/** The hope without the words announcing it; unchanged when nothing that stands alone would be left. */
export function withoutHopeFrame(text: string): string {
  // "using a spoon himself would be amazing": kept as "use a spoon himself".
  const said = withoutPraiseTail(text);
  for (const frame of [MY_HOPE_IS, I_HOPE_TO]) {
    const match = frame.exec(said.replace(/[\u2018\u2019]/g, "'"));
    const rest = match ? said.slice(match[0].length).trim() : '';
    if (match && rest.split(/\s+/).length >= 2) return rest;
  }
  return said;
}
