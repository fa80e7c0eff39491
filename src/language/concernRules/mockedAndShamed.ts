import { r, type Rule } from './shared';

/**
 * Bullying online, at clubs, on courses and internships, in words the older rules missed: memes or
 * impressions of someone's autism or disability, "joking" that they are thick, posting about someone, a diary spread around,
 * being cropped out of photos, a threat to "make my life hell", getting jumped.
 */
const DIFFERENCE =
  '(?:autism|autistic\\s+\\w+|adhd|disability|disabilities|learning\\s+disability|wheelchair|stammer|stutter|tics?|hearing\\s+aids?|speech|dyslexia|condition|diagnosis|down\\s+syndrome|cerebral\\s+palsy|walk|voice|eczema|birthmark|weight)';

export const MOCKED_DIFFERENCE: readonly Rule[] = [
  r('bullying', String.raw`\b(?:sharing|share|shares|shared|posting|post|posts|posted|making|makes|made|doing|does|did|sending|sends|sent|spreading)\s+(?:\w+\s+)?(?:memes?|videos?|impressions?|jokes?|tiktoks?|pictures?|photos?|stickers?)\s+(?:about|of|mocking)\s+(?:my|his|her)\s+${DIFFERENCE}\b(?<!\b(?:i|we)\s+(?:\w+\s+){1,4}(?:my|his|her)\s+\w+(?:\s+\w+)?)|\b(?:keep|keeps|kept|always)\s+(?:joking|telling\s+(?:everyone|people|the\s+others))\s+(?:that\s+)?(?:im|i\s+am)\s+(?:thick|stupid|dumb|a\s+retard|retarded|a\s+freak|weird|disgusting|smelly)\b|\b(?:mock|mocks|mocking|mocked|mimic|mimics|mimicking|mimicked|imitate|imitates|imitating|imitated|copy|copies|copying|copied|taking\s+the\s+mick\s+out\s+of)\s+(?:my|his|her)\s+${DIFFERENCE}\b`),
  // "some lads take the mick out of how i run", "they laugh at the way i talk": mocked for how they move, speak or look.
  r('bullying', String.raw`\b(?:lads|boys|girls|kids|people|they|some\s+\w+|everyone|others|the\s+others|year\s+\d+s|\w+s)\s+(?:(?:always|keep|keeps|still|all)\s+)*(?:take|takes|taking|took|make|makes|making|made|(?:are|is|were)\s+taking)\s+(?:the\s+)?(?:mick|mickey|micky|piss|fun)\s+(?:out\s+)?of\s+(?:how|the\s+way)\s+(?:i|he|she)\s+(?:run|runs|walk|walks|talk|talks|speak|speaks|move|moves|write|writes|look|looks|sound|sounds|dress|dresses|throw|throws|catch|catches|kick|kicks|eat|eats|read|reads)\b|\b(?:lads|boys|girls|kids|people|they|everyone|others)\s+(?:(?:always|keep|keeps|still|all)\s+)*(?:laugh|laughs|laughing|laughed)\s+at\s+(?:how|the\s+way)\s+(?:i|he|she)\s+(?:run|runs|walk|walks|talk|talks|speak|speaks|move|moves|write|writes|look|looks|sound|sounds)\b`),
];

export const POSTED_ABOUT: readonly Rule[] = [
  r('bullying', String.raw`\b(?:posting|posted|posts|writing|wrote|spreading|spread|saying)\s+(?:things\s+|stuff\s+|lies\s+|rumours\s+|horrible\s+(?:things|stuff)\s+)?about\s+me\s+(?:on|online|in\s+the\s+(?:group|chat)|on\s+(?:yik|insta|snap|tiktok|the\s+group))\b(?<!\b(?:mum|dad|nan|gran|parents|family|auntie|grandma)\s+(?:\w+\s+){0,4}about\s+me\s+\w+)|\b(?:spread|spreads|spreading|passed|passing|shared|sharing|posted|posting|screenshotted)\s+(?:my|his|her)\s+(?:diary(?:\s+pages)?|private\s+(?:messages|texts|notes)|secrets|notes|texts|messages)\s+(?:around|round|out|online|to\s+everyone)\b|\b(?:crop|crops|cropping|cropped|edit|edits|editing|edited|cut|cutting)\s+me\s+out\s+of\s+(?:the\s+|all\s+the\s+|every\s+)?(?:photos?|pictures?|pics|videos?|group\s+(?:photos?|pictures?))\b`),
];

export const LIFE_MADE_HELL: readonly Rule[] = [
  r('bullying', String.raw`\b(?:make|makes|making|made)\s+(?:it|my\s+life|life|every\s+day)\s+(?:hell|a\s+(?:living\s+)?hell|a\s+misery)\s+(?:for\s+me\b|there\b|at\s+(?:school|college|the\s+club)\b)?(?![^~]{0,15}\b(?:lol|haha|with\s+(?:homework|revision|tests|exams))\b)|\b(?:getting|get|got|gets|being)\s+jumped\s+(?:by|again|after|on\s+the\s+way|every|at|outside|near)\b`),
];
