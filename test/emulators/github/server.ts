/**
 * A loopback GitHub for tests: the REST routes pgci uses and GraphQL, reached through
 * GITHUB_API_URL / GITHUB_GRAPHQL_URL like the real one. Every REST request and response is
 * validated against GitHub's OpenAPI description and every GraphQL document is validated and
 * executed against GitHub's GraphQL schema (@octokit/graphql-schema); anything off the contract
 * lands in `violations`. It enforces the limits pgci must respect (65,536-character comments,
 * 50 annotations per request) and can answer as a read-only token or a secondary rate limit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as githubGraphqlSchema } from '@octokit/graphql-schema';
import { buildClientSchema, graphql, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { OpenApi } from './openapi.js';

const SERVER = 'https://github.com';
const DOCS = 'https://docs.github.com/rest';

type Json = Record<string, unknown>;

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  template?: string;
  status: number;
  body?: unknown;
}

export interface FakeComment extends Json {
  id: number;
  node_id: string;
  body: string;
  isMinimized: boolean;
  minimizedReason: string | null;
}

export interface FakeCheckRun extends Json {
  id: number;
  name: string;
  head_sha: string;
  conclusion: string | null;
  annotations: Json[];
}

let shared: { api: OpenApi; schema: GraphQLSchema } | undefined;

/** The OpenAPI document and GraphQL schema are large: load them once per test file. */
function contracts() {
  shared ??= {
    api: new OpenApi(),
    // The introspection result (the SDL repeats two fields, which buildSchema refuses).
    schema: buildClientSchema(githubGraphqlSchema.json as unknown as IntrospectionQuery, {
      assumeValid: true,
    }),
  };
  return shared;
}

const validationFailed = (message: string, field: string, resource: string): Reply => ({
  status: 422,
  body: {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', field, message }],
    documentation_url: DOCS,
  },
});

/** GitHub refuses issue and PR comments over 65,536 characters. */
function commentTooLong(text: string): Reply | undefined {
  return text.length > 65536
    ? validationFailed('body is too long (maximum is 65536 characters)', 'body', 'IssueComment')
    : undefined;
}

export class GitHubFake {
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Issue or PR number → its comments, oldest first. */
  readonly comments = new Map<number, FakeComment[]>();
  readonly checkRuns: FakeCheckRun[] = [];
  readonly issues: Json[] = [];
  /** PR number → head commit and branch. */
  readonly pulls = new Map<number, { sha: string; ref: string }>();
  /** Tokens that may read but not write (a fork's GITHUB_TOKEN). */
  readonly readOnlyTokens = new Set<string>();
  private secondaryLimited = 0;
  private nextId = 1000;
  private server?: Server;
  private readonly api: OpenApi;
  private readonly schema: GraphQLSchema;
  url = '';

  constructor() {
    ({ api: this.api, schema: this.schema } = contracts());
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  /** The next `count` REST requests answer 403 "secondary rate limit" with retry-after: 1. */
  secondaryRateLimit(count: number): void {
    this.secondaryLimited = count;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    // Octokit keeps connections alive: drop them, or close() waits for them.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Comments on a PR, as a test sets them up (e.g. an older pgci comment). */
  seedComment(pullNumber: number, body: string): FakeComment {
    return this.addComment(pullNumber, body);
  }

  private id(): number {
    return this.nextId++;
  }

  private addComment(issue: number, body: string): FakeComment {
    const id = this.id();
    const now = new Date().toISOString();
    const comment = {
      ...(this.api.example('issue-comment') as Json),
      id,
      node_id: Buffer.from(`IssueComment:${id}`).toString('base64'),
      url: `${this.url}/repos/octo/music/issues/comments/${id}`,
      html_url: `${SERVER}/octo/music/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/octo/music/issues/${issue}`,
      body,
      created_at: now,
      updated_at: now,
      isMinimized: false,
      minimizedReason: null,
    } as FakeComment;
    (comment.user as Json).login = 'github-actions[bot]';
    (comment.user as Json).type = 'Bot';
    if (!this.comments.has(issue)) this.comments.set(issue, []);
    this.comments.get(issue)!.push(comment);
    return comment;
  }

  /** What the API shows of a comment (our bookkeeping fields stripped). */
  private commentView(c: FakeComment): Json {
    const { isMinimized: _m, minimizedReason: _r, ...view } = c;
    return view;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return this.send(
        res,
        { method, path: url.pathname, status: 400 },
        { status: 400, body: { message: 'Problems parsing JSON' } },
      );
    }
    const record: RecordedRequest = { method, path: url.pathname, status: 0, body };
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) {
      return this.send(res, record, {
        status: 401,
        body: { message: 'Requires authentication', documentation_url: DOCS },
      });
    }
    if (url.pathname === '/graphql' && method === 'POST') {
      return this.send(res, record, await this.graphql(body as Json, token));
    }
    const template = this.api.route(method, url.pathname);
    record.template = template;
    if (!template) {
      this.violations.push(`${method} ${url.pathname}: no such route in GitHub's REST API`);
      return this.send(res, record, {
        status: 404,
        body: { message: 'Not Found', documentation_url: DOCS },
      });
    }
    if (method !== 'GET') {
      const errors = this.api.checkRequest(method, template, body);
      if (errors.length) {
        this.violations.push(...errors);
        return this.send(
          res,
          record,
          validationFailed(errors.join('; '), 'body', 'Request'),
          template,
        );
      }
    }
    if (this.secondaryLimited > 0) {
      this.secondaryLimited--;
      return this.send(
        res,
        record,
        {
          status: 403,
          headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4000' },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          },
        },
        template,
      );
    }
    if (method !== 'GET' && this.readOnlyTokens.has(token)) {
      return this.send(
        res,
        record,
        {
          status: 403,
          body: {
            message: 'Resource not accessible by integration',
            documentation_url: DOCS,
            status: '403',
          },
        },
        template,
      );
    }
    const params = url.pathname.match(/\d+/g)?.map(Number) ?? [];
    return this.send(
      res,
      record,
      this.route(method, template, params, url, body as Json),
      template,
    );
  }

