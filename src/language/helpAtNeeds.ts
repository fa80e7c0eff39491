import { overlap } from './thread';
import { withoutChatterOrEmoji } from './chatter';
import { helpListOnly, whatHelpsSaid } from './helpList';
import { helpPointedAt } from './sameAsBefore';
import { readsAsWishedHelp, wishedHelpWords } from './wishedHelp';
import { stoppedHelpWish } from './stoppedHelp';

/*
 * Help typed at a needs question, whichever it is: one reading decides what is help and how it
 * is kept. At "what makes it hard?" and "anything else?", a message that is only help ("a TA,
 * extra time and a laptop", or "quiet time in his room helps a bit") is help, never a need. At
 * "what already helps?", help wished for ("an app that tells me when to get off maybe") is kept as
 * a wish, and help pointed back to ("yes the reading like i said") is the help said before, in the
 * words it was said in.
 */

/** Which needs question the answer was typed at. */
export type NeedsQuestionAsked =
  | { question: 'hard' }
  | {
      question: 'helps';
      /** The answer without chatter or questions to the bot: what would be kept as help. */
      answer: string;
      /** Help already kept with this hope's other needs, which "like i said" may point at. */
      earlierHelp: readonly string[];
    };

export type HelpAtNeeds =
  | { kind: 'list'; pieces: string[] }
  | { kind: 'wished'; wish: string }
  | { kind: 'saidBefore'; help: string[] };

/** What help the answer gives at this needs question; undefined when it is an ordinary answer. */
export function readHelpAtNeeds(typed: string, asked: NeedsQuestionAsked): HelpAtNeeds | undefined {
  if (asked.question === 'hard') {
    // "quiet time in his room helps a bit": what helps, said as a sentence, is help too.
    const helps = whatHelpsSaid(typed);
    const pieces = helpListOnly(typed) ?? (helps ? [helps] : null);
    return pieces ? { kind: 'list', pieces } : undefined;
  }
  // The hedge that made it a wish ("maybe some headphones") is read from the words as typed, and not kept.
  // "i had a tutor in year 9 but it stopped": help that used to work, wished for again.
  const stopped = stoppedHelpWish(typed);
  if (stopped) return { kind: 'wished', wish: stopped };
  if (readsAsWishedHelp(typed)) return { kind: 'wished', wish: wishedHelpWords(withoutChatterOrEmoji(typed) || typed) };
  // "the reading like i said": the pointer is read from the words as typed, as the kept words leave it out.
  const pointed = asked.answer ? (helpPointedAt(asked.answer, asked.earlierHelp) ?? helpPointedAt(typed, asked.earlierHelp)) : null;
  if (!pointed) return undefined;
  if (pointed.earlier.length > 0) return { kind: 'saidBefore', help: pointed.earlier };
  return pointed.rest ? { kind: 'saidBefore', help: [pointed.rest] } : undefined;
}

/**
 * Help said for two hard things at once ("my reading is rubbish", then "i panic in big crowds" said
 * at the help question): "extra time in tests and my mate reads stuff to me" goes with the hard
 * thing it shares meaning with. When it shares meaning with none, or with all, it goes with each.
 */
export function needsTheHelpFits<N extends { id: string; text: string }>(help: string, needs: readonly N[]): N[] {
  if (needs.length < 2) return [...needs];
  const fits = needs.filter((need) => overlap(help, need.text) > 0);
  return fits.length > 0 ? fits : [...needs];
}
