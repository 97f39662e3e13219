/**
 * Unit tests run under plain Node against real SQLite files in temp folders; component
 * tests render React in happy-dom against the real engine (no mocks).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.isolated.test.ts', 'tests/unit/**/*.ocr.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Timing-sensitive tests (event-loop stalls) run alone, after the others, so parallel
        // test files do not compete with them for the two cores.
        extends: true,
        test: {
          name: 'isolated',
          environment: 'node',
          include: ['tests/unit/**/*.isolated.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
        },
      },
      {
        // Real OCR (tesseract workers, pages rendered by Chromium): CPU heavy, so these few
        // tests run one file at a time, after the others, like the isolated project.
        extends: true,
        test: {
          name: 'ocr',
          environment: 'node',
          include: ['tests/unit/**/*.ocr.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.tsx'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
