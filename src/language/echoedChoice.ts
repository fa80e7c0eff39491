import type { ChoiceOption } from './choice';
import { splitYesWithContent } from './yesNo';

/*
 * A button's words typed before the answer: "something does, he struggles with reading" after "So
 * nothing makes this hard? Yes, nothing / Something does". The lead says which choice; the words
 * after it are the answer, kept without the lead. A bare "yes" or "no" lead is left to the yes / no
 * readers, which already know "yeah, learn to drive".
 */

export interface EchoedChoice {
  value: string;
  /** The label as it stands alone, for a choice whose words after it are no answer. */
  label: string;
  rest: string;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function leadOf(label: string): RegExp | undefined {
  const words = label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  return new RegExp(`^\\s*${words.map(escape).join("[^\\p{L}\\p{N}]*")}(?=[^\\p{L}\\p{N}])[\\s,.!?;:)\\-–—…]*`, 'iu');
}

/** A one-word yes / no label ("Yes", "No"): the yes / no readers' own. "Yes, nothing" says more. */
const isBareAnswer = (label: string) => {
  const { answer, rest } = splitYesWithContent(label);
  return answer !== null && !rest && label.trim().split(/\s+/).length === 1;
};

/** "I think", "maybe", "probably", "i guess so", "please": words of doubt or manners after a choice, not an answer. */
const HEDGE = /^(?:(?:i\s+)?(?:think|guess|suppose|reckon|hope)(?:\s+so)?|maybe|probably|perhaps|hopefully|roughly|about|or\s+so|ish|for\s+now|please|pls|plz|thanks|thank\s+you|ok|okay|then|yes|yeah|i\s+would\s+say|if\s+possible|we\s+hope|we\s+think)$/i;

/** Only a hedge after a button's words: "end of this school year I think" is that button. */
export function onlyHedge(rest: string): boolean {
  const parts = rest.toLowerCase().replace(/[^\p{L}\s,.!]+/gu, ' ').split(/[,.!]+|\s+(?=(?:i|maybe|probably|please|thanks)\b)/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => HEDGE.test(p.replace(/\s+/g, ' ')));
}

/**
 * "is more realistic", "would be better", "sounds about right": the words after the button say
 * something about it, so the button's words are the subject of the sentence and the choice is made.
 */
const SAYS_OF_IT = /^(?:'s|is|was|would|will|should|could|might|seems?|sounds?|feels?|looks?|works?|suits?|fits?|makes?\s+(?:more\s+|most\s+|better\s+)?sense)\b/i;

/** The words after a button's words are a comment on that choice, not an answer of their own. */
export function commentsOnChoice(rest: string): boolean {
  return SAYS_OF_IT.test(rest.trim().replace(/[\u2018\u2019]/g, "'"));
}

export function splitEchoedChoice(text: string, options: readonly ChoiceOption[]): EchoedChoice | undefined {
  for (const option of options) {
    // Longest labels first, so "Yes, nothing" wins over a shorter label inside it.
    const labels = [...(option.synonyms ?? [])].filter((l) => !isBareAnswer(l)).sort((a, b) => b.length - a.length);
    for (const label of labels) {
      const match = leadOf(label)?.exec(text);
      const rest = match ? text.slice(match[0].length).trim() : '';
      if (match && /\p{L}{2}/u.test(rest)) return { value: option.value, label, rest };
    }
  }
  return undefined;
}
