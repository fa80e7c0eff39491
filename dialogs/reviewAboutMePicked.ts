import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS } from '../src/domain/draftSummary';
import { normaliseMessage } from '../src/language/text';
import { Step } from './ids';
import { changeableItems } from './reviewItems';
import { RequestData as D } from './reviewText';
import type { Next } from './stageDialog';

/*
 * "None of these. I want to change About me", "none. its the about me bit thats wrong": the
 * about-me part is the one to change, never "nothing to change". Its answers are opened (one
 * answer at once, several to pick from). The whole message is read, so other words stay unread here.
 */

const NONE = String.raw`(?:(?:none|neither|nothing)(?:\s+of\s+(?:these|them|those|that))?|no(?:\s+not\s+(?:these|them|those))?|not\s+(?:these|them|those|any\s+of\s+(?:these|them|those)))\s+`;
const ASK = String.raw`(?:(?:i\s+(?:want|wanna|need|would\s+like)\s+to|i\s+d\s+like\s+to|can\s+i|can\s+we|let\s+me|pls|please)\s+)?(?:change|fix|edit|redo|correct)\s+`;
const PART = String.raw`(?:the\s+|my\s+)?about\s+me(?:\s+(?:bit|part|section|answers?|one|stuff))?`;
const WRONG = String.raw`(?:\s+(?:thats|that\s+is|which\s+is|is|are))?\s+(?:wrong|not\s+right|incorrect)`;
const ABOUT_ME_NAMED = new RegExp(
  String.raw`^(?:${NONE})?(?:${ASK}${PART}|(?:(?:its|it\s+is|i\s+mean|i\s+meant)\s+)?${PART}${WRONG}|(?:its|it\s+is|i\s+mean|i\s+meant)\s+${PART})(?:\s+(?:pls|please|plz))?$`,
);
const ABOUT_ME_KEYS = new Set<string>([SUMMARY_LABEL_KEYS.strengths, SUMMARY_LABEL_KEYS.important, SUMMARY_LABEL_KEYS.support]);

/** The about-me answers opened to change when the message asks for them, else undefined. */
export function aboutMePicked(draft: Draft | undefined, text: string): Next | undefined {
  if (!draft || !ABOUT_ME_NAMED.test(normaliseMessage(text))) return undefined;
  const answers = changeableItems(draft).filter((i) => ABOUT_ME_KEYS.has(i.labelKey));
  if (answers.length === 0) return undefined;
  if (answers.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: answers[0]!.id } } };
  return { goTo: { step: Step.reviewChange, data: { [D.choose]: answers.map((i) => i.id).join(' ') } } };
}