  private route(method: string, template: string, params: number[], url: URL, body: Json): Reply {
    const key = `${method} ${template.replace('/repos/{owner}/{repo}', '')}`;
    switch (key) {
      case 'GET /issues/{issue_number}/comments': {
        const all = this.comments.get(params[0]!) ?? [];
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.toString()}>; rel="next"`;
        }
        return {
          status: 200,
          headers,
          body: all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentView(c)),
        };
      }
      case 'POST /issues/{issue_number}/comments': {
        const text = String(body.body);
        const tooLong = commentTooLong(text);
        if (tooLong) return tooLong;
        return { status: 201, body: this.commentView(this.addComment(params[0]!, text)) };
      }
      case 'PATCH /issues/comments/{comment_id}': {
        const comment = [...this.comments.values()].flat().find((c) => c.id === params[0]);
        if (!comment)
          return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
        const text = String(body.body);
        const tooLong = commentTooLong(text);
        if (tooLong) return tooLong;
        comment.body = text;
        comment.updated_at = new Date().toISOString();
        return { status: 200, body: this.commentView(comment) };
      }
      case 'POST /check-runs':
        return this.createCheckRun(body);
      case 'PATCH /check-runs/{check_run_id}':
        return this.updateCheckRun(params[0]!, body);
      case 'GET /pulls/{pull_number}': {
        const pull = this.pulls.get(params[0]!);
        if (!pull) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
        const pr = this.api.example('pull-request') as Json;
        // The spec's own example lacks the `type` its team schema requires.
        for (const team of (pr.requested_teams as Json[]) ?? []) team.type ??= 'organization';
        pr.number = params[0];
        Object.assign(pr.head as Json, { sha: pull.sha, ref: pull.ref });
        return { status: 200, body: pr };
      }
      case 'GET /issues': {
        const labels = url.searchParams.get('labels')?.split(',') ?? [];
        const state = url.searchParams.get('state') ?? 'open';
        return {
          status: 200,
          body: this.issues.filter(
            (i) =>
              (state === 'all' || i.state === state) &&
              labels.every((l) => (i.labels as Json[]).some((x) => x.name === l)),
          ),
        };
      }
      case 'POST /issues':
        return { status: 201, body: this.createIssue(body) };
      case 'PATCH /issues/{issue_number}': {
        const issue = this.issues.find((i) => i.number === params[0]);
        if (!issue) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
        if (body.body !== undefined) issue.body = body.body;
        if (body.state !== undefined) {
          issue.state = body.state;
          issue.state_reason =
            body.state === 'closed' ? (body.state_reason ?? 'completed') : 'reopened';
          issue.closed_at = body.state === 'closed' ? new Date().toISOString() : null;
        }
        return { status: 200, body: issue };
      }
      default:
        this.violations.push(`${key}: the fake does not implement this route`);
        return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
    }
  }

  private checkOutput(output: Json | undefined): Reply | undefined {
    const annotations = (output?.annotations as unknown[]) ?? [];
    if (annotations.length > 50) {
      return validationFailed(
        'Only 50 annotations are allowed per request',
        'annotations',
        'CheckRun',
      );
    }
    for (const field of ['summary', 'text'] as const) {
      if (String(output?.[field] ?? '').length > 65535) {
        return validationFailed(
          `${field} is too long (maximum is 65535 characters)`,
          field,
          'CheckRun',
        );
      }
    }
    return undefined;
  }

  private checkRunView(run: FakeCheckRun): Json {
    const { annotations, ...view } = run;
    (view.output as Json).annotations_count = annotations.length;
    return view;
  }

  private createCheckRun(body: Json): Reply {
    const refused = this.checkOutput(body.output as Json | undefined);
    if (refused) return refused;
    const id = this.id();
    const output = (body.output as Json) ?? {};
    const example = this.api.example('check-run') as Json;
    const run = {
      ...example,
      id,
      node_id: Buffer.from(`CheckRun:${id}`).toString('base64'),
      name: body.name,
      head_sha: body.head_sha,
      status: body.status ?? 'queued',
      conclusion: body.conclusion ?? null,
      details_url: body.details_url ?? null,
      url: `${this.url}/repos/octo/music/check-runs/${id}`,
      html_url: `${SERVER}/octo/music/runs/${id}`,
      started_at: new Date().toISOString(),
      completed_at: body.completed_at ?? null,
      output: {
        title: output.title ?? null,
        summary: output.summary ?? null,
        text: output.text ?? null,
        annotations_count: 0,
        annotations_url: `${this.url}/repos/octo/music/check-runs/${id}/annotations`,
      },
      annotations: [...((output.annotations as Json[]) ?? [])],
    } as FakeCheckRun;
    this.checkRuns.push(run);
    return { status: 201, body: this.checkRunView(run) };
  }

  private updateCheckRun(id: number, body: Json): Reply {
    const run = this.checkRuns.find((r) => r.id === id);
    if (!run) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
    const refused = this.checkOutput(body.output as Json | undefined);
    if (refused) return refused;
    const output = body.output as Json | undefined;
    if (output) {
      Object.assign(run.output as Json, { title: output.title, summary: output.summary });
      if (output.text !== undefined) (run.output as Json).text = output.text;
      // GitHub appends annotations sent with an update.
      run.annotations.push(...((output.annotations as Json[]) ?? []));
    }
    if (body.conclusion !== undefined) run.conclusion = body.conclusion as string;
    return { status: 200, body: this.checkRunView(run) };
  }

  private createIssue(body: Json): Json {
    const number = this.id();
    const issue = this.api.example('issue') as Json;
    delete issue.pull_request;
    const label = (issue.labels as Json[])[0] ?? {};
    Object.assign(issue, {
      id: number,
      number,
      node_id: Buffer.from(`Issue:${number}`).toString('base64'),
      title: body.title,
      body: body.body ?? null,
      state: 'open',
      state_reason: null,
      closed_at: null,
      html_url: `${SERVER}/octo/music/issues/${number}`,
      url: `${this.url}/repos/octo/music/issues/${number}`,
      labels: ((body.labels as string[]) ?? []).map((name) => ({ ...label, name })),
    });
    this.issues.push(issue);
    return issue;
  }

  private async graphql(body: Json, token: string): Promise<Reply> {
    const write = /^\s*mutation\b/.test(String(body.query));
    const rootValue = {
      nodes: ({ ids }: { ids: string[] }) =>
        ids.map((id) => {
          const c = [...this.comments.values()].flat().find((x) => x.node_id === id);
          return c ? { __typename: 'IssueComment', ...c, id: c.node_id } : null;
        }),
      minimizeComment: ({ input }: { input: { subjectId: string; classifier: string } }) => {
        if (this.readOnlyTokens.has(token)) {
          throw Object.assign(new Error('Resource not accessible by integration'), {
            type: 'FORBIDDEN',
          });
        }
        const c = [...this.comments.values()].flat().find((x) => x.node_id === input.subjectId);
        if (!c)
          throw new Error(`Could not resolve to a node with the global id of '${input.subjectId}'`);
        c.isMinimized = true;
        c.minimizedReason = input.classifier.toLowerCase();
        return { minimizedComment: { __typename: 'IssueComment', ...c, id: c.node_id } };
      },
    };
    const result = await graphql({
      schema: this.schema,
      source: String(body.query),
      variableValues: body.variables as Json,
      rootValue,
    });
    const errors = (result.errors ?? []).map((e) => ({
      type: (e.originalError as { type?: string } | undefined)?.type ?? 'INVALID',
      message: e.message,
    }));
    // Validation errors (unknown fields, wrong argument types) are ours to fix: record them.
    if (errors.some((e) => e.type === 'INVALID')) {
      this.violations.push(
        ...errors.map((e) => `GraphQL${write ? ' mutation' : ''}: ${e.message}`),
      );
    }
    return {
      status: 200,
      body: errors.length ? { data: result.data ?? null, errors } : { data: result.data },
    };
  }

  private send(
    res: ServerResponse,
    record: RecordedRequest,
    reply: Reply,
    template?: string,
  ): void {
    record.status = reply.status;
    this.requests.push(record);
    if (template && record.path !== '/graphql') {
      this.violations.push(
        ...this.api.checkResponse(record.method, template, reply.status, reply.body),
      );
    }
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      ...reply.headers,
    });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }
}
