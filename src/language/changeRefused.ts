import { keptComplaint } from './keptComplaint';

/*
 * "no thats not what i said", "i never said that", "wrong" at "Change X to Y?": the new words read
 * back are not what they meant. Never a yes; the old words stay and they are asked what they want
 * instead. Only a message that is nothing but the complaint is read here: "no, it should say ..."
 * goes on with new words and is read as those words are.
 */

const FILLER = /^(?:no+|nope|nah|ugh|um+|hmm+|what|wat|huh|eh|oh|sorry|wait|stop|hang\s+on|omg|lol|seriously|again)$/;

/** "no thats ...", "ugh thats ...": said before the complaint, in the same breath. */
const LEADING_FILLER = /^(?:(?:no+|nope|nah|ugh|um+|hmm+|what|oh|omg|wait|sorry)\s+)+/;

const NOT_MEANT = [
  // "thats not what i said", "that's not what I meant", "its not what i asked for"
  /^(?:thats|that\s+s|that\s+is|its|it\s+s|it\s+is|this\s+is|thats\s+just|you\s+got\s+it)\s+(?:not|wrong|all\s+wrong)(?:\s+what\s+i\s+(?:said|meant|mean|wrote|typed|put|asked\s+for|asked|want|wanted|told\s+you))?$/,
  /^(?:not|never)\s+what\s+i\s+(?:said|meant|mean|wrote|typed|put|asked\s+for|asked|want|wanted)$/,
  // "i never said that", "i didnt say that", "i did not mean that"
  /^i\s+(?:never|didnt|did\s+not|dont|do\s+not)\s+(?:say|said|write|wrote|type|typed|mean|meant|want|ask\s+for)\s+(?:that|this|it|them|those\s+words)$/,
  // "wrong", "thats not it", "not right", "no not that", "nope not like that"
  /^(?:(?:thats|that\s+s|that\s+is|its|it\s+s)\s+)?(?:wrong|all\s+wrong|not\s+right|not\s+it|not\s+that|not\s+like\s+that|rubbish|nonsense)(?:\s+(?:at\s+all|again))?$/,
  /^(?:you\s+|u\s+)(?:got\s+(?:it|that)\s+wrong|changed\s+(?:it|the)\s+wrong(?:\s+\w+)?|misread\s+(?:it|me)|misunderstood(?:\s+me)?|didnt\s+listen|did\s+not\s+listen)$/,
];

/** The message only says the words read back are not what they meant. */
export function refusesChange(text: string): boolean {
  if (keptComplaint(text)) return true;
  const said = text.slice(0, 200).toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  const meant = said
    .split(/[.!?,;:]+/)
    .map((s) => s.trim().replace(LEADING_FILLER, ''))
    .filter((s) => s && !FILLER.test(s));
  return meant.length === 1 && NOT_MEANT.some((re) => re.test(meant[0]!));
}
