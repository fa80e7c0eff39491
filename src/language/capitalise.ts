/** A first name as typed, given its capital: "jay" -> "Jay", "JAYDEN" -> "Jayden", "McKenzie" and "DJ" kept. */
export function capitalise(typed: string): string {
  // "DJ", "AJ", "T": initials, kept as typed.
  if (/^\p{Lu}{1,2}$/u.test(typed)) return typed;
  // "kj", "tj": two letters and no vowel are initials.
  if (/^[b-df-hj-np-tv-xz]{2}$/i.test(typed)) return typed.toUpperCase();
  // "JAYDEN" was typed loud, not spelt that way; "McKenzie" keeps its capitals.
  const word = typed.length > 1 && typed === typed.toUpperCase() ? typed.toLowerCase() : typed;
  const hasCapitalInside = /\p{Lu}/u.test(word.slice(1));
  return word
    .split(/([-'’ ])/)
    .map((part) => (/^[-'’ ]$/.test(part) || !part ? part : part[0]!.toUpperCase() + (hasCapitalInside ? part.slice(1) : part.slice(1).toLowerCase())))
    .join('');
}
