import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// ESLint checks correctness (React, hooks, TypeScript, Next rules); Prettier owns all formatting,
// so eslint-config-prettier comes last and turns off every stylistic rule that would disagree.
const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: [
      'lib/generated/**',
      '.next/**',
      '.next-*/**',
      '.data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      'react/no-unescaped-entities': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  prettier,
];
export default config;
