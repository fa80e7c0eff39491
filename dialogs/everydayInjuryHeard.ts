/*
 * "i cut my finger chopping onions, it was an accident", right after the answer to self-harm: thanked, no second
 * answer, and the note stays as it is (notes survive everything; the lead reads these words beside it).
 */
export const EverydayInjuryText = { thanks: 'safeguarding:everydayInjury.thanks' } as const;
