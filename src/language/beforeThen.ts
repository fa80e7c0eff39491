/*
 * "my internship finishes in july so before then really": "before then" points back at the time
 * said first, so the time is "before july", never "in july". The person's own word (before, by)
 * leads the time.
 */

const TIME_WORDS =
  String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|winter|christmas|xmas|easter|half\s+term|the\s+summer\s+holidays|(?:the\s+)?(?:end\s+of\s+)?(?:year|yr)\s*\d{1,2})`;
const POINTED = new RegExp(String.raw`\b(?:in|at|during|on)\s+((?:the\s+)?(?:next\s+|this\s+)?${TIME_WORDS}(?:\s+20\d\d)?)\b(.*?)\b(before|by)\s+then\b`, 'i');

/** The message with "in july ... before then" read as "before july ..."; unchanged when it does not point back. */
export function withTimePointedBack(text: string): string {
  const m = POINTED.exec(text);
  if (!m) return text;
  const [whole, time = '', between = '', lead = ''] = m;
  return text.replace(whole, `${lead.toLowerCase()} ${time}${between}`.replace(/\s+(?:so|and|but|or)\s*$/i, '')).replace(/\s+/g, ' ').trim();
}
