import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The bundle lands in target/classes/parley-web, which the parley-web jar carries and the server
// serves at / (http module, dev.parley.http.web). Hashed names under assets/ are cached forever.
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'target/classes/parley-web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // a CSP without 'unsafe-inline' forbids inline scripts; keep the module preload polyfill out
    modulePreload: { polyfill: false },
    sourcemap: false,
    // the licences of every bundled package, served at /licenses.md (MIT, Apache-2.0/MPL-2.0)
    license: { fileName: 'licenses.md' },
    target: 'es2022',
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // test/contrast.test.ts reads styles.css as text (?raw); vitest empties CSS it does not include
    css: { include: [/styles\.css/] },
  },
});
