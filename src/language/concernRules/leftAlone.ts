import { r, type Rule } from './shared';

/**
 * Absence of care told through a young child's time alone, food that is only bread or toast, and
 * care that stopped: a 9-year-old alone overnight with a younger sister, "mum gone out all night i
 * alone with baby", "theres usually only bread", "the support worker stopped coming and ive not
 * taken my tablets for 2 weeks", appointments missed because a parent could not face them.
 */
const YOUNG = '(?:[3-9]|1[0-2]|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const AGE_SAID = `(?:im|i\\s+am|youre|you\\s+are|hes|shes|he\\s+is|she\\s+is|aged?|only)\\s+${YOUNG}\\b(?!\\s*(?:pm|am|oclock|hours|minutes|mins|times|days|nights|weeks|months|pounds|quid|years\\s+ago))`;
const ALONE = '(?:alone|by\\s+(?:my|your|him|her|them)sel(?:f|ves)|on\\s+(?:my|his|her|their|your)\\s+own)';
const LONG_TIME = '(?:(?:the\\s+)?whole\\s+(?:weekend|night|day)|all\\s+(?:weekend|night)|overnight|weekends?|nights|till\\s+(?:morning|late|midnight|\\d+\\s*am)|from\\s+\\d+\\s*pm)';

export const LEFT_ALONE: readonly Rule[] = [
  // The age said before the time alone, or after it ("left by yourself for the whole weekend when youre 10").
  r('neglect', `\\b(?:${AGE_SAID}|(?:my|our|a|his|her)\\s+${YOUNG}\\s+year\\s+old)[^~]{0,80}\\b${ALONE}\\b[^~]{0,60}\\b${LONG_TIME}\\b|\\b${ALONE}\\b[^~]{0,60}\\b${LONG_TIME}\\b[^~]{0,40}\\b${AGE_SAID}`),
  r('neglect', '\\b(?:alone|on\\s+my\\s+own|by\\s+myself|just\\s+me)\\s+with\\s+(?:the\\s+|my\\s+|his\\s+|her\\s+)?(?:baby|babies|little\\s+(?:brother|sister|ones)|(?:\\d|two|three|four|five|six)\\s+year\\s+old)\\b[^~]{0,50}\\b(?:all\\s+night|overnight|every\\s+night|nights|till\\s+(?:morning|late|\\d+\\s*am)|from\\s+\\d+\\s*pm)\\b|\\bout\\s+(?:all|every)\\s+night\\b(?![^~]*\\b(?:babysit\\w*|sitter|nan|gran|grandma|grandad|aunt\\w*|uncle)\\b)[^~]{0,30}\\b(?:alone|on\\s+my\\s+own|by\\s+myself|just\\s+me)\\b'),
  // "he's 6 and on his own at night while i work": a young child alone at night, the parent away at work or out.
  r('neglect', `\\b(?:${AGE_SAID}|(?:my|our|a|his|her)\\s+${YOUNG}\\s+year\\s+old)[^~]{0,60}\\b${ALONE}\\b[^~]{0,30}\\b(?:at\\s+night|in\\s+the\\s+evenings?|nights)\\b[^~]{0,20}\\b(?:while|when|whilst|cos|because)\\s+(?:i|we|mum|mam|dad|she|he|they)\\s+(?:am\\s+|is\\s+|are\\s+|go\\s+|goes\\s+)?(?:at\\s+)?(?:work|works|working|out|go\\s+out|goes\\s+out|on\\s+shift)\\b`),
  // Nobody grown up at home for days: "theres no grown up at home for days", "no adults in the house for 3 days".
  r('neglect', '\\b(?:no|not\\s+(?:a|any)|never\\s+(?:a|any))\\s+(?:grown\\s*ups?|adults?|parents?|one\\s+(?:grown\\s*up|older))\\s+(?:at\\s+home|in\\s+the\\s+(?:house|flat)|home|here|around)\\s+(?:for|in)\\s+(?:days|weeks|\\d+\\s+(?:days|nights|weeks)|(?:two|three|four|five|a\\s+few|several)\\s+(?:days|nights|weeks)|ages)\\b'),
];

export const FOOD_MISSING: readonly Rule[] = [
  r('neglect', '\\b(?:theres|there\\s+is|there\\s+s|we\\s+have|we\\s+got|i\\s+get|i\\s+have)\\s+(?:usually|often|mostly|always|normally|just)\\s+(?:only\\s+)?(?:bread|dry\\s+bread|toast|crisps|dry\\s+cereal|biscuits)\\b(?!\\s+and\\s+(?:\\w+\\s+)?(?:butter|jam|cheese|beans|soup|eggs|ham))|\\b(?:toast|bread|crisps|cereal|biscuits)\\s+or\\s+nothing\\b|\\b(?:mum|dad|parents|she|he|they|nobody|no\\s+one)\\s+(?:doesnt|dont|never|does\\s+not|do\\s+not)\\s+(?:really\\s+|ever\\s+)?(?:cook|cooks|make\\s+(?:tea|dinner|food|meals))\\s+(?:any\\s*more|at\\s+all)\\b'),
];

export const CARE_STOPPED: readonly Rule[] = [
  r('neglect', '\\b(?:not|havent|hasnt|have\\s+not|has\\s+not|not\\s+been)\\s+(?:taken|had|been\\s+given|given)\\s+(?:my|his|her|any)\\s+(?:tablets|meds|medicine|medication|insulin|inhaler)\\s+(?:for|in|since)\\s+(?:about\\s+|over\\s+|nearly\\s+|almost\\s+|like\\s+)?(?:\\d+|a|two|three|four|several|a\\s+few|a\\s+couple\\s+of)\\s+(?:days|weeks|months)\\b|\\b(?:support\\s+worker|carer|carers|care\\s+worker|personal\\s+assistant|nurse)\\s+(?:has\\s+|have\\s+)?(?:stopped|stops|never)\\s+(?:coming|come|turning\\s+up|visiting)\\b[^~]{0,60}\\b(?:not|havent|hasnt|no|without|nobody|no\\s+one)\\b[^~]{0,20}\\b(?:taken|had|eaten|washed|fed|food|meds|tablets|medicine|helps?)\\b'),
  r('neglect', '\\b(?:missed|miss|skipped|cancelled)\\s+(?:his|her|their|my\\s+(?:sons|daughters|childs))\\s+(?:last\\s+)?(?:\\d+|two|three|four|five|several|few|all)\\s+(?:\\w+\\s+)?(?:appointments|check\\s*ups|reviews)\\b[^~]{0,60}\\b(?:couldnt\\s+face|cant\\s+face|could\\s+not\\s+face|cant\\s+be\\s+bothered|couldnt\\s+be\\s+bothered|didnt\\s+bother|no\\s+point|forgot)\\b'),
];
