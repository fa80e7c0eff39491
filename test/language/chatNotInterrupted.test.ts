import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/* Ordinary messages close to harm words that the chat must not interrupt, each beside the real disclosures close to them. */

const asYoungPerson = (text: string) => safeguardingInChat(text, { parent: false }).action;
const asCarer = (text: string) => safeguardingInChat(text, { parent: true }).action;

describe("someone else's disclosure already passed on to an adult who is helping", () => {
  it.each([
    'my mate said he was cutting himself so i told my form tutor and now hes getting support',
    'my best friend told me her uncle was hurting her, she told the police with me and she is safe now',
    "a girl in my class said she wanted to die, i told our head of year and she's getting help",
    "my friend told me she self harms, i told a teacher and she's getting help",
    "my friend told me she self harms. i think she's getting help now, i told a teacher",
  ])('%j interrupts nothing', (text) => {
    expect(asYoungPerson(text)).toBe('none');
  });

  it.each([
    'my friend told me she cuts herself and i dont know what to do',
    'my friends dad hits her, i told a teacher but nothing happened',
    "my mate told me he self harms, i told my tutor and he's getting help. my step dad hits me",
    "my friend said she wanted to die, i told a teacher and she's getting help but i want to die too",
    "my dad hits me and my friend, i told a teacher and she's getting help",
    "my friend self harms and so do i. i told a teacher about her and she's getting help",
    "my friend self harms, so do i. i told a teacher about her and she's getting help",
    'my mate and me both get hit at home, i told my mum and shes ok now',
    'my dad hits me and my friend saw it. i told a teacher and she is getting help',
  ])('leave alone: %j is still answered', (text) => {
    expect(asYoungPerson(text)).toBe('answer');
  });
});

describe("a carer's worry about who will look after the child when they are gone", () => {
  it.each(['when im gone who will look after him?', "We worry about what happens to him when we're gone, so we want him to learn to cook"])('%j interrupts nothing', (text) => {
    expect(asCarer(text)).toBe('none');
  });

  it.each(['who will look after him when im gone? his dad kicks him', 'who will look after him when im gone, i have my pills ready'])('leave alone: %j is still answered or asked about', (text) => {
    expect(asCarer(text)).not.toBe('none');
  });
});

describe('dying of embarrassment at a speech or a uniform', () => {
  it.each(["i'd die if i had to read my poem out in front of the class", "i'll literally die if i have to wear that blazer"])('%j interrupts nothing', (text) => {
    expect(asYoungPerson(text)).toBe('none');
  });

  it.each(["i'd die if i had to go back home to him", "i'll die if i have to stay here another night"])('leave alone: %j is still answered', (text) => {
    expect(asYoungPerson(text)).toBe('answer');
  });
});

describe('brothers and sisters squabbling both ways', () => {
  it.each(['my son kicks his sister when she takes his ipad and she gives as good as she gets', 'me and my twin fight each other over the xbox'])('%j interrupts nothing', (text) => {
    expect(asCarer(text)).toBe('none');
  });

  it.each(['my older brother hits me and i am too small to hit him back', 'me and my brother hit each other really hard and i have bruises all over'])('leave alone: %j is still answered or asked about', (text) => {
    expect(asYoungPerson(text)).not.toBe('none');
  });
});

describe("care set up on a professional's advice", () => {
  it.each(['He has a mattress on the floor instead of a bed, it is what the OT recommended because he climbs out', 'she sleeps on a floor bed, the occupational therapist said it is safest'])('%j interrupts nothing', (text) => {
    expect(asCarer(text)).toBe('none');
  });

  it.each(['the OT said he needs a hoist but we havent got one so he stays in bed all day', 'the OT said she needs a new bed but she sleeps on the floor and we have no food'])('leave alone: %j is still answered or asked about', (text) => {
    expect(asCarer(text)).not.toBe('none');
  });
});
