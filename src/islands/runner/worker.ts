/** The worker for unedited examples: it runs the program the build made, so it needs no transpiler. */
import { serve } from './serve.ts';

serve((message) => {
  if ('program' in message) return { program: message.program };
  throw new Error('this worker runs only the programs the build made; edited code goes to worker-edited.ts');
});
