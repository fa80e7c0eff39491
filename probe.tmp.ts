import { readInvite } from './src/language/inviteAnswer';
const text = "whats a key worker?? dunno nah";
const after = /[?.!]+\s*([^?.!]+)\s*[.!]*$/.exec(text)?.[1] ?? '';
console.log(JSON.stringify(after), readInvite(after), readInvite("nah"), readInvite("dunno"));
