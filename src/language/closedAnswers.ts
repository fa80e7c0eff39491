/*
 * What a typed reply means at each closed question, by meaning rather than by the buttons' words.
 * Every reader returns undefined when the reply does not answer the question (the dialog then
 * tries a command, or asks again once). One module per kind of question; this one gathers them.
 */

export { readReadingMode, type ReadingModeAnswer } from './readingModeAnswer';
export { readConsent, readYesNo, type YesNoAnswer } from './yesNoAnswer';
export { isBareNo, readMore, saysNothingMore, type MoreAnswer } from './moreAnswer';
export { readConfirm, readDone, readShare, readSummary, type ConfirmAnswer, type DoneAnswer } from './readBackAnswers';
export { NOT_STOPPING, readCarryOn, readFeelSafe, readSafetyCheck, type CarryOnAnswer, type SafeAnswer, type SafetyAnswer } from './safetyAnswers';
export { asksHowLong, splitHowLong } from './howLongAsked';
