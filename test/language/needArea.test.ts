import { describe, expect, it } from 'vitest';
import { needArea } from '../../src/language/needArea';
import { needSection } from '../../src/language/planPart';

describe('the area of a need, from its words and its section', () => {
  it.each([
    ['his speech, he cant say what he wants', 'education', 'communication'],
    ['talking to new people', 'education', 'communication'],
    ['he loses his temper a lot', 'education', 'feelings'],
    ['he has meltdowns', 'education', 'feelings'],
    ['reading long instructions is hard', 'education', 'learning'],
    ['loud places', 'education', 'senses_body'],
    ['he is tired all the time', 'health', 'health'],
    ['tiredness', 'health', 'health'],
    ['she is always exhausted', 'health', 'health'],
    ["I can't cook yet", 'social_care', 'social_care'],
    ['the noise in lessons is too much', 'education', 'senses_body'],
    ['she hates the feel of her school jumper', 'education', 'senses_body'],
    ['he cant hold a pencil properly', 'education', 'senses_body'],
    ['he cant focus in class', 'education', 'feelings'],
    ['she worries about tests', 'education', 'feelings'],
    ['he gets angry in lessons', 'education', 'feelings'],
    ['he finds group work hard', 'education', 'learning'],
  ] as const)('"%s" is in %s, area %s', (text, section, area) => {
    expect(needSection(text)).toBe(section);
    expect(needArea(text, section)).toBe(area);
  });
});

describe('words on a page are reading; words said are talking', () => {
  it.each([
    'the words are too small and long',
    'the words get jumbled',
    'the manual has hard words',
    'too many words on the page',
    'the print is too small',
    'the letters move about',
    'i cant read the long words',
  ])('"%s" is learning (reading)', (text) => {
    expect(needArea(text, 'education')).toBe('learning');
  });

  it.each([
    'he has no words',
    'his first words',
    'he dont use words yet',
    'she only says a few words',
    'i cant find the right words',
    'i cant get my words out',
    'i dont know what the words mean',
    'i dont know what to say to people',
  ])('"%s" is talking and understanding', (text) => {
    expect(needArea(text, 'education')).toBe('communication');
  });
});
