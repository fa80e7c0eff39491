/**
 * Invisible characters that change how text reads: bidirectional controls (which can make
 * "I want to stay" display as something else, or reorder a sentence) and zero-width characters
 * (which hide inside words). A key worker must see what the young person really sent, so each
 * is shown as a visible marker naming it, e.g. "[U+202E]". A zero-width joiner inside an emoji
 * (👨‍👩‍👧) is part of the picture and is left alone.
 */
const CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E]/gu;

const marker = (c: string) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;

export function showInvisibleControls(text: string): string {
  if (!CONTROLS.test(text)) return text;
  CONTROLS.lastIndex = 0;
  return text.replace(CONTROLS, (c: string, offset: number) => {
    if (c === '\u200D') {
      const before = text.slice(Math.max(0, offset - 2), offset);
      const after = text.slice(offset + 1, offset + 3);
      if (EMOJI.test(before) && EMOJI.test(after)) return c;
    }
    return marker(c);
  });
}
