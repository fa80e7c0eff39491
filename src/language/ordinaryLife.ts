import { FEAR_WORDS, HARM_WORDS } from './harmOrFearWords';
import { normaliseMessage } from './text';

/*
 * Ordinary adult life told literally, often by autistic young adults or young people with learning
 * disabilities: "I can look after myself. Mum does not have to do it.", "I get a contract. I get paid in
 * my bank." The classifier alone reads "look after myself" as neglect and "get paid" as exploitation,
 * because disclosures use the same words ("I have to look after myself", "I get paid to carry bags").
 * What tells them apart is who does what to whom: here the speaker is able, or is paid for their own
 * work into their own account, and nobody else withholds care, takes, holds or asks for anything.
 * Then it is never a reason to ask "Are you OK?" on the classifier's word alone (a rule still reads harm).
 */

/** Doing it alone: "myself", "on my own", "my own tea". */
const ALONE = String.raw`(?:myself|on\s+my\s+own|by\s+myself|independently|my\s+own\s+(?:tea|dinner|meals?|food|washing|laundry|meds|medicine|money|bills|shopping|room|flat))`;

/**
 * The speaker able to do it themselves ("i can look after myself", "im able to cook for myself", "i know
 * how to do it on my own"), or doing it now as a step gained ("i look after myself now", "i already cook for myself").
 */
const ABLE_ALONE = new RegExp(
  String.raw`\b(?:i|im|i\s+am)\s+(?:now\s+|already\s+|really\s+)?(?:can|could|am\s+able\s+to|able\s+to|know\s+how\s+to|(?:have\s+)?learn(?:t|ed)\s+(?:how\s+)?to|am\s+good\s+at|good\s+at)\b(?:\s+\w+){0,5}?\s+${ALONE}\b|\bi\s+(?:now|already)\s+\w+(?:\s+\w+){0,4}?\s+${ALONE}\b|\bi\s+\w+(?:\s+\w+){0,4}?\s+${ALONE}\s+(?:now|already)\b`,
);

/** Care not given, left to the speaker, or someone away, harming or frightening: then it is read as before. */
const MORE_THAN_ABLE = new RegExp(
  String.raw`\b(?:${FEAR_WORDS}|${HARM_WORDS})\b|\b(?:i|we)\s+(?:have|had|has|got|must|need)\s+to\b|\b(?:i|we)\s+(?:have|had)\s+got\s+to\b|\bgotta\b|\b(?:nobody|no\s+one|noone|nobodys|no\s+body)\b|\b(?:never|doesnt|dont|didnt|does\s+not|do\s+not|did\s+not|wont|will\s+not|cant|stopped|forgets?\s+to|forgot\s+to)\s+(?:\w+\s+)?(?:look\w*\s+after|feed\w*|cook\w*\s+for|care\w*|help\w*|bother\w*|wash\w*|buy\w*|make\w*|get\w*\s+me|take\w*\s+me|come\w*\s+home|give\w*\s+me)\b|\b(?:never|not|isnt|is\s+not|hardly\s+ever)\s+(?:home|here|in|around|there|about)\b|\b(?:left|leave|leaves|leaving|gone|away|moved\s+out|prison|hospital|ill|poorly|because|cos|coz|since)\b|\b(?:never|not|isnt|arent|theres\s+no|there\s+is\s+no|no)\s+(?:any\s+)?(?:food|money|dinner|tea|meals?|electric|gas)\b|\b(?:nothing|not\s+enough)\s+to\s+eat\b|\bno\s+money\s+left\b|\bempty\s+(?:fridge|cupboards?)\b|\b(?:alone|hungry|starving|cold|dirty|drunk|drinks?|drugs?|out\s+all|all\s+night|for\s+days|kicked\s+out|locked|die|dead|kill\w*|hate\w*|sad|cry\w*|cope|coping|too\s+much|no\s+choice|all\s+myself|everything\s+myself|all\s+on\s+my\s+own|by\s+myself\s+all|all\s+the\s+time)\b`,
);

/** Ordinary independence: the speaker can do it themselves, with nobody withholding care and no fear or harm. */
export function tellsOfOrdinaryIndependence(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 300 || !ABLE_ALONE.test(said)) return false;
  return !MORE_THAN_ABLE.test(said.replace(NO_LONGER_DONE_FOR_ME, ' '));
}

/** "nobody does it for me anymore": beside doing it oneself, a step gained, not care missing. */
const NO_LONGER_DONE_FOR_ME = /\b(?:nobody|no\s+one|noone)\s+(?:does|do|makes?)\s+(?:it|that|them|this)?\s*for\s+me\s+(?:any\s*more|now)\b/g;

