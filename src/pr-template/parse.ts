/**
 * Reads a pull-request description the way a reviewer sees it: headings make sections,
 * `- [x]` items are ticked boxes. HTML comments and fenced code blocks render as nothing (or as
 * code), so boxes inside them never count. CRLF bodies (the web editor sends them) read the same.
 */

export interface Checkbox {
  label: string;
  checked: boolean;
  /** 1-based line in the body. */
  line: number;
}

export interface Section {
  title: string;
  level: number;
  /** Prose lines (no headings, no checkboxes), trimmed and without empty lines. */
  text: string[];
  checkboxes: Checkbox[];
}

export interface ParsedBody {
  sections: Section[];
  /** Every checkbox of the body in order, whatever its section. */
  checkboxes: Checkbox[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const CHECKBOX = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*?)\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Blanks HTML comments out, keeping their newlines so line numbers stay right. */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ''));
}

export function parseBody(body: string | null | undefined): ParsedBody {
  const lines = stripHtmlComments((body ?? '').replace(/\r\n?/g, '\n')).split('\n');
  const sections: Section[] = [];
  const all: Checkbox[] = [];
  let current: Section = { title: '', level: 0, text: [], checkboxes: [] };
  sections.push(current);
  let fence: string | undefined;
  lines.forEach((raw, index) => {
    const fenceMatch = FENCE.exec(raw);
    if (fence !== undefined) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (fenceMatch && fenceMatch[1]!.startsWith(fence) && raw.trim() === fenceMatch[1]) {
        fence = undefined;
      } else if (raw.trim()) current.text.push(raw.trim());
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      return;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      current = { title: heading[2]!.trim(), level: heading[1]!.length, text: [], checkboxes: [] };
      sections.push(current);
      return;
    }
    const box = CHECKBOX.exec(raw);
    if (box) {
      const checkbox = { label: box[2]!, checked: box[1] !== ' ', line: index + 1 };
      current.checkboxes.push(checkbox);
      all.push(checkbox);
      return;
    }
    if (raw.trim()) current.text.push(raw.trim());
  });
  return { sections: sections.filter((s) => s.level > 0 || s.text.length), checkboxes: all };
}

/** Compares titles and labels the way people type them: case, spacing, emphasis, end dots. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;!]+$/, '')
    .trim()
    .toLowerCase();
}

export function findSection(body: ParsedBody, title: string): Section | undefined {
  const wanted = normalizeLabel(title);
  return body.sections.find((s) => s.level > 0 && normalizeLabel(s.title) === wanted);
}

/** The box whose label is, or starts with, the wanted label ("Backup/restore tested (staging)"). */
export function findCheckbox(boxes: readonly Checkbox[], label: string): Checkbox | undefined {
  const wanted = normalizeLabel(label);
  return (
    boxes.find((b) => normalizeLabel(b.label) === wanted) ??
    boxes.find((b) => normalizeLabel(b.label).startsWith(wanted + ' '))
  );
}
