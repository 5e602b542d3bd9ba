// Stylesheets imported as text (the reader puts them into its shadow root): esbuild's `?raw` plugin
// in src/build/build.ts, Vite's own `?raw` in the unit tests.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
