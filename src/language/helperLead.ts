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
  /** `who` is the helper's own name ("Jo"), not a role. */
  named?: boolean;
}

/** "(mum typing)", "(her support worker here)": who types, in brackets before or after the answer. */
const IN_BRACKETS = new RegExp(String.raw`^\s*\(\s*(?:(?:his|her|their)\s+)?(${WHO})\s+(?:typing|here|writing|speaking)\s*\)\s*|\s*\(\s*(?:(?:his|her|their)\s+)?(${WHO})\s+(?:typing|here|writing|speaking)\s*\)\s*$`, 'i');

/** "she means she wants more hours": the helper saying what the young person means; what they mean is the answer. */
const MEANS = /^(?:(?:so|and|but)\s+)?(?:(?:she|he|they)\s+means?|what\s+(?:she|he|they)\s+means?\s+is)\s+(?:that\s+)?(?=\S)/i;

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lead-in naming who types and the answer after it; null when there is none or nothing follows.
 * `helperNames` are the names of who helps them chat ("Jo"): "Jo here - she means ..." is Jo typing.
 */
export function readHelperLead(text: string, helperNames: readonly string[] = []): HelperLead | null {
  const named = helperNames.length
    ? new RegExp(String.raw`^\s*(?:(?:hi|hello|hiya)[\s,!]+)?(?:(?:its|it's|it is|this is)\s+)?(${helperNames.map(escaped).join('|')})\s+(?:here|typing|speaking|writing)\s*(?:[:,.;!-]+|\s+-\s*)\s*`, 'i').exec(text)
    : null;
  const bracket = named ? null : IN_BRACKETS.exec(text);
  const match = named ?? bracket ?? LEAD.exec(text);
  if (!match) return null;
  const after = bracket ? text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length) : text.slice(match[0].length);
  const rest = after.trim().replace(MEANS, '');
  const who = named ? match[1]! : (match[1] ?? match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (!rest || !/[\p{L}\p{N}]/u.test(rest)) return null;
  return { who, rest, ...(named ? { named: true } : {}) };
}
