// Imported first by main.tsx. zod 4 probes `new Function` to decide whether it may compile
// validators; under our CSP (no 'unsafe-eval') that probe is reported as a violation. Jitless
// mode skips the probe and validates by interpretation, which is fast enough for forms.
// Every schema without a message of its own speaks the one Dutch error map of shared/validation.
import { z } from 'zod';
import { installDutchZodMessages } from '../shared/validation/dutch.ts';

z.config({ jitless: true });
installDutchZodMessages();
