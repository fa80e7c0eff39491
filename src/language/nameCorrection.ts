import { capitalise, isEverydayWord, nameAfterMe } from './nameAnswer';

/**
 * A name put right after the welcome: "My name is not Dawn. My name is Maya", "please call me
 * Maya", "his name is Tunde not Tunday", "im Maya not Dawn", "its Alfie not Alfy". The new name, or undefined. A name
 * said beside "not" must be the one kept now, so "my name is Sam, not Samuel" never renames by chance.
 */
const NAME = "(\\p{L}[\\p{L}'’-]*)";
const WHOSE = "(?:my|his|her|their)\\s+name\\s*(?:is|['’]?s)";
/** "I am", "I'm", "im": the person saying who they are ("I am not Jo. I am Amira"). */
const I_AM = "(?:i\\s*['’]?m|i\\s+am)";
/** "my name isnt Once", "my name aint Dawn": the name said not to be theirs. */
const WHOSE_NOT = "(?:my|his|her|their)\\s+name\\s*(?:is\\s*['’]?nt|is\\s+not|isn['’]?t|isnt|ain['’]?t|aint)";
const NOT_THEN_NAME = new RegExp(`(?:\\b${WHOSE_NOT}|\\b${WHOSE}\\s+not|(?:^|[.,!;]\\s*|\\b(?:no|sorry)[\\s,.!]+)${I_AM}\\s+not)\\s+${NAME}[\\s.,!;-]+(?:${WHOSE}|${I_AM}|it\\s*['’]?s|it\\s+is|its)\\s+${NAME}`, 'iu');
const NAME_NOT = new RegExp(`(?:\\b${WHOSE}|^(?:(?:no|nope|lol|haha|oh|ugh|sorry|soz)[\\s,.!]+)*(?:i\\s*['’]?m|i\\s+am|it\\s*['’]?s|it\\s+is))\\s+${NAME}\\s*,?\\s+not\\s+${NAME}\\b`, 'iu');
/** "no i meant yes", "oops wrong one", "sorry": an answer taken back before the name is given again. */
const TAKEN_BACK = "(?:no|nope|wait|oops|oh|sorry|soz|my\\s+bad|(?:no\\s+)?i\\s+(?:meant|mean|ment)(?:\\s+to\\s+say)?\\s+(?:yes|yeah|yep|yh)|wrong\\s+(?:one|button))";
const CALL_ME = new RegExp(`^(?:(?:${TAKEN_BACK}|please|pls|can\\s+you|could\\s+you|just|actually|and)[\\s,.!]+)*call\\s+(?:me|him|her|them)\\s+${NAME}[\\s.!]*(?:please|pls|instead|thanks|thank\\s+you)?[\\s.!]*$`, 'iu');
/** Words that follow "call me" and are never a name ("call me later", "call me names"). */
const NOT_A_NAME = /^(?:names?|later|back|soon|tomorrow|something|anything|that|this|it|what|whatever|stupid|thick|dumb|weird|a|an|the|when|if|please|pls)$/iu;

/**
 * "did you get that my name is Ravi", "change my name to Ravi": the name asked for in so many words,
 * so it is kept even when another name is kept already.
 */
const NAME_ASKED_FOR = new RegExp(
  `\\b(?:(?:did|do|have|has)\\s+(?:you|u)\\s+(?:get|got|see|seen|hear|heard|know|catch|caught|read|understand|notice)\\s+(?:that\\s+)?${WHOSE}|(?:change|changing|make|put|set|switch|update)\\s+(?:my|his|her|their|the)\\s+name\\s+(?:to|as|into)|(?:my|his|her|their)\\s+name\\s+(?:should\\s+be|needs\\s+to\\s+be|is\\s+actually|is\\s+really))\\s+${NAME}\\b`,
  'iu',
);

