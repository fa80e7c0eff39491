/*
 * "Sorry, this is same like before question? I dont know. Maybe she can go to swimming lessons":
 * a question about the question itself ("is this the same as the last one?"), and not knowing,
 * said before the answer. Both are talk about the chat; the words after them are the answer.
 * Only a message that opens with that question is read; anything else is left as typed.
 */

/** "didnt i just say that?", "did i not already say that": they said it before; the answer may follow. */
const SAID_IT = String.raw`(?:didnt|didn't|did\s+i\s+not|have\s+i\s+not|havent|haven't|ive|i've|i\s+have|i)\s*(?:i\s+)?(?:just\s+|already\s+)*(?:said|say|told\s+(?:you|u))\s+(?:that|this|it)`;

const SAME_QUESTION =
  new RegExp(String.raw`^\s*(?:(?:sorry|but|um+|erm+|hmm+|wait)[\s,.!]+)*(?:(?:is\s+)?(?:this|it|that)\s+(?:is\s+|s\s+)?(?:the\s+)?same\s+(?:like|as)\s+(?:the\s+)?(?:before|last|previous|other|earlier)(?:\s+(?:question|one))?(?:\s+question)?|${SAID_IT}(?:\s+(?:already|before|just\s+now))?)\s*\?+\s*`, 'i');

/** "I dont know.", "not sure.": said before the answer, never part of it. */
const NOT_KNOWING = /^(?:(?:i\s+)?(?:dont|don't|do\s+not)\s+know|not\s+sure|i'?m\s+not\s+sure|idk)\s*[.!,]+\s*/i;

/** The answer after a "same as the last question?" lead; the text itself when there is no such lead or nothing after it. */
export function withoutSameQuestionAsked(text: string): string {
  const lead = SAME_QUESTION.exec(text);
  if (!lead) return text;
  const rest = text.slice(lead[0].length).replace(NOT_KNOWING, '').trim();
  return rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2 ? rest : text;
}
