/**
 * GitHub's OpenAPI description (@octokit/openapi, api.github.com) for the local GitHub REST
 * servers of the tests: the examples GitHub publishes, as templates for fake payloads, and a
 * validator of every payload a fake sends against the schema of its endpoint and status
 * (errors included), so a fake cannot drift from what GitHub answers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

interface OpenApiDoc {
  paths: Record<string, Record<string, { responses: Record<string, OpenApiResponse> }>>;
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, OpenApiResponse>;
    examples: Record<string, { value: unknown }>;
  };
}
interface OpenApiResponse {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
}

let doc: OpenApiDoc | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction | null>();

function load(): { doc: OpenApiDoc; ajv: Ajv } {
  if (!doc || !ajv) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDoc;
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    const addFormats =
      (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
      addFormatsModule;
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    // The components as one schema, refs rewritten to point into it. OpenAPI's `nullable` next
    // to `oneOf`/`anyOf` without a `type` (e.g. commit.author) is not JSON Schema: Ajv refuses to
    // compile it, so it becomes an explicit `null` alternative.
    const nullable = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(nullable);
      if (!node || typeof node !== 'object') return node;
      const o = Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k, nullable(v)])
      ) as Record<string, unknown>;
      if (o.nullable === true && o.type === undefined) {
        delete o.nullable;
        for (const key of ['oneOf', 'anyOf'])
          if (Array.isArray(o[key])) o[key] = [...(o[key] as unknown[]), { type: 'null' }];
      }
      return o;
    };
    const text = JSON.stringify({
      components: { schemas: nullable(doc.components.schemas) }
    }).replace(/"\$ref":"#\//g, '"$ref":"github#/');
    ajv.addSchema({ $id: 'github', ...JSON.parse(text) });
  }
  return { doc, ajv };
}

/** A deep copy of one of GitHub's published examples (components/examples/<name>). */
export function example<T = Record<string, unknown>>(name: string): T {
  const e = load().doc.components.examples[name];
  if (!e) throw new Error(`no OpenAPI example '${name}'`);
  return structuredClone(e.value) as T;
}

/** The JSON schema of `method` `route` answering `status`, or undefined when it has no JSON body. */
function validatorFor(route: string, status: number, method: string): ValidateFunction | undefined {
  const key = `${method} ${route} ${status}`;
  if (compiled.has(key)) return compiled.get(key) ?? undefined;
  const { doc: d, ajv: a } = load();
  const op = d.paths[route]?.[method];
  if (!op) throw new Error(`${method} ${route} is not in GitHub's OpenAPI description`);
  let res = op.responses[String(status)];
  if (!res) {
    compiled.set(key, null);
    return undefined;
  }
  if (res.$ref) res = d.components.responses[res.$ref.split('/').pop() as string];
  const schema = res.content?.['application/json']?.schema;
  const fn = schema
    ? a.compile(JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"github#/')))
    : null;
  compiled.set(key, fn);
  return fn ?? undefined;
}

/** Statuses GitHub documents for GET `route`. */
export function documentedStatuses(route: string, method = 'get'): number[] {
  const op = load().doc.paths[route]?.[method];
  if (!op) throw new Error(`GET ${route} is not in GitHub's OpenAPI description`);
  return Object.keys(op.responses).map(Number);
}

/**
 * Problems of a payload for GET `route` with `status` (an empty list: it matches). Error
 * statuses GitHub does not list for the route are checked against basic-error, the shape of
 * every REST error (rate limits, 5xx).
 */
export function schemaProblems(
  route: string,
  status: number,
  body: unknown,
  method = 'get'
): string[] {
  let fn = validatorFor(route, status, method);
  if (!fn && status >= 400) {
    const key = `basic-error`;
    if (!compiled.has(key))
      compiled.set(key, load().ajv.getSchema('github#/components/schemas/basic-error') ?? null);
    fn = compiled.get(key) ?? undefined;
  }
  if (!fn) {
    if (!documentedStatuses(route, method).includes(status))
      return [`${method.toUpperCase()} ${route} does not document status ${status}`];
    return [];
  }
  if (fn(body)) return [];
  return (fn.errors ?? []).map(
    (e) => `${method.toUpperCase()} ${route} ${status}: ${e.instancePath || '/'} ${e.message}`
  );
}
