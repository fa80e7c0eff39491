import { normaliseMessage } from './text';

/*
 * "i said the arsenal thing was a joke", "that boccia one is wrong": a remark about a part of the
 * plan names it by the words before "thing" or "one". Only those words say which part is meant;
 * the rest of the remark ("was a joke", "i said") describes it and must never pick another part
 * that happens to hold the same word.
 */

/** The words between "the" and "thing", "one", "bit"...: one to three words, none of them a pointer. */
const NAMED =
  /\b(?:the|that|this|my|ur|your)\s+((?:(?!(?:the|that|this|a|an)\b)[\p{L}\p{N}]+\s+){0,2}?(?!(?:the|that|this|a|an|last|first|other|new|old|same|whole)\b)[\p{L}\p{N}]+)\s+(?:thing|one|bit|stuff|part|line|hope|dream|goal)\b/u;

/** The words naming a part inside a remark ("arsenal" in "i said the arsenal thing was a joke"), else undefined. */
export function partNamedInRemark(text: string): string | undefined {
  const words = NAMED.exec(normaliseMessage(text))?.[1];
  return words && /\p{L}{3,}/u.test(words) ? words : undefined;
}
