import { withoutNotAbuseSaid } from './notAbuseSaid';

/*
 * Look-alikes of harm read on the raw text, before punctuation is removed, so that a sentence end bounds them: hair
 * coloured, a school day dreaded, "its not abuse". Set aside before the concern text is made (concernRuleMatch.ts).
 */

/*
 * Colouring hair or clothes, read on the raw text (before punctuation is removed): "he wants to dye his
 * hair blue", "i want die my hair pink". "die" needs the words right beside each other, a dye colour
 * (not a natural one) and the end of a sentence, so "i want to die. my hair ginger" or "i just want to
 * die my hair colour doesnt matter" are still heard.
 */
const HAIR_COLOURING = new RegExp(
  '\\b(?:dye|dyes|dyed|dyeing)\\s+(?:his|her|my|their|your|our)\\s+(?:hair|fringe|tips|ends|roots|eyebrows|clothes|shoes|trainers|jeans|t\\s*shirt|top|hoodie)\\b' +
    '|\\b(?:die|dies|died)[ \\t]+(?:his|her|my|their|your|our)[ \\t]+(?:hair|fringe|tips|ends|roots)[ \\t]+(?:pink|blue|red|green|purple|orange|yellow|white|silver|rainbow|lilac|bright[ \\t]+[a-z]+|a[ \\t]+(?:new[ \\t]+|different[ \\t]+)?colou?r)(?=[ \\t]*(?:[.!?\\n]|$))',
  'gi',
);

/** The raw text with hair or clothes colouring set aside (see HAIR_COLOURING), before it is normalised. */
export const withoutHairColouring = (raw: string): string => raw.replace(HAIR_COLOURING, ' . ');

/*
 * Dread of a lesson or a day at school, read on the raw text so a sentence end stops it: "i wish i wasnt here for
 * the exam", "wish I wasn't in school for sports day". "I wish I wasn't here. For the exam..." is still heard, and so
 * is a wish widened after it ("for the exams, or at all", "for maths or anything anymore").
 */
const EVERYDAY_DREAD = new RegExp(
  "\\b(?:wish|wishing)[ \\t]+(?:i|i'?d)[ \\t]+(?:wasn'?t|weren'?t|was[ \\t]+not|were[ \\t]+not|didn'?t[ \\t]+have[ \\t]+to[ \\t]+be)[ \\t]+(?:here|there|in[ \\t]+school|at[ \\t]+school|in[ \\t]+college|at[ \\t]+college)[ \\t]+(?:for|during|on|in)[ \\t]+(?:(?:the|my|this|that|these|our)[ \\t]+)?(?:exams?|tests?|mocks?|sats|gcses?|lessons?|maths|english|science|assembly|pe|presentation|speech|sports[ \\t]+day|results[ \\t]+day|spelling[ \\t]+test|reading[ \\t]+test)\\b" +
    // Never with more said that widens it to anything or ever: "...for the exam or for anything", "...or ever again".
    "(?![^.!?\\n]*\\b(?:any[ \\t]*thing|every[ \\t]*thing|ever|forever|at[ \\t]+all|any[ \\t]*more|again|anywhere|alive|life|world|existing)\\b)",
  'gi',
);

/** The raw text with look-alikes that punctuation bounds set aside (hair colouring, a school day dreaded, "its not abuse"), before it is normalised. */
export const withoutRawLookAlikes = (raw: string): string => withoutNotAbuseSaid(withoutHairColouring(raw).replace(EVERYDAY_DREAD, ' . '));
