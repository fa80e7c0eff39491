/*
 * "nobody at school ever says anything nice about her", asked what people like about the young
 * person: a sad answer about what others say, never a strength and never met with "lovely".
 * Only the saying of nice things is read here; harm or bullying is read by the concern readers first.
 */

const plain = (text: string) => text.toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();

const NICE = String.raw`(?:nice|good|kind|positive|nice things|good things)`;
/** "nobody ever says anything nice about her", "no one has a good word to say about him". */
const NOBODY_SAYS = new RegExp(String.raw`\b(?:nobody|no one|noone|none of (?:them|the teachers|the staff))\b(?:\s+\w+){0,3}?\s+(?:ever\s+)?(?:says?|said|tells?|told|has|have|had)\s+(?:ever\s+)?(?:anything|owt|something|much|a)?\s*${NICE}(?:\s+word)?\b`);
/** "school never say anything good about him", "they dont say anything nice about her". */
const NEVER_SAY = new RegExp(String.raw`\b(?:never|dont|do not|doesnt|does not|rarely|hardly ever)\s+(?:ever\s+)?(?:says?|tells?\s+(?:me|us)|hear|have)\s+(?:anything|owt|much|a)\s+${NICE}\b`);
/** "we only ever hear the bad stuff", "they only ever moan about him". */
const ONLY_BAD = /\bonly\s+(?:ever\s+)?(?:hear|get|say|talk about|tell (?:me|us|you))\s+(?:about\s+)?(?:the\s+)?(?:bad|negative|complaints|problems|moans?)\b|\bonly\s+(?:ever\s+)?(?:moan|complain)\b/;

/** Whether a short answer says nobody says anything nice about the person. */
export function saysNobodySaysNice(text: string): boolean {
  const said = plain(text);
  if (said.split(' ').length > 25) return false;
  return NOBODY_SAYS.test(said) || NEVER_SAY.test(said) || ONLY_BAD.test(said);
}
