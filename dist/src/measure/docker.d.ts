import { MeasureError } from './errors.js';
export type Builder = 'legacy' | 'buildkit';
export interface DockerOptions {
    /** The docker CLI to run (default `docker` on PATH). */
    command?: string;
    /** Environment for every docker call (default process.env; DOCKER_BUILDKIT is set from `builder`). */
    env?: NodeJS.ProcessEnv;
    builder?: Builder;
    signal?: AbortSignal;
}
export interface RunResult {
    code: number;
    stdout: string;
    stderr: string;
    /** stdout and stderr interleaved as they arrived (tail-capped). */
    output: string;
    /** The caller's AbortSignal fired and the command was killed (only with `resolveOnAbort`). */
    aborted?: boolean;
}
export interface BuildRequest {
    context: string;
    dockerfileText: string;
    target?: string;
    buildArgs?: string[];
    noCache?: boolean;
    /** Called with each chunk of build output (for a verbose CLI). */
    onOutput?: (chunk: string) => void;
}
export interface BuildResult {
    code: number;
    imageId?: string;
    /** Ids of the images each step produced, in log order (legacy builder; short ids as printed). */
    stepImageIds: string[];
    /** Id printed for the last FROM step: the image the final stage starts from (legacy builder). */
    fromImageId?: string;
    /** Ids of the containers the steps ran in (legacy builder; short ids as printed). */
    stepContainerIds: string[];
    log: string;
    seconds: number;
    /** Killed because the caller's AbortSignal fired. */
    aborted?: boolean;
}
export declare class Docker {
    readonly command: string;
    readonly builder: Builder;
    private readonly env;
    private readonly signal;
    constructor(options?: DockerOptions);
    run(args: string[], opts?: {
        input?: string;
        onOutput?: (chunk: string) => void;
        resolveOnAbort?: boolean;
    }): Promise<RunResult>;
    /** Server version; throws MeasureError('no-daemon') with docker's own words when no daemon answers. */
    ping(): Promise<string>;
    /** Full ids of all local images, intermediate ones included. */
    imageIds(): Promise<Set<string>>;
    build(req: BuildRequest): Promise<BuildResult>;
    inspect(id: string): Promise<string>;
    history(id: string): Promise<string>;
    /** Whether a container (any state) with this id exists. */
    containerExists(id: string): Promise<boolean>;
    /** The id of the container an image was committed from (legacy builder), '' when none. */
    imageContainer(id: string): Promise<string>;
    tag(id: string, ref: string): Promise<void>;
    /**
     * Removes exactly these images (by id, `--no-prune`: never their parents), children before parents: ids
     * whose removal fails because another listed image still depends on them are retried after it is gone.
     */
    removeImages(ids: string[]): Promise<{
        removed: string[];
        failed: {
            id: string;
            reason: string;
        }[];
    }>;
    private checked;
}
/** Step image ids (` ---> 1a2b3c4d5e6f`) from a legacy build log, and the id printed right after the last FROM. */
export declare function parseLegacySteps(log: string): {
    ids: string[];
    fromId?: string;
    containers: string[];
};
export declare function lastLines(text: string, n: number): string;
/** Drops the CLI's legacy-builder banner and the colour codes dockerd puts around a step's stderr. */
export declare function stripBanner(text: string): string;
export declare function aborted(): MeasureError;
