import { splitHopes } from '../src/language/splitHopes';
for (const s of ["go to collage and do games design and then maybe go to uni", "go to college and do games design and then maybe go to uni", "go to college and get a job"]) console.log(JSON.stringify(splitHopes(s)));
