import { foldCase } from './text';

/*
 * How everyone will know is something people could see: "she reads a book to me every night", not
 * "confidence i think" or "you'd just see it". A feeling or a shrug gets one question that makes it
 * something seen, and hedges ("i think", "maybe") are not kept in the stored measure.
 */

/** Hedges at the start or end of a measure, which say how sure the person is, not what is seen. */
const HEDGE_START = /^(?:(?:i\s+think|i\s+guess|i\s+suppose|i\s+reckon|i\s+hope|maybe|probably|possibly|perhaps|hopefully|idk|i\s+dunno|dunno|i\s+don'?t\s+know|not\s+sure|um+|erm+|hmm+|well|like|just|tbh|so|ok|okay)[\s,.!-]+)+/i;
const HEDGE_END = /(?:[\s,.!-]+(?:i\s+think|i\s+guess|i\s+suppose|i\s+reckon|i\s+hope|maybe|probably|perhaps|hopefully|idk|i\s+dunno|dunno|not\s+sure|or\s+something|or\s+so|tbh|lol))+[\s.!?]*$/i;

/** The measure without the hedges around it ("confidence i think" -> "Confidence"). */
export function withoutHedges(text: string): string {
  const trimmed = text.trim();
  const bare = trimmed.replace(HEDGE_END, '').replace(HEDGE_START, '').trim();
  if (!bare) return trimmed;
  return bare === trimmed ? bare : bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Feelings and judgements: felt inside or said about someone, not seen them doing. */
const FEELING =
  /^(?:(?:more|less|a\s+lot|much|really|very|so|be|being|feel|feels|feeling|seem|seems|look|looks|more\s+of\s+a)\s+)*(?:confidence|confident|happy|happier|happiness|proud|pride|better|calm|calmer|good|fine|ok|okay|alright|relaxed|independent|independence|settled|less\s+anxious|less\s+worried|less\s+stressed|improvement|improved|progress|success|successful|it|that|everything)$/;
/** "she'll be happy", "he would feel better", "i'd be more confident". */
const SOMEONE_FEELS =
  /^(?:(?:i|he|she|they|we|you|[a-z]+)\s*(?:'ll|'d|ll|d|\s+will|\s+would|\s+is|\s+are|\s+am|'s|s)?\s+)(?:(?:be|feel|seem|look|become|get)\s+)?(?:(?:more|less|a\s+lot|much|really|very|so)\s+)*(?:confident|happy|happier|proud|better|calm|calmer|good|fine|ok|okay|relaxed|settled|independent)$/;
/** "you'd see it", "you would just know", "we'll notice", "everyone will know". */
const YOU_WOULD_KNOW =
  /^(?:(?:you|we|they|people|everyone|everybody|i|u)\s*(?:'d|d|'ll|ll|\s+would|\s+will|\s+could|\s+can)?\s+(?:just\s+)?(?:see|know|notice|tell)(?:\s+(?:it|that|the\s+difference|a\s+difference|by\s+looking))?|(?:it\s+would\s+be\s+|it'?s\s+)?obvious|(?:by\s+)?seeing\s+it|(?:you\s+)?can\s+see)$/;

/** A measure that names a feeling or a shrug, nothing anyone could see them do. */
export function isVagueMeasure(text: string): boolean {
  const plain = foldCase(withoutHedges(text)).replace(/[\u2018\u2019]/g, "'").replace(/[.!?,]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!plain) return true;
  return FEELING.test(plain) || SOMEONE_FEELS.test(plain) || YOU_WOULD_KNOW.test(plain);
}
