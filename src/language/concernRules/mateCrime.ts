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

/** His own wish or lesson before "use my card": "i want to use my card", "learn to use my card", "how to use my bank card". */
const OWN_CARD_WISH = String.raw`(?<!(?:^\s*|\b(?:i|to|me)\s+(?:\w+\s+){0,2})(?:learn|learning|learnin|how|able|wanna|want|need|like)\s+(?:how\s+)?to\s+)(?<!^\s*(?:to|learn|learning|learnin)\s+)`;
/** Money followed on purpose, never money gone: "see where my money goes", "keep track of where my money goes". */
const KEEPING_TRACK = String.raw`(?<!\b(?:see|seeing|check|checking|know|knowing|track|tracking|follow|watch|look\s+at|of|out)\s+(?:where|were|wher)\s+(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?)`;

/** People who get a young adult to draw money out for them, other than family or staff. */
const MATES = String.raw`(?:mates?|m8s?|friends?|frends?|pals?|lads|boys|bestie|best\s+(?:mate|friend))`;

/** Family, carers and staff: drawing money out for them, or at their asking, is everyday life. */
const NOT_A_MATE = String.raw`(?:mum|mam|mom|mummy|dad|daddy|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|brother|sister|aunt|auntie|uncle|carer|carers|teacher|tutor|worker|coach|staff|parents?|family|i|it|this|that)`;

/** A partner holding the money is control, read by the partner rules as domestic abuse (controlAndConsent.ts). */
const PARTNER = String.raw`(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|ex)`;

/** Said again and again: "keeps asking", "always wants". */
const OFTEN = String.raw`(?:keep|keeps|kept|always|still|often|sometimes|now)`;

/** A life skill practised, or money for oneself: a goal, not a sign. */
const OWN_SKILL = String.raw`(?:on\s+my\s+own|by\s+myself|for\s+myself|learn\w*|practi[cs]\w*|independen\w*)`;

/** Their card named, then held by someone else as "it" ("i want to use my card but dale keeps it"); family keeping it safe is not read. */
export const CARD_HELD_AS_IT = String.raw`\bmy\s+(?:own\s+)?(?:bank\s+|debit\s+|cash\s+)?card\b[^~]{0,40}?\b(?:but|and|cos|coz|because|as|only|though)\s+(?!(?:he|she|they)\s+(?:is|s|are)\b)(?:(?:my|this|a|some|his)\s+)?(?!${NOT_A_MATE}\b)\w+\s+(?:${OFTEN}\s+)?(?:keeps|kept|has|holds|held|takes|took|got|uses|used|wont\s+give\s+me|never\s+gives\s+me)\s+it\b(?!\s+(?:safe\s+)?(?:for\s+me\s+)?(?:while|when|till|until)\s+(?:i|im)\b)`;

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
    // "dale borrows my bank card sometimes", "i let him borrow my card": anyone but family, staff or himself
    // borrowing his card or PIN. "my mum borrows my card for the big shop" and "can i borrow my card" are not read.
    firm('exploitation', String.raw`(?<!\b(?:${NOT_A_MATE}|${PARTNER})\s+(?:${OFTEN}\s+)?)(?<!\b(?:my|his|her)\s+(?:own\s+)?)\b(?:(?:borrow\w*|borow\w*|lend\w*)\s+my\s+(?:bank\s+|debit\s+|cash\s+)?(?:card|pin)|(?:has\s+got|has|knows|got)\s+my\s+(?:bank\s+|card\s+)?pin)\b|(?<!\b(?:wouldnt|wont|didnt|dont|not|never|refused\s+to|refuse\s+to)\s+)\b(?:lend|lends|lent|lending|give|gives|gave|giving)\s+(?!(?:my\s+)?(?:${NOT_A_MATE}|${PARTNER})\b)\w+\s+my\s+(?:bank\s+|debit\s+|cash\s+)?(?:card|pin)\b`),
    // "he keeps my bank card safe for me and i get 10 a week": someone other than family or staff holding his card
    // and handing him an allowance from his own money, however kindly it is said.
    firm('exploitation', String.raw`(?<!\b(?:${NOT_A_MATE}|${PARTNER})\s+(?:${OFTEN}\s+)?)\b(?:keeps|kept|has|holds|held|got|takes|took|looks\s+after)\s+my\s+(?:bank\s+|debit\s+)?card\b[^~]{0,40}\b(?:i\s+(?:only\s+)?(?:get|gets|got|have)|(?:gives|give|gave)\s+me)\s+(?:only\s+)?(?:\d+|a\s+tenner|a\s+fiver)\s*(?:quid|pounds?|p)?\s+(?:a|per|each|every)\s+(?:week|wk|day|month|fortnight)\b`),
    // "dale borrows my card and then the money goes", "my brother uses my card and i never see the money": anyone
    // else with his card and his money gone, whoever it is and whatever is said of them.
    // Never his own wish to learn it: "i want to learn to use my card and see where my money goes".
    firm('exploitation', String.raw`(?<!\b(?:i|${PARTNER})\s+(?:\w+\s+)?)${OWN_CARD_WISH}\b(?:borrow\w*|borow\w*|use|uses|used|using|has|had|have|got|gets|takes?|took|keeps?|kept)\s+my\s+(?:bank\s+|debit\s+|cash\s+)?card\b[^~]{0,60}\b(?:(?:dont|do\s+not|never)\s+know\s+where\s+(?:the\s+|my\s+|all\s+)?money\s+(?:goes|went)|${KEEPING_TRACK}(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?money\s+(?:just\s+)?(?:goes|went|is\s+gone|has\s+gone|gone|disappears|disappeared|vanishes|runs\s+out|ran\s+out)|never\s+(?:see|get|got|saw)\s+(?:it|the\s+money|my\s+money|any)|pay\s+(?:it|me)\s+back|no\s+money\s+left)\b`),
    // "i want to learn to use my card but dale keeps it", "my bank card, my mate has it": the card named first, then
    // held by someone else as "it". The wish before it is theirs; the card kept from them is read whatever the wish.
    firm('exploitation', CARD_HELD_AS_IT),
  ] as readonly Rule[],
};
