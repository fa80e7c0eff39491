/*
 * "using a spoon himself would be amazing", "walk to school on her own, that would be a dream": how
 * much the hope would mean is said after it. The hope kept is what is wanted ("use a spoon himself"),
 * never "would be amazing". A hope said as "-ing ... would be ..." starts with its verb.
 */

const TAIL =
  /\s*(?:[,.;!-]+\s*)?(?:(?:and\s+)?(?:that|it|this)\s*)?(?:would|wud|'d|d|will|'ll|ll)\s+(?:be|mean)\s+(?:(?:so|really|just|absolutely|honestly|such|a)\s+)*(?:amazing|great|lovely|brilliant|fantastic|wonderful|nice|perfect|incredible|huge|massive|ace|fab|a\s+dream(?:\s+come\s+true)?|the\s+dream|a\s+big\s+deal|so\s+much|the\s+world|everything)(?:\s+(?:for|to)\s+(?:him|her|them|us|me|\w+))?(?:\s+(?:tbh|honestly|really|too))?[\s.!]*$/i;

/** "using" → "use", "running" → "run", "walking" → "walk": the verb a gerund-led hope starts with. */
const KEEPS_E = new Set(['us', 'mak', 'tak', 'giv', 'hav', 'rid', 'writ', 'driv', 'bak', 'danc', 'liv', 'com', 'sav', 'shar', 'car', 'wak', 'chang', 'mov', 'behav', 'serv', 'argu', 'tim', 'typ', 'bath', 'dress', 'smil', 'wav']);

/** Words ending in "ing" that are no verb. */
const NOT_GERUNDS = new Set(['thing', 'things', 'spring', 'string', 'morning', 'evening', 'ceiling', 'nothing', 'something', 'anything', 'everything', 'during', 'wedding', 'building', 'pudding']);

function verbOf(gerund: string): string {
  const stem = gerund.slice(0, -3);
  if (stem === 'dress' || stem === 'bath') return stem;
  if (KEEPS_E.has(stem)) return `${stem}e`;
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** The hope without the words that only say how much it would mean; the hope as said when there are none. */
export function withoutPraiseTail(text: string): string {
  const said = text.trim();
  const cut = said.replace(TAIL, '').trim();
  // "something like that would be nice": what is left must say a hope, not stop mid-phrase.
  if (cut === said || cut.split(/\s+/).length < 2 || /\b(?:like|of|for|to|and|but|if|when|as|with|about|something|anything)$/i.test(cut)) return said;
  const first = /^([A-Za-z]+ing)\b/.exec(cut)?.[1];
  return first && first.length >= 5 && !NOT_GERUNDS.has(first.toLowerCase()) ? `${verbOf(first.toLowerCase())}${cut.slice(first.length)}` : cut;
}
