import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest does not bring wxt.config.ts's vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['{lib,components,data,entrypoints}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
