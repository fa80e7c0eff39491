import type { Draft } from '../src/domain/draft';
import { normaliseMessage } from '../src/language/text';
import { Step } from './ids';
import type { Next } from './stageDialog';

/*
 * "Also this is not hope. Delete also", "also is not a hope, delete also": the hope whose words are
 * the ones after "delete" is read back to take out, even when those words are short ("also") and
 * would name nothing on their own. Only a hope with exactly those words (or the one hope starting
 * with them) is meant; anything else is left to the review's other readers.
 */

const NOT_A_HOPE = String.raw`(?:(?:this|that|it)\s+)?(?:is\s+not|isnt|isn't|s\s+not|aint)\s+(?:a\s+|my\s+)?(?:hope|dream)`;
const DELETE = String.raw`(?:so\s+)?(?:(?:pls|please|plz|can\s+you|just)\s+)?(?:delete|remove|take\s+out|get\s+rid\s+of)`;
const SAID = new RegExp(String.raw`^(?:.{1,60}?\s+)?${NOT_A_HOPE}\s*[.,;:!-]*\s*${DELETE}\s+(?:the\s+hope\s+)?["“]?(.{1,80}?)["”]?(?:\s+(?:pls|please|plz))?[\s.!]*$`, 'i');

/** The hope named after "not a hope ... delete", read back for a yes; undefined when no one hope has those words. */
export function notAHopeNamed(draft: Draft | undefined, text: string): Next | undefined {
  const said = SAID.exec(text.slice(0, 200).trim());
  if (!draft || !said) return undefined;
  const words = normaliseMessage(said[1]!);
  if (!words) return undefined;
  const exact = draft.aspirations.filter((a) => normaliseMessage(a.text) === words);
  const starting = draft.aspirations.filter((a) => normaliseMessage(a.text).startsWith(`${words} `));
  const hope = exact.length === 1 ? exact[0] : exact.length === 0 && starting.length === 1 ? starting[0] : undefined;
  return hope ? { goTo: { step: Step.reviewChange, data: { itemId: hope.id, remove: 'yes', namedInChat: 'yes' } } } : undefined;
}

/** Whether a message says a hope is none and names words to delete: a change asked at the read-back, never talk. */
export const saysNotAHopeDelete = (text: string): boolean => SAID.test(text.slice(0, 200).trim());
