// Runs once before the test files. Builds nothing yet: browser suites build what they need on demand.
export default function setup(): void {}
