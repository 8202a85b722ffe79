// A Fluent System Icon drawn inline: the SVG file of @fluentui/svg-icons that a component imports by name
// (`…/add_20_regular.svg?raw`, so only the icons in use are bundled) is read for its viewBox and path data, and the
// <svg> is built from those as ordinary props. The files are trusted build assets; building the element rather than
// injecting the file's markup keeps any other content of a file from ever reaching the page.
// An icon is decoration: it is hidden from assistive technology, and its control keeps its text or aria-label.

interface IconShape {
  readonly viewBox: string;
  readonly paths: readonly string[];
}

const VIEW_BOX = /\sviewBox="([\d.\s-]+)"/;
const PATH_DATA = /<path\b[^>]*?\sd="([^"]+)"/g;
const shapes = new Map<string, IconShape>();

/** The viewBox and path data of an icon file's source; a file without them is a packaging bug, caught by its test. */
export function iconShape(svg: string): IconShape {
  const known = shapes.get(svg);
  if (known) return known;
  const viewBox = VIEW_BOX.exec(svg)?.[1] ?? '0 0 20 20';
  const paths = [...svg.matchAll(PATH_DATA)].map((match) => match[1] ?? '');
  const shape = { viewBox, paths };
  shapes.set(svg, shape);
  return shape;
}

export function Icon({ svg, class: className }: { svg: string; class?: string }) {
  const { viewBox, paths } = iconShape(svg);
  return (
    <svg class={className ? `icon ${className}` : 'icon'} viewBox={viewBox} fill="currentColor" aria-hidden="true" focusable="false">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
