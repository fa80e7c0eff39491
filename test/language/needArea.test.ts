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
  ] as const)('"%s" is in %s, area %s', (text, section, area) => {
    expect(needSection(text)).toBe(section);
    expect(needArea(text, section)).toBe(area);
  });
});
