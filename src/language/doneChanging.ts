import { normaliseMessage } from './text';

/*
 * At an outcome's read-back, after a part was put right: "None. Please show me the whole outcome"
 * asks to see it all again; "I do not want to change anything else" and "Yes, that's right" say it is
 * done, while new words were being asked for too. Neither is ever new words for the outcome.
 */

export type DoneChanging = 'show' | 'done';

/** "none", "nothing", "nothing else", "no more changes", "i do not want to change anything else". */
const NOTHING_MORE =
  /^(?:(?:no|nope|none|nothing|no thank you|no thanks)(?:\s+(?:else|more))?|(?:there is |theres )?nothing\s+else(?:\s+to\s+change)?|no\s+(?:more|other)\s+changes?|(?:i\s+)?(?:do not|dont)\s+(?:want|need)\s+to\s+change\s+(?:anything|any more|anymore)(?:\s+(?:else|more))?|(?:i\s+)?(?:do not|dont)\s+want\s+(?:any\s+)?(?:more|other)\s+changes?|(?:that is|thats|it is|its)\s+(?:all|everything|fine now|right now|done))(?:\s+(?:please|thanks|thank you|now))*$/;

/** "Yes, that's right", "yes it is correct now": the read-back agreed, in full words. */
const RIGHT_NOW = /^(?:yes|yeah|yep|ok|okay)?\s*(?:(?:that|thats|that s|it|its|it s|this)\s+(?:is\s+)?(?:right|correct|good|fine|ok|okay|perfect)(?:\s+now)?|(?:it|that)\s+looks\s+(?:right|good|fine))$/;

/** "please show me the whole outcome", "read it all back", "can I see the full outcome again". */
const SHOW_WHOLE =
  /^(?:(?:please|pls|can you|could you|can i|could i|may i)\s+)*(?:(?:show|read|give|tell)\s+(?:me\s+)?(?:the\s+|my\s+)?(?:whole|full|complete|all\s+of\s+the|new)\s+(?:outcome|goal|thing|sentence)(?:\s+(?:again|back|now))*|(?:see|read)\s+(?:the\s+|my\s+)?(?:whole|full|complete)\s+(?:outcome|goal|thing)(?:\s+(?:again|now))*|(?:show|read)\s+(?:me\s+)?(?:it|the outcome|my outcome)\s+(?:all\s+)?(?:again|back)(?:\s+(?:again|now))*)(?:\s+(?:please|pls))*$/;

/** What the message says about changing the outcome; null when it says anything else. */
export function readDoneChanging(text: string): DoneChanging | null {
  if (text.length > 160) return null;
  const sentences = text.split(/[.!?;\n]+/).map((s) => normaliseMessage(s)).filter(Boolean);
  if (!sentences.length || sentences.length > 3) return null;
  let read: DoneChanging | null = null;
  for (const said of sentences) {
    if (SHOW_WHOLE.test(said)) read = 'show';
    else if (NOTHING_MORE.test(said) || RIGHT_NOW.test(said)) read = read ?? 'done';
    else return null;
  }
  // "None." alone answers "which part?" and may mean no to the outcome: only a whole sentence about changing is read alone.
  if (read === 'done' && sentences.length === 1 && /^(?:no|nope|none|nothing)$/.test(sentences[0]!)) return null;
  return read;
}
