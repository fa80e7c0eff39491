import { HOPE_WORDING, saysAHope } from './hopeWording';
import { hopeWords } from './hopeWords';
import { splitHopes } from './splitHopes';

/*
 * A numbered list of hopes typed in one message: "1 go to college to do IT. 2 have his own friends.
 * 3 live in supported living one day", "First that he talks more. Second ...". Each number marks a
 * hope; "i want 2 dogs and 3 cats" is no list.
 */

/** "First that he talks more. Second ...", "1. talk more 2. make a friend", "1 go to college. 2 have friends": a numbered list's markers, at the start of a sentence or clause. */
const LIST_MARKER =
  /(?:^|(?<=[.!?,;:]\s*)|(?<=\band\s+))(?:and\s+)?(?:(?:first|second|third|fourth|fifth)(?:ly)?|lastly|finally)(?:\s+(?:one|hope|thing))?(?:\s+(?:is|would\s+be))?(?:\s+that)?\s*[:,-]?\s+|(?:^|(?<=\s))\d{1,2}\s*[.)]\s+|(?:^|(?<=[.!?;:]\s*))\d\s+(?=[a-z])/gi;

/** "We have three big hopes": words that only announce the list. */
const ANNOUNCES = /^(?:\W*\w+\W*){0,10}$/;

/**
 * "Second he wants to read better and also he wants to learn to swim": an item may hold two hopes of its own.
 * "2 have his own friends and go cinema without me": the number marks one hope, so an item is cut only
 * where each later part says its own wish.
 */
function hopesOfItem(item: string): string[] {
  const parts = splitHopes(item);
  return parts.slice(1).every((part) => HOPE_WORDING.test(part)) ? parts : [item];
}

/** The hopes of a numbered list (two markers or more), each in the person's words; undefined when the message is no list. */
export function listedHopes(text: string): string[] | undefined {
  const marks = [...text.matchAll(LIST_MARKER)];
  if (marks.length < 2) return undefined;
  const items = marks.map((m, i) => text.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? text.length));
  const intro = text.slice(0, marks[0]!.index ?? 0).trim();
  // "We have three big hopes really." announces the list; anything longer is a hope of its own.
  // "ok again." before the list says no hope, so it is not kept.
  const keptIntro = intro && saysAHope(intro) && !(ANNOUNCES.test(intro) && /\b(?:hopes|dreams|things|wishes|goals)\b/i.test(intro)) ? [intro] : [];
  const hopes = [...keptIntro, ...items.flatMap((item) => hopesOfItem(item.trim()))]
    .map((item) => item.trim().replace(/^(?:and|also)\s+/i, '').replace(/[\s,;:.]+$/, ''))
    .map((item) => hopeWords(item) || item)
    .filter(Boolean);
  return hopes.length >= 2 ? hopes : undefined;
}
