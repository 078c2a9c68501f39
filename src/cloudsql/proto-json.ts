/**
 * Between the shapes of a Cloud SQL message: the canonical proto3 JSON pgci plans with (bare
 * wrapper values, string enums, int64 as strings) and the object google-gax takes and returns
 * (`{value}` wrappers). Uses the descriptors @google-cloud/sql ships and the serializer gax uses.
 */
import { createRequire } from 'node:module';
import { fromProto3JSON, toProto3JSON } from 'proto3-json-serializer';
import protobuf from 'protobufjs';

export type Json = Record<string, unknown>;

const require = createRequire(import.meta.url);
let root: protobuf.Root | undefined;

/**
 * The descriptors google-gax already loaded for a client (api.ts passes them): in a bundle
 * there is no node_modules to read protos.json from, and loading it twice costs time.
 */
export function useDescriptors(loaded: protobuf.Root): void {
  root = loaded;
}

function lookup(name: string): protobuf.Type {
  root ??= protobuf.Root.fromJSON(require('@google-cloud/sql/build/protos/protos.json'));
  return root.lookupType(`google.cloud.sql.v1.${name}`);
}

/** A message gax returned → canonical JSON (defaults and unset fields left out). */
export function canonical(type: string, message: unknown): Json {
  const t = lookup(type);
  return toProto3JSON(t.fromObject(message as Json)) as Json;
}

/** Canonical JSON → the plain object gax's request encoder takes. */
export function requestObject(type: string, json: Json): Json {
  const t = lookup(type);
  return t.toObject(fromProto3JSON(t, json as never) as protobuf.Message, {
    longs: String,
    enums: String,
  }) as Json;
}
