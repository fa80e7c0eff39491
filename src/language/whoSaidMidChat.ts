import { normaliseMessage } from './text';
import { readWho, type WhoAnswer } from './whoAnswer';

/*
 * "I'm his support worker", "i'm her carer", "this is his mum typing" said on its own in the middle
 * of the chat: who is chatting now, not an answer to the open question. Only a whole message that
 * names a role held for the young person (his, her, their, or their name's) counts: "I'm a young
 * carer" or "my mum is my carer" tell of the person's own life and stay answers.
 */

const ROLE = String.raw`(?:mum+y?|mom|mam|mother|dad+y?|father|step\s*(?:mum|mom|dad)|parent|nan+a?|nanny|gran+y?|grandma|grandad|grandpa|auntie|aunty|aunt|uncle|foster\s+(?:carer|parent|mum|dad)|kinship\s+carer|guardian|carer|support\s+worker|key\s*worker|social\s+worker|youth\s+worker|care\s+worker|teaching\s+assistant|ta|teacher|tutor|senco|mentor|advocate|personal\s+assistant|pa|job\s+coach|one\s+to\s+one|1\s*(?:to|2)\s*1)`;
const OPENING = String.raw`(?:(?:hi|hello|hiya|hey|sorry|oh|ok|okay|no|nah|nope|wait|just\s+so\s+you\s+know|fyi|btw)\s+)*`;
const BE = String.raw`(?:i\s+am|im|i\s+m|this\s+is|its|it\s+is|thats|that\s+is)`;
const NOW = String.raw`(?:\s+(?:here|now|typing|speaking|writing|on|answering|doing\s+this|by\s+the\s+way|btw))*`;

/** The pattern for the last name asked about: a turn asks for the same young person's name many times. */
let lastStatement: { name: string | undefined; pattern: RegExp } | undefined;

function statementFor(name: string | undefined): RegExp {
  if (!lastStatement || lastStatement.name !== name) lastStatement = { name, pattern: statementAfresh(name) };
  return lastStatement.pattern;
}

function statementAfresh(name: string | undefined): RegExp {
  const own = name ? `|${normaliseMessage(name).replace(/[^a-z0-9 ]/g, '')}s` : '';
  // "im his mum not alfie", "im her dad, not her": who is not chatting, said beside who is.
  const notThem = String.raw`(?:\s+not\s+(?:him|her|them|the\s+child|my\s+(?:son|daughter|child)|[a-z]+))?`;
  return new RegExp(String.raw`^${OPENING}${BE}\s+(?:his|her|their${own})\s+${ROLE}${NOW}${notThem}$`);
}

/** Who says they are chatting now, with the pronoun they used; undefined when the message is anything else. */
export function whoSaidMidChat(text: string, name?: string): WhoAnswer | undefined {
  const said = normaliseMessage(text);
  if (!said || said.split(' ').length > 12 || !statementFor(name).test(said)) return undefined;
  const who = readWho(text);
  return who && (who.who === 'parent_or_carer' || who.who === 'supporter') ? who : undefined;
}

/**
 * "no im his mum not alfie. hes at nursery": who is chatting said in the first sentence, and the
 * open question answered after it. The answer is what follows, or '' when nothing does.
 */
export function whoSaidFirst(text: string, name?: string): { who: WhoAnswer; rest: string } | undefined {
  const whole = whoSaidMidChat(text, name);
  if (whole) return { who: whole, rest: '' };
  const split = /^([^.!?\n]+)[.!?\n]+\s*(\S[\s\S]*)$/.exec(text.trim());
  const who = split ? whoSaidMidChat(split[1]!, name) : undefined;
  return who ? { who, rest: split![2]!.trim() } : undefined;
}
