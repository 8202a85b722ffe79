// An SVG file imported with `?raw` is its text: webpack's asset/source rule (webpack.config.js) and Vite's raw
// import (the unit tests) both turn it into a string module.
declare module '*.svg?raw' {
  const source: string;
  export default source;
}
