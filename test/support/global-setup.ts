// Runs once per test run, before the test files: hands every worker the run's id, so the simulator
// bundle (test/support/build-simulator.ts) is built once per run however many browser suites use it.
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('testRunId', `${process.pid}-${Date.now()}`);
}
