// ESLint's recommended rules and typescript-eslint's, and no more: few, ordinary rules that
// catch mistakes, not style (Prettier owns the layout).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'output/', 'node_modules/', 'bench/', 'coverage/'] }, js.configs.recommended, ...tseslint.configs.recommended, {
  languageOptions: { globals: globals.node },
  rules: {
    // Unused arguments named with a leading underscore are deliberate (callbacks with a fixed shape).
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
  },
});
