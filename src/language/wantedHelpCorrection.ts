import { normaliseMessage } from './text';

/*
 * "that last bit was what I WANT to help", "thats what i want help with", "the last one is help i
 * want": the thing just kept as hard is help they would like. A correction about the list, never an
 * answer of its own.
 */

const LEAD = String.raw`^(?:(?:no|nah|oh|sorry|wait|actually|um+|erm|well|but|so|i\s+mean|i\s+meant)\s+)*`;
const POINTER = String.raw`(?:that|this|it|the\s+last\s+(?:bit|one|thing|part)(?:\s+i\s+said)?|that\s+last\s+(?:bit|one|thing|part)|(?:that|the)\s+(?:bit|one|part)\s+about\s+[a-z ]{1,40}?)`;
const IS = String.raw`\s*(?:s|is|was|were)\s+`;
const WANTED = String.raw`(?:what\s+i\s+(?:really\s+)?(?:want|wanted|need|needed|would\s+like|d\s+like|wish)(?:\s+to)?\s+(?:help|helping|to\s+help)(?:\s+(?:with|for))?|(?:the\s+)?help\s+i\s+(?:want|wanted|need|would\s+like|wish\s+for)|something\s+i\s+(?:want|need|would\s+like)\s+help\s+with|help\s+i\s+dont\s+(?:have|get)\s+yet)`;

const SAYS = new RegExp(`${LEAD}${POINTER}${IS}${WANTED}(?:\\s+(?:not|and\\s+not|rather\\s+than)\\s+.*)?\\s*$`);

/** The message says the last thing kept was help they want, not something hard. */
export function saysLastWasWantedHelp(text: string): boolean {
  return SAYS.test(normaliseMessage(text));
}
