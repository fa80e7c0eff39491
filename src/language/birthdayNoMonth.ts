import { normaliseMessage } from './text';

/*
 * "by my birthday", "before his bday": a time that names a birthday and nothing else. With no date
 * of birth known it cannot be dated, so the month is asked; "march", "its in june" answer it.
 */

const BIRTHDAY = '(?:birthday|bday|b-day|birthdy|birfday)';
/** The whole message is the birthday time ("by my birthday", "before his next bday please"). */
const BIRTHDAY_ONLY = new RegExp(
  `^(?:(?:um+|erm|maybe|probably|hopefully|i\\s+think|ok|okay|so)\\s+)*((?:by|before|for|on|until|till|in\\s+time\\s+for)\\s+(?:my|his|her|their|[a-z]+'?s)\\s+(?:next\\s+)?${BIRTHDAY})(?:\\s+(?:please|pls|maybe|i\\s+think|hopefully))?$`,
  'i',
);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** A month named by its name or its first three letters ("sept" too). */
const MONTH = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;
/** A short answer that only names the month ("march", "its in june", "september i think", "in dec"). */
const MONTH_ONLY = new RegExp(
  `^(?:(?:it\\s*'?s|it\\s+is|its|in|my\\s+birthday\\s+is|(?:his|her|their)\\s+birthday\\s+is|(?:he|she)\\s*'?s|born\\s+in|the\\s+end\\s+of|end\\s+of|oh|um+|erm|er)\\s+)*${MONTH.source}(?:\\s+(?:i\\s+think|please|pls|time))?$`,
);

/** The birthday time said as the whole answer ("by my birthday"), as typed; undefined otherwise. */
export function birthdayWithoutMonth(text: string): string | undefined {
  const said = text.trim().replace(/[.!]+$/, '');
  const found = BIRTHDAY_ONLY.exec(said.replace(/\s+/g, ' '));
  return found?.[1];
}

/** The month a short answer names, in full ("march"); undefined when it says more or names none. */
export function monthOnlyNamed(text: string): string | undefined {
  const said = normaliseMessage(text);
  if (!MONTH_ONLY.test(said)) return undefined;
  const short = MONTH.exec(said)?.[1]?.slice(0, 3);
  return MONTHS.find((m) => m.startsWith(short ?? '-'));
}
