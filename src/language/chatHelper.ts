import { companionNamed } from './nameAnswer';
import { readPlanHelper } from './planHelper';
import { normaliseMessage } from './text';

/*
 * The person helping the young person chat, named when they say who is chatting: "me, my mum is
 * helping", "my support worker Dave is helping me", "me and my social worker". The bot then says
 * that person ("your mum", "Dave, your support worker") where it would say "key worker" to someone
 * who may never have heard the words.
 */

export interface ChatHelper {
  /** Their word for the helper ("mum", "nan") or the bot's spelling of a role ("support worker"). */
  role: string;
  /** The name they gave ("Dave"), capitalised; absent when none. */
  name?: string;
  /** Family (a parent, carer or relative), not a worker: sharing the plan still goes to the key worker. */
  family: boolean;
}

const FAMILY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:mum+y?|mam|mom+y?|mother)\b/, 'mum'],
  [/\b(?:dad+y?|father)\b/, 'dad'],
  [/\bstep\s*(?:mum|mom)\b/, 'stepmum'],
  [/\bstep\s*dad\b/, 'stepdad'],
  [/\b(?:nan+a?|nanny)\b/, 'nan'],
  [/\b(?:gran+y?|grandma|grandmother)\b/, 'gran'],
  [/\b(?:grandad|grandpa|grandfather)\b/, 'grandad'],
  [/\bfoster\s+(?:carer|mum|dad|parent)\b/, 'foster carer'],
  [/\bcarer\b/, 'carer'],
  [/\bsister\b/, 'sister'],
  [/\bbrother\b/, 'brother'],
  [/\b(?:aunt|auntie|aunty)\b/, 'auntie'],
  [/\buncle\b/, 'uncle'],
];

/** "my mum", "me and mum", "mum is helping", "with my nan": a relative of the young person's, helping. */
const OWN = String.raw`(?:my|me and|me n|me &|with|and)\s+(?:my\s+)?`;

/**
 * The helper named in a young person's answer to "who is chatting?", or undefined. Only their own
 * helper counts ("my mum", "my support worker Dave"), never a role the writer holds ("im his mum").
 */
export function readChatHelper(text: string): ChatHelper | undefined {
  const plain = normaliseMessage(text);
  if (!plain || /\b(?:i am|im|i m)\s+(?:his|her|their|a|an|the)\b/.test(plain)) return undefined;
  const worker = /\bmy\b/.test(plain) ? readPlanHelper([text]) : undefined;
  if (worker) return { ...worker, family: false };
  for (const [word, role] of FAMILY) {
    const own = new RegExp(`${OWN}${word.source.replace(/^\\b/, '')}`);
    const helping = new RegExp(`^(?:its\\s+|it is\\s+)?${word.source.replace(/^\\b/, '')}\\s+(?:is\\s+|s\\s+)?(?:helping|here|typing|with me)\\b`);
    if (own.test(plain) || helping.test(plain)) return { role, family: true };
  }
  return readCompanion(text);
}

/**
 * "Jo is sitting with me": someone named, with them as they chat, role unsaid. Kept as a helper
 * who is not taken for a worker, so sharing the plan still goes to the key worker.
 */
export function readCompanion(text: string): ChatHelper | undefined {
  const name = companionNamed(text);
  return name ? { role: 'helper', name, family: true } : undefined;
}