/** Paid for one's own work into one's own account: "i get paid in my bank", "my wages go into my account", "i get a contract". */
const OWN_PAY = new RegExp(
  String.raw`\b(?:i|im|i\s+am|ill|i\s+will)\s+(?:now\s+|also\s+)?(?:get|gets|got|getting|will\s+get|be|am\s+going\s+to\s+get|earn|earns|earned)\s+(?:paid|wages|a\s+wage|my\s+wages|a\s+salary|my\s+salary|my\s+pay|money\s+for\s+my\s+(?:job|work|shifts?)|a\s+(?:contract|payslip|pay\s+slip))\b|\bmy\s+(?:pay|wages|wage|salary|money)\s+(?:goes|go|went|is\s+paid|gets\s+paid|comes|is\s+put)\s+(?:in|into|to|straight\s+into)\s+my\b`,
);

/** Work of one's own beside the pay: a job, a contract, an internship, shifts, a boss. */
const OWN_WORK =
  /\b(?:contract|job|work|works|working|shifts?|boss|manager|intern\w*|apprentice\w*|placement|payslip|pay\s+slip|salary|wages?|hours|employ\w*|every\s+(?:week|month|friday|fortnight)|in\s+my\s+(?:own\s+)?(?:bank|account))\b/;

/**
 * Anyone else taking, holding, using or asking for the money, pay withheld or owed, or crime, fear and
 * harm beside it: then it is read as before ("my boss keeps my wages", "i get paid to carry bags").
 */
const MORE_THAN_PAY = new RegExp(
  String.raw`\b(?:${FEAR_WORDS}|${HARM_WORDS})\b|\b(?:he|she|they|them|him|her|mum|dad|boss|manager|staff|carer|carers|friend|friends|mate|mates|boyfriend|girlfriend|partner|landlord|uncle|auntie|brother|sister|cousin|someone|somebody|people)\s+(?:\w+\s+)?(?:take|takes|took|taking|keep|keeps|kept|has|have|had|hold|holds|held|use|uses|used|spend|spends|spent|ask\w*|want\w*|make\w*|gets|get|borrow\w*|check\w*|control\w*|mind\w*|look\w*\s+after)\s+(?:\w+\s+)?(?:my|me|it|all|half|most)\b|\b(?:owe|owes|owed|owing|debt|debts|pay\s+(?:him|her|them|it)\s+back|give\s+(?:it|him|her|them)|hand\w*\s+(?:it\s+)?over|for\s+(?:him|her|them)|their\s+(?:bank|account|card)|my\s+(?:card|pin|bank\s+card)|pin\s+number|(?:dont|do\s+not|never|not|didnt|did\s+not|havent|have\s+not|hasnt|wont|cant)\s+(?:\w+\s+)?(?:paid|pay|get\s+(?:it|any|my|paid|the)|see\s+(?:it|any|my))|unpaid|for\s+free|for\s+nothing|cash\s+in\s+hand|only\s+(?:pay|pays|paid|give|gives|get)|less\s+than|nothing|to\s+(?:carry|deliver|drop|hold|sell|keep|hide|move|take|let)|to\s+(?:go|come|stay|sleep)\s+(?:round|over|to|at|with|in)|(?:his|her|their|a\s+mans|a\s+mens)\s+(?:flat|house|place|room|car)|(?:he|she|they|a\s+man|a\s+woman|someone|somebody|an\s+older\s+\w+)\s+(?:\w+\s+)?(?:pays|paid|gives|gave)\s+me|cash\s+for|favours?|drugs?|weed|parcels?|packages?|bags?|errands?|county\s+lines|gangs?|stuff)\b`,
);

/** Ordinary pay: the speaker paid for their own work into their own account, nobody else taking or asking for any of it. */
export function tellsOfOrdinaryPay(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 300 || !OWN_PAY.test(said) || !OWN_WORK.test(said)) return false;
  return !MORE_THAN_PAY.test(said);
}

/** One's own medicine: "my tablets", "his prescription", "my own meds"; never someone else's ("my mums tablets"). */
const OWN_MEDS = String.raw`(?:my|his|her)\s+(?:own\s+)?(?:(?!(?:mums?|mams?|moms?|dads?|nans?|nanas?|grans?|grandads?|brothers?|sisters?|parents?|carers?|friends?|mates?|someones?)\b)\w+\s+)?(?:tablets|pills|meds|medicine|medicines|medication|prescriptions?|inhalers?|insulin)`;

