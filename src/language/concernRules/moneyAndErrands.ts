import { r, type Rule } from './shared';

/**
 * Money and favours: someone living off a young person's money, in any voice ("her carer uses her
 * bank card for her own shopping", "his benefits go into her boyfriend's account", "i have to give
 * everything i earn to them"). The older exploitation rules read "my money" said by the young
 * person; these read a parent's voice too, and the signs of misuse that make it abuse. A partner
 * doing so is control (domestic abuse, controlAndConsent.ts), so a partner is not read here.
 */
const WHOSE = '(?:my|his|her|their)';
const MONEY =
  '(?:(?:pocket|dinner|birthday|christmas)\\s+money|money|benefits|benefit\\s+money|pip|pip\\s+money|wages|pay|bank\\s+card|bank\\s+account|debit\\s+card|card|pin|savings|universal\\s+credit|dla|esa|blue\\s+badge|motability\\s+(?:car|money)|bus\\s+pass|allowance)';
const MISUSE =
  '(?:own\\s+(?:shopping|stuff|things|bills|rent)|(?:him|her|them)sel(?:f|ves)|never\\s+(?:see|sees|get|gets|let|lets)|without\\s+(?:asking|permission|telling)|wont\\s+(?:give|let)|i\\s+have\\s+to\\s+ask|(?:he|she)\\s+has\\s+to\\s+ask|for\\s+(?:drink|drugs|fags|bets|betting|gambling))';

export const MONEY_TAKEN: readonly Rule[] = [
  // Someone using a person's money, card or blue badge, with a sign it is for themselves.
  r('exploitation', `(?<!\\b(?:boyfriend|girlfriend|partner|husband|wife|ex)\\s+(?:has\\s+been\\s+|keeps\\s+|always\\s+)?)\\b(?:using|uses|used|use|taking|takes|took|spending|spends|spent|keeping|keeps|kept|emptying|empties|emptied)\\s+(?:all\\s+(?:of\\s+)?)?${WHOSE}\\s+${MONEY}\\b[^~]{0,60}\\b${MISUSE}`),
  // Made to hand over what one earns or is paid.
  r('exploitation', `\\b(?:have\\s+to|has\\s+to|got\\s+to|made\\s+to|make\\s+me|makes\\s+me|made\\s+me|makes\\s+(?:him|her)|made\\s+(?:him|her))\\s+(?:give|hand\\s+over|pay|send)\\s+(?:them\\s+|him\\s+|her\\s+)?(?:everything|all|most)\\s+(?:of\\s+)?(?:what\\s+)?(?:i|he|she)\\s+(?:earn|earns|get|gets|make|makes)\\b|\\b(?:give|gives|hand|hands|pay|pays)\\s+(?:over\\s+)?(?:all|everything)\\s+(?:of\\s+)?${WHOSE}\\s+(?:wages|money|benefits|pip|pay)\\s+to\\s+(?!me\\b|my\\s+(?:mum|dad|parents|savings)\\b)`),
  // Benefits or wages paid into someone else's account; never seeing a penny of it.
  r('exploitation', '\\b(?:benefits|pip|wages|money|payments?|universal\\s+credit|pay|dla|esa)\\s+(?:go|goes|going|are\\s+going|is\\s+going|went|get\\s+paid|gets\\s+paid|is\\s+paid|are\\s+paid)\\s+(?:straight\\s+)?in(?:to)?\\s+(?:his|her|their)\\s+(?!own\\b)(?:\\w+s\\s+)?(?:account|bank)\\b|\\bnever\\s+(?:sees?|seen|gets?|got|saw)\\s+(?:a\\s+penny|a\\s+pound|any)\\s+of\\s+(?:her|his|my|the|their)\\s+(?:money|benefits|wages|pay|pip)\\b|\\bnever\\s+(?:sees?|seen|saw)\\s+a\\s+penny\\b'),
  r('exploitation', '\\b(?:give|gives|giving|gave|hand|hands|handing)\\s+(?:over\\s+)?(?:all\\s+(?:of\\s+)?|half\\s+(?:of\\s+)?|most\\s+(?:of\\s+)?)?(?:my|her|his)\\s+(?:wages|money|benefits|pip|pay|savings)\\s+(?:\\w+\\s+){0,4}?to\\s+(?:a|an|this|that|some|my\\s+\\w+s)\\s+(?:\\w+\\s+)?(?:man|men|guy|bloke|lad|lads|boys|dad|woman)\\b|\\b(?:controls?|controlling)\\s+(?:my|her|his)\\s+(?:universal\\s+credit|bank|benefits|pip|account|card)\\b|(?<!\\b(?:i|to|i\\s+\\w+)\\s+)(?<!\\b(?:boyfriend|girlfriend|partner|husband|wife|ex|bf|gf|dad|mum|mam|mom|father|mother|stepdad|stepmum|parents)\\s+(?:\\w+\\s+)?)\\b(?:controls|controlling|controlled)\\s+(?:all\\s+(?:of\\s+)?)?(?:my|her|his)\\s+(?:money|cash|finances|wages|savings)\\b(?![^~]{0,30}\\b(?:for\\s+me|safe|to\\s+help|with\\s+me|so\\s+i\\s+(?:can|dont|do\\s+not|wont))\\b)|\\b(?:i|she|he)\\s+(?:dont|doesnt|never)\\s+see\\s+any\\s+of\\s+(?:it|my\\s+money|her\\s+money|his\\s+money)\\b'),
  // Benefits collected by someone else and kept or spent ("craig collects my pip and keeps it", "he gets my benefits and spends them").
  r('exploitation', `(?<!\\b(?:i|we|i\\s+\\w+|we\\s+\\w+)\\s+)\\b(?:collects?|collected|collecting|gets|got|draws?|drew|picks\\s+up|picked\\s+up|receives?|received)\\s+(?:all\\s+(?:of\\s+)?)?${WHOSE}\\s+(?:benefits|benefit\\s+money|pip|pip\\s+money|universal\\s+credit|dla|esa|wages|pay|pension)\\b(?:\\s+\\w+){0,3}?\\s+(?:and|an|n|&|but)\\s+(?:then\\s+)?(?:just\\s+)?(?:keeps?|kept|keeping|spends?|spent|spending|uses?|used|takes?|took|has)\\s+(?:it|them|the\\s+lot|all\\s+of\\s+it|it\\s+all|them\\s+all|most\\s+of\\s+it|the\\s+money|the\\s+rest)\\b(?![^~]{0,30}\\b(?:for\\s+me|safe|to\\s+help|for\\s+(?:my|the)\\s+(?:rent|bills|food|keep)|towards)\\b)`),
];

