/*
 * "what? im fine. what sounds hard, the fridge?" at "That sounds hard. Are you OK?": they are fine
 * and puzzled by the check, so it was a misreading. Both must be said: "im fine" alone is a plain
 * yes. Whether anything worrying is said beside it is for the concern reader, which goes first.
 */

const FINE = /\b(?:i\s*'?\s*m|i\s+am|am|we\s*'?\s*re|we\s+are|all)\s+(?:totally\s+|perfectly\s+|absolutely\s+|completely\s+)?(?:fine|ok|okay|alright|all\s+right|good)\b/;
const PUZZLED =
  /(?:^|[.!?,]\s*)(?:what|wot|wat|huh|eh|pardon|sorry)\s*\?|\bwhat\s+(?:sounds|is|was|s|seems)\s+(?:so\s+)?hard\b|\b(?:what|wot|wat)\s+(?:are|r)\s+(?:you|u)\s+on\s+about\b|\bwhy\s+(?:would|does|did)\s+(?:that|it)\s+(?:sound|be)\s+hard\b|\bwhere\s+did\s+(?:you|u)\s+get\s+that\b/;

/** True when they say they are fine and are puzzled that they were asked. */
export function saysCheckMisread(text: string): boolean {
  const plain = text.toLowerCase().replace(/[’`]/g, "'");
  return FINE.test(plain) && PUZZLED.test(plain);
}
