import { clausesOf, foldCase } from './text';

/*
 * "I would not want a job where I have to answer the phone all day": at the hopes questions a
 * remark about what they would not want is what matters to them about a hope, never a hope of its
 * own. "i dont want one", "i dont want the arsenal one anymore" or "i dont want to do this one"
 * are answers about the question or a hope kept, read elsewhere; "i dont want him to be lonely" is a
 * carer's hope or worry for their child, read elsewhere too.
 */

export interface NotWantedApart {
  /** The remarks, in the words typed. */
  remarks: string[];
  /** The rest of the message, in the words typed, or ''. */
  rest: string;
}

const NOT_WANT = /^(?:(?:but|and|though|also|so|plus|however|well|oh|um+|just)[\s,]+)*(?:i|we|he|she|they)\s+(?:would\s+not|wouldn'?t|wouldnt|wud\s*nt|do\s+not|don'?t|dont|does\s+not|doesn'?t|doesnt|never)\s+(?:really\s+|ever\s+)?(?:want|wanna|wnt|wont)\s+(?:to\s+)?(\S.*)$/;
/** What it does not want is the question itself or a hope kept: "one", "that", "a new hope", "to do this one". */
const ABOUT_THE_CHAT = /^(?:(?:a\s+new|another|any|more|one|that|this|it|anything|nothing|a|an|the|to)\s+)?(?:one|ones|hope|hopes|dream|dreams|goal|goals|that|this|it|anything|nothing|more|any|to\s+(?:do|say|answer|change|talk|tell|add)\b.*)\b|\b(?:one|hope|dream)\s+(?:anymore|any\s*more|now)\b|\b(?:the|that|this)\s+(?:[\w' ]{1,30}\s+)?one\b|^(?:him|her|them|my\s+\w+)\s+to\b|^(?:do|say|answer|change|talk|tell|add|pick|choose|keep)\s+(?:it|this|that|any|anything|more|one|them|another)\b/;

/** A clause saying what they would not want ("I wouldn't want to work nights"); its object has words of its own. */
function notWantedIn(clause: string): boolean {
  const t = foldCase(clause).replace(/[’‘]/g, "'").replace(/[.!?…,;\s]+$/, '').trim();
  const object = NOT_WANT.exec(t)?.[1];
  if (!object || ABOUT_THE_CHAT.test(object)) return false;
  return object.split(/\s+/).length >= 2;
}

/** Cut at sentences and at ", but" / "but" before a new subject, so "a job in a shop but i wouldnt want nights" is two. */
function piecesOf(text: string): string[] {
  return clausesOf(text).flatMap((s) => s.split(/,?\s+(?=(?:but|though|although)\s+(?:i|we|he|she)\b)|,\s+(?=(?:and\s+)?(?:i|we|he|she)\s+(?:would\s+not|wouldn'?t|wouldnt|do\s+not|don'?t|dont|doesn'?t|doesnt)\s+(?:want|wanna)\b)/i)).map((s) => s.trim()).filter(Boolean);
}

/** The "would not want" remarks of a message, apart from the rest; null when it has none. */
export function notWantedApart(text: string): NotWantedApart | null {
  const pieces = piecesOf(text);
  const remarks = pieces.filter(notWantedIn);
  if (remarks.length === 0) return null;
  const clean = (s: string) => s.replace(/^(?:(?:but|and|though|although|also|so|plus|however|well|oh|um+)[\s,]+)+/i, '').replace(/[\s,;]+$/, '').trim();
  const rest = pieces.filter((p) => !remarks.includes(p)).map((p) => p.replace(/[\s,]+$/, '')).join(' ').trim();
  return { remarks: remarks.map(clean), rest };
}
