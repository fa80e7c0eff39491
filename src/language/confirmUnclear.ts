import { normaliseMessage } from './text';

/*
 * A reply to "Shall I take out ...?" that is neither yes nor no: a question about the thing asked
 * about ("hmm wait what was that again", "which one is that?"), a pause ("hang on", "erm"), or a
 * pointer to another part ("the second one", "not that one"). These are no answer and no content:
 * the question is asked again with a short explanation. Anything longer or with content of its own
 * is left to be read as usual, so a hard thing or a worry typed there is still heard and kept.
 */

export type ConfirmUnclear = 'question' | 'pointer';

/** "what was X again", "which one is that", "what do you mean", "huh?", "which hope?" */
const QUESTION =
  /^(?:(?:hmm+|hm+|um+|erm+|uh+|wait|hang on|sorry|oh|ok|so|but)[\s,.!]+)*(?:(?:wait|hang on)[\s,.!]+)*(?:what|which|wot|wat|wich|huh|eh|pardon|sorry what|whats|what's|what is|what was|which one|what one|what do you mean|what do u mean|wdym|what does that mean|what is that|what was that|who)\b/;

/** A question mark or an "again" ending a short question about the thing asked about. */
const ABOUT_IT = /\b(?:again|that|this|it|one|mean|meant|hope|thing|bit|part|said|say|is|was)\s*\??$|\?$/;

/** "the second one", "2nd one", "number 2", "the other one", "not that one", "the one before". */
const POINTER =
  /^(?:(?:no|nah|oh|um+|erm+|hmm+|i mean|i meant|sorry)[\s,.!]+)?(?:not\s+(?:that|this)(?:\s+one)?|the\s+other(?:\s+one)?|another\s+one|(?:the\s+)?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th|next|one before|one after)(?:\s+one)?|number\s+(?:\d|one|two|three|four|five)|wrong\s+one)(?:\s+(?:please|pls|i mean|i meant))?[\s.!]*$/;

/** "what?", "huh", "eh?", "pardon": puzzled, nothing more. */
const LONE = /^(?:(?:hmm+|um+|erm+|wait|sorry)[\s,.!]+)*(?:what|wot|wat|huh|eh|pardon|sorry|wdym|what do you mean)$/;

/** "what if he does it again?": a worry asked as a question, read as usual. */
const WHAT_IF = /\bwhat\s+(?:if|about when|happens if)\b/;

/** A pause with nothing else: "hmm", "hang on", "let me think", "erm wait". */
const PAUSE = /^(?:(?:hmm+|hm+|um+|erm+|uh+|er+|hang on|let me think|one sec|1 sec|wait a sec|hold on|not sure yet)[\s,.!]*)+$/;

export function confirmUnclear(text: string): ConfirmUnclear | undefined {
  const said = normaliseMessage(text).replace(/[\s.!]+$/, '');
  const words = said.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > 12) return undefined;
  if (POINTER.test(said)) return 'pointer';
  if (PAUSE.test(said)) return 'pointer';
  if (LONE.test(said)) return 'question';
  const asked = /\?\s*$/.test(text) ? `${said}?` : said;
  if (QUESTION.test(said) && !WHAT_IF.test(said) && ABOUT_IT.test(asked) && !/[.;]\s*\S/.test(said)) return 'question';
  return undefined;
}
