/*
 * The same item typed twice: "a TA" and "TA", "Laptops" and "a laptop", "extra time." and "Extra
 * time". Only case, punctuation, little words before a noun and plural endings are set aside; two
 * wordings that differ in any word of meaning are different items (the language analysis decides
 * whether other words mean the same).
 */

const LITTLE = new Set(['a', 'an', 'the', 'some', 'any', 'my', 'his', 'her', 'their', 'your', 'our']);

/** One word without its plural ending: "laptops", "classes", "times" and "laptop", "class", "time" agree. */
function singular(word: string): string {
  return word.length <= 2 ? word : word.replace(/(?:e?s)+$/, '').replace(/e$/, '') || word;
}

/** The wording with case, punctuation, little words and plurals set aside. */
export function wordingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}:]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LITTLE.has(w))
    .map(singular)
    .join(' ');
}

export function sameWording(a: string, b: string): boolean {
  const key = wordingKey(a);
  return key !== '' && key === wordingKey(b);
}
