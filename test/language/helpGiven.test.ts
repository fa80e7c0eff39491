import { describe, expect, it } from 'vitest';
import { readsAsHelpGiven } from '../../src/language/helpGiven';

/* Help someone gives, said just after "what helps?"; unkind words said the same way are never help. */

describe('help given', () => {
  it.each([
    'liam helps a bit',
    'and dad rings me',
    'and they no what to do if i have a fit',
    'mum tells me what to do next',
    'my teacher explains it again',
    'my sister texts me to check im ok',
    'dad takes me off to the park after',
  ])('reads %j as help', (text) => {
    expect(readsAsHelpGiven(text)).toBe(true);
  });

  it.each([
    'my teacher tells me off for being slow',
    'dad tells me im stupid',
    'everyone tells me to shut up',
    'my sister texts me mean stuff',
    'he calls me names',
    'mum shouts at me',
    'my brother hits me when mum is out',
    'everyone helps me',
  ])('leaves %j out of help', (text) => {
    expect(readsAsHelpGiven(text)).toBe(false);
  });
});
