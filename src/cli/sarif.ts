/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer). One result per applied fix, one rule per
 * transform that ran; regions and replacements are on the ORIGINAL file (see src/fix/locate.ts for how fixes from
 * later passes are mapped back). Files that failed are reported as tool execution notifications, not results,
 * so code scanning does not show "parse error" as a finding in the code.
 */
import type * as Sarif from 'sarif';
import type { Replacement, Span, SquashFileResult as FileResult, Transform } from '../index.js';

const INFORMATION_URI = 'https://www.npmjs.com/package/dockerfile-squash';

export interface SarifOptions {
  version: string;
  transforms: readonly Transform[];
  /** The directory relative paths are relative to (becomes the %SRCROOT% base). */
  cwd: string;
}

export function sarifReport(results: readonly FileResult[], options: SarifOptions): string {
  const ruleIndex = new Map(options.transforms.map((t, i) => [t.id, i]));
  const rules: Sarif.ReportingDescriptor[] = options.transforms.map((t) => ({
    id: t.id,
    name: pascal(t.id),
    shortDescription: { text: t.description },
    fullDescription: { text: firstParagraph(t.explain ?? t.description) },
    help: { text: t.explain ?? t.description, markdown: t.explain ?? t.description },
    helpUri: `${INFORMATION_URI}#${t.id}`,
    defaultConfiguration: { level: 'warning' },
    properties: { applicability: t.applicability, tags: ['dockerfile', 'image-size'] },
  }));
  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const file of results) {
    const artifactLocation = { uri: uriOf(file.path), uriBaseId: isAbsolute(file.path) ? undefined : '%SRCROOT%' };
    if (file.status === 'error') {
      notifications.push({
        level: 'error',
        message: { text: `${file.path}: ${file.message ?? 'error'}` },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      continue;
    }
    for (const fix of file.fixes) {
      const index = ruleIndex.get(fix.ruleId);
      sarifResults.push({
        ruleId: fix.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: 'warning',
        kind: 'fail',
        message: { text: `${fix.message}${fix.applicability === 'unsafe' ? ' (unsafe fix)' : ''}` },
        locations: [{ physicalLocation: { artifactLocation, region: region(fix.span) } }],
        ...(fix.replacements?.length
          ? {
              fixes: [
                {
                  description: { text: fix.message },
                  artifactChanges: [{ artifactLocation, replacements: fix.replacements.map(replacement) }],
                },
              ],
            }
          : {}),
        properties: { applicability: fix.applicability, pass: fix.pass, ...(fix.data ?? {}) },
      });
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dockerfile-squash',
            version: options.version,
            semanticVersion: options.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(options.cwd) } },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** SARIF regions are 1-based with an exclusive end column, which is how locate.ts counts. */
function region(span: Span): Sarif.Region {
  return {
    startLine: span.range.start.line,
    startColumn: span.range.start.column,
    endLine: span.range.end.line,
    endColumn: span.range.end.column,
  };
}

function replacement(r: Replacement): Sarif.Replacement {
  return { deletedRegion: region(r), insertedContent: { text: r.text } };
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

function uriOf(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return isAbsolute(path) ? `file://${encoded}` : encoded;
}

function directoryUri(dir: string): string {
  return `file://${dir.split('/').map(encodeURIComponent).join('/').replace(/\/?$/, '/')}`;
}

function firstParagraph(text: string): string {
  return text
    .split(/\n\s*\n/)[0]!
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function pascal(id: string): string {
  return id.replace(/(^|[-:_])(\w)/g, (_m, _sep, ch: string) => ch.toUpperCase());
}
