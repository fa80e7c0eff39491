/*
 * "stay in my flat. jen helps me with money i want to do it more myself": who helps now and the hope
 * to do it more oneself, run together without a full stop. The help is what helps, never part of
 * the hope; the hope is read with what "it" stands for ("i want to do my money more myself").
 */

/** Words that are never the one who helps: "it helps me with ...", "that helps". */
const NOT_A_HELPER = /^(?:it|that|this|which|what|there|nothing|no\s*one|nobody|who)$/i;

/** "jen helps me with money", "my support worker helps me with my shopping", "mum does my money for me". */
const HELP =
  /^(?<who>(?:(?:my|his|her|their|our|the)\s+)?[a-z][a-z'-]*(?:\s+(?:worker|carer|mum|dad|sister|brother))?(?:\s+(?:and|&)\s+[a-z][a-z'-]*)?)\s+(?:(?:still|always|usually|sometimes|normally)\s+)?(?:(?:helps?|is\s+helping|supports?)\s+(?<whom>me|him|her|them)\s+(?:with|out\s+with|to\s+do)\s+(?<with>[a-z][a-z' -]*?)|(?:does|sorts(?:\s+out)?|manages|handles)\s+(?<does>(?:my|his|her|their)\s+[a-z][a-z' -]*?)\s+for\s+(?:me|him|her|them))$/i;

/** The hope said after it, leaning on the help: "i want to do it more myself", "id like to do that on my own". */
const HOPE =
  /^(?:(?:and|but|so)\s+)?(?<who>i|he|she|they)\s+(?:(?:really|just|also|would)\s+)*(?:want|wants|wanna|would\s+like|'?d\s+like|like|hope|hopes|wish|wishes)\s+(?:to\s+)?(?<rest>.*\b(?:it|that|this)\b.*\b(?:myself|himself|herself|themselves|my\s+own|his\s+own|her\s+own|their\s+own|on\s+(?:my|his|her|their)\s+own|by\s+(?:my|his|her|their)self|alone|independently|more)\b.*)$/i;

const OWNER: Record<string, string> = { me: 'my', him: 'his', her: 'her', them: 'their' };
const DETERMINER = /^(?:my|his|her|their|our|the|a|an|some|any)\b/i;

export interface HelpBesideHope {
  /** "jen helps me with money", as typed. */
  help: string;
  /** The message with the help taken out and the hope read with what "it" stands for. */
  rest: string;
}

/** Tries each place a sentence could be cut into help then hope; the first that reads as both wins. */
function inSentence(sentence: string): { help: string; hope: string } | undefined {
  const words = sentence.trim().split(/\s+/);
  for (let cut = 3; cut < words.length - 2; cut++) {
    const before = words.slice(0, cut).join(' ').replace(/[\s,;:-]+$/, '');
    const after = words.slice(cut).join(' ');
    const help = HELP.exec(before);
    const hope = HOPE.exec(after);
    if (!help?.groups || !hope?.groups) continue;
    if (NOT_A_HELPER.test(help.groups.who ?? '')) continue;
    const thing = help.groups.does ?? (DETERMINER.test(help.groups.with ?? '') ? help.groups.with! : `${OWNER[(help.groups.whom ?? 'me').toLowerCase()] ?? 'my'} ${help.groups.with}`);
    const hopeSaid = after.replace(/^(?:(?:and|but|so)\s+)/i, '').replace(/\b(?:it|that|this)\b/i, thing.trim());
    return { help: before, hope: hopeSaid };
  }
  return undefined;
}

/** Help said beside a hope that leans on it; undefined when the message says no such thing. */
export function helpBesideHope(text: string): HelpBesideHope | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  for (const [at, sentence] of sentences.entries()) {
    const said = sentence.replace(/[.!?]+$/, '');
    const found = inSentence(said);
    if (!found) continue;
    const rest = [...sentences.slice(0, at), found.hope, ...sentences.slice(at + 1)].join(' ').trim();
    return { help: found.help, rest };
  }
  return undefined;
}
