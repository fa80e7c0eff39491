import { normaliseMessage } from './text';

/*
 * A question back about the question itself, typed where an answer was asked for: "which people",
 * "help me with what", "that question is too vague", "dreams like when i am asleep or do you mean
 * what i want". Or one that sees two things in it: "with which one. interviews or customers",
 * "those are two questions. which one do i answer", or sets it beside another part of the chat:
 * "whats the difference between this and the help bit?". Literal readers ask these; they are never
 * answers. Real answers with question words in them stay answers: "I want to know which college is
 * best", "help me with reading", "what I like is football".
 */

/** 'meaning': say the question another way. 'either': it offers two things, and either is fine. */
export type QuestionAsked = 'meaning' | 'either';

const WHICH_WORDS = '(?:one|ones|bit|part|question|questions|people|person|kind|sort|type|thing|things|way|ways|place|places|help|support|dream|dreams|hope|hopes)';

/** "which people", "with which one", "which one do i answer", "what kind", "which bit do you mean". */
const WHICH = new RegExp(
  `^(?:(?:so|but|and|ok|okay|um+|erm+|wait|sorry)\\s+)*(?:(?:with|for|about|in|at|to|by|from|like)\\s+)?(?:which|what)\\s+${WHICH_WORDS}` +
    '(?:\\s+(?:do|should|shall|am|can|would)\\s+(?:i|you|we)\\s+(?:answer|mean|say|pick|choose|do|talk about|tell you about|meant to answer|supposed to answer))?' +
    '(?:\\s+(?:do you mean|you mean|is it|are they|first))?(?:\\s+(?:then|now|please|exactly))?$',
);

/** "help me with what", "people like what", "like what": the question's missing thing asked for. */
const WITH_WHAT = /^(?:[a-z]+\s+){0,4}(?:with|about|for|by|like|to|from|at)\s+what(?:\s+(?:exactly|then|though|tho))?$|^(?:like|such as)\s+what$/;

/** "that question is too vague", "i dont understand the question", "those are two questions". */
const ABOUT_QUESTION =
  /^(?:(?:that|this|the|your|ur|it)\s+(?:question\s+)?(?:is|s|was|sounds|seems)\s+(?:too\s+|so\s+|very\s+|a bit\s+|really\s+|quite\s+|well\s+)*(?:vague|confusing|unclear|hard to understand|weird|strange|broad|big|general|two questions|2 questions)|(?:i\s+)?(?:dont|do not|cant|cannot)\s+(?:understand|get|answer)\s+(?:that|the|this|your)\s+question|(?:those|these|they|that|there)\s+(?:are|is|s)\s+(?:two|2)\s+(?:questions|things)|(?:you|u)\s+asked\s+(?:two|2)\s+(?:questions|things))$/;

/** "do you mean what i want", "dreams like when i am asleep or do you mean what i want", "what do you mean by that". */
const DO_YOU_MEAN = /^(?:what\s+)?do\s+you\s+mean\b|\bor\s+do\s+you\s+mean\b|\bor\s+(?:is\s+it|you\s+mean)\s/;

/** "whats the difference between this and the help bit", "isnt this the same as the help question": this question set beside another part of the chat. */
const PART = '(?:(?:the|that|your|ur)\\s+)?(?:[a-z]+\\s+){0,3}?(?:bit|part|question|questions|one|section|step|page)';
const DIFFERENCE = new RegExp(
  '^(?:(?:so|but|and|ok|okay|um+|erm+|wait|sorry|sorry but)\\s+)*(?:' +
    `(?:whats|what is|what s|wots|wats|wat is)\\s+(?:the\\s+)?(?:difference|diff|diffrence|differance)\\s+(?:between|from|to|with)\\s+(?:this|that|these|it)(?:\\s+(?:one|bit|part|question))?(?:\\s+(?:and|n)\\s+${PART})?` +
    `|how\\s+(?:is|s)\\s+(?:this|that|it)\\s+(?:question\\s+|bit\\s+)?(?:different|diffrent)\\s+(?:from|to|than)\\s+${PART}` +
    `|(?:isnt|is not|is)\\s+(?:this|that|it)\\s+(?:question\\s+|bit\\s+)?(?:the same as|just like)\\s+${PART}` +
    ')$',
);

/** "interviews or customers": two things named beside a "which one". */
const TWO_NAMED = /^(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+or\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?$/;

/** Seeing two things in the question: then either one is fine. */
const TWO_THINGS = /\b(?:which|what)\s+(?:one|ones|bit|part|question)\b|\b(?:two|2)\s+(?:questions|things)\b/;

/** How a message asks about the question; null when it is (or holds) an answer. */
export function readQuestionAsked(text: string): QuestionAsked | null {
  if (text.length > 140) return null;
  const sentences = text.split(/[.?!;\n]+/).map((s) => normaliseMessage(s)).filter(Boolean);
  if (!sentences.length || sentences.length > 3) return null;
  let asks = false;
  for (const said of sentences) {
    const words = said.split(' ').length;
    if (words <= 10 && (WHICH.test(said) || WITH_WHAT.test(said) || ABOUT_QUESTION.test(said))) asks = true;
    else if (words <= 16 && (DO_YOU_MEAN.test(said) || DIFFERENCE.test(said))) asks = true;
    else if (!(words <= 5 && TWO_NAMED.test(said))) return null;
  }
  if (!asks) return null;
  const all = sentences.join(' ');
  return TWO_THINGS.test(all) || sentences.some((s) => TWO_NAMED.test(s) && s.split(' ').length <= 5) ? 'either' : 'meaning';
}
