import { readPolarity } from './polarity';

/*
 * "No, road is finish. I say toilet. He must go toilet alone at school": asked for a step towards
 * a hope, the person says that hope is done (or not the one) and names another. This is a
 * correction about which hope, never a step: "Tunde will no, road is finish" must not be built.
 */

export interface NotThisHope {
  /** The words naming the hope meant instead ("toilet"), when said. */
  named?: string;
  /** Words after the naming that may be the step itself ("He must go toilet alone at school"). */
  step?: string;
  /** Said that the hope asked about is done or not the one ("road is finish"), not only another named. */
  done: boolean;
  /** The hope said to be finished ("flat" in "no more for the flat"), when named. */
  doneWith?: string;
  /** What was said before it ("yes thats right" of "yes thats right. and no more for the flat hope"). */
  before?: string;
}

/** "road is finish", "done already", "we did that", "not this one": the hope asked about is not wanted now. */
const DONE =
  /\b(?:is|are|was|its|it's|it is|that'?s|that is)?\s*(?:finish(?:ed)?|done|complete(?:d)?|over|enough|ok now|fine now|sorted)\b|\balready\b|\b(?:we|i|you)\s+(?:did|do|have done|had|already did|finish(?:ed)?)\s+(?:this|that|it|the|road|one)\b|\bnot\s+(?:this|that|the\s+\S+)(?:\s+(?:one|hope|dream|again|now|anymore|any\s*more))\b|\bnot\s+(?:again|anymore|any\s*more)\b/i;

/** "I say toilet", "I mean the toilet", "I told you toilet": the hope they meant. */
const SAYS = /\b(?:i|we)\s+(?:say|said|saying|mean|meant|told\s+you|tell\s+you|ask(?:ed)?\s+(?:for|about))\b[\s,:]*(?:about\s+|for\s+)?/i;

/** Small words between the "done" and the hope named: "already", "now", "but", "the". */
const LEAD_IN = /^(?:[\s,.:;!-]+|(?:already|now|anymore|thanks|thank\s+you|but|so|and|instead|the|a|his|her|my)\b)+/i;

/** "for now", "not sure about the other one", "maybe later": no hope is named after the "done". */
const UNSURE_REMARK = /^(?:for\s+now\b|(?:(?:im|i\s+am|i\s+m)\s+)?(?:still\s+)?not\s+sure\b|maybe\b|(?:i\s+)?(?:dont|don't|do\s+not)\s+know\b|later\b|(?:im\s+)?still\s+thinking\b)/i;

/**
 * "no more for the flat", "thats enough for the flat one", "done with the job bit": the hope named is
 * the one finished, never the one meant next. Times ("for now", "for today") and people ("for me") are no hope.
 */
const NO_MORE_FOR =
  /\b(?:no\s+more|(?:that'?s|thats|its|it'?s|is)?\s*enough|(?:i'?m\s+|im\s+)?(?:done|finished))\s+(?:for|with|on)\s+(?:the|my|that|this)\s+(?!(?:now|today|tonight|day|moment|minute|while|time being)\b)([\p{L}\p{N}' ]+?)(?:\s+(?:one|hope|dream|goal|bit|thing|stuff))?\s*(?=[.!?;,]|$)/iu;

/** "can we do", "lets do", "now": the asking before and after the hope meant next, never its words. */
const ASKING_NEXT = /^(?:[\s,.:;!-]+|(?:can|could)\s+(?:we|u|you|i)\s+(?:do|go\s+on\s+to|move\s+on\s+to|have)|(?:lets|let's|let\s+us)\s+do|(?:but|so|and|then|now|instead|please|pls|plz)\b)+/i;

/** Reads a correction of which hope a step is for; undefined when the message is not one. */
export function notThisHope(text: string): NotThisHope | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > 400) return undefined;
  const noMoreFor = NO_MORE_FOR.exec(trimmed);
  if (noMoreFor) {
    const rest = trimmed.slice(noMoreFor.index + noMoreFor[0].length).replace(ASKING_NEXT, '').replace(/[\s?.!]*(?:\bnow|\bplease|\bpls)?[\s?.!]*$/i, '').trim();
    const before = trimmed.slice(0, noMoreFor.index).replace(/(?:[\s,.;:!-]|\b(?:and|but|so|also|plus)\b)+$/i, '').trim();
    return { done: true, doneWith: noMoreFor[1]!.trim(), ...(rest ? { named: rest } : {}), ...(before ? { before } : {}) };
  }
  const { answer, rest } = readPolarity(trimmed);
  const sentences = (answer === 'no' ? rest : trimmed).split(/(?<=[.!?;])\s+|\s*[.!?;]+\s*$/).map((s) => s.trim()).filter(Boolean);
  const first = sentences[0] ?? '';
  const says = SAYS.exec(trimmed);
  // A plain "no" with a reason about the step ("no, he runs into the road") is not a correction.
  if (answer !== 'no' && !says) return undefined;
  const done = DONE.exec(first);
  if (!done && !says) return undefined;
  if (!says) {
    // "no not this one, the toilet": what follows the "done" names the hope meant.
    const after = `${first.slice(done!.index + done![0].length)} ${sentences.slice(1).join(' ')}`.replace(LEAD_IN, '').trim();
    // "no thats enough for now. not sure about the night time one still": a remark on a hope, none chosen.
    return after && !UNSURE_REMARK.test(after) ? { named: after, done: true } : { done: true };
  }
  const from = says.index + says[0].length;
  const tail = trimmed.slice(from);
  const cut = /[.!?;]\s*/.exec(tail);
  const named = (cut ? tail.slice(0, cut.index) : tail).replace(/^(?:the|a|an|his|her|my)\s+/i, '').replace(/\s+(?:one|hope|dream|thing)$/i, '').trim();
  const step = cut ? tail.slice(cut.index + cut[0].length).trim() : '';
  return { ...(named ? { named } : {}), ...(step ? { step } : {}), done: Boolean(done) };
}
