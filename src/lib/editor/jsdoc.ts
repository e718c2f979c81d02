/**
 * The JSDoc line of every schema field, read from the schema sources. The zod objects carry no
 * comments at run time, so the editor reads them where they are written (one line per field in
 * `src/schemas/`): its labels and hints can then never say something the schemas do not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const schemaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');

/** Field name → its JSDoc text, for one object literal of a schema. */
export type FieldDocs = Map<string, string>;

function docOf(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.at(-1)?.comment;
  if (comment === undefined) return undefined;
  return (typeof comment === 'string' ? comment : comment.map((part) => part.text).join('')).replace(/\s+/g, ' ').trim();
}

/**
 * Every object literal in the schema files whose properties carry JSDoc, keyed by its sorted
 * field names. Spread objects (`...entryFields`) are resolved by name, so a collection's shape
 * and its literal have the same fields.
 */
export function readSchemaDocs(folder = schemaFolder): Map<string, FieldDocs> {
  const named = new Map<string, ts.ObjectLiteralExpression>();
  const literals: ts.ObjectLiteralExpression[] = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, readFileSync(path.join(folder, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        literals.push(node);
        if (ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) named.set(node.parent.name.text, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const fieldsOf = (literal: ts.ObjectLiteralExpression, docs: FieldDocs = new Map()): FieldDocs => {
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
        const spread = named.get(property.expression.text);
        if (spread) fieldsOf(spread, docs);
      } else if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
        docs.set(property.name.text, docOf(property) ?? '');
      }
    }
    return docs;
  };
  const byShape = new Map<string, FieldDocs>();
  for (const literal of literals) {
    const docs = fieldsOf(literal);
    if ([...docs.values()].some((doc) => doc !== '')) byShape.set(shapeKey([...docs.keys()]), docs);
  }
  return byShape;
}

/** The key under which the docs of an object with these fields are kept. */
export function shapeKey(fields: string[]): string {
  return [...fields].sort().join(',');
}
