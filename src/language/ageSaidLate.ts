import { parseAgeOrYear, type AgeOrYear } from './ageOrYear';
import { normaliseMessage } from './text';

/*
 * "hes 4 by the way you didnt let me say. starts reception next september": the age or school
 * stage said after the age question was left. Only a message that says nothing else is read here,
 * so "hes 4 and loves diggers" stays an answer to the question asked.
 */

/** "hes 4", "she is 6 years old", "im 15": the age, said of the child or of themselves. */
const AGE = /\b(?:(?:he|she|they|it)\s*(?:is|s|are|re)|hes|shes|theyre|im|i\s+am|(?:my\s+)?(?:son|daughter|child|boy|girl)\s+is)\s+(?:only\s+|just\s+|now\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\s+(?:years?|yrs?)(?:\s+old)?)?\b/;
/** "starts reception next september", "hes in nursery", "going into year 3": the school stage. */
const STAGE = /\b(?:(?:he|she|they)\s*(?:is|s|are|re)\s+|hes\s+|shes\s+|theyre\s+|(?:he|she|they)\s+)?(?:(?:in|at)\s+(?:nursery|pre\s*school|reception|(?:year|yr)\s*\d{1,2})|(?:starts?|starting|will\s+start|goes\s+into|going\s+into|going\s+to|moves?\s+(?:up\s+)?(?:in)?to)\s+(?:reception|nursery|school|(?:year|yr)\s*\d{1,2})(?:\s+(?:(?:next|this|in)\s+)?(?:september|sept|sep|year|autumn))*)\b/;
/** What may sit beside them: "by the way", "you didnt let me say", "fyi". */
const ASIDES = /\b(?:by\s+the\s+way|btw|fyi|just\s+so\s+you\s+know|(?:you|u)\s+(?:didnt|did\s+not|never)\s+(?:let\s+me\s+(?:say|tell\s+you|answer)|ask(?:\s+me)?)|i\s+(?:forgot|forgot\s+to\s+say|didnt\s+get\s+to\s+say)|forgot\s+to\s+say|also|and|oh|actually|sorry|now|anyway|ok|okay|lol)\b/g;

/** The age or school year when the whole message only says it; undefined otherwise. */
export function ageSaidLate(text: string): AgeOrYear | undefined {
  if (text.length > 200) return undefined;
  const sentences = text.split(/[.!?;,\n]+/).map((s) => normaliseMessage(s)).filter((s) => s !== '');
  if (sentences.length === 0) return undefined;
  let found = false;
  for (const sentence of sentences) {
    if (sentence.replace(AGE, ' ').replace(STAGE, ' ').replace(ASIDES, ' ').trim() !== '') return undefined;
    found ||= AGE.test(sentence) || STAGE.test(sentence);
  }
  if (!found) return undefined;
  const said = parseAgeOrYear(text);
  return said.age !== undefined || said.schoolYear !== undefined ? said : undefined;
}
