/**
 * Dockerfile templates (Jinja, Go templates, ERB, docker-library's `%%PLACEHOLDER%%`) are not Dockerfiles until
 * rendered: a `{% for %}` loop around a RUN would get a clean-up in every iteration. Such a file is left alone.
 * The markers are looked for where a Dockerfile cannot have them, so that a Go template a RUN hands to
 * `docker inspect --format '{{.Id}}'` or writes into a file does not count.
 */
/** A template tag where an instruction keyword should be: `{% for … %}`, `{{- if .X }}`, `<% end %>`, `{# … #}`. */
const TAG_AS_KEYWORD = /^(\{%|\{\{|\{#|<%|%%)/;
/** Template expressions in an instruction's arguments: `{{ base_image }}`, `{% if %}`, `<%= version %>`. */
const EXPRESSION = /\{\{.*?\}\}|\{%.*?%\}|<%.*?%>/;
/** docker-library's templates: `ENV PHP_VERSION %%PHP_VERSION%%`. */
const PLACEHOLDER = /%%[A-Z][A-Z0-9_]*%%/;
/**
 * In a shell command, only what is Jinja beyond doubt: a statement tag, or a bare variable (`{{ version }}`,
 * `{{ pkg | join(' ') }}`). Go templates start with a dot, a function or a keyword (`{{.Id}}`, `{{json .State}}`,
 * `{{ end }}`).
 */
const JINJA_IN_COMMAND = /\{%-?\s*(if|elif|else|endif|for|endfor|set|block|endblock|include|import|from|macro|endmacro|raw|filter|with|endwith)\b|\{\{-?\s*(?!(end|else|break|continue|nil|true|false)\b)[A-Za-z_]\w*(\.\w+|\[[^\]]*\])*\s*(\|[^}]*)?-?\}\}/;
/** Placeholders a build script replaces (sed, autoconf) in the base image: `FROM #IMAGE_NAME#`, `FROM @BASE@`. */
const FROM_PLACEHOLDER = /#[A-Z][A-Z0-9_]*#|@[A-Z][A-Z0-9_]*@/;
const COMMANDS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL', 'ONBUILD']);
/**
 * The marker that makes an instruction a template's, or null. `keyword` as written, `args` its arguments with
 * heredoc bodies left out (they are file contents, where any syntax is fine).
 */
export function templateMarker(keyword, args) {
    const tag = TAG_AS_KEYWORD.exec(keyword);
    if (tag)
        return `${keyword} ${args.split('\n')[0].trim()}`.trim();
    const placeholder = PLACEHOLDER.exec(args) ?? (keyword.toUpperCase() === 'FROM' ? FROM_PLACEHOLDER.exec(args) : null);
    if (placeholder)
        return placeholder[0];
    const expression = (COMMANDS.has(keyword.toUpperCase()) ? JINJA_IN_COMMAND : EXPRESSION).exec(args);
    return expression ? expression[0] : null;
}
/**
 * A line that is only a quoted array expansion (`"${NODE_KEYS[@]}"`): docker-node's generator replaces it with the
 * list's lines. Left in place it ends the RUN inside its `case` or `for` (the line has no continuation), so it
 * marks a template only in a RUN that does not parse: in a bash RUN that parses it is an ordinary argument.
 */
const LIST_PLACEHOLDER = /^[ \t]*"\$\{[A-Za-z_]\w*\[@\]\}"[ \t]*$/m;
/** The list placeholder in the source of a RUN whose shell does not parse, or null. */
export function unparsedRunMarker(source) {
    return LIST_PLACEHOLDER.exec(source)?.[0].trim() ?? null;
}
