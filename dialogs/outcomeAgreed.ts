import { needsTidying, tidyTextSpeak } from '../src/language';
import type { Outcome } from '../src/domain/draft';

/**
 * What a yes keeps: the sentence read back and, when it was tidied, the words as typed beside it
 * (the statement's in `inTheirWords`, the measure's in `measureInTheirWords`).
 */
export function agreedWords(outcome: Outcome, statement: string, untidied: string, tidied: boolean): Partial<Outcome> {
  const measure = outcome.measure && tidied && needsTidying(outcome.measure) ? tidyTextSpeak(outcome.measure) : undefined;
  return {
    statement,
    confirmed: true,
    ...(statement !== untidied && !outcome.inTheirWords ? { inTheirWords: outcome.statement } : {}),
    ...(measure ? { measure, measureInTheirWords: outcome.measure } : {}),
  };
}
