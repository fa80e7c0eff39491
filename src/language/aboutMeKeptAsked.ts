import { aboutMeSectionNamed, type AboutMeSection } from './aboutMeSectionNamed';

/*
 * "go back. wat did u put for the important one", "what did you keep for what people like about me":
 * a question about what was kept for one about-me answer. Never new words for that answer.
 */

/** "go back", "wait", "hang on", "so": before the question, and no change asked for. */
const LEAD = /^(?:(?:go\s+back|back|wait|hang\s+on|hold\s+on|so|but|um+|erm+|ok|okay|oi|hey)\s+)*/;

/** "wat did u put for", "what have you kept as", "whats in", "show me". */
const ASKS = /^(?:(?:what|wat|wot)\s+(?:did|have|has)\s+(?:you|u)\s+(?:just\s+)?(?:put|kept|keep|save|saved|write|wrote|written|got)(?:\s+down)?\s+(?:for|as|under|in|on)|(?:whats|wats|what\s+is|wat\s+is)\s+(?:in|under|for)|(?:show|tell)\s+me)\s+(.+)$/;

/** "the important one", "the admire bit", "the help question": the question named by a word of it. */
const BY_WORD: ReadonlyArray<readonly [AboutMeSection, RegExp]> = [
  ['strengths', /^(?:the\s+)?(?:admire|like|liked|strengths?|good\s+at)\s+(?:one|bit|part|question)$/],
  ['important', /^(?:the\s+)?important\s+(?:one|bit|part|question)$/],
  ['support', /^(?:the\s+)?(?:support|help|helping)\s+(?:one|bit|part|question)$/],
];

/** The about-me answer asked about, or undefined when the message is not only that question. */
export function aboutMeKeptAsked(text: string): AboutMeSection | undefined {
  if (text.length > 120) return undefined;
  const said = text.toLowerCase().replace(/[’'`]/g, '').replace(/[.,!?]+/g, ' ').replace(/\s+/g, ' ').trim().replace(LEAD, '');
  const named = ASKS.exec(said)?.[1]?.trim();
  if (!named) return undefined;
  return BY_WORD.find(([, re]) => re.test(named))?.[0] ?? aboutMeSectionNamed(named);
}
