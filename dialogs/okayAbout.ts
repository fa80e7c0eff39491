/** "I'm OK" to a kind of worry: remembered, so the same kind of reading is not asked about again ('other' says too little to count). */
export function okayAbout(known: readonly string[] | undefined, category: string | undefined): { okayAbout?: string[] } {
  if (!category || category === 'other' || known?.includes(category)) return {};
  return { okayAbout: [...(known ?? []), category].slice(-10) };
}

/** The person said "I'm OK" to this kind of worry already in this journey. */
export function saidOkayAbout(known: readonly string[] | undefined, category: string | null | undefined): boolean {
  return Boolean(category && known?.includes(category));
}
