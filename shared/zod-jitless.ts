// Imported first by the renderer and the preload, before any schema parses: zod
// then never probes for eval (`new Function`), which the page's CSP refuses and
// reports as a violation on every load. The main process keeps zod's faster JIT.
import { z } from 'zod';

z.config({ jitless: true });
