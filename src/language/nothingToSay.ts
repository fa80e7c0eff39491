/*
 * "dunno. nothing at school anyway", "idk nothing really", "not much tbh": the person cannot think of
 * anything to say, said in a few words. At a question about what is good in their life this is never
 * kept as the answer: it is met kindly with ideas.
 */

const PIECE =
  /^(?:(?:i\s+)?(?:dunno|dont\s+know|do\s+not\s+know|idk|no\s+idea|not\s+sure)|(?:(?:there\s+is|theres|i\s+have|ive\s+got|i\s+got)\s+)?(?:nothing|none|not\s+much|not\s+a\s+lot|no\s*thing|nuffin|nothin|nowt|zero|nada)(?:\s+(?:at|in|about|from|for)\s+(?:school|college|home|work|nursery|class|me|him|her|them|all))?|(?:i\s+)?(?:cant|cannot|can\s+not)\s+think\s+of\s+(?:anything|any|much|owt))(?:\s+(?:really|anyway|anyways|tbh|lol|honestly|sorry|i\s+guess|i\s+think|to\s+be\s+honest|at\s+all|tho|though|x))*$/;

/** Whether every part of the message only says "don't know" or "nothing". */
export function saysNothingToSay(text: string): boolean {
  if (text.length > 120) return false;
  const pieces = text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/\s*[.!?,;]+\s*|\s+(?:but|and|so)\s+/)
    .map((p) => p.replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => PIECE.test(p));
}
