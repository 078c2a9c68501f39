/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`), escaped as the
 * runner expects, written to whatever stream the caller gives (stdout in Actions).
 */
import type { Annotation } from '../report/report.js';

const LEVEL = { failure: 'error', warning: 'warning', notice: 'notice' } as const;

export function workflowCommand(a: Annotation): string {
  const props = [
    `file=${escapeProperty(a.file)}`,
    `line=${a.line}`,
    ...(a.column !== undefined ? [`col=${a.column}`] : []),
    `title=${escapeProperty(a.title)}`,
  ];
  return `::${LEVEL[a.level]} ${props.join(',')}::${escapeData(a.message)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
