/**
 * `${NAME}`: how a secret is written in pgci.yml — a reference to an environment variable,
 * never the value. Kept apart from schema.ts so runtime code does not load TypeBox.
 */
export const ENV_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
