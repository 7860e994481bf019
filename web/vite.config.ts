import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves web/dist; in development, `vite` proxies the API to a running `diligent serve`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:4321' } },
});
