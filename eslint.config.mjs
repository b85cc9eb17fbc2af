// @ts-check
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

// React's hooks rules (eslint-plugin-react-hooks) belong here too; that package is not installed.

export default defineConfig(
  // tests/consumers is typed by the OpenAPI types its own test generates into var/ first (and compiles there).
  globalIgnores([".next/", ".stryker-tmp/", "reports/", "lib/db/generated/", "lib/db/generated-postgresql/", "var/", "test-results/", "playwright-report/", "next-env.d.ts", "tests/consumers/"]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // React ignores what an event handler returns, and callApi resolves every failure, so `onClick={async …}` is safe.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // Some functions are async because their interface is (the query repository, hooks, Next's config), not
      // because this implementation awaits: another engine's implementation will.
      "@typescript-eslint/require-await": "off",
      // `_name` marks a part of a destructuring that is left out on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
  {
    // The map loads in the browser only: Leaflet and the views that use it are reached through components/map's loaders.
    files: ["**/*.{ts,tsx}"],
    ignores: ["components/map/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["leaflet", "react-leaflet", "react-leaflet-cluster"].map((name) => ({ name, message: "Leaflet lives in components/map/leaflet; use a loader from @/components/map." })),
          patterns: [{ group: ["@/components/map/leaflet/*"], message: "Use the loaders in @/components/map: Leaflet must not load on the server." }],
        },
      ],
    },
  },
  {
    files: ["tests/**"],
    rules: {
      // Tests read JSON response bodies as `any` on purpose and check their shape with expect().
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", setInterval: "readonly" },
    },
    // CommonJS files (next.config.js, a --require preload) can only require().
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
