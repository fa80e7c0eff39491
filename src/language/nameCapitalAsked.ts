/*
 * "Can you put a capital E on Ellie-May", "you still have her name with a small e": the name asked
 * to be written with its capital letters. Words about capitals alone are not enough ("a capital
 * city"): the message must also point at the name, by the name itself, the word "name", or one of
 * the name's first letters ("a capital E"). And it must ask: "He can write his name in capital letters
 * now" is a strength told, not a request.
 */

const CAPITAL_WORDS = /\b(?:capital(?:s|i[sz]e[ds]?)?|upper\s*-?\s*case|small\s+(?:letters?|\p{L})|lower\s*-?\s*case|big\s+(?:letters?|\p{L}))\b/iu;
/** "a capital E", "small e", "big M": the letter named beside the capital words. */
const LETTER_NAMED = /\b(?:capital|small|big|upper\s*case|lower\s*case)\s+(?:letter\s+)?['"‘“]?(\p{L})['"’”]?(?!\p{L})/giu;

/** "can you", "please", "put", "should have", "you still have ... small e": words that ask for a change. */
const ASKS = new RegExp([
  String.raw`\b(?:can|could|would|will)\s+(?:you|u)\b`,
  String.raw`\b(?:please|pls|plz)\b`,
  String.raw`(?:^|[.!?,]\s*)(?:and\s+)?(?:put|make|change|fix|correct|use|give|capitali[sz]e|spell|write)\b`,
  String.raw`\b(?:should(?:n['’]?t)?|needs?|has\s+to|must)\s+(?:have|be|start|get|need|a|an)\b`,
  String.raw`\b(?:you|u)\s+(?:still\s+)?(?:have|has|got|put|wrote|typed|spelt|spelled|left)\b`,
  String.raw`\bis\s+(?:spelt|spelled|written)\s+with\b`,
  String.raw`\b(?:wrong|not\s+right|mistake)\b`,
].join('|'), 'iu');

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the message asks for the name kept to be written with its capitals. */
export function asksNameCapitalised(text: string, name: string | undefined): boolean {
  if (!name || text.length > 300 || !CAPITAL_WORDS.test(text) || !ASKS.test(text)) return false;
  if (new RegExp(`(?<![\\p{L}])${escaped(name)}(?![\\p{L}])`, 'iu').test(text)) return true;
  if (/\bname\b/i.test(text)) return true;
  const initials = new Set(name.split(/[-'’ ]+/).filter(Boolean).map((part) => part[0]!.toLowerCase()));
  return [...text.matchAll(LETTER_NAMED)].some((m) => initials.has(m[1]!.toLowerCase()));
}
