// Imported first by main.tsx. zod 4 probes `new Function` to decide whether it may compile
// validators; under our CSP (no 'unsafe-eval') that probe is reported as a violation. Jitless
// mode skips the probe and validates by interpretation, which is fast enough for forms.
import { z } from 'zod';

z.config({ jitless: true });
