import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `_name` marks a value left out on purpose, as in `const { html: _html, ...entry } = guide`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use Link from '@/components/site/link': it turns off viewport prefetching." }] }],
    },
  },
  { files: ['components/site/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  { ignores: ['.next/**', 'out/**', '.generated/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'public/ocr/**'] },
]

export default config
