/** The worker for edited examples: it strips types and instruments the reader's code first (Sucrase + Acorn). */
import { instrument } from '../../example-runtime/instrument.ts';
import { serve } from './serve.ts';

serve((message) => ('program' in message ? { program: message.program } : instrument(message.source)));
