import { forgottenWithReadings, keepsEveryWord } from './recentReadings';

/**
 * Features made of two parts ("travel_bus", "~c12_~c40", "#cue"): each made once and then handed
 * out as the same string. A string made afresh for every statement has to be joined and hashed
 * again before the feature table can look it up; a string handed out again keeps its hash, so the
 * lookup is quick. The parts are stems of words people typed, so the table is bounded and is
 * forgotten with the readings ("delete my data", "start again").
 */
const bySeparator = new Map<string, Map<string, Map<string, string>>>();
let kept = 0;
/** Joined features kept: more than the word pairs of a day's chats. */
const KEPT_LIMIT = 100_000;

/** Every first part kept, whatever the separator (for the "delete my data" check). */
const firstParts = {
  has: (word: string) => [...bySeparator.values()].some((byFirst) => byFirst.has(word)),
};

forgottenWithReadings({
  forget() {
    bySeparator.clear();
    kept = 0;
  },
  holds: (text) => keepsEveryWord(firstParts, text),
});

/** `${first}${separator}${second}`, the same string each time for the same parts. */
export function joinFeature(first: string, separator: string, second: string): string {
  let byFirst = bySeparator.get(separator);
  if (byFirst === undefined) bySeparator.set(separator, (byFirst = new Map()));
  let bySecond = byFirst.get(first);
  if (bySecond === undefined) byFirst.set(first, (bySecond = new Map()));
  let joined = bySecond.get(second);
  if (joined === undefined) {
    if (kept >= KEPT_LIMIT) {
      bySeparator.clear();
      kept = 0;
      return joinFeature(first, separator, second);
    }
    joined = `${first}${separator}${second}`;
    bySecond.set(second, joined);
    kept++;
  }
  return joined;
}
