// `npm run lint:cycles [-- <dir>]`: fail if the TypeScript files under <dir> (default src/)
// import each other in a cycle, and print every cycle as a path.
//
// Type-only imports count (issue 10). import-x/no-cycle skips them and has no option to count
// them, yet a type back-edge still ties two modules together: neither can move or be
// understood without the other, and it becomes a runtime cycle as soon as a value follows
// the type. Edges made only of type imports are marked "type" so the fix is easy to see.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(process.argv[2] ?? join(root, 'src'));
if (!existsSync(dir)) {
  console.error(`check-cycles: ${dir} does not exist`);
  process.exit(1);
}
// Shown relative to the folder above <dir>, so paths read "src/find-subjects.ts".
const show = (file) => relative(dirname(dir), file);

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
const known = new Set(files);

/** Whether every name a declaration brings in is a type: `import type {A}` or `import {type A, type B}`. */
function onlyTypes(isTypeOnly, defaultName, bindings) {
  if (isTypeOnly) return true;
  if (defaultName !== undefined || bindings === undefined) return false;
  const elements = ts.isNamedImports(bindings) || ts.isNamedExports(bindings) ? bindings.elements : [];
  return elements.length > 0 && elements.every((element) => element.isTypeOnly);
}

/** Every module specifier in a file, with its line and whether it brings in types only. */
function specifiers(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (literal, typeOnly) => {
    if (literal !== undefined && ts.isStringLiteralLike(literal)) {
      found.push({ specifier: literal.text, typeOnly, line: source.getLineAndCharacterOfPosition(literal.getStart()).line + 1 });
    }
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      add(node.moduleSpecifier, clause !== undefined && onlyTypes(clause.isTypeOnly, clause.name, clause.namedBindings));
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, onlyTypes(node.isTypeOnly, undefined, node.exportClause));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The .ts file a relative specifier names: NodeNext style `./x.js` means `./x.ts`. */
function resolveSpecifier(from, specifier) {
  const target = resolve(dirname(from), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, join(target, 'index.ts')];
  return candidates.find((candidate) => known.has(candidate)) ?? (existsSync(target) ? null : undefined);
}

/** file → Map(target → { typeOnly }) where typeOnly means every import of target from file is type-only. */
const graph = new Map(files.map((file) => [file, new Map()]));
const unresolved = [];
for (const file of files) {
  for (const { specifier, typeOnly, line } of specifiers(file)) {
    if (!specifier.startsWith('.')) continue;
    const target = resolveSpecifier(file, specifier);
    // null: a file outside <dir> (JSON, say), which cannot be part of a cycle among these files.
    if (target === null) continue;
    if (target === undefined) {
      unresolved.push(`${show(file)}:${line}: cannot resolve '${specifier}'`);
      continue;
    }
    const edges = graph.get(file);
    edges.set(target, { typeOnly: typeOnly && (edges.get(target)?.typeOnly ?? true) });
  }
}

/** Strongly connected components (Tarjan), so cycles are searched for only where one can exist. */
function components() {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const componentOf = new Map();
  const connect = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node).keys()) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        componentOf.set(member, node);
      } while (member !== node);
    }
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return componentOf;
}

/** Every elementary cycle, each listed once, starting from its alphabetically first file. */
function cycles() {
  const componentOf = components();
  const order = new Map(files.map((file, position) => [file, position]));
  const found = [];
  for (const start of files) {
    const path = [start];
    const walk = (node) => {
      for (const next of graph.get(node).keys()) {
        if (next === start) found.push([...path, start]);
        else if (componentOf.get(next) === componentOf.get(start) && order.get(next) > order.get(start) && !path.includes(next)) {
          path.push(next);
          walk(next);
          path.pop();
        }
      }
    };
    walk(start);
  }
  return found;
}

const found = cycles();
for (const problem of unresolved) console.error(`check-cycles: ${problem}`);
if (found.length === 0) {
  console.log(`check-cycles: no import cycles among ${files.length} files in ${show(dir)}/ (type-only imports included)`);
} else {
  console.error(`check-cycles: ${found.length} import cycle${found.length === 1 ? '' : 's'} in ${show(dir)}/ (type-only imports count; "→(type)" marks an edge made only of type imports):`);
  for (const cycle of found) {
    const steps = cycle.slice(1).map((file, position) => `${graph.get(cycle[position]).get(file).typeOnly ? '→(type)' : '→'} ${show(file)}`);
    console.error(`  ${show(cycle[0])} ${steps.join(' ')}`);
  }
}
process.exitCode = found.length > 0 || unresolved.length > 0 ? 1 : 0;
