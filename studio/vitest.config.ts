import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**'],
    // Validating whole datasets in-process takes seconds; CI machines are small and busy.
    testTimeout: 30_000,
  },
})
