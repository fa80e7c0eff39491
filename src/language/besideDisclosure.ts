import { concernByRules } from './concern';

/*
 * A message that tells of harm is often an answer too, with the harm in a sentence of its own ("i
 * run out of time in exams. also my cousin gives me money to drop stuff off for him lol"). The
 * answer is kept for the plan; the harm goes to the safeguarding lead, never into the plan's words.
 */

const SENTENCES = /(?<=[.!?;])\s+|\n+/;

/**
 * The words of a message to offer back as its answer: the sentences in which no rule reads harm,
 * when some do and some do not; the whole message otherwise (the harm is the answer, as in "people
 * in my class call me names so i hate going in").
 */
export function answerBesideDisclosure(text: string): string {
  const sentences = text.split(SENTENCES).filter((s) => /\p{L}{2,}/u.test(s));
  if (sentences.length < 2) return text;
  const kept = sentences.filter((s) => !concernByRules(s));
  return kept.length > 0 && kept.length < sentences.length ? kept.join(' ').trim() : text;
}
