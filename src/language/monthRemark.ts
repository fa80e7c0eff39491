/*
 * "july is my birthday month", "march is my favourite month": something said about a month, not
 * the time a step will be done by. Asked "by when?", it is a remark; the question is asked again.
 * "july is when i want it done" and "by my birthday in july" still name the time.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** What a month is to someone: their birthday, a favourite, a holiday. */
const WHAT_IT_IS = '(?:birthday|bday|b-day|favourite|favorite|fave|fav|best|worst|holiday|anniversary|lucky)';
const REMARK = new RegExp(
  String.raw`^(?:(?:well|oh|um+|erm+|lol|haha)\s+)*${MONTH}\s+(?:is|was|'s|s)\s+(?:(?:my|his|her|their|our|the|[a-z]+'?s)\s+)?(?:\w+\s+)?${WHAT_IT_IS}\b(?:\s+[a-z'-]+){0,4}$`,
  'i',
);

/** A month said with what it is to them, and no time for the step. */
export function isMonthRemark(text: string): boolean {
  const said = text.replace(/[\u2018\u2019]/g, "'").replace(/[.!?,;:]+/g, ' ').replace(/\s+/g, ' ').trim();
  return said.length <= 80 && REMARK.test(said);
}
