// One lint configuration for the whole monorepo; each package runs `eslint .` from its folder.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The domain is pure: time, ids and data come in as arguments, and nothing in it talks to a server,
// a framework or the file system.
const domainForbiddenImports = {
  patterns: [
    { group: ['node:*'], message: 'The domain does no I/O: pass data and time in as arguments.' },
    {
      group: [
        'fs',
        'path',
        'os',
        'crypto',
        'http',
        'https',
        'net',
        'child_process',
        'process',
        'url',
        'worker_threads',
      ],
      message: 'The domain does no I/O: pass data and time in as arguments.',
    },
    {
      group: ['@nestjs/*', 'kafkajs', 'mongoose', 'mongodb', 'react', 'react-dom', 'express', 'rxjs'],
      message:
        'The domain has no framework or server import; adapters live in apps/ and the adapter packages.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.turbo/**',
      '.local/**',
      '**/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Mongoose declares schema-type options as classes that its API takes as object literals.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['packages/domain/src/**/*.ts', 'packages/notifications/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', domainForbiddenImports] },
  },
  {
    // The indicator sheet runs in the dashboard as in cci-import: no Node built-in.
    files: ['packages/indicator-sheet/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', domainForbiddenImports] },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  prettier,
);
