import { capitalise } from './nameAnswer';

/*
 * Asked the child's name, a carer sometimes gives her own: "Bev, I'm her nan", "I'm Bev, his mum",
 * "its Bev here, her grandma". The name is hers, the person chatting, never the child's: the bot
 * keeps it as hers and asks for the child's name. "Lily, I'm her nan" is read the same way only when
 * the name sits with "I'm" or "its ... here"; "Lily. her nan is typing" names the child.
 */

const ROLE = String.raw`(?:(?:foster|step|great)[\s-]?)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparent|carer|auntie|aunty|aunt|uncle|guardian|parent|support\s+worker|key\s+worker|teacher|teaching\s+assistant|ta|sister|brother)`;
const WHOSE = String.raw`(?:her|his|their|the\s+(?:child'?s|young\s+person'?s))`;
const NAME = String.raw`(\p{L}[\p{L}'-]{1,20})`;
const FORMS = [
  // "Bev, I'm her nan", "Bev here, im his mum", "its Bev, I am her grandma"
  new RegExp(String.raw`^(?:(?:hi|hello|hiya)[\s,!]+)?(?:(?:it'?s|its|this\s+is)\s+)?${NAME}(?:\s+here)?\s*[,.;:-]?\s*(?:and\s+)?(?:i'?m|im|i\s+am)\s+${WHOSE}\s+(${ROLE})\b`, 'iu'),
  // "I'm Bev, her nan", "my name is Bev and I'm his mum", "I'm Bev her grandma"
  new RegExp(String.raw`^(?:(?:hi|hello|hiya)[\s,!]+)?(?:i'?m|im|i\s+am|my\s+name\s+is|my\s+names|it'?s|its|this\s+is)\s+${NAME}\s*[,.;:-]?\s*(?:(?:and\s+)?(?:i'?m|im|i\s+am)\s+)?${WHOSE}\s+(${ROLE})\b`, 'iu'),
];
const NOT_A_NAME = /^(?:just|only|the|her|his|their|a|an|me|here|typing|helping|not|also|actually|really|yes|no|hi|hello)$/i;

/** "its Bev here", "hi, Bev": the name said as the writer's own; a bare "Jayden. Im his carer" may be either. */
const SAID_AS_OWN = /^(?:(?:hi|hello|hiya)[\s,!]+|(?:it'?s|its|this\s+is)\s+)|^\p{L}[\p{L}'-]*\s+here\b/iu;

/**
 * The carer's own name and role ("Bev", "nan"), when the reply gives her name instead of the child's; else undefined.
 * `sure` is false for "Jayden. Im his foster carer": the name may be the child's, so whose it is gets asked.
 */
export function carerGaveOwnName(text: string): { name: string; role: string; sure: boolean } | undefined {
  const said = text.replace(/[\u2018\u2019]/g, "'").trim();
  for (const [index, form] of FORMS.entries()) {
    const m = form.exec(said);
    if (m && !NOT_A_NAME.test(m[1]!)) return { name: capitalise(m[1]!), role: m[2]!.toLowerCase().replace(/\s+/g, ' '), sure: index > 0 || SAID_AS_OWN.test(said) };
  }
  return undefined;
}

/** "mine", "its my name", "me": the name asked about is the writer's own. */
const MINE = /^(?:(?:yes|yeah|yep|ok|its|it'?s|thats|that'?s|it\s+is)\s+)*(?:mine|my\s+(?:own\s+)?name|me|my\s+own|i\s+am|im|i'?m)\b/i;
/** "the child's", "no, Jayden is HIS name", "his": the name is the child's. */
const THE_CHILDS = /\b(?:child'?s?|kid'?s?|young\s+person'?s?|his|hers?|theirs?|their|son'?s?|daughter'?s?|boy'?s?|girl'?s?|foster\s+(?:child|son|daughter))\b/i;
/** "Im Tanya", "my name is Tanya": the writer's own name said beside the answer. */
const OWN_NAME_SAID = /\b(?:i'?m|im|i\s+am|my\s+name\s+is|my\s+names|call\s+me)\s+(\p{L}[\p{L}'-]{1,20})\s*[.!]*\s*$/iu;
const ROLE_WORD = new RegExp(String.raw`^${ROLE}$`, 'i');

/** Whose the name is, as answered: "mine" or "child", with the writer's own name when said ("Im Tanya"). */
export function whoseNameSaid(text: string, asked: string, chosen?: string): { whose: 'mine' | 'child'; ownName?: string } | undefined {
  const said = text.replace(/[\u2018\u2019]/g, "'").trim();
  const own = OWN_NAME_SAID.exec(said)?.[1];
  const ownName = own && !NOT_A_NAME.test(own) && !ROLE_WORD.test(own) && !/^(?:the|a|his|her|their|not|sure|ok|fine)$/i.test(own) ? capitalise(own) : undefined;
  // "Im Tanya": another name as hers, so the one asked about is the child's.
  const isAsked = ownName?.toLowerCase() === asked.toLowerCase();
  if (!chosen && isAsked) return { whose: 'mine' };
  if (chosen === 'child' || (!chosen && (THE_CHILDS.test(said) || ownName))) return { whose: 'child', ...(ownName ? { ownName } : {}) };
  if (chosen === 'mine' || MINE.test(said)) return { whose: 'mine' };
  return undefined;
}