/** The name kept said to be wrong in words about the name: "my name isnt that", "thats not my name", "you got my name wrong". */
const NAME_DENIED =
  `\\b${WHOSE_NOT}\\s+(?:that|this|it|right|correct)\\b` +
  "|\\b(?:that|thats|that['’]s|that\\s+is|it|its|it['’]s|it\\s+is)\\s*(?:not|isnt|isn['’]t|is\\s+not|aint|ain['’]t)\\s+(?:my|his|her|their)\\s+name\\b" +
  "|\\b(?:you|u)\\s+(?:got|have|put|spelt|spelled|wrote|typed)\\s+(?:my|his|her|their|the)\\s+name\\s+wrong\\b|\\bwrong\\s+name\\b";
/** A "no" opening the message, or "thats wrong": about the name only when the next words say "my name is". */
const ANY_DENIED = "^(?:(?:lol|haha\\w*|oh|ugh|um+|erm)[\\s,.!]+)*(?:no+|nope|nah|naa+h?)\\b|\\b(?:that|thats|that['’]s|that\\s+is)\\s+(?:wrong|not\\s+right|not\\s+it)\\b";
/** Then the name they go by: "my names Ravi", "call me Ravi"; after words about the name also "its Ravi", "I'm Ravi". */
const DENIED_THEN_NAME = new RegExp(
  `(?:(${NAME_DENIED})|${ANY_DENIED})(?:[\\s.,!;:-]|\\b(?:lol|haha|sorry|soz)\\b)+(?:(${WHOSE}|call\\s+(?:me|him|her|them))|(${I_AM}|it\\s*['’]?s|it\\s+is|its))\\s+${NAME}`,
  'iu',
);

/** The name after the denial, when it is one: "im ravi" is, "im 17" and "im bored" are not. */
function nameAfterDenial(m: RegExpExecArray): string | undefined {
  const word = m[4]!;
  if (isEverydayWord(word) || NOT_A_NAME.test(word) || /^not$/i.test(word)) return undefined;
  if (m[2]) return word;
  // "no its Tuesday" is no name; "thats not my name, its Ravi" is, when the word names someone ("its fine" does not).
  return m[1] && nameAfterMe(`im ${word}`) ? word : undefined;
}

/** "sorry i meant yes", "oops wrong button": the whole message takes back a "no" just given. */
const NO_TAKEN_BACK = new RegExp(`^(?:(?:${TAKEN_BACK}|lol|haha\\w*)[\\s,.!]*)+$`, 'iu');

export function takesBackNo(text: string): boolean {
  const plain = text.replace(/’/g, "'").trim();
  return NO_TAKEN_BACK.test(plain) && /\b(?:mea?n[t]?|ment|wrong)\b/i.test(plain);
}

/** "my name is jade", the whole message, when no name is kept yet (it was skipped, or misread). */
const NAME_IS = new RegExp(`^(?:(?:no|oh|sorry|soz|but|wait|and)[\\s,.!]+)*${WHOSE}\\s+${NAME}[\\s.!]*$`, 'iu');

/** "no wait, Arlo is my son": after words taking back what was just read, the child named by a parent. */
const CHILD_IS = new RegExp(
  `^(?:(?:no+|nope|wait|hang\\s+on|sorry|soz|oops|oh|actually|hold\\s+on)[\\s,.!]+)+${NAME}\\s+(?:is|s|['’]s)\\s+my\\s+(?:(?:little|youngest|eldest|oldest|foster|step|grand)[\\s-]?)?(?:son|daughter|child|boy|girl|kid|lad|nephew|niece)\\b`,
  'iu',
);

/** A name put right: the new name, where the words saying so sit, and whether it is the name kept already. */
export interface NameCorrection {
  name: string;
  start: number;
  end: number;
  same: boolean;
}

