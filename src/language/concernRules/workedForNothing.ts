import { r, type Rule } from './shared';

/**
 * Exploitation told as an everyday job or a favour, in any voice: work paid in food, lunch or
 * vouchers, wages kept back, long hours for a few pounds; called out at night by people one must
 * go to, runs and drops done for others, errands for someone who must not be named, messages from
 * "the boss" nobody may see, a home others have taken over.
 */

/** What a person is paid in when they are not really paid. */
const IN_KIND = '(?:food|lunch|lunches|meals?|vouchers?|fags|cigarettes|sweets|weed|drink|a\\s+bed|a\\s+room|somewhere\\s+to\\s+sleep|clothes|trainers)';
const AMOUNT = '(?:(?:ten|twenty|five|fifteen|a\\s+few|\\d+)\\s+(?:pounds|quid)|a\\s+tenner|a\\s+fiver)';

/** Work paid in kind, wages kept back, or long hours for almost nothing. */
export const WORK_FOR_NOTHING: readonly Rule[] = [
  r(
    'exploitation',
    `\\b(?:pay|pays|paid|paying)\\s+(?:me|him|her|them|us)\\s+(?:only\\s+)?(?:in|with)\\s+${IN_KIND}(?:\\s+only)?\\b|\\b(?:only|just)\\s+(?:gives?|gave|get|gets|got)\\s+(?:me|him|her|them)?\\s*${IN_KIND}\\b(?=[^~]{0,60}\\b(?:every\\s+day|all\\s+day|full\\s*time|hours|for\\s+(?:the|my|his|her)\\s+work)\\b)|\\b(?:every\\s+day|all\\s+day|full\\s*time|\\w+\\s+hours\\s+a\\s+week)\\b[^~]{0,50}\\b(?:(?:only\\s+|just\\s+)?(?:gives?|gets?|pays?)\\s+(?:me|him|her|them\\s+)?\\s*(?:${IN_KIND}|${AMOUNT})|no\\s+(?:money|pay|wages))\\b`,
  ),
  r(
    'exploitation',
    '\\b(?:keeps|kept|keeping|holds|holding|holds\\s+back|held\\s+back|takes|took)\\s+(?:back\\s+)?(?:all\\s+(?:of\\s+)?)?(?:my|his|her)\\s+(?:wages|pay|salary|earnings|tips)\\b(?!\\s+(?:safe|for\\s+(?:me|him|her)|in\\s+(?:a|the|my|his|her)\\s+(?:bank|savings|account|tin|jar)))|(?<!\\b(?:voluntary|volunteer|unpaid|charity)\\s)\\bwork\\w*\\b[^~]{0,30}\\b(?:but|and)\\s+(?:no|get\\s+no|dont\\s+get\\s+any|never\\s+get\\s+any|not\\s+paid\\s+any)\\s+(?:money|pay|wages)\\b(?!\\s+for\\b)(?![^~]{0,60}\\b(?:volunteer\\w*|voluntary|work\\s+experience|placement|yet)\\b)',
  ),
];

/** Called out by people one must go to; runs and drops done for others; who it is for never said. */
export const CALLED_OUT: readonly Rule[] = [
  r(
    'exploitation',
    '\\b(?:they|he|the\\s+boys|the\\s+lads|the\\s+boss|older\\s+(?:boys|lads|ones))\\s+(?:ring|rings|call|calls|phone|phones|text|texts|message|messages)\\s+(?:me|him|her)?\\s*(?:and|then)\\s+(?:i|he|she)\\s+(?:have|has|got|gotta|need|needs)\\s+to\\s+go\\b(?!\\s+(?:home|to\\s+(?:school|bed|college|work)))|\\b(?:phone\\s+)?(?:calls?|rings?|texts?|messages?)\\s+(?:late\\s+at\\s+night|at\\s+night|at\\s+\\d+\\s*am|in\\s+the\\s+middle\\s+of\\s+the\\s+night)\\s+and\\s+(?:then\\s+)?(?:goes|go|went|leaves|i\\s+go|he\\s+goes|she\\s+goes)\\s+out\\b',
  ),
  r(
    'exploitation',
    '\\b(?:doing|do|did|done|stop\\s+doing)\\s+(?:the\\s+)?(?:drops|runs|drop\\s+offs|pick\\s*ups)\\s+(?:for\\s+(?:people|someone|some\\s+people|older|them|him|the\\s+boys|these|a\\s+man|a\\s+guy|a\\s+bloke)|its\\s+not\\s+(?:really\\s+)?a\\s+choice)\\b|\\bstop\\s+doing\\s+(?:runs|drops)\\b|\\bfor\\s+(?:someone|somebody|a\\s+man|a\\s+guy|people)\\s+(?:i\\s+)?(?:cant|cannot|can\\s+not|not\\s+allowed\\s+to|wont|dont\\s+want\\s+to)\\s+say\\s+who\\b(?![^~]{0,25}\\b(?:surprise|present|presents|gift|secret\\s+santa|birthday)\\b)|\\bi\\s+(?:carry|carries|hold|mind|look\\s+after)\\s+(?:stuff|things|bags?|packages?|parcels?|it)\\b(?=[^~]{0,50}\\b(?:big|older|bigger)\\s+(?:boys|lads|men|ones)\\b)|\\b(?:job|jobs|work)\\s+for\\s+(?:the\\s+)?(?:big|older|bigger)\\s+(?:boys|lads|men|ones)\\b',
  ),
  r(
    'exploitation',
    '\\b(?:not\\s+allowed\\s+to|cant|mustnt|must\\s+not)\\s+(?:show|tell)\\s+(?:anyone|anybody|nobody|my\\s+(?:worker|mum|dad|teacher|social\\s+worker|key\\s+worker|mentor))\\s+(?:the\\s+|about\\s+the\\s+)?(?:messages?|texts?|job|jobs|work)\\s+(?:from|for|with)\\s+(?:the\\s+)?(?:boss|man|men|boys|lads)\\b|\\b(?:man|boss|he|they)\\s+(?:say|says|said)\\s+i\\s+(?:cant|cannot|mustnt|must\\s+not)\\s+tell\\s+(?:my\\s+)?(?:worker|mum|dad|teacher|anyone|social\\s+worker|key\\s+worker)\\s+(?:about|bout|bowt)\\s+the\\s+(?:job|work|jobs)\\b|\\b(?:borrow|use|using|uses|take\\s+over|took\\s+over|taken\\s+over)\\s+my\\s+(?:flat|house|place)\\b[^~]{0,60}\\b(?:wait|stay|stop|sit)\\s+in\\s+(?:the|my)\\s+(?:bedroom|room|kitchen)\\b|\\bmy\\s+flat\\s+(?:but\\s+)?(?:its|it\\s+is|is)\\s+(?:their|ther|thier|his)\\s+flat\\s+now\\b',
  ),
];
