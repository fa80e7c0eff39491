import { normaliseMessage, sentencesOf } from './text';

/*
 * A parent telling how to talk with their child ("speak slow and short words. show him picture. he like when he
 * know what happen next"): communication support for the plan. The classifier alone reads "show him picture"
 * and "he like when" as grooming, because disclosures use the same words ("a man shows him pictures").
 * What tells them apart is that every sentence is advice to whoever reads the plan, or the child liking to know
 * what comes next, and nobody is named as doing anything. Then it is never a reason to ask "Are you OK?" on
 * the classifier's word alone (a rule still reads harm). Each sentence is anchored at both ends.
 */

const CHILD = '(?:him|her|them)';
const CHILD_SUBJECT = '(?:he|she|they)';
const MANNER = '(?:slow|slowly|slower|clear|clearly|simple|simply|calm|calmly|quiet|quietly|gently|kindly)';
const FEW_WORDS = '(?:(?:use\\s+|with\\s+|in\\s+)?(?:short|simple|easy|few|one\\s+or\\s+two|small)\\s+(?:words|sentences))';
const VISUALS =
  '(?:a\\s+|the\\s+)?(?:pictures?|pics?|picture\\s+cards?|photos?|symbols?|signs?|signing|makaton|visuals?|now\\s+and\\s+next(?:\\s+board)?|(?:visual\\s+|picture\\s+)?timetables?)';
const NEW_THINGS = `(?:(?:new|the)\\s+(?:places?|people|rooms?|things|school|classroom|teachers?)|where\\s+(?:${CHILD_SUBJECT})\\s+(?:is\\s+|are\\s+)?going)`;
const BEFOREHAND = `(?:first|before|beforehand|before\\s+(?:you\\s+go|going|(?:${CHILD_SUBJECT})\\s+goes?))`;
const WHAT_NEXT = '(?:what\\s+(?:happens?|happen|is\\s+happening|is\\s+going\\s+to\\s+happen|will\\s+happen|comes?|is)\\s+next)';

/** Each kind of sentence, the whole sentence. */
const ADVICE = [
  // "speak slow and short words", "talk to her slowly", "say it simply"
  `(?:please\\s+)?(?:speak|talk|say\\s+(?:it|things)|explain(?:\\s+things)?)(?:\\s+to\\s+${CHILD})?\\s+${MANNER}(?:\\s+(?:and|with)\\s+${FEW_WORDS})?`,
  // "short words", "use simple sentences"
  `(?:please\\s+)?${FEW_WORDS}`,
  // "show him picture", "use pictures", "give her a now and next board"
  // "show him photos of new places first", "show her the pictures before"
  `(?:please\\s+)?(?:show|give)\\s+${CHILD}\\s+${VISUALS}(?:\\s+(?:of\\s+${WHAT_NEXT}|for\\s+${WHAT_NEXT}|of\\s+${NEW_THINGS}))?(?:\\s+${BEFOREHAND})?`,
  // "keep things the same", "keep to his routine", "same routine every day": sameness, everyday autism support.
  `(?:please\\s+)?(?:keep\\s+(?:things|everything|it|stuff)\\s+(?:the\\s+same|calm|simple|predictable)|keep\\s+(?:to\\s+)?(?:his|her|their|a|the)\\s+routine(?:\\s+the\\s+same)?|(?:the\\s+)?same\\s+routine(?:\\s+every\\s*day)?)`,
  // "dont make him look at you", "dont make her do eye contact", "dont force eye contact", "dont make her talk"
  `(?:please\\s+)?(?:dont|do\\s+not|never)\\s+(?:make|force|push)\\s+${CHILD}\\s+(?:to\\s+)?(?:look\\s+at\\s+(?:you|u|people|your\\s+(?:eyes|face))|(?:do|make|give)\\s+eye\\s+contact|talk|speak|answer|join\\s+in)`,
  `(?:please\\s+)?(?:(?:dont|do\\s+not|never)\\s+(?:force|insist\\s+on|ask\\s+for)|no)\\s+eye\\s+contact`,
  // "dont touch him without warning", "warn her before you touch her": sensory support, never touch itself.
  `(?:please\\s+)?(?:dont|do\\s+not|never)\\s+touch\\s+${CHILD}\\s+(?:without\\s+(?:warning|telling\\s+${CHILD}|asking(?:\\s+${CHILD})?)|suddenly|from\\s+behind)(?:\\s+first)?`,
  `(?:please\\s+)?(?:warn|tell)\\s+${CHILD}\\s+(?:before|when)\\s+(?:you\\s+touch\\s+${CHILD}|things\\s+(?:change|are\\s+going\\s+to\\s+change)|something\\s+(?:changes|is\\s+going\\s+to\\s+change))`,
  `(?:please\\s+)?use\\s+${VISUALS}(?:\\s+(?:with\\s+${CHILD}|for\\s+${WHAT_NEXT}))?`,
  // "give him time to answer"
  `(?:please\\s+)?give\\s+${CHILD}\\s+(?:more\\s+|extra\\s+)?time(?:\\s+to\\s+(?:answer|talk|think|reply))?`,
  // "he like when he know what happen next", "she likes to know what happens next"
  `${CHILD_SUBJECT}\\s+(?:likes?|needs?|is\\s+happier|is\\s+calmer|feels?\\s+(?:safe|calm|better))\\s+(?:it\\s+)?(?:when|if|to)\\s+(?:${CHILD_SUBJECT}\\s+)?(?:knows?|know|see|sees)\\s+${WHAT_NEXT}`,
];
// Two pieces of advice joined ("use pictures and dont make her do eye contact") are read as two.
const ONE_ADVICE = `(?:${ADVICE.join('|')})`;
const ADVICE_SENTENCE = new RegExp(`^(?:and\\s+|so\\s+|also\\s+)?${ONE_ADVICE}(?:\\s+(?:and|then|but)\\s+${ONE_ADVICE})*(?:\\s+(?:please|pls))?$`);

/** A parent's message that is all advice on talking with their child, sentence by sentence (and clause by clause). */
export function tellsOfTalkingWithChild(text: string): boolean {
  if (text.length > 400) return false;
  const pieces = sentencesOf(text)
    .flatMap((s) => s.split(/\s*[,;]\s*/))
    .map((s) => normaliseMessage(s))
    .filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => ADVICE_SENTENCE.test(p));
}
