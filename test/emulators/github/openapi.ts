/**
 * GitHub's REST description (@octokit/openapi, api.github.com) as a validator: finds the
 * operation for a method and path, and checks a request body or a response body against the
 * schemas it declares. Ajv reads OpenAPI 3.0's `nullable`; refs resolve inside the one document.
 */
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS: its default export arrives wrapped under ESM interop.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const formats = addFormatsModule as unknown as { default?: FormatsPlugin };
const addFormats = formats.default ?? (addFormatsModule as unknown as FormatsPlugin);

interface Operation {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> } | { $ref: string }>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: {
    responses: Record<string, { content?: Record<string, { schema?: object }> }>;
    examples: Record<string, { value: unknown }>;
  };
}

/**
 * Errors GitHub answers on any route though few routes declare them: auth and rate limits
 * (basic-error), and validation failures such as "only 50 annotations per request".
 */
const GENERIC_ERRORS: Record<number, string> = {
  401: 'basic-error',
  403: 'basic-error',
  422: 'validation-error',
  429: 'basic-error',
};

/**
 * OpenAPI 3.0's `nullable: true` also sits beside `allOf`/`anyOf` without a `type`, which Ajv
 * refuses: rewrite every nullable schema as "this, or null" (in place, once).
 */
function openApiNullable(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(openApiNullable);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  for (const value of Object.values(obj)) openApiNullable(value);
  if (obj.nullable === undefined || typeof obj.nullable !== 'boolean') return;
  const nullable = obj.nullable;
  delete obj.nullable;
  if (!nullable) return;
  const rest = { ...obj };
  for (const key of Object.keys(obj)) delete obj[key];
  obj.anyOf = [rest, { type: 'null' }];
}

export class OpenApi {
  readonly spec: Spec;
  private readonly ajv: Ajv;
  private readonly routes: { method: string; template: string; regex: RegExp; literal: number }[] =
    [];
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.spec = require('@octokit/openapi/generated/api.github.com.json') as Spec;
    openApiNullable(this.spec.paths);
    openApiNullable(this.spec.components);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(this.ajv);
    this.ajv.addSchema(this.spec as object, 'gh');
    for (const [template, methods] of Object.entries(this.spec.paths)) {
      const regex = new RegExp(
        '^' + template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '([^/]+)') + '$',
      );
      for (const method of Object.keys(methods)) {
        this.routes.push({
          method: method.toUpperCase(),
          template,
          regex,
          literal: template.replace(/\{[^}]+\}/g, '').length,
        });
      }
    }
    // Literal segments win over parameters: /issues/comments/{id} before /issues/{number}/...
    this.routes.sort((a, b) => b.literal - a.literal);
  }

  /** The operation's path template, or undefined when GitHub has no such route. */
  route(method: string, path: string): string | undefined {
    return this.routes.find((r) => r.method === method && r.regex.test(path))?.template;
  }

  operation(method: string, template: string): Operation {
    return this.spec.paths[template]![method.toLowerCase()]!;
  }

  example(name: string): unknown {
    return structuredClone(this.spec.components.examples[name]!.value);
  }

  /** Errors of a JSON request body against the operation's requestBody schema. */
  checkRequest(method: string, template: string, body: unknown): string[] {
    const op = this.operation(method, template);
    const schema = op.requestBody?.content?.['application/json']?.schema;
    if (!schema) return body === undefined ? [] : [`${op.operationId} takes no JSON body`];
    return this.run(`req ${method} ${template}`, schema, body, op.operationId + ' request');
  }

  /** Errors of a response (status and JSON body) against what the operation declares. */
  checkResponse(method: string, template: string, status: number, body: unknown): string[] {
    const op = this.operation(method, template);
    let declared = op.responses[String(status)];
    if (declared && '$ref' in declared) {
      declared = this.spec.components.responses[declared.$ref.split('/').pop()!]!;
    }
    if (!declared) {
      const generic = GENERIC_ERRORS[status];
      if (!generic) return [`${op.operationId} does not answer ${status}`];
      declared = {
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${generic}` } } },
      };
    }
    const schema = declared.content?.['application/json']?.schema;
    if (!schema)
      return body === undefined || body === '' ? [] : [`${op.operationId} ${status} has no body`];
    return this.run(
      `res ${method} ${template} ${status}`,
      schema,
      body,
      `${op.operationId} ${status} response`,
    );
  }

  private run(key: string, schema: object, data: unknown, what: string): string[] {
    let validate = this.cache.get(key);
    if (!validate) {
      // Point the operation's local refs (#/components/…) into the spec document.
      const rooted = JSON.parse(
        JSON.stringify(schema).replace(/"#\/components\//g, '"gh#/components/'),
      );
      validate = this.ajv.compile(rooted);
      this.cache.set(key, validate);
    }
    if (validate(data)) return [];
    return (validate.errors ?? []).map((e) => `${what}: ${e.instancePath || '/'} ${e.message}`);
  }
}
