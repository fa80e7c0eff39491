/*
 * Words that only head a measure: "we will know by she can do it on her own", "you'll know when",
 * "everyone would see that", "how we know is". What follows is the measure, in their words. A
 * named person who knows ("her teacher will see her ...") is part of the measure and is kept.
 */

/** Who knows, said as anyone at all: "we", "you", "everyone", "people", "they". */
const ANYONE = String.raw`(?:we|you|u|ya|every\s*one|everybody|people|they|others|all\s+of\s+us|i)`;
const MODAL = String.raw`(?:will|would|can|could|should|shall|'ll|'d|ll|d)`;
const KNOW = String.raw`(?:know|tell|see|notice)`;
/** "by", "when", "because", "cos", "if", "from", "as", "that": the link before the measure itself. */
const LINK = String.raw`(?:by(?!\s+(?:the\s+end|end|next|this|then|christmas|easter|summer|spring|autumn|winter|half[\s-]?term|year|term|[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)|when|because|cause|cos|coz|cuz|bc|if|from|as|that|cus)`;

/** "no the step is fine," "that's fine." before the measure: a word about another part, not the measure. */
const STEP_IS_FINE = /^(?:(?:(?:no+|nah|nope|ok|okay)[\s,.!]+)?(?:the\s+step|that|it)(?:\s+is|'s|s)\s+)?(?:fine|ok|okay|good|right)[\s,.!;:-]+/i;

const HEADING = new RegExp(
  String.raw`^(?:(?:well|so|ok|okay|um+|erm+|i\s+think|i\s+guess)[\s,]+)*` +
    String.raw`(?:(?:${ANYONE}(?:\s*${MODAL})?(?:\s+(?:all|just|probably|definitely))?\s+${KNOW}(?:\s+(?:it|that|(?:it'?s|its)\s+done|(?:she|he|they|i)(?:'s|s|\s+has|\s+have)\s+done\s+it))?\s+${LINK}|how\s+(?:we|you|people|everyone)\s+(?:will\s+|would\s+|'ll\s+)?${KNOW}\s+(?:is|=)|the\s+way\s+(?:we|you|people|everyone)\s+(?:will\s+|would\s+|'ll\s+)?${KNOW}\s+is)(?:\s+that)?)[\s,:;-]+`,
  'i',
);

/** The measure without the words that only head it; unchanged when too little would be left. */
export function withoutMeasureHeading(text: string): string {
  const trimmed = text.trim();
  const rest = trimmed.replace(STEP_IS_FINE, '').replace(HEADING, '').trim();
  return rest.split(/\s+/).filter(Boolean).length >= 2 ? rest : trimmed;
}
