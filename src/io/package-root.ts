import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The installed package's root folder (dist/io/ → ../..), where the demo data ships. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_DIR = join(PACKAGE_ROOT, 'fixtures', 'demo');
export const DEMO_CONFIG = join(DEMO_DIR, 'techspend.yaml');
export const DEMO_DATA = join(DEMO_DIR, 'data');
