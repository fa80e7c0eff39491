/*
 * Words before the help that only say who wants it or where it goes: "the help i need shud say a
 * colour map of the school too", "mum sez she needs a timer". The help kept is "a colour map of
 * the school" and "a timer"; the lead and a closing "too" are never part of it.
 */

const WHO = String.raw`(?:my\s+|his\s+|her\s+|their\s+)?(?:mum|mam|mom|mummy|dad|daddy|nan|nana|gran|grandma|grandad|carer|foster\s+carer|teacher|ta|senco|key\s+worker|support\s+worker|social\s+worker|aunt|auntie|uncle|sister|brother|[a-z]+)`;

/** "mum sez she needs", "my teacher said i need", "dad thinks he could do with". */
const SAYS_NEEDS = new RegExp(
  String.raw`^${WHO}\s+(?:says|sez|sayz|said|thinks|reckons|told\s+me|wants)\s+(?:that\s+)?(?:i|he|she|they|we|me)\s+(?:really\s+)?(?:need|needs|needed|should\s+have|should\s+get|could\s+do\s+with|could\s+use|want|wants)\s+(?:to\s+have\s+|to\s+get\s+)?(?=\S)`,
  'i',
);

/** "the help i need shud say", "the help should include", "my help needs to say", "for help put". */
const HELP_SHOULD_SAY = new RegExp(
  String.raw`^(?:and\s+|also\s+)?(?:the|my|his|her)\s+help(?:\s+(?:i|he|she|they)\s+(?:need|needs|want|wants|get|gets))?\s+(?:should|shud|shd|shld|must|needs\s+to|has\s+to|wants\s+to|can|could)\s+(?:also\s+)?(?:say|says|include|have|be|mention)\s+(?=\S)`,
  'i',
);

const TOO_END = /[\s,]+(?:too|as\s+well|also|aswell)[\s.!]*$/i;

/** The help without a lead saying who wants it or where it goes; the words unchanged when there is none. */
export function helpWithoutLead(text: string): string {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'");
  const lead = SAYS_NEEDS.exec(said) ?? HELP_SHOULD_SAY.exec(said);
  if (!lead) return text;
  const rest = said.slice(lead[0].length).replace(TOO_END, '').replace(/[\s.!]+$/, '').trim();
  return rest.length > 1 ? rest : text;
}
