// @vitest-environment happy-dom
// Fluent System Icons drawn inline: the element is built from the icon file's viewBox and path data, hidden from
// assistive technology, and every icon file the UI imports is one the component can draw whole.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import addIcon from '@fluentui/svg-icons/icons/add_20_regular.svg?raw';
import { Icon, iconShape } from '../../../src/ui/components/icon.js';
import { PROJECT_ROOT } from '../../support/build-simulator.js';
import { useDomRoot } from '../../support/dom-root.js';

const root = useDomRoot();
const ICON_IMPORT = /from '(@fluentui\/svg-icons\/icons\/[\w-]+\.svg)\?raw'/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The icon files src/ui imports, by package path. */
function importedIcons(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src', 'ui'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(ICON_IMPORT)) found.add(match[1] ?? '');
  }
  return [...found].sort();
}

describe('Icon', () => {
  it('draws the file’s path data in its viewBox, in the text colour, hidden from assistive technology', () => {
    render(
      <button type="button">
        <Icon svg={addIcon} />
        Add
      </button>,
      root,
    );
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 20 20');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('focusable')).toBe('false');
    expect(svg?.getAttribute('fill')).toBe('currentColor');
    expect(svg?.getAttribute('class')).toBe('icon');
    expect([...root.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toEqual([/ d="([^"]+)"/.exec(addIcon)?.[1]]);
    expect(root.querySelector('button')?.textContent).toBe('Add');
  });

  it('never turns other markup in a file into elements', () => {
    render(<Icon svg={'<svg viewBox="0 0 20 20"><script>alert(1)</script><path d="M0 0h20"/><foreignObject><img src="x"/></foreignObject></svg>'} />, root);
    expect([...root.querySelectorAll('*')].map((element) => element.tagName.toLowerCase())).toEqual(['svg', 'path']);
  });

  it('can draw every icon file the pane imports whole: an <svg> holding only <path> elements', () => {
    const icons = importedIcons();
    expect(icons.length).toBeGreaterThan(10);
    for (const icon of icons) {
      const svg = readFileSync(path.join(PROJECT_ROOT, 'node_modules', icon), 'utf8');
      const elements = [...svg.matchAll(/<([a-zA-Z]+)/g)].map((match) => match[1]);
      expect({ icon, elements: [...new Set(elements)] }).toEqual({ icon, elements: ['svg', 'path'] });
      const shape = iconShape(svg);
      expect({ icon, viewBox: shape.viewBox, paths: shape.paths.length }).toEqual({ icon, viewBox: '0 0 20 20', paths: elements.length - 1 });
    }
  });
});
