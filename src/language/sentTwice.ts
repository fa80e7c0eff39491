import { normaliseReply } from './polarity';

/*
 * "sorry my phone sent that twice", "oops double sent", "ignore that, it sent twice": a remark
 * about a message sent again by mistake. It is never an answer; the answer is kept once.
 */

const AGAIN = String.raw`(?:twice|2x|two\s+times|2\s+times|again|double|x2)`;
const SENT = new RegExp(String.raw`^(?:(?:sorry|soz|oops|whoops|oh|ah|ugh|lol|haha|ignore\s+(?:that|the\s+(?:second|last|other)\s+(?:one|message|msg)|it)|my\s+bad)[\s,.!]*)*(?:(?:my|the|this)\s+(?:phone|mobile|app|internet|signal|wifi|laptop|tablet)\s+|(?:it|that|this|i)\s+)?(?:has\s+|have\s+|just\s+|must\s+have\s+|must\s+of\s+)*(?:sent|send|posted|sent\s+(?:that|it|this|the\s+(?:same\s+)?(?:message|msg|answer|one))|double[\s-]?(?:sent|posted|texted|send)|sent\s+(?:that|it|this)\s+(?:through|off))(?:\s+(?:that|it|this|the\s+(?:same\s+)?(?:message|msg|answer|one)))?(?:\s+${AGAIN})?(?:\s+by\s+(?:mistake|accident))?(?:[\s,.!]+(?:sorry|soz|lol|oops|haha|x+))*[\s.!]*$`, 'i');

/** True when the whole message says a message was sent twice by mistake. */
export function saysSentTwice(text: string): boolean {
  const said = normaliseReply(text).replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (!said || said.length > 90) return false;
  // "sent" alone is no remark: it must say it went again, or twice, or by mistake.
  return SENT.test(said) && new RegExp(String.raw`\b${AGAIN}\b|double|by\s+(?:mistake|accident)`, 'i').test(said);
}
