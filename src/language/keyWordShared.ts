/*
 * Whether two short texts share a key word ("car" in "have 500 quid saved for a car" and "have my
 * own car"): everyday small words and words any hope has ("have", "want", "get") do not count.
 */
const SMALL = new Set(
  'a an the my me i im to for of in on at and or but with be is are was have has had get got want wanna would like do doing go going able more own some one this that it its so can could will just really also saved save'.split(' '),
);

function keyWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’']/g, '').split(/[^a-z]+/).filter((w) => w.length >= 3 && !SMALL.has(w));
  // "cars" and "car" are one word.
  return new Set(words.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)));
}

export function keyWordShared(a: string, b: string): boolean {
  const mine = keyWords(a);
  return [...keyWords(b)].some((w) => mine.has(w));
}