function correctionIn(text: string, current: string | undefined): NameCorrection | undefined {
  if (text.length > 300) return undefined;
  const same = (a: string, b: string | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase();
  const found = (m: RegExpExecArray, typed: string, kept = false): NameCorrection => ({ name: capitalise(typed), start: m.index, end: m.index + m[0].length, same: kept });
  const notThen = NOT_THEN_NAME.exec(text);
  if (notThen && same(notThen[1]!, current) && !same(notThen[2]!, current)) return found(notThen, notThen[2]!);
  const nameNot = NAME_NOT.exec(text);
  if (nameNot && same(nameNot[2]!, current) && !same(nameNot[1]!, current)) return found(nameNot, nameNot[1]!);
  const denied = DENIED_THEN_NAME.exec(text);
  const deniedName = denied ? nameAfterDenial(denied) : undefined;
  if (denied && deniedName && !same(deniedName, current)) return found(denied, deniedName);
  const callMe = CALL_ME.exec(text);
  if (callMe && !NOT_A_NAME.test(callMe[1]!) && !same(callMe[1]!, current)) return found(callMe, callMe[1]!);
  const asked = NAME_ASKED_FOR.exec(text);
  if (asked && !NOT_A_NAME.test(asked[1]!) && !/^not$/i.test(asked[1]!)) return found(asked, asked[1]!, same(asked[1]!, current));
  const childIs = CHILD_IS.exec(text);
  if (childIs && !isEverydayWord(childIs[1]!) && !NOT_A_NAME.test(childIs[1]!) && !same(childIs[1]!, current)) return found(childIs, childIs[1]!);
  const nameIs = current === undefined ? NAME_IS.exec(text) : null;
  if (nameIs && !NOT_A_NAME.test(nameIs[1]!) && !/^not$/i.test(nameIs[1]!)) return found(nameIs, nameIs[1]!);
  return undefined;
}

export function newNameIn(text: string, current: string | undefined): string | undefined {
  const correction = correctionIn(text.trim(), current);
  return correction && !correction.same ? correction.name : undefined;
}

/** "did you get that my name is Ravi" when Ravi is the name kept: asked to check, so said back, never an answer. */
export function nameCheckedIn(text: string, current: string | undefined): boolean {
  return correctionIn(text.trim(), current)?.same === true;
}

/** Chat words left beside a correction ("lol", "no") that answer nothing. */
const LEFT_OVER = /^(?:(?:lol|lmao|haha\w*|no|nope|oh|ugh|sorry|soz|ok|okay|and|but|so)\b[\s.,!;:-]*)+|[\s.,!;:-]+$|^[\s.,!;:-]+/giu;

/**
 * What is said beside a name put right: "his name is BEN not hes lol. year 4" leaves "year 4", the
 * answer to the open question. Empty when the message was only the correction.
 */
export function besideNameCorrection(text: string, current: string | undefined): string {
  const said = text.trim();
  const correction = correctionIn(said, current);
  if (!correction) return '';
  let rest = `${said.slice(0, correction.start)} ${said.slice(correction.end)}`.trim();
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(LEFT_OVER, '').trim();
  }
  // "change the name to Lily. Ray is me, her Grandad.": who is chatting is said beside it, never an answer.
  return rest
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !SAYS_WHO_IS_CHATTING.test(sentence.replace(/[\s.,!?;:-]+$/, '').trim()))
    .join(' ')
    .trim();
}

/** A carer's relation to the child: grandad, nan, foster carer, step-mum, aunt... */
const RELATION = String.raw`(?:grand(?:ad|dad|pa|pop|father|ma|mother|parent)|nan|nana|nanny|nanna|gran|granny|gramps|aunt|auntie|aunty|uncle|mum|mom|mam|dad|step[\s-]?(?:mum|mom|dad|mother|father|parent)|foster\s+(?:carer|mum|dad|parent)|carer|guardian|kinship\s+carer)`;
/** "Ray is me, her Grandad", "that's me", "I am Ray, her grandad": who is chatting, and nothing more. */
const SAYS_WHO_IS_CHATTING = new RegExp(
  String.raw`^(?:(?:\p{L}+\s+is\s+(?:me|my\s+name)|that\s*'?\s*s\s+(?:me|my\s+name)|that\s+is\s+(?:me|my\s+name)|i\s*'?\s*(?:am|m)\s+\p{Lu}\p{L}*)(?:[\s,]+(?:i\s*'?\s*(?:am|m)\s+)?(?:her|his|their)\s+${RELATION})?|i\s*'?\s*(?:am|m)\s+(?:her|his|their)\s+${RELATION})$`,
  'iu',
);
