/*
 * Speech-to-text types the marks people say as words: "i like art comma music full stop", "who is
 * my key worker question mark", "new line". Said as a mark, the word is never part of the answer:
 * it becomes the mark itself, so every reader after it sees a sentence end or a list. The same
 * words used as words stay: "a full stop at the end", "I forget the commas", "put a question mark".
 */

/** The marks people say, and what each becomes. */
const MARKS: readonly [RegExp, string][] = [
  [/full\s+stop|fullstop/, '.'],
  [/question\s+mark/, '?'],
  [/exclamation\s+(?:mark|point)/, '!'],
  [/comma/, ','],
  [/new\s+(?:line|paragraph)/, '\n'],
];

/** Each mark as found in a message: after a start, space or mark, before an end, space, mark or plural. Made once. */
const MARKS_SAID: readonly [RegExp, string][] = MARKS.map(([words, mark]) => [
  new RegExp(String.raw`(^|[\s,.;:!?])(${words.source})(?=$|[\s,.;:!?]|s\b|es\b)`, 'gi'),
  mark,
]);

/** Words before a mark that make it a word of the sentence: "a full stop", "the comma", "use question marks". */
const AS_A_WORD_BEFORE =
  /\b(?:a|an|the|my|your|his|her|their|our|any|every|each|some|of|put|puts|putting|use|uses|using|add|adds|adding|forget|forgets|forgot|forgetting|miss|missing|misses|with|without|about|spell|learn|learning|says|said|saying|word|words|wrote|written|reads|typed|need\s+a|needs\s+a)\s*$/i;
/** Words after a mark that make it a word of the sentence: "full stop at the end", "comma goes here", "commas". */
const AS_A_WORD_AFTER = /^(?:s\b|es\b|\s+(?:at|in|on|after|before|goes|go|is|was|means|key|button|bit|word|out|off|from|and\s+(?:a|the)\b))/i;

/**
 * The message with dictated marks made marks: "yeah thats ok full stop who is my key worker" reads
 * "yeah thats ok. who is my key worker". A message only of marks is left as typed.
 */
export function withDictatedMarks(text: string): string {
  let out = text;
  for (const [re, mark] of MARKS_SAID) {
    out = out.replace(re, (whole: string, lead: string, _said: string, at: number, all: string) => {
      const before = all.slice(0, at + lead.length);
      const after = all.slice(at + whole.length);
      if (AS_A_WORD_BEFORE.test(before) || AS_A_WORD_AFTER.test(after)) return whole;
      // Nothing said before the mark: "comma" on its own may be a word they mean.
      if (!/\p{L}/u.test(before)) return whole;
      return mark === '\n' ? '\n' : mark;
    });
  }
  if (out === text) return text;
  const tidied = out
    .replace(/[ \t]+([,.!?])/g, '$1')
    .replace(/([,.!?])(?=[^\s,.!?\d])/g, '$1 ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/([.!?])[ \t]*[,.]+/g, '$1')
    .replace(/,[ \t]*([.!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim()
    // The last full stop or line said marks nothing: "my mum and my cat full stop" keeps "my mum and my cat".
    .replace(/(?<=[\p{L}\p{N})])[.\n]+$/u, '');
  return /\p{L}/u.test(tidied) ? tidied : text;
}
