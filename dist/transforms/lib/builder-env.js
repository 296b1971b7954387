/**
 * The ENV variables in effect just before `ins`, from its stage and the stages it is built FROM (ARGs are not
 * listed: a build argument is never static, and an ENV of the same name wins over it anyway).
 */
export function staticEnvBefore(doc, ins) {
    const lineage = [];
    for (let s = ins.stage; s !== null && s >= 0; s = doc.stages[s].baseStage)
        lineage.unshift(s);
    const env = new Map();
    for (const stage of lineage) {
        for (const index of doc.stages[stage].instructions) {
            if (index >= ins.index)
                break;
            const earlier = doc.instructions[index];
            if (earlier.keyword !== 'ENV')
                continue;
            // Every pair of one ENV is expanded with the variables from before the instruction.
            const before = new Map(env);
            for (const { name, raw } of earlier.assignments)
                env.set(name, raw === null ? null : builderValue(raw, before, doc.escapeChar));
        }
    }
    return env;
}
/**
 * BuildKit's word processing of an ENV value (quote removal, the file's escape character, `$VAR`, `${VAR}`,
 * `${VAR:-w}`, `${VAR-w}`, `${VAR:+w}`, `${VAR+w}`), with every variable taken from `env`. Null when a variable
 * is not statically known or the value uses syntax this model does not cover.
 */
export function builderValue(raw, env, escapeChar) {
    const parts = builderParts(raw, env, escapeChar);
    if (!parts || parts.some((p) => !('text' in p)))
        return null;
    return parts.map((p) => ('text' in p ? p.text : '')).join('');
}
/** As {@link builderValue}, but an unknown bare `$PATH` / `${PATH}` becomes a part the shell expands. */
export function builderParts(raw, env, escapeChar) {
    if (/[\r\n]/.test(raw))
        return null;
    const parts = [];
    const text = (t) => {
        const last = parts[parts.length - 1];
        if (last && 'text' in last)
            last.text += t;
        else
            parts.push({ text: t });
    };
    let i = 0;
    const lookup = (name) => env.get(name) ?? null;
    /** Expands the `$…` at i into parts; false when it cannot be computed. */
    const dollar = () => {
        const rest = raw.slice(i + 1);
        const plain = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
        const braced = plain ? null : /^\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}$'"`\\]*))?\}/.exec(rest);
        if (!plain && !braced)
            return false;
        i += 1 + (plain ?? braced)[0].length;
        const name = plain ? plain[0] : braced[1];
        const op = braced?.[2];
        const value = lookup(name);
        if (value === null) {
            if (name !== 'PATH' || op)
                return false;
            parts.push({ shellPath: true });
            return true;
        }
        if (!op)
            text(value);
        else {
            const set = op.startsWith(':') ? value !== '' : true;
            const word = braced[3];
            text(op.endsWith('-') ? (set ? value : word) : set ? word : '');
        }
        return true;
    };
    while (i < raw.length) {
        const c = raw[i];
        if (c === escapeChar) {
            if (i + 1 >= raw.length)
                return null;
            text(raw[i + 1]);
            i += 2;
        }
        else if (c === "'") {
            const close = raw.indexOf("'", i + 1);
            if (close < 0)
                return null;
            text(raw.slice(i + 1, close));
            i = close + 1;
        }
        else if (c === '"') {
            i++;
            for (;;) {
                if (i >= raw.length)
                    return null;
                const d = raw[i];
                if (d === '"')
                    break;
                if (d === escapeChar && ['"', '$', escapeChar].includes(raw[i + 1] ?? '')) {
                    text(raw[i + 1]);
                    i += 2;
                }
                else if (d === '$') {
                    if (!dollar())
                        return null;
                }
                else {
                    text(d);
                    i++;
                }
            }
            i++;
        }
        else if (c === '$') {
            if (!dollar())
                return null;
        }
        else {
            text(c);
            i++;
        }
    }
    return parts;
}
/**
 * A value as one shell word that expands nothing but the `$PATH` parts: bare when every character is inert in
 * an assignment (no `~`, which expands after `=` and `:`), single-quoted otherwise, and double-quoted when it
 * keeps a `$PATH` (refused when a literal part would need escaping there).
 */
export function shellQuoted(parts) {
    const literal = parts.every((p) => 'text' in p);
    if (literal) {
        const value = parts.map((p) => ('text' in p ? p.text : '')).join('');
        if (/^[A-Za-z0-9_.,:/@%+=-]+$/.test(value))
            return value;
        return `'${value.replace(/'/g, `'\\''`)}'`;
    }
    let out = '';
    for (const [k, p] of parts.entries()) {
        if ('text' in p) {
            if (/[$`"\\]/.test(p.text))
                return null;
            out += p.text;
        }
        else {
            const next = parts[k + 1];
            out += next && 'text' in next && /^[A-Za-z0-9_]/.test(next.text) ? '${PATH}' : '$PATH';
        }
    }
    return `"${out}"`;
}
