import { normaliseMessage } from './text';

/*
 * "actually no idk if i could be a vet, u need to be good at reading": doubt about a hope, not a
 * change to it. The hope stays; what they worry it needs ("reading") is found so the answer can
 * say help with it exists.
 */

/** "idk if i could", "not sure i can", "i dont think he could ever": wondering whether the hope can happen. */
const DOUBT =
  /\b(?:(?:idk|i dont know|i do not know|dunno|not sure|im not sure|i am not sure|i doubt|i wonder)\s+(?:if\s+|whether\s+)?(?:i|he|she|they)\s+(?:could|can|would|will|am able|is able|are able|d be able)|(?:i|he|she|they)\s+(?:might not|may not|probably cant|prob cant|could never|will never|wont ever|probably wont)\s+be\s+(?:able|good enough|allowed|a|an)|i\s+(?:dont|do not)\s+think\s+(?:i|he|she|they)\s+(?:could|can|would|will|am|is)\s+(?:ever\s+)?(?:be|do|get|become|manage))\b/;

/** What they worry the hope needs: "you need to be good at reading", "because im bad at maths". */
const NEEDS_GOOD_AT: readonly RegExp[] = [
  /\b(?:u|you|they|people|ya)\s+(?:need|needs|have|has|got)\s+to\s+be\s+(?:really\s+|very\s+|so\s+)?(?:good|great|clever|smart|quick|fast)\s+(?:at|with)\s+([a-z]+(?:\s+[a-z]+)?)$/,
  /\b(?:im|i am|he is|hes|she is|shes|they are|theyre)\s+(?:really\s+|so\s+)?(?:bad|rubbish|not good|no good|terrible|slow)\s+(?:at|with)\s+([a-z]+(?:\s+[a-z]+)?)$/,
];

export interface HopeDoubt {
  /** "reading": what they worry the hope needs, when they said. */
  hard?: string;
}

/** Doubt about a hope, with what they worry it needs; undefined when the message is not such doubt. */
export function hopeDoubted(text: string): HopeDoubt | undefined {
  if (text.length > 300) return undefined;
  const said = normaliseMessage(text);
  if (!DOUBT.test(said)) return undefined;
  const pieces = text.split(/[.!?,;]+|\s+(?:because|cos|coz|cause|as)\s+/i).map((p) => normaliseMessage(p).trim());
  const hard = pieces.map((p) => NEEDS_GOOD_AT.map((re) => re.exec(p)?.[1]).find(Boolean)).find(Boolean);
  return hard ? { hard } : {};
}