/** One's own medicine named with no word before it ("my tablets", "my own meds"; not "my sleeping tablets"). */
const OWN_MEDS_PLAIN = String.raw`(?:my|his|her)\s+(?:own\s+)?(?:tablets|pills|meds|medicine|medicines|medication|prescriptions?|inhalers?|insulin)`;

/**
 * Looking after one's own medicine: kept in one's own room or bag ("i keep my tablets in my room"), or
 * collected from the chemist ("im collecting my prescription from boots"). The classifier reads tablets
 * kept or collected as a sign of suicide, because hoarding them is told with the same words.
 */
const ownMedsHandled = (meds: string): RegExp =>
  new RegExp(
    String.raw`\b(?:i|im|i\s+am|ive|i\s+have|he|hes|she|shes)\s+(?:now\s+|already\s+|been\s+|started\s+|allowed\s+to\s+|trusted\s+to\s+)?(?:keep|keeps|keeping|store|stores|storing|carry|carries|carrying|look\w*\s+after)\s+${meds}\s+(?:in|on)\s+(?:my|his|her)\s+(?:own\s+)?(?:room|bedroom|bag|school\s+bag|drawer|locker|cupboard)\b` +
      String.raw`|\b(?:i|im|i\s+am|ive|i\s+have|he|hes|she|shes)\s+(?:now\s+|already\s+|been\s+|started\s+|allowed\s+to\s+)?(?:collect\w*|pick\w*\s+up|get|gets|getting|got|fetch\w*|order\w*)\s+${meds}\s+(?:up\s+)?(?:from|at)\s+(?:the\s+)?(?:boots|chemists?|pharmacy|doctors?|surgery|gp|superdrug|lloyds|asda|tesco)\b`,
  );
const OWN_MEDS_HANDLED = ownMedsHandled(OWN_MEDS);
/** The same with the medicine plainly named: said on its own, "my sleeping tablets" or "my pain pills" tell more. */
const OWN_PLAIN_MEDS_HANDLED = ownMedsHandled(OWN_MEDS_PLAIN);

/** "i keep my tablets in my room" and nothing more: the medicine plainly named, no step gained told. */
export function tellsOfOwnMedicineAlone(text: string): boolean {
  const said = normaliseMessage(text);
  return !!said && said.length <= 300 && said.replace(OWN_PLAIN_MEDS_HANDLED, ' ').replace(/^\W*(?:yeah|yes|well|so|and|oh|um|erm)?\W*$/, '') === '';
}

/** A step gained: now, at an age, on one's own, allowed or trusted to. */
const NOW_THEIR_OWN = /\b(?:now|these\s+days|by\s+(?:my|him|her)self|on\s+(?:my|his|her)\s+own|(?:my|him|her)self|independently|since\s+(?:i|he|she)|(?:i|im|i\s+am|he|hes|she|shes|turned)\s+(?:1[0-9]|[0-9])|allowed|trusted|every\s+(?:week|month))\b/;

/**
 * Hidden, counted, put by for a bad time or to take at once, or fear and harm beside it: then it is read
 * as before ("i keep tablets under my bed for when it gets too much", "so nobody finds them").
 */
const MORE_THAN_OWN_MEDS = new RegExp(
  String.raw`\b(?:${FEAR_WORDS}|${HARM_WORDS})\b|\b(?:hid\w*|secret\w*|count\w*|sav(?:e|es|ed|ing)|stockpil\w*|hoard\w*|stash\w*|under|behind|back\s+of|so\s+(?:no\s*one|nobody|noone|mum|dad|they|staff)|nobody|no\s+one|noone|for\s+when|in\s+case|at\s+once|in\s+one\s+go|together|for\s+later|all\s+(?:of\s+)?(?:my|them|his|her)|loads|lots|extra|too\s+much|cope|coping|overdose|die|dead|end\s+it|kill\w*|enough)\b`,
);

/**
 * Ordinary care of one's own medicine, with nothing hidden, put by or feared: as a step gained, or
 * said on its own and nothing more ("i keep my tablets in my room").
 */
export function tellsOfOwnMedicineCared(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 300 || !OWN_MEDS_HANDLED.test(said)) return false;
  if (!tellsOfOwnMedicineAlone(text) && !NOW_THEIR_OWN.test(said)) return false;
  return !MORE_THAN_OWN_MEDS.test(said);
}

/** Ordinary independence, ordinary pay, or one's own medicine cared for, told literally (see above). */
export const tellsOfOrdinaryAdultLife = (text: string): boolean => tellsOfOrdinaryIndependence(text) || tellsOfOrdinaryPay(text) || tellsOfOwnMedicineCared(text);
