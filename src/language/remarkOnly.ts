import { aboutMeAnswer } from './aboutMeChatter';
import { onlyLaughter } from './chatter';
import { onlyMomentAsides } from './momentAside';
import { readPolarity } from './polarity';

/*
 * A remark beside the chat, with no answer in it: "omg my nan just made chips lol", "haha",
 * "brb". Said at a yes / no question it is neither a yes, a no, nor a new item, so it is heard
 * kindly and never kept; the same question is asked again. "no, learn to drive" and "yes be a vet"
 * answer, and so does a plain "learn to drive".
 */

export type Remark = 'laughter' | 'story' | 'moment';

/** What kind of remark the whole message is; null when any of it may be an answer. */
export function remarkOnly(text: string): Remark | null {
  const said = text.trim();
  if (!said) return null;
  if (onlyLaughter(said)) return 'laughter';
  if (readPolarity(said).answer) return null;
  if (onlyMomentAsides(said)) return 'moment';
  // A funny story told with laughter ("my nan just made chips lol"): set aside as the about-me questions do.
  if (/\p{L}{2,}/u.test(said) && aboutMeAnswer(said) === '') return 'story';
  return null;
}
