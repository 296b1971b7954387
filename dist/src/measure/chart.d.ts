import { type MeasureReport } from './report.js';
export interface ChartSegment {
    /** What made the layer: `line 4: apt-get update`, or the base image and the other layers together. */
    label: string;
    bytes: number;
    /** Offset and width in SVG user units. */
    x: number;
    width: number;
}
export interface ChartBar {
    name: 'before' | 'after';
    totalBytes: number;
    segments: ChartSegment[];
}
export declare const OTHER_LABEL = "base image and other layers (COPY, ADD, \u2026)";
/**
 * Both bars share one scale, the larger image filling the width, so the rewrite's bar is visibly shorter by
 * the saving. Layers are laid out oldest first, as they stack in the image.
 */
export declare function chartBars(report: MeasureReport): ChartBar[];
/** The saving in words: `390.9 MB → 170.7 MB, 220.2 MB saved (56.3%)`. */
export declare function savingLine(r: MeasureReport): string;
export declare function chartTitle(r: MeasureReport): string;
export declare function escapeXml(s: string): string;
export declare function renderSvg(report: MeasureReport): string;
export declare function renderHtml(report: MeasureReport): string;
