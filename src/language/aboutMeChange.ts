import { aboutMeSectionNamed, type AboutMeSection } from './aboutMeSectionNamed';

/*
 * An about-me answer reworded at any question after about me: "Now please change what is important
 * to me. It should only say: my dog and my family", "change how to help me to: give me time". The
 * heading must name an about-me answer (aboutMeSectionNamed.ts), so "change schools" stays an answer.
 */

const LEAD = String.raw`(?:(?:now|please|pls|can you|could you|can u|could u|can i|could i|i want to|i wanna|id like to|i would like to|just|ok|okay|and|also)\s+)*`;
const VERB = String.raw`(?:change|edit|fix|update|reword|rewrite)`;
const SAYS = String.raw`(?:(?:it|that|this|that bit|this bit)\s+)?(?:should|must|needs? to|has to|can|could)\s+(?:only\s+|just\s+)?(?:say|read|be)|(?:make\s+it|so\s+it)\s+(?:only\s+|just\s+)?says?|(?:to\s+)?(?:only\s+|just\s+)?say|to|into`;
const ASKED = new RegExp(String.raw`^${LEAD}${VERB}\s+(.+)$`, 'iu');
const NEW_WORDS = new RegExp(String.raw`(?:\s*[.,;!]\s*|\s+)(?:${SAYS})\s*[:\-]?\s+`, 'giu');

/** The about-me answer named and its new words, or null. */
export function readAboutMeChange(text: string): { section: AboutMeSection; text: string } | null {
  if (text.length > 400) return null;
  const rest = ASKED.exec(text.trim().replace(/[\u2018\u2019`]/g, "'"))?.[1];
  if (!rest) return null;
  // "what is important to me. It should say: ...": the heading ends where the new words are said, not at its own "to".
  for (const at of rest.matchAll(NEW_WORDS)) {
    const section = aboutMeSectionNamed(rest.slice(0, at.index));
    const words = rest.slice(at.index + at[0].length).trim().replace(/^["'“‘]+|["'”’.!]+$/g, '').trim();
    if (section && words) return { section, text: words };
  }
  return null;
}
