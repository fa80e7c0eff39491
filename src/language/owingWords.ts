import { clearedConcernText } from './concernRuleMatch';

/*
 * Words of owing ("then i dont owe no one", "pay them back", "so im not in debt to them"). Said after a note about
 * being used (gifts, then "you owe us"), they are a further sign of it: added to that note, never kept as what the
 * plan would do for them. Elsewhere ("pay my mum back for my phone") they mean nothing on their own.
 */
const OWING =
  /\b(?:(?:dont|do\s+not|not|never|wont|will\s+not|no\s+longer|stop)\s+(?:have\s+to\s+)?(?:owe|owing)|owe\s+(?:no\s+one|noone|nobody|no\s+body|anyone|anybody|any\s+one|them|him|her|nothing|nuffin|nothin))\b|\b(?:pay|paying|pays|paid|give|giving)\s+(?:them|him|her|it|the\s+(?:lads|boys|olders|money))\s+(?:all\s+)?back\b|\b(?:not|no\s+longer|never|out\s+of)\s+(?:be\s+)?(?:in\s+)?(?:debt|dept)\b|\b(?:clear|pay\s+off|paid\s+off|sort)\s+(?:my|the|that)\s+(?:debt|dept)\b|\bin\s+(?:debt|dept)\s+to\b/;

/** Family owed ("i owe my mum a tenner"): everyday, never a sign. */
const FAMILY_OWED = /\b(?:owe|pay|paying|give)\s+(?:my|me)\s+(?:mum|mam|mom|dad|nan|gran|grandad|brother|bro|sister|sis|auntie|aunt|uncle|cousin|carer|parents)\b/;

export function tellsOfOwing(text: string): boolean {
  const said = clearedConcernText(text);
  return OWING.test(said) && !FAMILY_OWED.test(said);
}

/** The message without its owing words: what is left is read for a new worry of its own. */
export function withoutOwing(text: string): string {
  return clearedConcernText(text).replace(new RegExp(OWING.source, 'g'), ' ');
}
