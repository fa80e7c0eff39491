/*
 * A parent or carer of a child who cannot yet say what is wrong lists what they must guess: "we
 * have to guess, is she tired, is she hurting, is she hungry", "he can't tell us if he's hungry or
 * in pain". Those are the child's states as the parent wonders about them: a need for the plan, not
 * hunger or hurt told of. Only the guesses are set aside, and only after words of guessing or of
 * not being able to tell; "she is always hungry, there is no food" is never a guess.
 * Read on normalised text (lower case, no punctuation or apostrophes).
 */

/** Guessing, or the child not able to tell. */
const CUE =
  String.raw`(?:guess|guessing|guessed|wonder|wondering|(?:cant|cannot|can\s+not|doesnt|does\s+not|dont|do\s+not|wont|will\s+not|unable\s+to|not\s+able\s+to|never)\s+(?:tell|say|show|explain|let\s+(?:us|me|you|anyone)\s+know)|(?:dont|do\s+not|never)\s+know|not\s+sure|work\s+out|find\s+out)`;
/** States a young child's carer wonders about. */
const STATE =
  String.raw`(?:tired|sleepy|hurting(?!\s+(?:her|him|me|them|us|you|my|his|their|the|a|an|other|others)\b)|in\s+pain|sore|hungry|thirsty|poorly|unwell|ill|sick|cold|hot|bored|wet|teething|constipated|uncomfortable|full|too\s+(?:hot|cold|full))`;
const CHILD = String.raw`(?:she|he|they)`;
/** "is she hungry", "does he feel sick", "if hes tired", "when she is in pain". */
const ONE = String.raw`(?:(?:is|are|does|do)\s+${CHILD}\s+(?:feel\s+)?${STATE}|(?:if|whether|when|that)\s+(?:${CHILD}\s+(?:is|s|are|feels?)|shes|hes|theyre)\s+${STATE})`;

/** The guesses, with the list they come in ("is she tired is she hurting or hungry"). */
export const GUESSED_STATES_SOURCE = String.raw`(?<=\b${CUE}\b[^~]{0,40}?)\b${ONE}(?:\s+(?:or\s+|and\s+)?(?:${ONE}|${STATE}))*\b`;

const GUESSED_STATES = new RegExp(GUESSED_STATES_SOURCE, 'g');

/** The normalised message without a carer's guesses at what is wrong. */
export function withoutGuessedStates(said: string): string {
  return said.replace(GUESSED_STATES, ' ');
}
