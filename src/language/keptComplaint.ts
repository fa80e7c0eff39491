/*
 * "Stop. You saved the wrong thing.", "I did not ask to change anything.": a complaint about what the
 * bot kept or changed. It is talk about the chat, so it is never words for the plan. Only a message
 * that is nothing but the complaint (with "stop", "no", "sorry" and the like around it) is read here;
 * a message that goes on with new words is read as those words are.
 */

export type KeptComplaint = 'wrongKept' | 'notAsked';

const FILLER = /^(?:stop|no+|nope|wait|hang\s+on|hold\s+on|oh|ugh|um+|hmm+|sorry|excuse\s+me|hey|please|pls|ok|okay|what|why|again)$/;

const YOU = String.raw`(?:you|u|the\s+bot|it)\s+(?:have\s+|ve\s+|just\s+|has\s+)*`;
const KEPT_VERB = String.raw`(?:saved|kept|stored|recorded|wrote(?:\s+down)?|written(?:\s+down)?|put(?:\s+down)?|typed|added|copied)`;
const WRONG_THING = String.raw`(?:the\s+)?wrong\s+(?:thing|things|words?|bit|one|answer|part|sentence|stuff)`;

/** "you saved the wrong thing", "thats the wrong thing you saved", "that is not what I said". */
const WRONG_KEPT = new RegExp(
  String.raw`^(?:${YOU}${KEPT_VERB}\s+${WRONG_THING}(?:\s+(?:again|there|here))?|(?:thats|that\s+is|that\s+was|this\s+is)\s+${WRONG_THING}\s+(?:you\s+)?${KEPT_VERB}|(?:thats|that\s+is|this\s+is)\s+not\s+what\s+i\s+(?:said|typed|wrote|told\s+you))$`,
);

/** "I did not ask to change anything", "i never asked you to change it", "I didn't want it changed". */
const NOT_ASKED = new RegExp(
  String.raw`^i\s+(?:did\s+not|didnt|do\s+not|dont|never|have\s+not|havent)\s+(?:ask|asked|want|wanted|say|said|tell|told)\s+(?:you\s+|u\s+)?(?:to\s+)?(?:change|changed|edit|alter|reword)\s*(?:anything|it|that|this|them|the\s+words|the\s+sentence|any\s+of\s+it|a\s+thing)?(?:\s+(?:at\s+all|there|here))?$` +
    String.raw`|^i\s+(?:did\s+not|didnt|do\s+not|dont|never)\s+want\s+(?:it|that|this|anything|the\s+words|the\s+sentence)\s+changed(?:\s+at\s+all)?$`,
);

/** The complaint a message is, or null when it is not only a complaint about what was kept. */
export function keptComplaint(text: string): KeptComplaint | null {
  const said = text.slice(0, 200).toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  const sentences = said.split(/[.!?,;:]+/).map((s) => s.trim()).filter(Boolean);
  const meant = sentences.filter((s) => !FILLER.test(s));
  if (meant.length !== 1) return null;
  const sentence = meant[0]!;
  if (WRONG_KEPT.test(sentence)) return 'wrongKept';
  if (NOT_ASKED.test(sentence)) return 'notAsked';
  return null;
}
