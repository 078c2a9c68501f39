/** pgci's version; scripts/bundle.ts writes package.json's version into the bundles here. */
declare const PGCI_VERSION: string | undefined;
export const VERSION = typeof PGCI_VERSION === 'string' ? PGCI_VERSION : '0.1.0';
