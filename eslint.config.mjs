import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// In a flat config the last setting of a rule replaces the earlier ones, so every override that
// restricts imports repeats the rules that hold everywhere.
const NEXT_LINK = { name: 'next/link', message: "Use Link from '@/components/site/link': it turns off viewport prefetching." }
const NO_VIEWS = {
  regex: '(?:^|/)(?:components|app)/',
  message: 'lib/ holds no views: a view imports lib/, never the other way (the guide body is rendered by components/guide/guide-body.tsx).',
}
const LEAF = 'lib/match is a leaf: it imports only fuse.js and its own files, so it runs unchanged in the worker, the CLI and tests.'
// Relative imports that climb out of lib/match, from its top folder and from one folder down.
const leaf = (climbsOut) => [NO_VIEWS, { regex: `^(?:@/|${climbsOut}|(?!\\.{1,2}/|fuse\\.js$))`, message: LEAF }]

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `_name` marks a value left out on purpose, as in `const { html: _html, ...entry } = guide`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [NEXT_LINK] }],
    },
  },
  { files: ['components/site/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['lib/**'], rules: { 'no-restricted-imports': ['error', { paths: [NEXT_LINK], patterns: [NO_VIEWS] }] } },
  { files: ['lib/match/*.ts'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns: leaf('\\.\\./') }] } },
  { files: ['lib/match/*/*.ts'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns: leaf('\\.\\./\\.\\./') }] } },
  {
    ignores: [
      '.next/**',
      'out/**',
      '.generated/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'public/ocr/**',
      'public/reader.js',
    ],
  },
]

export default config
