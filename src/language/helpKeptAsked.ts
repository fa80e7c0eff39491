import { normaliseMessage } from './text';

/*
 * "did you save the help i need for the game one?", "have u kept the support for my college hope":
 * a question about the help kept for one hope, never about the hope itself. Read on the normalised
 * message (lower case, no apostrophes).
 */

const KEPT = String.raw`(?:did|have|has|do)\s+(?:you|u|ya|it)\s+(?:got\s+|get\s+)?(?:save|saved|keep|kept|get|got|put|put\s+down|write|wrote|written|add|added|remember|remembered|note|noted)`;
const HELP = String.raw`(?:the|my|any|all\s+the|his|her)?\s*(?:help|support|helps|things\s+that\s+help)`;
const WHO_NEEDS = String.raw`(?:\s+(?:i|he|she|they)\s+(?:need|needs|get|gets|want|wants|said|asked\s+for))?`;
const ASKED = new RegExp(`^(?:(?:wait|sorry|um+|erm+|oh|so|and|but|ok|okay)\\s+)*${KEPT}\\s+${HELP}${WHO_NEEDS}\\s+(?:for|with|on)\\s+(?:the|my|his|her|that)\\s+(.+?)(?:\\s+(?:one|hope|dream|thing|goal))?\\s*$`);

/** The words naming the hope whose help is asked about ("game"), or undefined when the message asks no such thing. */
export function asksHelpKeptFor(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[?.!])\s+/)) {
    const named = ASKED.exec(normaliseMessage(sentence).trim())?.[1]?.trim();
    if (named) return named;
  }
  return undefined;
}
