/**
 * Renders a MeasureReport as text (terminal), JSON (machines), a Markdown table (pull requests), or a chart
 * of the layers (SVG alone, or a self-contained HTML page with the tables: see chart.ts).
 */
import type { ImageSummary } from './history.js';
export type ReportFormat = 'text' | 'json' | 'markdown' | 'html' | 'svg';
export declare const REPORT_FORMATS: readonly ReportFormat[];
export interface ImageMeasurement extends ImageSummary {
    /** Seconds the build took (cache hits included). */
    buildSeconds: number;
    /** Tag left on the image with `keep` (absent when it was removed). */
    tag?: string;
}
export interface MeasureReport {
    dockerfile: string;
    context: string;
    target?: string;
    builder: 'legacy' | 'buildkit';
    /** Whether the rewrite changed the Dockerfile; when false only one image was built. */
    changed: boolean;
    /** Fixes the rewrite applied (rule id and message). */
    fixes: {
        ruleId: string;
        message: string;
    }[];
    /** Unsafe fixes not applied (not measured). */
    heldBack: number;
    before: ImageMeasurement;
    after: ImageMeasurement;
    saving: {
        bytes: number;
        percent: number;
    };
    layersSaved: number;
    kept: boolean;
    /** Images measure built and could not remove (left in place, with docker's reason). */
    leftBehind: {
        id: string;
        reason: string;
    }[];
}
/** Decimal units, as `docker images` prints them. */
export declare function formatBytes(bytes: number): string;
export declare function formatPercent(p: number): string;
export declare function formatReport(report: MeasureReport, format: ReportFormat): string;
