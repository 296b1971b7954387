/**
 * Dockerfile templates (Jinja, Go templates, ERB, docker-library's `%%PLACEHOLDER%%`) are not Dockerfiles until
 * rendered: a `{% for %}` loop around a RUN would get a clean-up in every iteration. Such a file is left alone.
 * The markers are looked for where a Dockerfile cannot have them, so that a Go template a RUN hands to
 * `docker inspect --format '{{.Id}}'` or writes into a file does not count.
 */
/**
 * The marker that makes an instruction a template's, or null. `keyword` as written, `args` its arguments with
 * heredoc bodies left out (they are file contents, where any syntax is fine).
 */
export declare function templateMarker(keyword: string, args: string): string | null;
/** The list placeholder in the source of a RUN whose shell does not parse, or null. */
export declare function unparsedRunMarker(source: string): string | null;
