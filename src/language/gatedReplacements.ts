import { WordGate } from './wordGate';

/*
 * A long list of replacements made one after another ("wiv" is "with", "cant" is "can't", ...):
 * most texts hold the words of a few of them at most, so one look-up of the text's words
 * (wordGate.ts) says which could match, and only those run. When one changes the text, the rest
 * are looked up again in the new text, so a replacement that makes another's words
 * ("gonna b" is "going to b", then "going to be") is still followed, and the result is the one
 * every replacement in turn would give.
 */

/** One pattern and what its matches become, as String.prototype.replace takes them. */
export type Replacement = readonly [RegExp, string];

/**
 * The gate reads a pattern's words case by case, so a pattern matched without regard to case is
 * read as its lower-case twin, and the text is looked up lower-cased. Only ASCII letters are
 * lowered on either side: those are the only ones a non-Unicode pattern folds, and lowering others
 * ("İ", the Kelvin sign) could make ASCII letters that join two words the pattern sees apart.
 */
function lowerCaseTwin(re: RegExp): RegExp {
  // Unicode, sticky or set patterns are never gated (the gate reads them as always open).
  if (/[uvy]/.test(re.flags)) return re;
  const source = re.source.replace(/\\.|[A-Z]/g, (m) => (m.length === 2 ? m : m.toLowerCase()));
  return new RegExp(source, re.flags.replace('i', ''));
}

const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

export class GatedReplacements {
  private readonly gate: WordGate;

  constructor(private readonly replacements: readonly Replacement[]) {
    this.gate = new WordGate(replacements.map(([re]) => lowerCaseTwin(re)));
  }

  /** The text with every replacement made in order; the same as running them all, for less. */
  apply(text: string): string {
    let out = text;
    let open = this.gate.open(lowerAscii(out));
    for (let i = 0; i < this.replacements.length; i++) {
      if (!open[i]) continue;
      const [pattern, replacement] = this.replacements[i]!;
      const replaced = out.replace(pattern, replacement);
      if (replaced === out) continue;
      out = replaced;
      open = this.gate.open(lowerAscii(out));
    }
    return out;
  }
}
