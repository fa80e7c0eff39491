import { firm, type Rule } from './shared';

/*
 * Mate crime told by a young adult with a learning disability, in his own words: "mates" from the pub
 * who get him to draw money out with his card ("i get money out for them with my card", "my mates keep
 * asking me to get money out", "dazza wants me to get 50 out for him"), or someone close saying a
 * "mate" is using him ("nan says dazza is using me"). Read on the cleared text (no punctuation).
 * Never money drawn out for family ("i get money out for my nan on fridays"), nor a life skill
 * practised ("my tutor wants me to get money out on my own").
 */

/** Money drawn from a bank or cash machine: "get money out", "take 50 out", "draw cash out", "withdraw money". */
const DRAW_OUT = String.raw`(?:(?:get|gets|getting|got|take|takes|taking|took|draw|draws|drawing|drew)\s+(?:some\s+|the\s+|more\s+)?(?:money|cash|£?\s?\d+\s*(?:quid|pounds?|pound|p)?|a\s+(?:tenner|fiver|score))\s+out|(?:withdraw|withdraws|withdrew|withdrawing)\s+(?:some\s+|the\s+|more\s+)?(?:money|cash|£?\s?\d+))`;

/** People who get a young adult to draw money out for them, other than family or staff. */
const MATES = String.raw`(?:mates?|m8s?|friends?|frends?|pals?|lads|boys|bestie|best\s+(?:mate|friend))`;

/** Family, carers and staff: drawing money out for them, or at their asking, is everyday life. */
const NOT_A_MATE = String.raw`(?:mum|mam|mom|mummy|dad|daddy|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|brother|sister|aunt|auntie|uncle|carer|carers|teacher|tutor|worker|coach|staff|parents?|family|i|it|this|that)`;

/** Said again and again: "keeps asking", "always wants". */
const OFTEN = String.raw`(?:keep|keeps|kept|always|still|often|sometimes|now)`;

/** A life skill practised, or money for oneself: a goal, not a sign. */
const OWN_SKILL = String.raw`(?:on\s+my\s+own|by\s+myself|for\s+myself|learn\w*|practi[cs]\w*|independen\w*)`;

export const MATE_CRIME_FAMILIES = {
  mateCrime: [
    // "i get money out for them with my card" with "mates" in the message; "i take 20 out for my mates".
    firm(
      'exploitation',
      String.raw`^(?=[^~]*\b${MATES}\b)(?![^~]*\b${OWN_SKILL})[^~]*\b${DRAW_OUT}\b(?:\s+\w+){0,3}?\s+for\s+(?:them|him|her|my\s+(?:new\s+)?${MATES}|the\s+(?:lads|boys))\b`,
    ),
    // "my mates keep asking me to get money out with my card", "dazza wants me to get 50 out tmrw for him".
    firm(
      'exploitation',
      String.raw`^(?![^~]*\b${OWN_SKILL})[^~]*(?<!\b${NOT_A_MATE}\s+(?:${OFTEN}\s+)?)\b(?:${OFTEN}\s+)?(?:ask|asks|asking|asked|want|wants|wanted|wanting|tell|tells|telling|told|make|makes|making|made|get|gets|got|beg|begs|begging|begged|pressur\w+)\s+me\s+(?:to\s+)?${DRAW_OUT}\b`,
    ),
    // "nan says dazza is using me", "is he using me", "hes just using me for my money"; never "using me as an example".
    firm(
      'exploitation',
      String.raw`\b(?:is|s|hes|shes|theyre|are|re|been|keep|keeps|just|only|always)\s+(?:just\s+|only\s+|been\s+)?using\s+me\b(?!\s+(?:as|to|in|on|at|with)\b)(?!\s+for\s+(?!(?:my\s+)?(?:money|cash|card|flat|house|benefits|pip|wages)\b))`,
    ),
    // "my mates use my card", "a friend has my bank card and pin".
    firm('exploitation', String.raw`\b${MATES}\s+(?:\w+\s+)?(?:use|uses|using|used|have|has|had|take|takes|took|keep|keeps|kept|borrow\w*)\s+my\s+(?:bank\s+|debit\s+|cash\s+)?card\b`),
  ] as readonly Rule[],
};
