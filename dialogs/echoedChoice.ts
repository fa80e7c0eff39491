import { commentsOnChoice, onlyHedge, splitEchoedChoice } from '../src/language/echoedChoice';
import { namesHelpAfterNothing } from '../src/language/nothingHelps';
import type { Words as ContentWords } from '../src/i18n';
import { ReadingMode } from '../src/domain/readingMode';
import { isExactChoice } from './understand';
import type { Question } from './say';
import { Step } from './ids';

/*
 * At any question with buttons, a button's words typed before the answer ("something does, he
 * struggles with reading") are not kept with it. A choice that means "nothing" ("Nothing makes it
 * hard, he's fine") counts as that button; any other choice's words after it are the answer.
 */

const NOTHING_VALUES = new Set(['none', 'nothing', 'no']);

/** "Something does - ...": the words of the check before, typed again once it asked its question. */
const SOMETHING_DOES = /^\s*(?:yes\s*,?\s*)?(?:something\s+does|there\s+is\s+something)\s*[,.:;!\-–—]+\s*(?=\p{L})/iu;

/** The text the question answers with: the message without an echoed button lead. */
export function withoutEchoedChoice(text: string, question: Question, words: ContentWords): string {
  if (SOMETHING_DOES.test(text)) return text.replace(SOMETHING_DOES, '');
  const choices = question.choices ?? [];
  if (choices.length === 0 || isExactChoice(text, choices, words)) return text;
  // A question that reads everyday words ("yes but change the date") is the judge of its own replies.
  if (question.understand?.(text) !== undefined) return text;
  const options = choices.map((c) => ({ value: c.value, synonyms: [words.forMode(ReadingMode.standard)(c.labelKey), words.forMode(ReadingMode.easyRead)(c.labelKey)] }));
  const echoed = splitEchoedChoice(text, options);
  if (!echoed) return text;
  // "end of year 13 obviously, results are in august": at "by when?" the button's words are the time
  // itself, and the words after them say it more exactly; the time reader reads the whole message.
  if (question.step === Step.outcomeWhen && !NOTHING_VALUES.has(echoed.value)) return text;
  // "end of this school year I think", "end of year 9 is more realistic": a hedge or a comment after a button's words is that button.
  // "nothing yet. sometimes TA take him in small room, that is better": the help named after it is the answer.
  if (NOTHING_VALUES.has(echoed.value) && namesHelpAfterNothing(echoed.rest)) return echoed.rest;
  return NOTHING_VALUES.has(echoed.value) || onlyHedge(echoed.rest) || commentsOnChoice(echoed.rest) ? echoed.label : echoed.rest;
}
