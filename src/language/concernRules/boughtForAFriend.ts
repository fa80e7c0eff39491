import { r, type Rule } from './shared';

/**
 * Mate crime told as friendship: a "best mate" who asks a young adult to buy him things (fags, food,
 * his phone top up), or who says he will not be their friend unless they do. Only a friend, or "he",
 * "she" or "they", asking to be bought things for themselves ("buy him", "get her") counts, so an
 * errand for a parent ("mum asks me to buy milk") is left alone; "i dont mind" does not lower it.
 */
const FRIEND = String.raw`(?:he|she|they|friends?|frends?|mates?|best\s+(?:mate|friend|frend)|bestie|pal|boyfriend|girlfriend)`;
const ASKS = String.raw`(?:always\s+|keeps\s+|sometimes\s+|often\s+|still\s+)?(?:asks|ask|asked|asking|gets|got|tells|told|wants|wanted|makes|made)`;
const THINGS = String.raw`(?:stuff|things|fags|cigs|ciggies|cigarettes|tobacco|baccy|vapes?|food|alcohol|booze|top\s*ups?|phone\s+credit|credit|takeaways?|presents|clothes|trainers)`;

export const BOUGHT_FOR_A_FRIEND_FAMILIES = {
  // "jay is my best mate. he asks me to buy him stuff like fags and food and his fone top up".
  boughtForAFriend: [
    r('exploitation', String.raw`\b${FRIEND}\s+${ASKS}\s+me\s+to\s+(?:buy|pay\s+for)\s+(?:him|her|them)\s+(?:\w+\s+)?${THINGS}\b`),
  ] as readonly Rule[],
};
