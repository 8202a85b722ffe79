// Finds what must not reach a production manifest: any mention of this machine (localhost, 127.0.0.1, [::1]).

/** Where the development server serves the pane; manifest.xml addresses it. */
export const DEV_BASE_URL = 'https://localhost:3000';
const LOCALHOST_PATTERN = /localhost|127\.0\.0\.1|\[::1\]/i;

export interface LocalhostHit {
  readonly line: number;
  readonly text: string;
}

/** Lines of the text (1-based) that still mention localhost, 127.0.0.1 or [::1]. */
export function findLocalhost(text: string): LocalhostHit[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((hit) => LOCALHOST_PATTERN.test(hit.text));
}
