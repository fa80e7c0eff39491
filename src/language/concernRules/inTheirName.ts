import { r, type Rule } from './shared';

/**
 * Money and favours taken from a young person in others' names or for others' gain: a loan opened
 * in their name, a passport held until they work, benefits collected by a relative or "mate",
 * unpaid housework for a neighbour who befriended them, half of the wages handed over, a job done
 * for trainers. The older exploitation rules read "takes my money"; these read what is done with it.
 */
const BENEFITS = '(?:benefits|benefit\\s+money|pip|universal\\s+credit|dla|esa|wages|pay\\s+packet|pension)';

export const IN_THEIR_NAME: readonly Rule[] = [
  r('exploitation', '(?<!\\b(?:i|we|ive|weve|i\\s+have|we\\s+have|i\\s+can|i\\s+could|i\\s+want\\s+to)\\s+)\\b(?:opened|open|opens|took\\s+out|taken\\s+out|take\\s+out|takes\\s+out|got|gets|put|puts|ran\\s+up|run\\s+up|running\\s+up)\\s+(?:a\\s+|an\\s+|two\\s+|some\\s+|loads\\s+of\\s+)?(?:\\w+\\s+)?(?:loans?|credit\\s+cards?|phone\\s+contracts?|contracts?|debts?|catalogues?|finance|overdraft|payday\\s+loans?)\\s+(?:\\w+\\s+){0,2}?in\\s+(?:my|his|her|their|my\\s+(?:sons|daughters|childs))\\s+name\\b(?![^~]{0,20}\\b(?:so\\s+(?:i|he|she)\\s+can\\s+(?:build|learn)|to\\s+build)\\b)'),
  r('exploitation', '\\b(?:take|takes|took|taken|keep|keeps|kept|has|have|holds?|held|hid|hides)\\s+(?:my|his|her|our)\\s+(?:passport|id|papers|documents|visa)\\b[^~]{0,40}\\b(?:work|works|working|job|jobs|pay\\s+(?:it\\s+)?back|owe|debt|until|till|unless)\\b'),
  r('exploitation', `\\b(?:uncle|aunt|auntie|cousin|brother|sister|mate|mates|friend|friends|neighbour|lodger|housemate|flatmate|someone|they|he|she|and)\\s+(?:now\\s+|has\\s+|keeps\\s+|always\\s+)?(?:collects?|collected|collecting|takes?|took|keeps?|kept|gets)\\s+(?:all\\s+)?(?:of\\s+)?(?:my|his|her|their)\\s+${BENEFITS}\\b(?![^~]{0,60}\\b(?:appointee|for\\s+(?:me|him|her)|pays?\\s+(?:my|his|her|the)|sav\\w+|budget\\w*|with\\s+(?:me|him|her)|bank|safe)\\b)`),
  r('exploitation', '\\b(?:has|had|have|gets|got|makes|made|keeps)\\s+(?:me|him|her|them)\\s+(?:doing|to\\s+do|do)\\s+(?:his|her|their)\\s+(?:garden|gardening|cleaning|shopping|washing|ironing|housework|jobs|errands|chores|decorating)\\b[^~]{0,60}\\b(?:for\\s+no\\s+(?:money|pay)|for\\s+nothing|for\\s+free|unpaid|no\\s+pay|without\\s+pay\\w*|every\\s+day|(?:\\d|five|six|seven)\\s+days\\s+a\\s+week)\\b'),
  r('exploitation', '\\b(?:have\\s+to|has\\s+to|got\\s+to|must|make\\s+me|makes\\s+me|made\\s+me)\\s+(?:give|hand\\s+over|pay)\\s+(?:\\w+\\s+){0,3}?(?:half|all|most|some)\\s+(?:of\\s+)?(?:my|his|her)\\s+(?:wages|money|pay|benefits|pip|earnings|pocket\\s+money)\\b(?![^~]{0,30}\\b(?:for\\s+(?:rent|board|bills|food|my\\s+keep|keep)|towards|housekeeping|to\\s+(?:my\\s+)?(?:mum|dad|parents)\\s+for)\\b)'),
  r('exploitation', '\\bdo\\s+(?:a\\s+|some\\s+)?(?:job|jobs|favour|favours|favor|favors|run|runs|drop|drops)\\s+for\\s+(?:him|her|them)\\b[^~]{0,20}\\b(?:get|gets|and\\s+(?:i|he|she|they)\\s+(?:get|gets|give|gives|buy|buys)|for)\\s+(?:me\\s+)?(?:\\w+\\s+)?(?:trainers|money|cash|phone|weed|vapes?|clothes|paid|a\\s+phone|stuff)\\b|\\b(?:running|run|runs|ran|working|work|shotting|cheffing)\\s+for\\s+(?:the\\s+)?olders\\b|\\bone\\s+of\\s+the\\s+olders\\b'),
];
