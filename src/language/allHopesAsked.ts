import { normaliseReply } from './polarity';

/*
 * "where have the others gone?", "what about my other hopes?", "there were 5", "show me all of
 * them": said at a list of hopes to choose from, it asks for the whole list. Never a hope picked.
 */

const OTHERS = String.raw`(?:the\s+)?(?:others?|other\s+(?:ones?|hopes?|dreams?)|rest(?:\s+of\s+(?:them|my\s+hopes|the\s+hopes))?|(?:my|his|her|their)\s+other\s+(?:ones?|hopes?|dreams?)|(?:all\s+)?(?:my|his|her|their)\s+(?:hopes?|dreams?))`;
const WHERE = new RegExp(String.raw`^(?:(?:but|and|um+|erm+|hang\s+on|wait|oh|hmm+|er)[\s,.!]+)*(?:where(?:'?s|\s+(?:have|has|are|did|is))?\s+${OTHERS}(?:\s+(?:gone|go|went|disappeared))?|what\s+(?:about|happened\s+to)\s+${OTHERS}|(?:you(?:'?ve|\s+have)?\s+)?(?:missed|left\s+out|lost|forgot(?:ten)?|dropped)\s+(?:some|${OTHERS})(?:\s+(?:off|out))?|(?:there\s+(?:were|was|are)|i\s+(?:had|gave(?:\s+you)?|said)|we\s+had)\s+(?:\d+|two|three|four|five|six|seven|more(?:\s+than\s+that)?)(?:\s+(?:hopes?|of\s+them|not\s+\w+))?|(?:can\s+(?:you|u|i)\s+)?(?:show|list|see|give)(?:\s+(?:me|us))?\s+(?:all|every|the\s+whole\s+list|the\s+full\s+list|the\s+rest|the\s+others?)(?:\s+(?:of\s+)?(?:them|the\s+hopes|my\s+hopes|hopes|one))?(?:\s+please)?|(?:only|just)\s+(?:two|2|three|3)(?:\s+of\s+them)?|why\s+(?:only|just)\s+(?:two|2|three|3|these|those))[\s.!?]*$`, 'i');

/** True when the message asks for every hope, not one picked from the list shown. */
export function asksForAllHopes(text: string): boolean {
  const said = normaliseReply(text).replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  return said.length > 0 && said.length <= 100 && WHERE.test(said);
}
