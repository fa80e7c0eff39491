import { normaliseMessage } from './text';

/*
 * "my knees are bad these days, but thats not for this really is it", "her mum was the same, i was
 * just saying", "i had to give up work, anyway thats by the by": a sentence that says itself it is
 * not for the plan. What it tells is heard (safeguarding reads the whole message first), but it is
 * never kept as a hope, hard thing or help. Only the close of the sentence is read, so "i was just
 * saying to her teacher she needs to read" or "that is for this year" stay answers.
 */

const THAT = String.raw`(?:that|thats|that\s+s|that\s+is|it|its|it\s+s|it\s+is|this|this\s+is|which\s+is)`;
const HERE = String.raw`(?:this|the\s+plan|her\s+plan|his\s+plan|their\s+plan|here|now|today|what\s+(?:you|u)\s+(?:asked|need|want)|the\s+question)`;
const SHRUG = String.raw`(?:\s+(?:really|anyway|anyways|though|tho|i\s+suppose|i\s+guess|i\s+know|i\s+expect|is\s+it|isnt\s+it|lol|haha|ha|sorry|mind|tbh))*`;

const CLOSES: readonly string[] = [
  // "but thats not for this really is it", "its not about this", "that isnt part of the plan"
  String.raw`${THAT}\s+(?:not|isnt|isn\s+t|aint|not\s+really|really\s+not)\s+(?:really\s+)?(?:for|about|part\s+of|relevant\s+(?:to|for|here)|important\s+(?:for|here))\s+${HERE}`,
  String.raw`${THAT}\s+(?:not|isnt|isn\s+t)\s+(?:really\s+)?relevant`,
  // "thats nothing to do with this", "its got nothing to do with her plan"
  String.raw`${THAT}\s+(?:got\s+|has\s+)?(?:nothing|not\s+anything|not)\s+(?:much\s+)?to\s+do\s+with\s+(?:this|the\s+plan|her|him|them|it|anything|school)`,
  // "but that doesnt matter for this", "that dont matter here"
  String.raw`(?:that|it|this)\s+(?:doesnt|does\s+not|dont|don\s+t|doesn\s+t)\s+(?:really\s+)?matter\s+(?:(?:for|to)\s+${HERE}|here|now)`,
  // "anyway thats by the by", "thats beside the point", "thats neither here nor there", "thats another story"
  String.raw`${THAT}\s+(?:all\s+)?(?:by\s+the\s+by|by\s+the\s+bye|besides\s+the\s+point|beside\s+the\s+point|neither\s+here\s+nor\s+there|off\s+(?:the\s+)?topic|another\s+story|a\s+different\s+story|a\s+story\s+for\s+another\s+day|for\s+another\s+day|another\s+matter)`,
  // "i was just saying", "im only saying", "just thought id mention it", "not that its relevant", "not that it matters"
  String.raw`(?:i\s+was|im|i\s+m|i\s+am)\s+(?:just|only)\s+(?:saying|mentioning\s+it|telling\s+(?:you|u)|sharing)`,
  String.raw`(?:i\s+)?(?:just|only)\s+thought\s+(?:id|i\s+d|i\s+would|i\s+should)\s+(?:say|mention\s+it|mention|tell\s+(?:you|u)|let\s+(?:you|u)\s+know)`,
  String.raw`not\s+that\s+(?:its|it\s+s|it\s+is|thats|that\s+is|it)\s+(?:relevant|important|matters|your\s+problem)`,
  // "sorry im rambling", "anyway im going off topic", "i digress"
  String.raw`(?:sorry\s+)?(?:im|i\s+m|i\s+am)\s+(?:rambling|waffling|going\s+off\s+(?:on\s+one|topic|track)|getting\s+off\s+(?:topic|track)|going\s+on)|i\s+digress`,
];
const LEAD = String.raw`(?:^|\s)(?:(?:but|and|anyway|anyways|so|though|tho|well|oh\s+well|still|ah\s+well|sorry)\s+)*`;
const CLOSE = new RegExp(`${LEAD}(?:${CLOSES.join('|')})${SHRUG}$`);

/** True when the sentence closes by saying it is not for the plan ("..., but thats not for this really is it"). */
export function saysNotForThePlan(sentence: string): boolean {
  const said = normaliseMessage(sentence).replace(/[?.!]+$/, '').trim();
  return said.length > 0 && CLOSE.test(said);
}
