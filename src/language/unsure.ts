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

/** Sounds made while thinking: "ummm", "hmm", "erm", "uhh". */
const FILLER_WORD = /^(?:u+m+|h+m+|e+r+m*|u+h+|e+h+|a+h+|m+|hm+m*)$/;

/**
 * "ummm", "hmm...", "erm 🤔": only the sounds of thinking. It says nothing, so it is never kept as
 * an answer; at a question wanting their own words it is read as "I'm not sure".
 */
export function onlyFiller(text: string): boolean {
  const plain = normaliseMessage(text).trim();
  if (!plain) return false;
  return plain.split(' ').every((w) => FILLER_WORD.test(w));
}

const UNSURE_LEAD = /^(?:(?:um+|erm+|hmm+|well|honestly|tbh|like)\s+)*(?:idk|i dont know|i do not know|dunno|i dunno|no idea|not sure|im not sure|i dont really know|nothing really|nothing)\s+(?:(?:and|but|tbh|like|cos|cause|because|honestly)\s+)*/;
const DISLIKE =
  /^(?:i\s+(?:dont|do not|just dont|really dont)\s+(?:really\s+|even\s+|much\s+|actually\s+)?(?:like|enjoy|care about|get on with)|i\s+(?:hate|cant stand|kinda hate|really hate))\s+(?:\w+\s*){1,4}(?:\s+(?:much|really|tbh|at all|that much|lol))*$|^(?:school|it|this|lessons|everything|college|home)\s+(?:is|s|are)\s+(?:just\s+|so\s+|really\s+)?(?:boring|rubbish|crap|annoying|stupid|pointless|long|hard)$/;

/**
 * "idk i dont really like school" at "what helps?": unsure, with how they feel beside it, and no
 * help named. Said at a question about what helps, it is "I'm not sure", never a help.
 */
export function unsureWithAFeeling(text: string): boolean {
  const plain = normaliseMessage(text).replace(/\s+/g, ' ').trim();
  if (!plain || plain.split(' ').length > 12) return false;
  const lead = UNSURE_LEAD.exec(plain);
  if (!lead || !lead[0]) return false;
  return DISLIKE.test(plain.slice(lead[0].length).trim());
}
