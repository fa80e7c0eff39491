import { capitalise } from './capitalise';

/*
 * A parent or carer who gives their own name with who they are: "Bev, I'm her nan", "I'm Bev, his
 * mum", "its Bev here, her grandma", "its his dad derek.". The name is theirs, the person chatting,
 * never the child's: it is kept as theirs, and taken out before the child's name is looked for.
 * "Lily, I'm her nan" is read the same way only when the name sits with "I'm" or "its ... here";
 * "Lily. her nan is typing" names the child.
 */

export interface CarerNamed {
  name: string;
  /** Their role, as said: "dad", "mum", "nan", "foster carer". */
  role: string;
  /** False for "Jayden. Im his foster carer": the name may be the child's, so whose it is gets asked. */
  sure: boolean;
  /** Where the words naming them sit in the message. */
  start: number;
  end: number;
}

const ROLE = String.raw`(?:(?:foster|step|great)[\s-]?)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparent|carer|auntie|aunty|aunt|uncle|guardian|parent|support\s+worker|key\s+worker|teacher|teaching\s+assistant|ta|sister|brother)`;
const WHOSE = String.raw`(?:her|his|their|the\s+(?:child'?s|young\s+person'?s))`;
const NAME = String.raw`(\p{L}[\p{L}'-]{1,20})`;
/** The name before the role, from the start of the message: group 1 the name, group 2 the role. */
const NAME_FIRST = [
  // "Bev, I'm her nan", "Bev here, im his mum", "its Bev, I am her grandma"
  new RegExp(String.raw`^(?:(?:hi|hello|hiya)[\s,!]+)?(?:(?:it'?s|its|this\s+is)\s+)?${NAME}(?:\s+here)?\s*[,.;:-]?\s*(?:and\s+)?(?:i'?m|im|i\s+am)\s+${WHOSE}\s+(${ROLE})\b`, 'iu'),
  // "I'm Bev, her nan", "my name is Bev and I'm his mum", "I'm Bev her grandma"
  new RegExp(String.raw`^(?:(?:hi|hello|hiya)[\s,!]+)?(?:i'?m|im|i\s+am|my\s+name\s+is|my\s+names|it'?s|its|this\s+is)\s+${NAME}\s*[,.;:-]?\s*(?:(?:and\s+)?(?:i'?m|im|i\s+am)\s+)?${WHOSE}\s+(${ROLE})\b`, 'iu'),
];
/** "its his dad derek.": the name straight after the role, and nothing after it in that sentence; group 1 the role, group 2 the name. */
const ROLE_FIRST = new RegExp(
  String.raw`(?:^|[.,!;]\s*|\b(?:i\s+am|im|i'm|its|it'?s|it\s+is|this\s+is|me)\s+)(?:his|her|their|the)\s+(${ROLE})[\s,:-]+${NAME}\s*(?=[.,!;:]|$)`,
  'iu',
);
const NOT_A_NAME = /^(?:just|only|the|her|his|their|a|an|me|here|typing|helping|not|also|actually|really|yes|no|hi|hello)$/i;

/** "its Bev here", "hi, Bev": the name said as the writer's own; a bare "Jayden. Im his carer" may be either. */
const SAID_AS_OWN = /^(?:(?:hi|hello|hiya)[\s,!]+|(?:it'?s|its|this\s+is)\s+)|^\p{L}[\p{L}'-]*\s+here\b/iu;

const roleAsSaid = (role: string): string => role.toLowerCase().replace(/\s+/g, ' ');

/** The carer's own name and role when the message gives them; else undefined. `isEverydayWord` keeps "its his dad here" nameless. */
export function carerNamed(text: string, isEverydayWord: (word: string) => boolean = () => false): CarerNamed | undefined {
  const said = text.replace(/[\u2018\u2019]/g, "'");
  const lead = said.length - said.trimStart().length;
  const trimmed = said.trim();
  const isName = (word: string) => !NOT_A_NAME.test(word) && !isEverydayWord(word);
  // "its Arlo, im his dad Paul": a name straight after the role is theirs, so the one before is the child's.
  const m = ROLE_FIRST.exec(trimmed);
  if (!m || !isName(m[2]!)) {
    for (const [index, form] of NAME_FIRST.entries()) {
      const first = form.exec(trimmed);
      if (first && isName(first[1]!)) return { name: capitalise(first[1]!), role: roleAsSaid(first[2]!), sure: index > 0 || SAID_AS_OWN.test(trimmed), start: lead, end: lead + first[0].length };
    }
    return undefined;
  }
  // A full stop or comma before the words belongs to the sentence before, and stays.
  const start = lead + m.index + (/^[.,!;]/.test(m[0]) ? 1 : 0);
  return { name: capitalise(m[2]!), role: roleAsSaid(m[1]!), sure: true, start, end: lead + m.index + m[0].length };
}

/** The message without the carer's own name and role, so the child's name is read from the rest. */
export function withoutCarerNamed(text: string, isEverydayWord?: (word: string) => boolean): string {
  const found = carerNamed(text, isEverydayWord);
  if (!found) return text;
  return `${text.slice(0, found.start)}${text.slice(found.end)}`.trim();
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

/** "Denise. And HE is Harley", "Bev, his name is Tom": the writer's own name first, then the child's, and nothing after. */
const OWN_THEN_CHILD = new RegExp(
  String.raw`^(?:(?:hi|hello|hiya)[\s,!]+)?(?:(?:i'?m|im|i\s+am|my\s+name\s+is|my\s+names|it'?s|its|this\s+is)\s+)?${NAME}\s*[,.;:!-]+\s*(?:and\s+)?(?:(?:he|she|they)\s*(?:'?s|\s+is|\s+are)|(?:his|her|their)\s+name\s+is|(?:my|the)\s+(?:son|daughter|child|boy|girl|lad)\s+is)\s+${NAME}\s*[.!]*$`,
  'iu',
);

/**
 * A parent's own name and the child's, said together where the child's was asked: "Denise. And HE is
 * Harley". Undefined unless both are names and differ.
 */
export function ownNameThenChild(text: string, isEverydayWord: (word: string) => boolean = () => false): { own: string; child: string } | undefined {
  const m = OWN_THEN_CHILD.exec(text.replace(/[\u2018\u2019]/g, "'").trim());
  if (!m) return undefined;
  const isName = (word: string) => !NOT_A_NAME.test(word) && !isEverydayWord(word);
  if (!isName(m[1]!) || !isName(m[2]!) || m[1]!.toLowerCase() === m[2]!.toLowerCase()) return undefined;
  return { own: capitalise(m[1]!), child: capitalise(m[2]!) };
}
