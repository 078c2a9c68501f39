declare module '@vercel/ncc' {
  interface NccOptions {
    externals?: string[];
    minify?: boolean;
    sourceMap?: boolean;
    target?: string;
    quiet?: boolean;
    license?: string;
  }
  interface NccResult {
    code: string;
    assets?: Record<string, { source: string | Buffer }>;
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>;
}
