import { describe, expect, it } from 'vitest';
import { findInitialScripts } from '../../../bench/initial-scripts.js';

const PAGE = 'https://addin.example/taskpane.html';

describe('findInitialScripts', () => {
  it('counts the pane bundle and skips office.js from the CDN', () => {
    const html =
      '<head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>' +
      '<script defer src=/taskpane.1a2b3c4d.js></script><link href=/taskpane.css rel=stylesheet></head>';
    expect(findInitialScripts(html, PAGE)).toEqual([{ reference: '/taskpane.1a2b3c4d.js', file: 'taskpane.1a2b3c4d.js' }]);
  });

  it('reads quoted and unquoted attributes in any order', () => {
    const html = `<script type="module" src="runtime.js"></script><script src='vendor.js' defer></script>`;
    expect(findInitialScripts(html, PAGE).map((script) => script.file)).toEqual(['runtime.js', 'vendor.js']);
  });

  it('resolves references below a base path', () => {
    const html = '<script src=/contact-bridge/taskpane.js></script><script src="chunks/a.js"></script>';
    expect(findInitialScripts(html, 'https://contoso.com/contact-bridge/taskpane.html').map((script) => script.file)).toEqual(['taskpane.js', 'chunks/a.js']);
  });

  it('includes module preloads but not style sheets or inline scripts', () => {
    const html = '<link rel=modulepreload href=/shared.js><link rel=stylesheet href=/app.css><script>window.x = 1</script>';
    expect(findInitialScripts(html, PAGE).map((script) => script.file)).toEqual(['shared.js']);
  });

  it('counts a script referenced twice once', () => {
    const html = '<script src=/a.js></script><link rel=modulepreload href=/a.js>';
    expect(findInitialScripts(html, PAGE)).toHaveLength(1);
  });
});
