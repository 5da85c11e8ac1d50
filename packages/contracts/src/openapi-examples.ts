import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SCHEMA_KEYWORDS = ['type', '$ref', 'properties', 'anyOf', 'oneOf', 'allOf', 'enum', 'const', 'items'];
const looksLikeSchema = (node: Node) => SCHEMA_KEYWORDS.some((keyword) => keyword in node);

const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

type Example = { where: string; schemaPointer: string; value: unknown };

/** Every example of the document and the schema it must satisfy, found wherever OpenAPI 3.1 puts them. */
function examplesOf(node: unknown, pointer: string, found: Example[]): Example[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => examplesOf(item, `${pointer}/${i}`, found));
    return found;
  }
  if (!isNode(node)) return found;
  if (looksLikeSchema(node)) {
    if (Array.isArray(node.examples))
      node.examples.forEach((value, i) =>
        found.push({ where: `${pointer}/examples/${i}`, schemaPointer: pointer, value }),
      );
    if ('example' in node)
      found.push({ where: `${pointer}/example`, schemaPointer: pointer, value: node.example });
  } else if (isNode(node.schema)) {
    // A media type or a parameter: its examples are for its schema.
    if (isNode(node.examples))
      for (const [name, example] of Object.entries(node.examples))
        if (isNode(example) && 'value' in example)
          found.push({
            where: `${pointer}/examples/${escape(name)}`,
            schemaPointer: `${pointer}/schema`,
            value: example.value,
          });
    if ('example' in node)
      found.push({ where: `${pointer}/example`, schemaPointer: `${pointer}/schema`, value: node.example });
  }
  for (const [key, value] of Object.entries(node)) examplesOf(value, `${pointer}/${escape(key)}`, found);
  return found;
}

/**
 * Every example of an OpenAPI 3.1 document that its own schema refuses, named by its JSON pointer,
 * with ajv's reasons: a client that copies an example must be able to send it as it is.
 */
export function invalidExamples(document: object): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const id = 'https://exemple.invalid/openapi.json';
  ajv.addSchema({ ...document, $id: id });
  return examplesOf(document, '', []).flatMap(({ where, schemaPointer, value }) => {
    const validate = ajv.compile({ $ref: `${id}#${schemaPointer}` });
    if (validate(value)) return [];
    const reasons = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    return [`${where} : ${reasons.join(' ; ')}`];
  });
}

/** Values of the request examples under a name (a header or a body field), gathered from the whole document. */
function valuesNamed(node: unknown, name: string, found: string[]): string[] {
  if (Array.isArray(node)) {
    for (const item of node) valuesNamed(item, name, found);
    return found;
  }
  if (!isNode(node)) return found;
  for (const [key, value] of Object.entries(node)) {
    if (key === name && typeof value === 'string') found.push(value);
    valuesNamed(value, name, found);
  }
  return found;
}

/**
 * The idempotency keys that two examples share, in the `Idempotency-Key` headers' examples and the
 * `idempotencyKey` fields of the bodies' examples: a client copying both would see the second taken
 * for a replay of the first, or refused.
 */
export function repeatedIdempotencyKeys(document: { paths?: object }): string[] {
  const keys: string[] = [];
  for (const item of Object.values(document.paths ?? {}) as Node[])
    for (const operation of Object.values(item).filter(isNode)) {
      for (const parameter of Array.isArray(operation.parameters) ? (operation.parameters as Node[]) : [])
        if (parameter.name === 'Idempotency-Key' && isNode(parameter.schema))
          keys.push(...((parameter.schema.examples as string[] | undefined) ?? []));
      const content = isNode(operation.requestBody) ? operation.requestBody.content : undefined;
      for (const media of isNode(content) ? Object.values(content).filter(isNode) : [])
        keys.push(...valuesNamed(media.examples, 'idempotencyKey', []));
    }
  return [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))].sort();
}
