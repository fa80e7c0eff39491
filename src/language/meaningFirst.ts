import { withoutTheirReading } from './answerLead';
import { readQuestionAsked } from './questionAsked';
/*
 * "what do you mean provide? she needs proper speech therapy like every week", "what does that
 * mean, he cant read the board so he sits at the front": what the question means is asked first,
 * then answered at once. The question is explained; the rest is the answer.
 */

/** "what do you mean (by) (that|provide)", "what does that mean", "wdym", "huh what is that supposed to mean". */
const MEANING_ASKED = String.raw`(?:what\s+(?:do|d)\s+(?:you|u|ya)\s+mean(?:\s+by)?(?:\s+(?:that|this|it|[a-z]+))?|what\s+does\s+(?:that|this|it|the\s+question|[a-z]+)\s+mean|wdym(?:\s+[a-z]+)?|what\s+(?:is|s)\s+that\s+(?:supposed\s+to\s+|meant\s+to\s+)?mean)`;

/** The question must end in a mark: without one, where the answer starts is not known. */
const MEANING_FIRST = new RegExp(String.raw`^\s*(?:(?:huh|eh|sorry|um+|erm+|hmm+)[\s,.!?]+)*${MEANING_ASKED}\s*(?:\?+|[,.;:!-]+)[\s?.!,]*(.+)$`, 'i');

/** Who says the word, or how it is met: "keeps saying it", "they use it a lot", "i just nod". */
const REMARK_ABOUT_THE_WORD = /\b(?:keeps?|kept|always|keep\s+on)\s+(?:saying|says|using|talking\s+about|mentioning)\b|\b(?:says?|said|uses?|used|mentions?|mentioned|wrote|writes)\s+(?:it|that|this|them|that\s+word|it\s+a\s+lot)\b|\bi\s+(?:just\s+)?(?:nod|nodded|pretend|pretended)\b|\bheard\s+(?:it|that|this)\b/i;

/** The answer given after the meaning was asked; null when the message asks only, or holds too little to be an answer. */
export function answerAfterMeaningAsked(text: string): string | null {
  // "what do you mean provide? if you mean help, a map on my phone": their reading of the question is no answer.
  const asked = MEANING_FIRST.exec(text.trim())?.[1]?.trim();
  const rest = asked ? withoutTheirReading(asked) : asked;
  if (!rest || rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) return null;
  // "what do you mean by safe? safe from being hurt, or safe like not getting lost?": still asking, no answer yet.
  if (/\?\s*$/.test(rest) || /^(?:is|are|do|does|can|could|should|or|like)\b/i.test(rest)) return null;
  // "What do you mean, what works? Sorry I am not sure I understand the question": the question's words asked
  // about, then not understanding it; still asking, and nothing of it is an answer.
  if (/^(?:what|which|how|who|where|why)\b[^.?!]*\?/i.test(rest) || readQuestionAsked(rest)) return null;
  // "what does outcomes mean? the senco keeps saying it and i just nod": talk about the word, not an answer.
  if (REMARK_ABOUT_THE_WORD.test(rest)) return null;
  return rest;
}
