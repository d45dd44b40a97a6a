/**
 * Imported before any zod schema the page builds (the scenario editor's, the analyst view's sweep
 * schema): zod builds its parsers without code generation.
 * The page's Content-Security-Policy forbids eval, and zod's probe for it (made when a
 * schema is built) would be reported as a violation even though zod falls back.
 */
import { z } from 'zod';

z.config({ jitless: true });
