import { splitYesWithContent } from '../src/language';

export type YesNo = 'yes' | 'no';

/** A yes or no at the start of an answer and whatever came after it ("yes, and one about friends"). */
export function yesWithContent(text: string): { answer: YesNo | undefined; rest: string } {
  const split = splitYesWithContent(text);
  const answer = split.answer === 'yes' || split.answer === 'no' ? split.answer : undefined;
  const rest = split.rest.replace(/^(?:and|also|please)\b[\s,]*/i, '').trim();
  return { answer, rest: answer ? rest : text.trim() };
}
