import { r, type Rule } from './shared';

/**
 * Money and favours with strings: a bank account lent for someone's money; friendship or free things
 * that have to be paid for ("they wont be my friends if i say no", "free food if i go in the back",
 * "pay him back by keeping stuff at my nans"); money borrowed and never paid back; and the words of
 * a drug line ("on the line", "on shift", "a trap house", deliveries one cannot stop).
 */
const GIVE = '(?:give|gives|gave|giving|lend|lends|lent|lending|steal|hold|keep|hide|take|carry|do|let|go|meet|come)';

export const MONEY_MULE: readonly Rule[] = [
  r('exploitation', '\\b(?:use|uses|used|using|borrow|borrows|borrowed)\\s+my\\s+(?:bank\\s+)?(?:account|card|bank|bank\\s+app)\\s+(?:for|to)\\s+(?:his|her|their|money|move|put|send|get|pay|take)\\b|\\b(?:open|opened|opening|set\\s+up)\\s+(?:an?\\s+)?(?:bank\\s+)?account\\b[^~]{0,40}\\b(?:he|she|they)\\s+(?:uses?|used|put|puts|has)\\b|\\bmoney\\s+(?:going\\s+)?(?:in\\s+and\\s+out\\s+of|through)\\s+my\\s+(?:bank\\s+)?account\\b|\\btake\\s+it\\s+out\\s+in\\s+cash\\s+and\\s+(?:give|hand|send)\\b|\\b(?:borrows?|borrowed|borrowing|takes?|took)\\s+money\\s+(?:off|from)\\s+me\\b[^~]{0,40}\\b(?:never|not|doesnt|dont|wont|havent|hasnt)\\s+(?:pays?|paid|give|gives|given)\\s+(?:it\\s+)?back\\b'),
];

export const STRINGS_ATTACHED: readonly Rule[] = [
  r('exploitation', `\\b(?:or|if\\s+(?:i|he|she)\\s+(?:dont|do\\s+not|say\\s+no|wont|stop|refuse))\\b[^~]{0,20}\\b(?:they|he|she|theyll|hell|shell)\\s+(?:wont|will\\s+not|ll\\s+not|will\\s+stop|ll\\s+stop|say\\s+(?:they|he|she)\\s+(?:wont|will\\s+stop))\\s+(?:be\\s+my\\s+(?:friends?|mates?|boyfriend|girlfriend)|being\\s+my\\s+(?:friends?|mates?)|like\\s+me|talk\\s+to\\s+me|coming)\\b|\\bif\\s+(?:i|you)\\s+(?:really\\s+)?loved?\\s+(?:her|him|them|me)\\s+(?:i|you)\\s*(?:d|would|will|ll)\\s+(?:buy|give|send|get|pay)\\b`),
  r('exploitation', `\\bfree\\s+(?:food|stuff|things|phone|iphone|drinks?|lifts?|vapes?|weed|trainers|clothes)\\b[^~]{0,30}\\bif\\s+(?:i|he|she)\\s+${GIVE}|\\b(?:go|come|went)\\s+(?:in|into)\\s+the\\s+back\\s+with\\s+(?:them|him)\\b|\\bpay\\s+(?:him|her|them)\\s+back\\s+by\\s+(?:keeping|holding|meeting|doing|going|carrying|dropping|letting|hiding)\\b|\\b(?:said|says)\\s+(?:they|he|she)\\s*(?:would|will|d|ll)\\s+pay\\s+(?:my|for\\s+my)\\s+(?:\\w+\\s+)?(?:bill|phone|rent|debt)\\s+if\\s+i\\b|\\bin\\s+return\\s+i\\s+(?:have\\s+to|must|got\\s+to|need\\s+to)\\s+(?:keep|hold|hide|do|carry|go|meet|drop)\\b|\\b(?:put|puts|putting)\\s+a\\s+debt\\s+on\\s+me\\b|\\b(?:paid|pays\\s+me|pay\\s+me|gives\\s+me|gave\\s+me)\\b[^~]{0,40}\\bto\\s+(?:go|come|stay)\\s+(?:round|over|to)\\s+(?:his|her|their)\\s+(?:flat|house|place)\\b|\\b(?:he|she|a\\s+man|an\\s+older\\s+\\w+)\\s+(?:pays|paid|gives|gave)\\s+me\\s+(?:\\w+\\s+){0,2}?(?:for|to\\s+do)\\s+(?:favours?|stuff|things)\\b|\\b(?:says?|said)\\s+i\\s+owe\\s+(?:him|her|them)\\s+(?:\\d+|money|for\\s+(?:the|it|that)|big|loads|a\\s+lot|hundreds|thousands)\\b`),
];

export const ON_THE_LINE: readonly Rule[] = [
  r('exploitation', '\\b(?:im|i\\s+am|been|being|was|put|now)\\s+on\\s+(?:the\\s+)?(?:line|shift|road)\\b(?!\\s+(?:to\\s+(?:recovery|success)|at\\s+(?:the\\s+)?(?:shop|supermarket|tesco|mcdonalds|factory|warehouse)))|\\btrap\\s*house\\b|\\b(?:doing|do|does|did)\\s+(?:deliveries|drops|runs)\\s+(?:for|every)\\s+(?:some\\s+(?:guys|lads|men|people|olders)|them|him|the\\s+(?:olders|olds|elders|gang|lads|boys|men|guys)|these\\s+(?:guys|lads|men|people)|night)\\b|\\b(?:cant|can\\s+not|cannot|couldnt)\\s+(?:stop|leave|say\\s+no)\\s+(?:now|the\\s+jobs|doing\\s+(?:it|them|the\\s+jobs|deliveries)|or\\s+they)\\b|\\b(?:give|gives|gave|hand|hands|handed)\\s+me\\s+(?:packages|parcels|a\\s+(?:bag|rucksack|package|parcel))\\s+to\\s+(?:run|take|drop|deliver|carry)\\b|\\bpick\\s+up\\s+(?:parcels|packages)\\s+from\\b|\\b(?:lost|losing)\\s+the\\s+(?:stash|bag|package|gear)\\b'),
];
