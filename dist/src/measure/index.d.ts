import { type SquashRequest } from '../index.js';
import { type Builder } from './docker.js';
import type { MeasureReport } from './report.js';
export interface MeasureOptions {
    /** Path of the Dockerfile to measure. */
    dockerfile: string;
    /** Its text, when the caller has it already (default: read `dockerfile`). */
    dockerfileText?: string;
    /** Build context directory (default: the Dockerfile's directory). */
    context?: string;
    /** `--target` stage for both builds. */
    target?: string;
    /** `--build-arg` values, `K=V` (or `K` to pass K from the environment, as docker does). */
    buildArgs?: string[];
    /** Keep both images, tagged `dfsq-measure:<random>-before` / `-after`. */
    keep?: boolean;
    /** `--no-cache` for both builds. */
    noCache?: boolean;
    /** Options for the rewrite (same as the main command: unsafe, merge, allStages, only, disable). */
    squash?: SquashRequest;
    /**
     * `auto` (default): the legacy builder (DOCKER_BUILDKIT=0) unless the Dockerfile needs BuildKit (RUN --mount,
     * heredocs, `# syntax=`…), then BuildKit. BuildKit's build cache is not removed afterwards.
     */
    builder?: Builder | 'auto';
    /** The docker CLI (default `docker` on PATH). */
    dockerCommand?: string;
    /** Environment for docker (default process.env: DOCKER_HOST etc. apply). */
    env?: NodeJS.ProcessEnv;
    /** How many lines of a failed build's log the error carries (default 25). */
    logLines?: number;
    /** Progress messages ("building original…"). */
    onProgress?: (message: string) => void;
    /** Raw build output, as it arrives. */
    onBuildOutput?: (which: 'before' | 'after', chunk: string) => void;
    signal?: AbortSignal;
}
export declare const DEFAULT_LOG_LINES = 25;
export declare function measure(options: MeasureOptions): Promise<MeasureReport>;
export { MeasureError, type MeasureErrorKind } from './errors.js';
export { formatReport, formatBytes, REPORT_FORMATS, type ReportFormat, type MeasureReport, type ImageMeasurement, } from './report.js';
export type { Builder } from './docker.js';
export type { RunLayer } from './history.js';
