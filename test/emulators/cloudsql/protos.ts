/**
 * The Cloud SQL Admin v1 messages, from the proto descriptors @google-cloud/sql ships: requests
 * are checked against them (unknown fields refused as the real API does) and decoded and
 * encoded with proto3-json-serializer, the serializer google-gax's REST transport uses.
 */
import { createRequire } from 'node:module';
import { fromProto3JSON, toProto3JSON } from 'proto3-json-serializer';
import protobuf from 'protobufjs';

const require = createRequire(import.meta.url);
const root = protobuf.Root.fromJSON(require('@google-cloud/sql/build/protos/protos.json'));

export type Json = Record<string, unknown>;

export function type(name: string): protobuf.Type {
  return root.lookupType(`google.cloud.sql.v1.${name}`);
}

export function enumValues(name: string): Record<string, number> {
  return root.lookupEnum(`google.cloud.sql.v1.${name}`).values;
}

/** A 400 the way the real API words it. */
export class BadRequest extends Error {}

const WELL_KNOWN = /^\.?google\.protobuf\./;

/** Refuses fields the message does not have: `Unknown name "x" at 'body.settings'`. */
function checkFields(value: unknown, t: protobuf.Type, path: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [key, v] of Object.entries(value as Json)) {
    const field =
      t.fields[key] ?? Object.values(t.fields).find((f) => f.options?.json_name === key);
    if (!field) {
      throw new BadRequest(
        `Invalid JSON payload received. Unknown name "${key}" at '${path}': Cannot find field.`,
      );
    }
    field.resolve();
    if (
      field.resolvedType instanceof protobuf.Type &&
      !WELL_KNOWN.test(field.resolvedType.fullName.slice(1))
    ) {
      const items = Array.isArray(v) ? v : field.map ? Object.values((v as Json) ?? {}) : [v];
      for (const item of items) checkFields(item, field.resolvedType, `${path}.${key}`);
    }
  }
}

/** Request body → canonical proto3 JSON (string enums, bare wrappers, int64 as strings). */
export function decode(name: string, body: unknown, path = 'body'): Json {
  const t = type(name);
  checkFields(body, t, path);
  let message: protobuf.Message;
  try {
    message = fromProto3JSON(t, body as never) as protobuf.Message;
  } catch (err) {
    throw new BadRequest(
      `Invalid JSON payload received. ${(err as Error).message.replace(/^fromProto3JSONToInternalRepresentation: /, '')}`,
    );
  }
  return toProto3JSON(message) as Json;
}

/** Canonical JSON → the response body, enums as numbers when the client asked for that. */
export function encode(name: string, value: Json, numericEnums: boolean): Json {
  const message = fromProto3JSON(type(name), value as never) as protobuf.Message;
  return toProto3JSON(message, { numericEnums }) as Json;
}
