import { isAName } from './peopleNamed';

/*
 * "sam my key worker helps me with shopping", "my support worker is called sam": the name of the key
 * worker someone gave earlier in the chat, so an answer about help can say "Sam, your key worker, can
 * help" instead of a stranger's title. Only a word the dictionary knows as a name ("my key worker
 * helps me" names nobody).
 */
const WORKER = String.raw`(?:key\s*worker|support\s+worker)`;
const AFTER = new RegExp(String.raw`\b${WORKER}\s+(?:is\s+)?(?:called\s+|named\s+)?([a-z]{2,12})\b`, 'g');
const BEFORE = new RegExp(String.raw`\b([a-z]{2,12})\s+(?:is\s+|\(\s*)?my\s+${WORKER}\b`, 'g');

/** The key worker's name, with its capital, from the first of these texts that gives one; else undefined. */
export function keyWorkerNamed(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const said = text.toLowerCase().replace(/['’]/g, '');
    for (const re of [AFTER, BEFORE]) {
      for (const m of said.matchAll(re)) {
        const word = m[1]!;
        if (isAName(word)) return word.charAt(0).toUpperCase() + word.slice(1);
      }
    }
  }
  return undefined;
}
