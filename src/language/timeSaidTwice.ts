/*
 * A time said, then said again as its date: "In 6 months. That would be June 2027, I will find out
 * if that works". The time kept is the one said first; the date said again only explains it, and
 * words after the times ("I will find out if that works") are a remark, never part of the time.
 * "by the time im 14. my birthday is 20 june", "so like july" and "thats when i leave college" name
 * the time again in other words that belong to it: kept.
 */

/** A clause that works out the date of the time said: "that would be June 2027", "which will be july". */
const RESTATED = /^(?:that\s+(?:would|will|should)\s+be|that'?d\s+be|which\s+(?:would|will)\s+be)\s+/i;

/**
 * The words of `own` that are the time, when its date is worked out after it ("that would be June
 * 2027"): up to that clause, with clauses naming the time again before it. Otherwise all of `own`.
 */
export function timeSaidTwice(own: string, phrase: string, namesTime: (clause: string) => boolean): string {
  const start = own.toLowerCase().indexOf(phrase.toLowerCase());
  if (start < 0) return own;
  const end = start + phrase.length;
  const after = own.slice(end).split(/(?<=[.!?;,])\s+/);
  const restated = after.findIndex((clause, i) => i > 0 && RESTATED.test(clause));
  if (restated < 0) return own;
  let kept = own.slice(0, end) + (after[0] ?? '');
  for (const clause of after.slice(1, restated)) {
    if (!namesTime(clause)) break;
    kept = `${kept} ${clause}`;
  }
  return kept.replace(/[\s.,;!?]+$/, '');
}
