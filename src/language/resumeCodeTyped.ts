import { resumeCodeCandidates } from '../domain/resumeCode';

/*
 * Someone coming back often types the code they were given at whatever question is open:
 * "RKQ-HC9-3VV", "rkq hc9 3vv", "my code is RKQ-HC9-3VV". A message is read as a resume code only
 * when it is little more than the code, so an answer with capitals in it ("I go to ABC college")
 * or one that happens to be nine code letters ("yes and new") stays an answer.
 */

/**
 * Words that may stand beside a code: "here's my code: ...", "hi, it's ... thanks", and a pause before it
 * ("i mean wait. i have a code ...", "oh hang on, i already got a code").
 */
const CODE_TALK =
  /^(?:my|the|a|its|it's|it|is|was|here|heres|here's|this|that|code|resume|chat|ok|okay|hi|hello|hey|i|ive|i've|have|got|please|pls|thanks|thank|you|ta|mean|wait|sorry|oh|um|umm|erm|hang|on|actually|already|so|but|and|just|also|still)$/;

/** "2nd and 3rd": ordinals read as groups of three are words, not a code. */
const ORDINAL = /(?<![A-Za-z0-9])\d(?:st|nd|rd|th)(?![A-Za-z0-9])/i;

/**
 * The resume code a message is made of, in the code's own form, or undefined when it is an answer.
 * `lettersOnly` also gives nine code letters with no digit ("kqr hcw tvv"), which only a look-up can
 * tell from words ("yes and new").
 */
export function resumeCodeTyped(text: string, { lettersOnly = false } = {}): string | undefined {
  const plain = text.replace(/[’‘]/g, "'").trim();
  for (const { code, index, typed } of resumeCodeCandidates(plain)) {
    const rest = `${plain.slice(0, index)} ${plain.slice(index + typed.length)}`.toLowerCase();
    const words = rest.split(/[\s:;,.!?"()=-]+/).filter(Boolean);
    if (!words.every((word) => CODE_TALK.test(word))) continue;
    // Without a dash or the word "code", only a mix of letters and digits looks like one.
    const saidCode = words.includes('code') || /[-–—]/.test(typed);
    if (!saidCode && !lettersOnly && (!/\d/.test(code) || ORDINAL.test(typed))) continue;
    return code;
  }
  return undefined;
}
