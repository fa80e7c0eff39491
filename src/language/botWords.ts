import { normaliseMessage } from './text';

/*
 * Nothing but the person's answer becomes content: a tapped button ("Yes, add another"), the tail
 * of one ("one more"), a yes or no on its own, or "I don't know" is never stored as a hope, need,
 * outcome, measure or provision.
 */

const GLUE = new Set(['yes', 'yeah', 'yep', 'yup', 'ok', 'okay', 'no', 'nope', 'nah', 'please', 'and', 'then', 'sure', 'go', 'on', 'lets', 'let', 'us', 'do', 'it', 'that', 'a', 'an', 'the', 'thanks', 'thank', 'you']);
const SHRUG = /^(?:i\s+)?(?:dont|do\s+not)\s+know$|^(?:idk|dunno|dno|not\s+sure|im\s+not\s+sure|no\s+idea|nothing|none|n\s*a|pass|skip)$/;

/**
 * A reader that is true when the text holds nothing of the person's own: only words of the bot's
 * own phrases (the buttons it showed), yes / no glue, or a shrug. The phrases are prepared once.
 */
export function botWordsReader(botPhrases: readonly string[]): (text: string) => boolean {
  const phrases = botPhrases.map(normaliseMessage).filter(Boolean);
  const known = new Set(phrases.flatMap((phrase) => phrase.split(' ')));
  return (text) => {
    const typed = normaliseMessage(text);
    if (!typed) return true;
    if (SHRUG.test(typed)) return true;
    if (phrases.some((phrase) => phrase === typed || phrase.includes(typed))) return true;
    return typed.split(' ').every((word) => GLUE.has(word) || known.has(word));
  };
}

export function isOnlyBotWords(text: string, botPhrases: readonly string[]): boolean {
  return botWordsReader(botPhrases)(text);
}
