import { NOT_A_MODIFIER, SUPPORT_HEAD } from './supportWords';
import { foldCase } from './text';

/*
 * Whether two helps name the same support: "get a TA" and "a TA in lessons" do, and so do "more
 * help with reading" and "reading support". "More help with reading" and "help with maths" do not,
 * nor "a TA" and "extra reading lessons". Support is named by its head (a person, help, lessons,
 * equipment, a place: the support words), and by what it is for ("reading", "maths"); where and
 * when it is given ("in class", "every day") never make it another support.
 */

const HEAD = new RegExp(`\\b(?:${SUPPORT_HEAD})\\b`, 'gi');

/** Heads in other words that name one kind of support. */
const KINDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:ta|t\.a\.?|tas|teaching assistants?|assistants?)$/, 'ta'],
  [/^(?:help|support|supports|suport)$/, 'help'],
  [/^(?:lessons?|class|classes|tuition|tutoring|sessions?)$/, 'lessons'],
  [/^(?:speech(?: and language)?|salt|slt|speech(?: and language)? therap(?:y|ist|ists))$/, 'speech'],
  [/^(?:lap ?tops?|computers?|ipads?|tablets?|devices?)$/, 'computer'],
  [/^(?:breaks|brakes|rest breaks?|movement breaks?|time[ -]?out)$/, 'breaks'],
];

/** Words that never say what the support is for: little words, amounts, and where or when it is given. */
const NOT_WHAT_FOR = new Set([
  ...NOT_A_MODIFIER,
  ...`a an some more extra less get getting got need needs needed want wants have has goal someone my his her their our
  own same proper regular lot lots bit little really just also too please like maybe every each day days week weeks
  daily weekly time times once twice morning mornings afternoon afternoons lunch lunchtime lunchtimes break breaktime
  all whole today now school home classroom college work nursery`.split(/\s+/),
]);

interface SupportNamed {
  /** The kind of support its first support word names ("ta", "help", "lessons"); null when it has none. */
  kind: string | null;
  /** What it is for ("reading"), stems of the words left once the support words and the little words are gone. */
  forWhat: Set<string>;
}

const stem = (word: string): string => (word.length > 4 ? word.replace(/(?:ing|s)$/, '') : word);

function kindOf(head: string): string {
  const said = head.replace(/\s+/g, ' ');
  return KINDS.find(([words]) => words.test(said))?.[1] ?? said.replace(/s$/, '');
}

function readSupport(help: string): SupportNamed {
  const said = foldCase(help).replace(/[^a-z0-9:.' -]+/g, ' ');
  const heads = [...said.matchAll(HEAD)].map((m) => m[0]);
  const rest = said.replace(HEAD, ' ').split(/[^a-z0-9]+/).filter((w) => w && !NOT_WHAT_FOR.has(w));
  return { kind: heads[0] ? kindOf(heads[0]) : null, forWhat: new Set(rest.map(stem)) };
}

/** True when two helps name the same support, said again in other words or with more detail. */
export function namesSameSupport(one: string, other: string): boolean {
  const first = readSupport(one);
  const second = readSupport(other);
  const shared = [...second.forWhat].some((w) => first.forWhat.has(w));
  // Help without a support word ("Mrs Patel", "my nan"): the same when a word is shared.
  if (!first.kind || !second.kind) return shared;
  if (first.kind !== second.kind) return false;
  // "a TA" and "a TA for reading" are one support; "a TA for reading" and "a TA for maths" are two.
  return first.forWhat.size === 0 || second.forWhat.size === 0 || shared;
}
