import { escapeRegExp } from './text';
import { TAKE_OUT_WORD } from './takeOutVerbs';
import { controlAsideHolding } from './controlAside';

/*
 * A request to take words out of a sentence read back: "yes but take out the its about halfway bit",
 * "ok but remove 'with help'", "can you leave out the bit about his sister". The words named are found
 * in the sentence (apostrophes and case aside) and taken out; a named part that is not in the
 * sentence is never guessed at.
 */

const ASK = new RegExp(
  String.raw`(?:^|[.!,;:]\s*|\b(?:but|and|just)\s+)(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|could\s+u|i\s+(?:want|would\s+like|wanna|need)\s+(?:you\s+)?to)\s+)*(?:${TAKE_OUT_WORD}|take\s+off|leave\s+out|cut\s+out|drop|lose|without)\s+(.+)$`, 'i');

/** "i want the bit that says its the same thing deleted": the part named first, the asking after it. */
const WANTS_GONE =
  /(?:^|[.!,;:]\s*|\b(?:but|and|just|so)\s+)(?:(?:please|pls|plz|i\s+(?:want|would\s+like|wanna|need)|id\s+like|i\s*['’]?d\s+like)\s+)?(the\s+(?:bit|part|words?|line|sentence)\s+(?:that\s+says|saying|about|where\s+it\s+says)\s+.+?)\s+(?:to\s+be\s+|be\s+)?(?:deleted|removed|taken\s+out|gone|got\s+rid\s+of|cut\s+out|binned)(?:[\s,]+(?:please|pls|plz|thanks))?[\s.!]*$/i;

/** "take ideally out", "take 'ideally' out": one word named between the verb and "out", then nothing more but a reason. */
const TAKE_ONE_OUT =
  /(?:^|[.!,;:]\s*|\b(?:but|and|just|pls|please)\s+)take\s+(?:the\s+word\s+)?["'“‘]?([\p{L}\p{N}’'-]{2,})["'”’]?\s+out\b(?=\s*(?:$|[.,!?]|(?:it|its|it's|cos|coz|cuz|because|as|pls|please|thanks)\b))/iu;
/** "the word ideally it sounds daft": one word is named; what follows it is a reason, never more words. */
const ONE_WORD = /^the\s+word\s+["'“‘]?([\p{L}\p{N}’'-]+)["'”’]?/iu;
/** "..., it sounds daft", "cos its babyish": why they want the words gone, never words to take out. */
const REASON = /[\s,.;:!-]+(?:(?:it|that|this)\s+(?:sounds|reads|looks|seems)|(?:its|it's|it\s+is)\s+(?:daft|silly|stupid|babyish|cringe|weird|wrong|not)|cos|coz|cuz|because|as\s+it|as\s+that|since)\b.*$/i;

const NOT_A_WORD = /^(?:it|this|that|them|him|her|me|us|all|everything)$/i;

/** "not with the word just", "no 'just' please": said as "without", when a word is named or quoted after it. */
const NOT_WITH = /(^|[.!,;:]\s*|\b(?:but|and|just|yes|yeah|ok|okay)\s+)(?:not\s+with|no|minus)\s+(?=the\s+words?\s|["'“‘])/iu;

function asWithout(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(NOT_WITH, '$1without ');
}

/**
 * Only the one word named in "take out the word ideally it sounds daft", "take ideally out" or
 * "get rid of 'ideally'": a word of a sentence, never a whole part of the plan.
 */
export function oneWordToRemove(text: string): string | undefined {
  const trimmed = asWithout(text);
  const one = TAKE_ONE_OUT.exec(trimmed)?.[1];
  if (one && !NOT_A_WORD.test(one)) return one;
  const asked = ASK.exec(trimmed)?.[1] ?? '';
  return ONE_WORD.exec(asked)?.[1] ?? /^["'“‘]([\p{L}\p{N}’'-]{2,})["'”’][\s.!]*$/u.exec(asked)?.[1];
}

/** "back in lol", "with help please": a laugh or a please after the words is no part of them. */
export function withoutAskTail(words: string): string {
  return words.replace(/(?:[\s,]*(?:please|pls|plz|thanks|thank\s+you|thx|lol|lmao|haha\w*|ha|xx?)[\s.!]*)+$/i, '');
}

/** The words named to be taken out, without "the ... bit" around them; undefined when none are asked. */
export function wordsToRemove(text: string): string | undefined {
  const trimmed = asWithout(text);
  if (!trimmed || trimmed.length > 300) return undefined;
  const one = oneWordToRemove(trimmed);
  if (one) return one;
  const ask = ASK.exec(trimmed) ?? WANTS_GONE.exec(trimmed);
  if (!ask) return undefined;
  const words = withoutAskTail(ask[1] ?? '')
    .replace(/[\s.!]+$/, '')
    .replace(/^(?:the\s+(?:words?\s+|part\s+|bit\s+)?(?:about\s+|that\s+says\s+|saying\s+)?|where\s+it\s+says\s+|bit\s+about\s+|part\s+about\s+)/i, '')
    .replace(/\s+(?:bit|part|words?|thing|one)(?:\s+(?:at\s+the\s+end|from\s+it|out))?$/i, '')
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(REASON, '')
    .trim();
  // "take out this outcome", "delete it": a part of the plan, not words of the sentence.
  if (!/\p{L}{2,}/u.test(words) || /^(?:it|this|that|them|all|everything|this\s+(?:one|outcome|hope))$/i.test(words)) return undefined;
  return words;
}

/** "take no more than 1 detention a week out of the help bit": the words before "out of" the help. */
const OUT_OF_HELP =
  /^(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|could\s+u|just)\s+)*(?:take|get)\s+(.+?)\s+(?:out\s+of|off|away\s+from)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:help|support|provision)(?:\s+(?:bit|part|section|list|box))?(?=$|[\s.,!?])/i;

/** "the last one", "the bit that says", "this hope:": pointing at the quote that follows. */
const POINTER_BEFORE_QUOTE =
  /^(?:(?:the|this|that|my)\s+)?(?:(?:last|first|second|third|other|very\s+last)\s+)?(?:one|bit|part|hope|dream|goal|outcome|line|help|need|sentence)\s*(?:(?:that|which)\s+says|saying)?[\s:,-]*(?=["“‘'])/i;

/** "take out 'pretty obvious really'": the words in quotes after the asking, when the quotes hold all that was named. */
export function quotedToRemove(text: string): string | undefined {
  // "take out the last one 'Does Tia's plan need ...?'": the quote names it; the pointer before it is no part of it.
  const asked = (ASK.exec(text.trim().replace(/\s+/g, ' '))?.[1] ?? '').replace(POINTER_BEFORE_QUOTE, '');
  const quoted = /^["“‘'](.+)["”’'][\s.!]*(?:please|pls|plz|thanks)?[\s.!]*$/iu.exec(asked)?.[1]?.trim();
  return quoted && /\p{L}{2,}/u.test(quoted) && !/["“”]/.test(quoted) ? quoted : undefined;
}

/**
 * "delete the words so many questions man", "take out the so many questions man bit": words named
 * as words (never a part by its kind), to be looked for in every part of the plan. Two words at
 * least after "the ... bit", so "take out the swimming bit" still names the swimming part.
 */
export function wordsNamedToRemove(text: string): string | undefined {
  const quoted = quotedToRemove(text);
  if (quoted) return quoted;
  // "take no more than 1 detention a week out of the help bit. its not help": the words named, looked for in the help.
  const outOfHelp = OUT_OF_HELP.exec(text.trim().replace(/\s+/g, ' '))?.[1]?.replace(/^["'“‘]+|["'”’]+$/g, '').trim();
  if (outOfHelp && outOfHelp.split(/\s+/).length >= 2 && !/^(?:it|that|this|them|all|everything|the\s+(?:last|first|whole)\b)/i.test(outOfHelp)) return outOfHelp;
  // "take out the word ideally it sounds daft": one word and a reason, read where that part is open.
  if (oneWordToRemove(text)) return undefined;
  const asked = (ASK.exec(text.trim().replace(/\s+/g, ' '))?.[1] ?? '').replace(/[\s,]*(?:please|pls|plz|thanks|thank\s+you|thx)?[\s.!]*$/i, '');
  const named = /^the\s+words\s+(?:that\s+say\s+|saying\s+)?(.+)$/i.exec(asked)?.[1] ?? /^the\s+(.+?)\s+(?:bit|words|part)$/i.exec(asked)?.[1];
  const words = named?.replace(/^["'“‘]+|["'”’]+$/g, '').replace(REASON, '').trim();
  if (!words || /^(?:about|where|that|this|last|first|second|whole|other)\b/i.test(words) || /\b(?:hope|goal|need|help|dream|outcome|one)$/i.test(words)) return undefined;
  return words.split(/\s+/).length >= 2 ? words : undefined;
}

/** The sentence without the words named, tidied; undefined when they are not in it. */
export function withWordsRemoved(sentence: string, words: string): string | undefined {
  // "take out the liam bit": the aside about Liam's leave goes whole, never only his name.
  const aside = controlAsideHolding(sentence, words);
  if (aside && aside.toLowerCase() !== words.toLowerCase()) return withWordsRemoved(sentence, aside);
  // "its about halfway" finds "it's about halfway": apostrophes are optional on both sides.
  const letters = words.replace(/[’'`]/g, '').split(/\s+/).filter(Boolean).map((w) => w.split('').map(escapeRegExp).join("[’'`]?"));
  if (letters.length === 0) return undefined;
  // "on saturdays" at the end loses its "on" too: a little word left hanging reads wrong.
  // "a" goes only at the end: "a big lego set" without "big" keeps its "a".
  const lead = String.raw`(?:\s+(?:on|at|in|by|for|with|to|of|from|every|each)(?=\s+${letters[0]}\b[^.!?,]*[.!?]?\s*$)|\s+(?:the|a|an)(?=\s+${letters.join(String.raw`[\s,]+`)}\s*[.!?]?\s*$))*`;
  // "i feel proud and i get a biscit" without "biscit": the short last clause it ends goes whole.
  const clause = String.raw`(?:,?\s+(?:and|but|plus|or|then)|,)(?:\s+[\p{L}'’]+){0,4}?\s+${letters.join(String.raw`[\s,]+`)}(?=\s*[.!?]?\s*$)`;
  // "after contact with his mum" out of "he gets upset and angry after contact with his mum": words that
  // start with a little joining word are a clause of their own, so "and angry" before them stays.
  const ownClause = /^(?:after|before|when|whenever|with|at|in|on|because|cos|if|during|for|until|while)$/i.test(words.trim().split(/\s+/)[0] ?? '');
  const found = (ownClause ? null : new RegExp(clause, 'iu').exec(sentence)) ?? new RegExp(String.raw`${lead}[\s,;:-]*\b${letters.join(String.raw`[\s,]+`)}\b`, 'i').exec(sentence);
  if (!found) return undefined;
  // A clause after a comma goes whole: "..., it's about halfway now." loses "now" with it.
  let end = found.index + found[0].length;
  const tail = /^(?:\s+[\p{L}'’]+){1,2}(?=\s*[.!?]?\s*$)/u.exec(sentence.slice(end));
  if (found[0].trimStart().startsWith(',') || /^\s*,/.test(found[0])) end += tail?.[0].length ?? 0;
  const left = (sentence.slice(0, found.index) + sentence.slice(end))
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/,\s*([.!?]|$)/, '$1')
    // "I will pass my theory test. I hate forms." without its last sentence keeps one full stop.
    .replace(/([.!?])(?:\s*[.!?])+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (!/\p{L}{2,}/u.test(left.replace(/^[^,]*will\b/i, ''))) return undefined;
  return /[.!?]$/.test(left) ? left : `${left}.`;
}
