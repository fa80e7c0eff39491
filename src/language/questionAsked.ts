import { clausesOf, normaliseMessage } from './text';
import { onlySaysUnsure } from './unsure';

/*
 * A question back about the question itself, typed where an answer was asked for: "which people",
 * "help me with what", "that question is too vague", "dreams like when i am asleep or do you mean
 * what i want". Or one that sees two things in it: "with which one. interviews or customers",
 * "those are two questions. which one do i answer", or sets it beside another part of the chat:
 * "whats the difference between this and the help bit?". Literal readers ask these; they are never
 * answers. Real answers with question words in them stay answers: "I want to know which college is
 * best", "help me with reading", "what I like is football". Not knowing may come beside it ("dont
 * know. what people"): the question back is what needs answering, and the not knowing is never kept.
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

/** "that question is too vague", "i dont understand the question", "sorry i am not sure i understand the question", "those are two questions". */
const ABOUT_QUESTION =
  /^(?:(?:sorry|but|ok|okay|um+|erm+)\s+)*(?:(?:(?:i\s+)?(?:am|m|im)\s+)?not\s+sure\s+(?:if\s+|that\s+)?i\s+(?:understand|get|know)\s+(?:that|the|this|your)\s+question|(?:that|this|the|your|ur|it)\s+(?:question\s+)?(?:is|s|was|sounds|seems)\s+(?:too\s+|so\s+|very\s+|a bit\s+|really\s+|quite\s+|well\s+)*(?:vague|confusing|unclear|hard to understand|weird|strange|broad|big|general|two questions|2 questions)|(?:i\s+)?(?:dont|do not|cant|cannot)\s+(?:understand|get|answer)\s+(?:that|the|this|your)\s+question|(?:those|these|they|that|there)\s+(?:are|is|s)\s+(?:two|2)\s+(?:questions|things)|(?:you|u)\s+asked\s+(?:two|2)\s+(?:questions|things))$/;

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

/**
 * The words the bot's own open questions turn on. A young reader asks about one of them on its own:
 * "strengths?", "support how?", "provide what". Any other single word with a "?" ("football?") is
 * an answer said unsurely, so only these are read as a question back.
 */
const QUESTION_WORD =
  '(?:strengths?|admire|admired|important|support|supported|supporting|dreams?|hopes?|provide|provides|provision|barriers?|hard|helps?|measure|possible|achieve|aspirations?|outcomes?|step|steps|goals?)';

/**
 * The bot's own plan words (hope, outcome, measure, step, provision) have meanings of their own for
 * every age, said by the word-meaning reply: "whats an outcome" or "measure?" is left to it.
 */
const OWN_MEANING_WORD =
  '(?:strengths?|admire|admired|important|support|supported|supporting|dreams?|provide|provides|barriers?|hard|helps?|possible|achieve|aspirations?|goals?)';

/** "support how", "provide what", "important meaning": a word of the question asked about. */
const WORD_ASKED = new RegExp(`^(?:(?:so|but|and|um+|erm+|wait|sorry|huh)\\s+)*${QUESTION_WORD}(?:\\s+(?:to\\s+(?:me|you|him|her|them)|like))?\\s+(?:how|what|meaning|means|mean|as in|in what way)$`);

/** "strengths?" on its own, with its question mark: without one, a bare word may be an answer. */
const BARE_WORD = new RegExp(`^${OWN_MEANING_WORD}$`);

/**
 * "what r strengths", "whats a strength", "what does admire mean", "what counts as a strength",
 * "how do you mean": what a word of the question means. The thing asked about is short and ends
 * the sentence, so "what is important to me is my family" stays an answer.
 */
const WORD_MEANT = new RegExp(
  '^(?:(?:so|but|and|ok|okay|um+|erm+|wait|sorry|sorry but)\\s+)*(?:' +
    '(?:what|whats|wots|wats)\\s+(?:does|do|is|are|r|s|re)\\s+(?:a\\s+|an\\s+|the\\s+|my\\s+)?(?:word\\s+)?(?:[a-z]+\\s+)?' + OWN_MEANING_WORD + '(?:\\s+(?:mean|means|meant to be|supposed to mean))?' +
    '|(?:whats|what is|what s|wots|wats)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:word\\s+)?' + OWN_MEANING_WORD +
    '|what\\s+(?:counts|would count|kind of thing counts)\\s+as\\s+(?:a\\s+|an\\s+)?' + OWN_MEANING_WORD +
    '|how\\s+do\\s+you\\s+mean' +
    ')(?:\\s+(?:then|exactly|please|tho|though))?$',
);

/** A plan word with a meaning of its own, asked about: "what do u mean by measure", "sorry whats an outcome then". */
const PLAN_WORD_ASKED = /\b(?:mean|means|meant|whats|what is|what s|what are|what r)\b(?:\s+[a-z]+){0,4}?\s+(?:an?\s+|the\s+)?(?:hopes?|outcomes?|measures?|steps?|provision|needs?|targets?)\b/;

/** Seeing two things in the question: then either one is fine. */
const TWO_THINGS = /\b(?:which|what)\s+(?:one|ones|bit|part|question)\b|\b(?:two|2)\s+(?:questions|things)\b/;

/** How a message asks about the question; null when it is (or holds) an answer. */
export function readQuestionAsked(text: string): QuestionAsked | null {
  if (text.length > 140) return null;
  // "u" and "r" are how many young people type "you" and "are".
  const sentences = clausesOf(text)
    .map((s) => normaliseMessage(s).replace(/\bu\b/g, 'you').replace(/\bwot\b|\bwat\b/g, 'what'))
    .filter(Boolean);
  if (!sentences.length || sentences.length > 3) return null;
  const questioned = text.includes('?');
  let asks = false;
  for (const said of sentences) {
    const words = said.split(' ').length;
    if (words <= 10 && (WHICH.test(said) || WITH_WHAT.test(said) || ABOUT_QUESTION.test(said) || WORD_ASKED.test(said) || WORD_MEANT.test(said) || (questioned && BARE_WORD.test(said)))) asks = true;
    else if (words <= 16 && (DO_YOU_MEAN.test(said) || DIFFERENCE.test(said))) asks = true;
    else if (!(words <= 5 && (TWO_NAMED.test(said) || onlySaysUnsure(said)))) return null;
  }
  if (!asks) return null;
  const all = sentences.join(' ');
  if (PLAN_WORD_ASKED.test(all)) return null;
  return TWO_THINGS.test(all) || sentences.some((s) => TWO_NAMED.test(s) && s.split(' ').length <= 5) ? 'either' : 'meaning';
}
