import { readHelpAsked } from '../src/language/helpAsked';
import type { Words } from './say';

/*
 * "where do i put that we need physio?", "can i ask for direct payment in this plan?": a short plain answer (help
 * goes with a step; direct payments are a way to get social care help), then the open question again. Never kept.
 */

export const HelpAskedText = {
  therapy: 'common:helpAsked.therapy',
  directPayment: 'common:helpAsked.directPayment',
} as const;

/** The answer to a question about where help goes in the plan, or undefined when the message is not one. */
export function helpAskedAnswer(text: string): Words | undefined {
  const asked = readHelpAsked(text);
  if (!asked) return undefined;
  return { key: asked.kind === 'therapy' ? HelpAskedText.therapy : HelpAskedText.directPayment };
}
