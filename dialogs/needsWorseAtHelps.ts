import { quoteOf } from '../src/language';
import { saysWhatMakesItWorse } from '../src/language/makesItWorse';
import type { Position } from './journey';
import { WORSE } from './needsWishedHelp';
import type { Next } from './stageDialog';

/*
 * "mum not taking my phone cos that just starts a row" at "What already helps you with this?" says
 * what makes things worse. It is never kept as help: the bot says so kindly and asks once whether
 * anything helps already. Said again, the chat moves on.
 */

export const WORSE_NOT_HELP = 'needs:helps.worse';

/** The reply to what makes it worse at the helps question, or undefined when the answer is help. */
export function worseAtHelps(position: Position, text: string, onward: () => Next): Next | undefined {
  if (!saysWhatMakesItWorse(text)) return undefined;
  const said = { key: WORSE_NOT_HELP, vars: { quote: quoteOf(text) } };
  if (position.data?.[WORSE]) {
    const next = onward();
    return { ...next, say: [said, ...(next.say ?? [])] };
  }
  return { say: [said], goTo: { ...position, data: { ...position.data, [WORSE]: 'yes' } } };
}
