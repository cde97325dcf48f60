// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['apps/admin/src/gql/**', '**/dist/**', '**/node_modules/**', '**/coverage/**', '.nx/**', 'tmp/**', 'var/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    // Nest's dependency injection reads constructor parameter types at run time: an injected
    // class must stay a value import even when it is only used as a type.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          // @nestjs/graphql calls a field resolver without parameter decorators directly; a decorated
          // one goes through pipes and interceptors, a chain of promises per row of every page.
          selector: "MethodDefinition:has(> Decorator[expression.callee.name='ResolveField']) > FunctionExpression > Identifier > Decorator, MethodDefinition:has(> Decorator[expression.callee.name='ResolveField']) > FunctionExpression > ObjectPattern > Decorator",
          message: 'A field resolver takes (parent, args, context) without parameter decorators: read loaders from the context and the user with signedInUser(context).',
        },
      ],
    },
  },
  {
    files: ['apps/api/**/*.ts', 'libs/**/*.ts', '**/*.mjs', '**/*.cjs', 'scripts/**', 'bench/**', 'apps/admin/e2e/**', 'apps/admin/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
