/*
 * A parent or helper typing for the young person for a moment: "mum here: he cooks simple meals
 * with me", "its his mum, he needs prompts", "dad here - she gets the bus". The lead-in says who
 * is typing; it is never part of the answer, which is kept without it.
 */

const WHO = String.raw`(?:mum|mom|mam|mummy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|auntie|aunty|aunt|uncle|carer|foster\s+(?:mum|dad|carer)|step\s*(?:mum|dad)|sister|brother|sis|bro|ta|teacher|support\s+worker|key\s+worker)`;
const LEAD = new RegExp(
  String.raw`^\s*(?:(?:hi|hello|hiya)[\s,!]+)?(?:(?:(?:its|it's|it is|this is|thats|that's)\s+)?(?:(?:his|her|their|dev's|the)\s+|[a-z]+'?s\s+)?(${WHO})\s+(?:here|typing|speaking|writing|now)|(?:(?:its|it's|it is|this is)\s+)(?:his|her|their|[a-z]+'?s)\s+(${WHO}))(?:\s+(?:now|typing|here))?\s*(?:[:,.;!-]+|\s+-\s*)\s*`,
  'i',
);

export interface HelperLead {
  /** Who said they are typing ("mum", "dad"), lower case. */
  who: string;
  /** The answer without the lead-in. */
  rest: string;
}

/** The lead-in naming who types and the answer after it; null when there is none or nothing follows. */
export function readHelperLead(text: string): HelperLead | null {
  const match = LEAD.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  const who = (match[1] ?? match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (!rest || !/[\p{L}\p{N}]/u.test(rest)) return null;
  return { who, rest };
}
