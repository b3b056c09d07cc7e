import { defineConfig } from 'vite';

// Relative asset URLs: the server mounts the build under /dashboard/, a static host anywhere.
export default defineConfig({
  base: './',
  build: { outDir: 'dist/app', emptyOutDir: true, target: 'es2022', reportCompressedSize: true },
});
