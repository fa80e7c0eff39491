import { normaliseMessage } from './text';

/*
 * "we dont talk much", "handovers are a bit tense", "me and his dad dont get on": how things are
 * between people now, said where the bot asks what helps. A parent is describing what is hard, so
 * it is kept with the hard things, never as help. Words that name help or a change for the better
 * ("texting helps", "handovers are calmer at school") keep it help.
 */

const DEGREE = String.raw`(?:a\s+bit|a\s+little|quite|really|very|so|pretty|kind\s+of|kinda|always|often|usually|still|sometimes|proper|well)`;

/** "handovers are a bit tense", "mornings can be a nightmare", "things get heated". */
const STRAINED = new RegExp(
  String.raw`\b(?:is|are|s|re|was|were|get|gets|can\s+be|feel|feels|has\s+been|have\s+been|ve\s+been|seem|seems)\s+(?:${DEGREE}\s+)*` +
    String.raw`(?:tense|awkward|stressful|strained|frosty|heated|fraught|chaotic|rough|horrible|a\s+nightmare|a\s+battle|a\s+struggle|a\s+mess|difficult|hard|tricky)\b`,
);

/** "we dont talk much", "me and his dad dont get on", "they hardly speak". */
const NOT_TALKING = new RegExp(
  String.raw`\b(?:we|they|i|me\s+and\s+(?:his|her|their|my)\s+\w+|(?:his|her|their|my)\s+\w+\s+and\s+(?:i|me))\s+` +
    String.raw`(?:dont|do\s+not|don\s+t|never|hardly|barely|rarely|cant|can\s+t|cannot|dont\s+really|do\s+not\s+really)\s+(?:ever\s+|really\s+)?` +
    String.raw`(?:talk|speak|get\s+on|get\s+along|see\s+each\s+other|communicate|agree)\b`,
);

/** Help named, or a change for the better: "texting helps", "calmer when", "easier if". */
const NAMES_HELP = /\b(?:helps?|helped|helping|better|easier|calmer|calms?|works?|good|fine|ok|okay|nice|great)\b/;

// "a laptop because writing is hard": the help comes first and the hard thing is its reason.
const WHEN_BEFORE = /\b(?:when|whenever|if|once|after|before|until|till|because|cos|coz|cause|since|as)\b/;

export function saysThingsAreStrained(text: string): boolean {
  const plain = normaliseMessage(text);
  if (NAMES_HELP.test(plain)) return false;
  // "a quiet room when things get heated": when it is hard comes before the help, so it stays help.
  const said = [STRAINED.exec(plain), NOT_TALKING.exec(plain)].find(Boolean);
  return Boolean(said) && !WHEN_BEFORE.test(plain.slice(0, said!.index));
}
