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

/** The carer's own name and role ("Bev", "nan"), when the reply gives her name instead of the child's; else undefined. */
export function carerGaveOwnName(text: string): { name: string; role: string } | undefined {
  const said = text.replace(/[\u2018\u2019]/g, "'").trim();
  for (const form of FORMS) {
    const m = form.exec(said);
    if (m && !NOT_A_NAME.test(m[1]!)) return { name: capitalise(m[1]!), role: m[2]!.toLowerCase().replace(/\s+/g, ' ') };
  }
  return undefined;
}
