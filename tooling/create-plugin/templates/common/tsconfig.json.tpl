{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "lib": ["ES2023", "DOM"], "jsx": "react-jsx" },
  "include": ["src", "vitest.config.ts"]
}
