import { r, type Rule } from './shared';

/**
 * Exploitation of young people and young adults said in everyday words: paid a tenner to climb
 * through windows; taken to the bank to hand over all their money; an online "friend" who is lent
 * thousands and asks for more; a flatmate with their login who changed the bank details; told what
 * to buy with their money by someone who keeps it; a "best friend" who must be bought things or else; a loan taken out for someone else.
 */
const CRIME = '(?:climb|break|get\\s+in|open|steal|nick|shoplift|hold|carry|take|sell|deliver|drop|keep|hide|stash|smash)';

export const PAID_TO_DO_CRIME: readonly Rule[] = [
  r('exploitation', String.raw`\b(?:give|gives|gave|giving|pay|pays|paid|paying|offer|offers|offered)\s+me\s+(?:a\s+tenner|a\s+fiver|money|cash|sweets|vapes?|weed|£?\d+\s*(?:quid|pounds)?|some\s+money)\s+to\s+${CRIME}\b|\b(?:climb|climbs|climbing|climbed|crawl|crawling|crawled|squeeze|squeezing)\s+(?:in\s+)?through\s+(?:(?:small|little|tiny|peoples|their|other\s+peoples)\s+windows?\b|(?:the\s+|a\s+)?windows?\s+(?:and\s+open|for\s+(?:them|him|her|the\s+(?:olders|older\s+\w+|lads|boys|men))))|\b(?:doing|do|does|did)\s+(?:drops|runs|deliveries)\s+for\s+the\s+older\s+(?:lot|ones|boys|lads|kids)\b|\bdelivery\s+(?:boy|girl|guy)\b[^~]{0,30}\bnot\s+(?:pizza|food|takeaways?|parcels)\b`),
];

export const MONEY_HANDED_OVER: readonly Rule[] = [
  r('exploitation', String.raw`\b(?:take|takes|took|taking)\s+me\s+to\s+(?:the\s+)?(?:bank|cash\s+machine|cashpoint|atm|post\s+office)\b[^~]{0,40}\b(?:give|gives|gave|hand|hands|handed)\s+(?:him|her|them)\s+(?:all\s+)?(?:my|the)\s+(?:money|cash|benefits|pip|wages)\b|\b(?:changed|change|changes|changing)\s+(?:the|my)\s+(?:bank\s+)?(?:details|account)\s+to\s+(?:his|hers|her|theirs|their)\b|\b(?:lent|sent|given|gave|transferred)\s+(?:her|him|them)\s+(?:£\s*)?\d[\d,]*\b[^~]{0,50}\b(?:asking|asks|wants|keeps\s+asking|begging)\s+(?:me\s+)?for\s+more\b|\b(?:tells?|makes?|made)\s+me\s+(?:what\s+to\s+)?buy\s+with\s+my\s+(?:money|benefits|pip|wages|card)\b[^~]{0,30}\b(?:keeps?|kept|takes?|took)\b|\b(?:must|have\s+to|got\s+to|has\s+to)\s+buy\s+(?:her|him|them)\s+(?:things|stuff|everything|food|vapes?|drinks?|presents)\b[^~]{0,30}\bor\s+(?:she|he|they)\b|\b(?:make|makes|made|get|gets|got)\s+me\s+(?:to\s+)?(?:take|took|get)\s+(?:out\s+)?(?:a\s+)?(?:loan|lone|loans|credit\s+card|phone\s+contract)\s+(?:out\s+)?for\s+(?:him|her|them)\b`),
];
