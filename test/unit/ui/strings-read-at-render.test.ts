// The locale is put in place after the modules of src/ui/ have loaded (see src/ui/strings/strings.ts), so a text
// copied into a module-level constant would stay English. Modules may keep a section of `strings` at module
// level, never a text: this test reads every module's top-level statements and names the ones that do.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import enUS from '../../../src/ui/strings/en-US.json';

const UI_DIR = path.resolve(import.meta.dirname, '../../../src/ui');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `strings.a.b` as ['a', 'b'], or undefined when the expression is not a plain path into `strings`. */
function stringsPath(node: ts.Expression, aliases: ReadonlyMap<string, readonly string[]>): readonly string[] | undefined {
  if (ts.isIdentifier(node)) return aliases.get(node.text);
  if (ts.isPropertyAccessExpression(node)) {
    const base = stringsPath(node.expression, aliases);
    return base === undefined ? undefined : [...base, node.name.text];
  }
  return undefined;
}

const isText = (keys: readonly string[]): boolean => typeof keys.reduce<unknown>((tree, key) => (tree as Record<string, unknown> | undefined)?.[key], enUS) === 'string';

function textsReadAtLoad(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const aliases = new Map<string, readonly string[]>([['strings', []]]);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // Function bodies run at render time, after the locale is in place.
    if (ts.isFunctionLike(node) || ts.isClassDeclaration(node)) return;
    if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const keys = stringsPath(node, aliases);
      if (keys !== undefined && isText(keys)) found.push(`${path.relative(UI_DIR, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} strings.${keys.join('.')}`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const keys = declaration.initializer && stringsPath(declaration.initializer, aliases);
        if (keys !== undefined && ts.isIdentifier(declaration.name) && !isText(keys)) aliases.set(declaration.name.text, keys);
      }
    }
    visit(statement);
  }
  return found;
}

describe('the modules of src/ui', () => {
  it('read their texts when they render, not when they load', () => {
    expect(sourceFiles(UI_DIR).flatMap(textsReadAtLoad)).toEqual([]);
  });
});