/**
 * Errands for others: carrying or hiding things for older people, "going county", and hiding
 * things where the police will not look. The older rules name the drugs; these the errand.
 */
export const ERRANDS: readonly Rule[] = [
  r('exploitation', '\\b(?:(?:go|goes|going|went|gone|sent|been|do|doing)|(?:send|sends|sent|sending|take|takes|took)\\s+(?:me|him|her|us|them))\\s+(?:out\\s+)?county\\b(?!\\s+(?:council|court|show|fair|cricket|hall|championships?|cup|team|level|final|trials?|match|squad|side|standard|for|to|with|in)\\b)|\\b(?:because|cos|coz|so|as|where)\\s+(?:the\\s+)?(?:police|feds|old\\s+bill|security)\\s+(?:wont|dont|never|cant|wouldnt|do\\s+not)\\s+(?:check|search|look)\\b'),
  r('exploitation', '\\b(?:hold|holds|holding|held|hide|hides|hiding|hid|keep|keeps|keeping|kept|carry|carries|carrying|carried|stash\\w*)\\s+(?:stuff|things|it|them|bits|packages?|parcels?|bags?|a\\s+bag|drugs|weed|gear|phones?|money|cash)\\s+(?:for\\s+(?:the\\s+)?(?:boys|lads|olders|elders|mandem|older\\s+\\w+|men|some\\s+(?:boys|lads|men|people))|in\\s+my\\s+(?:bra|pants|knickers|socks|underwear|boxers))\\b|\\b(?:work|works|working|run|running|do\\s+runs|do\\s+jobs)\\s+for\\s+(?:the\\s+)?(?:olders|elders|mandem|older\\s+(?:boys|lads|ones|men))\\b|\\b(?:give|gives|gave|hand|hands)\\s+(?:over\\s+)?(?:everything|all)\\s+(?:i|he|she)\\s+(?:earn|earns|make|makes|get|gets)\\s+to\\s+(?:the\\s+)?(?:boys|lads|olders|men|them|him)\\b'),
  // Paid or told to keep something for someone without looking: "he gives me £50 to keep a bag at mine and not look in it".
  r('exploitation', '\\b(?:hold|holding|keep|keeping|hide|hiding|mind|minding|look\\s+after|looking\\s+after|stash\\w*|store|storing)\\s+(?:a|the|some|his|their|this)\\s+(?:bag|bags|package|packages|parcel|parcels|box|boxes|stuff|things|rucksack|backpack|holdall)\\b[^~]{0,40}\\b(?:(?:and\\s+)?(?:not|never|dont|do\\s+not)\\s+(?:to\\s+)?(?:look|open|ask|check)|without\\s+(?:looking|opening|asking))\\b'),
];
