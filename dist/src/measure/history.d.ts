/**
 * Parses `docker history --no-trunc --human=false --format '{{json .}}' IMAGE` and `docker image inspect IMAGE`,
 * and attributes the image's RUN layers to the Dockerfile's RUN lines by their CreatedBy text.
 *
 * CreatedBy as recorded by dockerd 20.10:
 *   legacy builder   `/bin/sh -c apt-get update`, `|1 K=V /bin/sh -c …` when build args are in scope,
 *                    exec form: argv joined by spaces; metadata and COPY/ADD: `/bin/sh -c #(nop) …`
 *   BuildKit         `RUN /bin/sh -c apt-get update # buildkit`, `COPY x /y # buildkit`, `ENV …`
 *   imported base    empty
 */
import { type RunInstruction } from './instructions.js';
export interface HistoryEntry {
    /** `sha256:…`, or `<missing>` for layers whose image config is not local (pulled or BuildKit-built). */
    id: string;
    createdBy: string;
    /** Bytes this entry's layer adds (0 for metadata-only entries). */
    size: number;
    comment: string;
    createdAt: string;
}
export interface ImageInfo {
    id: string;
    /** Total bytes of the image (all layers), as `docker image inspect` reports. */
    size: number;
    /** Filesystem layers (RootFS.Layers). */
    layers: number;
    tags: string[];
}
export interface RunLayer {
    /** 1-based line of the matching RUN in the Dockerfile that was built; absent when no RUN matched. */
    line?: number;
    /** The Dockerfile's command (or the history's CreatedBy when unmatched), whitespace collapsed. */
    command: string;
    bytes: number;
}
export interface ImageSummary {
    imageId: string;
    totalBytes: number;
    layers: number;
    /** Entries in `docker history` (metadata-only steps included). */
    historyEntries: number;
    /** RUN layers this Dockerfile created, oldest first. */
    runLayers: RunLayer[];
    /** totalBytes minus the RUN layers: base image, COPY/ADD, … */
    otherBytes: number;
}
/** Sizes printed by `docker history` with `--human=false` are integers; human ones ("94.2MB") are accepted too. */
export declare function parseSize(text: string | number): number;
/** One JSON object per line, newest entry first (as docker prints them). */
export declare function parseHistory(jsonl: string): HistoryEntry[];
/** `docker image inspect` prints an array; takes its single element. */
export declare function parseInspect(json: string): ImageInfo;
/** Whether a history entry was made by a RUN (legacy builder or BuildKit). */
export declare function isRunEntry(createdBy: string): boolean;
/** The command part of a RUN entry's CreatedBy, whitespace collapsed (shell prefix and build args kept). */
export declare function entryCommand(createdBy: string): string;
/**
 * Attributes each RUN entry of `history` (newest first) to a RUN of the Dockerfile, walking both from the
 * newest end so that a base image's own RUN entries (older than ours) cannot steal a match. Entries that
 * match no RUN are returned with `run` undefined.
 */
export declare function matchRunEntries(history: HistoryEntry[], runs: RunInstruction[]): {
    entry: HistoryEntry;
    run?: RunInstruction;
}[];
/**
 * Summarises one built image. `inheritedFrom` (optional) is the id of the image the final stage was built
 * FROM: entries from it downwards belong to the base and are not this Dockerfile's RUN layers. Without it,
 * unmatched RUN entries count as ours only when newer than the oldest matched one.
 */
export declare function summarizeImage(info: ImageInfo, history: HistoryEntry[], runs: RunInstruction[], inheritedFrom?: string): ImageSummary;
/** `sha256:abc…` vs a short or full id with or without the prefix. */
export declare function sameId(a: string, b: string): boolean;
