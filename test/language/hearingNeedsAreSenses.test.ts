import { describe, expect, it } from 'vitest';
import { needSection } from '../../src/language';
import { needArea } from '../../src/language/needArea';

const readAt15 = (text: string) => {
  const section = needSection(text, { age: 15 });
  return { section, area: needArea(text, section) };
};

describe('not hearing in daily life is a sensory need, not talking or health', () => {
  it.each([
    'fire alarm. me not hear. one time me stay in toilet, nobody tell me. scared',
    'me not hear teacher in class',
    'college visit, scared, no interpreter',
    'nobody signs at break so i miss what my friends say',
    'i need subtitles on the videos in science',
  ])('"%s" is under the senses and the body', (text) => {
    expect(readAt15(text)).toEqual({ section: 'education', area: 'senses_body' });
  });

  it.each(['he keeps getting ear infections', 'his grommets need checking at the hospital', 'she hears voices at night'])('"%s" is not read as hearing access', (text) => {
    expect(readAt15(text).area).not.toBe('senses_body');
  });

  it('an adult not in education: everyday life, not health', () => {
    expect(needSection('i cant hear the doorbell or the fire alarm at my flat', { age: 22, education: 'not_at_school' })).toBe('social_care');
  });
});
