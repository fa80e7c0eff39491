import { readPolarity } from './polarity';

/*
 * "wait u didnt change the job bit. whatever. ye one more the bus one": a remark or complaint, then
 * the answer to a yes / no question in a sentence of its own. The remark is no part of the answer
 * (nor of any content kept with it); the chat reads the answer alone.
 */

/** "one more", "another", "ye", "yes the bus one": a sentence that starts as the answer itself. */
const MORE_LEAD = /^(?:(?:one|1)\s+more|an?\s*other|more\s+(?:for|about|on))\b/i;

function startsAnswer(sentence: string): boolean {
  if (MORE_LEAD.test(sentence.trim())) return true;
  return readPolarity(sentence).answer === 'yes';
}

/**
 * The answer said after one or more sentences that give none ("wait u didnt change the job bit.
 * whatever."); undefined when the message starts with its answer or has no sentence that is one.
 */
export function answerAfterRemark(text: string): string | undefined {
  const sentences = text.trim().split(/(?<=[.!?])\s+/).filter(Boolean);
  if (sentences.length < 2) return undefined;
  const at = sentences.findIndex(startsAnswer);
  if (at < 1) return undefined;
  // Every sentence before it is a remark: none is a yes or a no of its own.
  if (sentences.slice(0, at).some((s) => readPolarity(s).answer === 'no')) return undefined;
  return sentences.slice(at).join(' ');
}
