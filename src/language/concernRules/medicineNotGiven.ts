import { FIT_WORDS, FORGET_WORDS, HAVING_A, MEDICINE_WORDS, NOBODY_WORDS, PAID_CARER_WORDS } from '../careWords';
import { r, type Rule } from './shared';

/**
 * Neglect of care told by someone who depends on others for their medicine or for help at night: a
 * young adult in supported living, a pupil at school. Staff or carers who forget their tablets
 * ("my tablets. when i get them. nite staff forget sumtimes"), nobody who gives a child their inhaler,
 * and a fit or seizure with nobody coming ("i had a fit in the nite an no one come till morning").
 * Each rule needs someone else's part in it: one's own forgetting ("i forget my tablets sometimes so i
 * have an alarm") and care that is given ("staff remind me to take my tablets") are left alone.
 * Said as normal ("its fine tho", "not a big deal"): the words after it do not make it ordinary, and
 * the words are ones ordinary talk does not use (firm): the classifier's doubt alone does not overrule them.
 */
const MEDS = MEDICINE_WORDS;
/** The people whose job is to give the care: paid carers, and at school the nurse or teachers. */
const STAFF = String.raw`(?:(?:my\s+|the\s+)?${PAID_CARER_WORDS}|the\s+nurse|nurses|the\s+school|school|teachers?|pa|they)`;
const FORGET = String.raw`(?:${FORGET_WORDS}|keep\s+forgetting|keeps\s+forgetting|dont\s+remember|never\s+remember)`;
/** How often, said after the forgetting: where the message may end. */
const OFTEN = '(?:sometimes|sumtimes|somtimes|some\\s+times|a\\s+lot|alot|loads|lots|often|again|all\\s+the\\s+time|most\\s+(?:days|nights|times)|at\\s+(?:night|weekends?)|on\\s+(?:nights|weekends?)|every\\s+(?:week|weekend|night))';
/** Said as nothing after it: "its fine tho", "but its not a big deal". */
const SHRUGGED = '(?:\\s+(?:but\\s+)?(?:its|it\\s+is|thats|that\\s+is)\\s+(?:fine|ok|okay|alright|not\\s+a\\s+big\\s+deal|no\\s+big\\s+deal)(?:\\s+(?:though|really))?)';
const NOBODY = NOBODY_WORDS;
const FIT = FIT_WORDS;
const CAME = '(?:come|came|comes|coming|checked|check|helped|help|woke|was\\s+there|heard|answered|turned\\s+up)';

export const MEDICINE_FORGOTTEN: readonly Rule[] = [
  // The medicine named, then the staff who forget, with nothing else they forget named after it:
  // "my tablets. when i get them. nite staff forget sumtimes", "my meds, the carers forget at weekends".
  {
    ...r('neglect', `\\b(?:my|his|her|their)\\s+(?:\\w+\\s+)?${MEDS}\\b[^~]{0,60}\\b${STAFF}\\s+(?:\\w+\\s+)?${FORGET}(?:\\s+(?:them|it|to\\s+(?:give|bring|do)\\s+(?:me\\s+|him\\s+|her\\s+)?(?:them|it)))?(?:\\s+${OFTEN})*${SHRUGGED}?\\s*$`),
    firm: true,
    saidAsNormal: true,
  },
  // Not given by someone whose job it is: "nobody gives him his inhaler at school", "staff dont give me my meds at night".
  {
    ...r('neglect', `\\b(?:${NOBODY}|${STAFF}\\s+(?:\\w+\\s+)?(?:dont|doesnt|didnt|never|wont|forget\\s+to|forgot\\s+to|forgets\\s+to|keep\\s+forgetting\\s+to|keeps\\s+forgetting\\s+to))\\s+(?:ever\\s+)?(?:give|gives|gave|bring|brings|brought|do|does|did)\\s+(?:me|him|her|them)\\s+(?:my|his|her|their)\\s+(?:\\w+\\s+)?${MEDS}\\b`),
    firm: true,
    saidAsNormal: true,
  },
];

export const NOBODY_CAME_TO_A_FIT: readonly Rule[] = [
  // "i had a fit in the night last month an no one come till morning", "had a seizure and nobody came".
  {
    ...r('neglect', `\\b${HAVING_A}${FIT}\\b(?!\\s+of\\b)[^~]{0,60}\\b${NOBODY}\\s+(?:ever\\s+)?${CAME}\\b`),
    firm: true,
    saidAsNormal: true,
  },
  // Told the other way round: "nobody came when i had a seizure", "no staff came till morning after my fit".
  {
    ...r('neglect', `\\b${NOBODY}\\s+(?:ever\\s+)?${CAME}\\b[^~]{0,40}\\b(?:when|while|after|during)\\s+(?:i|he|she)\\s+(?:had|was\\s+having|have|has)\\s+(?:a\\s+|an\\s+|my\\s+|another\\s+|bad\\s+|big\\s+)*${FIT}\\b(?!\\s+of\\b)`),
    firm: true,
    saidAsNormal: true,
  },
];
