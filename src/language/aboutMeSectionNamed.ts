/*
 * An about-me answer named at the review by its heading, in the card's words or the question's:
 * "what people like about me", "good things about him", "what is important to me", "how best to
 * support me". The heading names the answer under it, never any item whose words merely share
 * "like" or "help".
 */

export type AboutMeSection = 'strengths' | 'important' | 'support';

const WHOM = String.raw`(?:me|him|her|them|us|[\p{L}'-]{2,20})`;

const SECTIONS: ReadonlyArray<readonly [AboutMeSection, RegExp]> = [
  ['strengths', new RegExp(String.raw`^(?:what\s+(?:people|others|ppl|everyone|friends)\s+(?:like|love|admire)(?:\s+and\s+admire)?\s+about\s+${WHOM}|(?:the\s+)?good\s+things\s+about\s+${WHOM}|(?:my|his|her|their)\s+strengths?)$`, 'iu')],
  ['important', new RegExp(String.raw`^(?:what\s+(?:matters|is\s+important|s\s+important)\s+to\s+${WHOM}|whats\s+important\s+to\s+${WHOM}|(?:the\s+)?important\s+(?:things|stuff)(?:\s+to\s+${WHOM})?)$`, 'iu')],
  ['support', new RegExp(String.raw`^(?:how\s+(?:best\s+)?to\s+(?:help|support)\s+${WHOM}|how\s+(?:people|you|staff)\s+(?:can|should)\s+(?:best\s+)?(?:help|support)\s+${WHOM})$`, 'iu')],
];

/** The about-me answer a heading names; undefined when the words are no heading. */
export function aboutMeSectionNamed(text: string): AboutMeSection | undefined {
  const said = text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/^(?:the\s+(?:bit|part|answer)\s+(?:about|for|on)\s+|the\s+)/, '')
    .replace(/\s+(?:bit|part|answer|section)$/, '')
    .replace(/[\s.!?:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return SECTIONS.find(([, heading]) => heading.test(said))?.[0];
}
