import { normaliseMessage } from './text';

/*
 * "maybe", "idk maybe", "possibly?", "i guess maybe": a message made only of unsure words. At an
 * open question (no choices to pick) it is never an answer: it is read as "I'm not sure". At a
 * yes / no question "maybe" is left to that question's own reading.
 */

const UNSURE_WORD =
  /^(?:maybe|mayb|mabye|mebbe|perhaps|possibly|probably|prob|probs|idk|idc|dunno|donno|not sure|unsure|no idea|dont know|don't know|do not know|i guess|i suppose|i think|could be|might be|sort of|kind of|kinda|sorta|hmm+|um+|erm+|er|uh+|eh|i dont know|i don't know|not really sure|who knows|no clue|i|guess|so|really|tbh|honestly)$/;

export function onlySaysUnsure(text: string): boolean {
  const plain = normaliseMessage(text).replace(/[?!.,…]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!plain || plain.split(' ').length > 6) return false;
  const words = plain.split(' ');
  // Greedily take the longest unsure phrase at each point; every word must belong to one.
  let i = 0;
  let unsure = false;
  while (i < words.length) {
    let took = 0;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      if (UNSURE_WORD.test(words.slice(i, i + n).join(' '))) {
        took = n;
        break;
      }
    }
    if (!took) return false;
    if (!/^(?:i|so|guess|really|tbh|honestly|hmm+|um+|erm+|er|uh+|eh)$/.test(words.slice(i, i + took).join(' '))) unsure = true;
    i += took;
  }
  return unsure;
}
